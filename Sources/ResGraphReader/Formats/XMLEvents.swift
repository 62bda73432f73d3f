import CLibXML2
import Foundation

/// What a reader of an XML part does with the elements and text libxml2's SAX parser hands
/// over, as they come: names and text stay the parser's bytes, so nothing is made for the many
/// elements a reader passes by.
protocol XMLEventHandler: AnyObject {
    /// An element opens.
    func startElement(_ element: XMLTag)
    /// An element closes; it carries no attributes.
    func endElement(_ element: XMLTag)
    /// Text inside the open element. One run of text may come in several pieces (at an entity
    /// such as `&amp;`, or wherever the parser's buffer ends), so a reader that judges a run
    /// as a whole gathers the pieces until the next element starts or ends.
    func characters(_ text: UnsafeBufferPointer<UInt8>)
}

/// An element's tag as the SAX parser reports it: its local name, namespace prefix and URI,
/// and for an opening tag its attributes. Valid only during the call that receives it.
struct XMLTag {
    let localName: UnsafePointer<UInt8>
    let prefix: UnsafePointer<UInt8>?
    let namespaceURI: UnsafePointer<UInt8>?
    /// libxml2's attribute array: for each, local name, prefix, URI, and the value's first
    /// byte and the byte after its last.
    let attributes: UnsafePointer<UnsafePointer<UInt8>?>?
    let attributeCount: Int

    /// Whether the element's local name is `name`.
    func isNamed(_ name: StaticString) -> Bool {
        XMLTag.equal(localName, name)
    }

    /// The value of the attribute with local name `name` whose prefix or namespace `namespace`
    /// accepts; nil when there is none.
    func attribute(_ name: StaticString, in namespace: (UnsafePointer<UInt8>?, UnsafePointer<UInt8>?) -> Bool) -> String? {
        guard let attributes else { return nil }
        for k in 0..<attributeCount {
            let base = attributes + 5 * k
            guard let local = base[0], XMLTag.equal(local, name), namespace(base[1], base[2]),
                  let start = base[3], let end = base[4] else { continue }
            return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        }
        return nil
    }

    /// Whether the NUL-terminated `bytes` spell `name`. Most names differ in their first byte,
    /// where this stops: a call of `strcmp` cost more than the comparison.
    @inline(__always) static func equal(_ bytes: UnsafePointer<UInt8>?, _ name: StaticString) -> Bool {
        guard let bytes else { return false }
        let expected = name.utf8Start
        for k in 0..<name.utf8CodeUnitCount where bytes[k] != expected[k] { return false }
        return bytes[name.utf8CodeUnitCount] == 0
    }
}

/// Reads XML with libxml2's push parser and SAX2 interface, handing each element and run of
/// text to an ``XMLEventHandler``.
///
/// Parsing runs in recovery mode, as Foundation's `XMLParser` does: damaged XML is read as far
/// as libxml2 can make sense of it, and nothing is printed. No DTD or other file is loaded, and
/// nothing is fetched from the network. Each call has its own parser, so calls on several
/// threads at once are safe.
enum XMLEvents {
    /// Reads `xml` as one XML document, handing its events to `handler`.
    static func parse(_ xml: [UInt8], into handler: any XMLEventHandler) {
        _ = libraryReady
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(truncatingIfNeeded: XML_SAX2_MAGIC)
        sax.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            let element = XMLTag(
                localName: localName, prefix: prefix, namespaceURI: uri,
                attributes: UnsafeRawPointer(attributes).map { $0.assumingMemoryBound(to: UnsafePointer<UInt8>?.self) },
                attributeCount: Int(attributeCount))
            Recipient.from(context).handler.startElement(element)
        }
        sax.endElementNs = { context, localName, prefix, uri in
            guard let context, let localName else { return }
            let element = XMLTag(localName: localName, prefix: prefix, namespaceURI: uri, attributes: nil, attributeCount: 0)
            Recipient.from(context).handler.endElement(element)
        }
        sax.characters = { context, text, count in
            guard let context, let text, count > 0 else { return }
            Recipient.from(context).handler.characters(UnsafeBufferPointer(start: text, count: Int(count)))
        }
        sax.ignorableWhitespace = sax.characters
        // CDATA is passed by, as `XMLParser` reported it apart and the readers never asked for
        // it; without this callback libxml2 would hand it over as characters.
        sax.cdataBlock = { _, _, _ in }
        let recipient = Recipient(handler)
        withExtendedLifetime(recipient) {
            xml.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count > 0 else { return }
                // The first four bytes let libxml2 tell the encoding before it reads on.
                let head = min(4, raw.count)
                guard let context = xmlCreatePushParserCtxt(&sax, Unmanaged.passUnretained(recipient).toOpaque(), base, Int32(head), nil)
                else { return }
                defer { xmlFreeParserCtxt(context) }
                _ = xmlCtxtUseOptions(context, options)
                _ = xmlParseChunk(context, base + head, Int32(raw.count - head), 1)
            }
        }
    }

    /// Recovery mode, entities substituted, no network, and no messages on standard error.
    private static let options = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NOENT.rawValue | XML_PARSE_NONET.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// libxml2 sets up its global tables once, before any thread parses.
    private static let libraryReady: Void = xmlInitParser()

    /// The handler, behind the one pointer libxml2 passes to every callback.
    private final class Recipient {
        let handler: any XMLEventHandler
        init(_ handler: any XMLEventHandler) { self.handler = handler }

        static func from(_ context: UnsafeMutableRawPointer) -> Recipient {
            Unmanaged<Recipient>.fromOpaque(context).takeUnretainedValue()
        }
    }
}
