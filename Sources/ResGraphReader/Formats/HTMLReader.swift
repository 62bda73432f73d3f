import CLibXML2
import ResGraphExtractor

/// Reads a web page into the extractor's text: resolutions as the UN's web sites published them
/// in the 1990s (`un.org/documents/ga/res/…`), and pages people saved from a browser.
///
/// libxml2's HTML parser reads the page as a browser would (unclosed tags, the encoding its
/// `<meta>` declares or Windows-1252's bytes, entities such as `&nbsp;`). The text keeps what the
/// extractor reads layout by: a blank line between paragraphs, headings, tables and lists, a line
/// break for `<br>`, a row or a list item; runs of white space are one space, as a browser shows
/// them (a no-break space too); scripts, styles and the head are left out. A superscript number
/// stays a footnote marker, written `<sup>N</sup>`, at the start of a line a footnote's body.
/// Offsets in references are offsets into this text, which `resgraph text FILE` prints.
enum HTMLReader {
    /// Whether `bytes` are a web page: after a byte-order mark and white space, a doctype, an
    /// `<html>`, `<head>` or `<body>` tag (in any case).
    static func isPage(_ bytes: [UInt8]) -> Bool {
        var k = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while k < bytes.count, k < 1_024, PageText.isSpace(bytes[k]) { k += 1 }
        let head = bytes[k..<min(bytes.count, k + 14)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return pageStarts.contains { head.starts(with: $0) }
    }

    private static let pageStarts = ["<!doctype html", "<html", "<head", "<body"].map { Array($0.utf8) }

    /// Whether `bytes` begin, after white space, with a tag: a page's fragment ("<p>…") where the
    /// file's name says it is a page.
    static func startsWithTag(_ bytes: [UInt8]) -> Bool {
        var k = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while k < bytes.count, k < 1_024, PageText.isSpace(bytes[k]) { k += 1 }
        return k + 1 < bytes.count && bytes[k] == UInt8(ascii: "<") && (bytes[k + 1] | 0x20) >= UInt8(ascii: "a") && (bytes[k + 1] | 0x20) <= UInt8(ascii: "z")
    }

    /// The text of the page `bytes`; throws, naming `source`, when they hold a NUL byte or libxml2
    /// finds no document in them.
    static func read(_ bytes: [UInt8], source: String) throws(ExtractionError) -> ReadText {
        // No page holds a NUL byte: a file that begins like one and does is binary, as text is.
        if let zero = bytes.firstIndex(of: 0) { throw ExtractionError(path: source, reason: .binary(offset: zero)) }
        _ = libraryReady
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, options)
            }
        }
        guard let document else { throw ExtractionError(path: source, reason: .unreadableFormat("a web page libxml2 could not read")) }
        defer { xmlFreeDoc(document) }
        var composer = PageText()
        composer.walk(from: xmlDocGetRootElement(document))
        return ReadText(bytes: composer.finish(), pages: [])
    }

    /// Recovery mode, no network, no messages on standard error, no implied DTD.
    private static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NODEFDTD.rawValue)

    /// libxml2 sets up its global tables once, before any thread parses.
    private static let libraryReady: Void = xmlInitParser()
}

/// The text of a page's element tree, composed as ``HTMLReader`` describes.
struct PageText {
    private var text: [UInt8] = []
    /// Line feeds owed before the next text: 1 for a line break, 2 for a blank line.
    private var breaks = 0
    private var spaceOwed = false
    private var preformatted = 0

    /// How an element shapes the text around it.
    private enum Role {
        case skipped, paragraph, line, cell, superscript, preformatted, inline
    }

    private static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for name in ["script", "style", "head", "noscript", "template", "title", "iframe", "object"] { roles[name] = .skipped }
        for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center", "table", "ul", "ol", "dl", "hr",
                     "address", "article", "section", "header", "footer", "aside", "nav", "form", "fieldset", "figure", "main"] {
            roles[name] = .paragraph
        }
        for name in ["br", "div", "li", "tr", "dt", "dd", "caption", "figcaption", "thead", "tbody", "tfoot"] { roles[name] = .line }
        for name in ["td", "th"] { roles[name] = .cell }
        roles["sup"] = .superscript
        roles["pre"] = .preformatted
        return roles
    }()

    /// Walks the tree under `root` in document order (without recursion: a page may nest deep).
    mutating func walk(from root: xmlNodePtr?) {
        var stack: [(node: xmlNodePtr, entered: Bool)] = []
        if let root { stack.append((root, false)) }
        while let (node, entered) = stack.popLast() {
            if entered {
                leave(node)
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { append(text: content) }
            case XML_ELEMENT_NODE:
                let role = Self.role(of: node)
                if role == .skipped { continue }
                if role == .superscript, let marker = Self.footnoteNumber(in: node) {
                    appendMarker(marker)
                    continue
                }
                enter(role)
                stack.append((node, true))
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                for current in children.reversed() { stack.append((current, false)) }
            default:
                break
            }
        }
    }

    private static func role(of node: xmlNodePtr) -> Role {
        guard let name = node.pointee.name else { return .inline }
        return roles[String(cString: name).lowercased()] ?? .inline
    }

    /// The number a superscript holds when it is a footnote marker: one to three digits alone,
    /// in its text nodes (a link around them included: `<sup><a href="#fn1">1</a></sup>`).
    private static func footnoteNumber(in node: xmlNodePtr) -> [UInt8]? {
        var digits: [UInt8] = []
        var pending: [xmlNodePtr] = node.pointee.children.map { [$0] } ?? []
        while let current = pending.popLast() {
            if let next = current.pointee.next { pending.append(next) }
            if current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children { pending.append(child) }
            guard current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content else { continue }
            var k = 0
            while content[k] != 0 {
                let byte = content[k]
                if byte >= 0x30, byte <= 0x39 { digits.append(byte) } else if !isSpace(byte) { return nil }
                k += 1
            }
            if digits.count > 3 { return nil }
        }
        return digits.isEmpty ? nil : digits
    }

    /// White space as HTML collapses it.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private mutating func enter(_ role: Role) {
        switch role {
        case .paragraph: owe(breaks: 2)
        case .line: owe(breaks: 1)
        case .cell: spaceOwed = true
        case .preformatted:
            owe(breaks: 2)
            preformatted += 1
        default: break
        }
    }

    private mutating func leave(_ node: xmlNodePtr) {
        switch Self.role(of: node) {
        case .paragraph: owe(breaks: 2)
        case .line: owe(breaks: 1)
        case .cell: spaceOwed = true
        case .preformatted:
            preformatted -= 1
            owe(breaks: 2)
        default: break
        }
    }

    private mutating func owe(breaks count: Int) {
        guard !text.isEmpty else { return }
        breaks = max(breaks, count)
    }

    private mutating func appendMarker(_ digits: [UInt8]) {
        writeOwed()
        text += Array("<sup>".utf8) + digits + Array("</sup>".utf8)
    }

    /// Writes the line feeds and the space owed before more text.
    private mutating func writeOwed() {
        if breaks > 0 {
            while let last = text.last, last == 0x20 { text.removeLast() }
            text += repeatElement(0x0A, count: breaks)
            breaks = 0
            spaceOwed = false
        } else if spaceOwed {
            if let last = text.last, last != 0x20, last != 0x0A { text.append(0x20) }
            spaceOwed = false
        }
    }

    private mutating func append(text content: UnsafePointer<UInt8>) {
        var k = 0
        while content[k] != 0 {
            let byte = content[k]
            let isNoBreakSpace = byte == 0xC2 && content[k + 1] == 0xA0
            if preformatted == 0, Self.isSpace(byte) || isNoBreakSpace {
                if !text.isEmpty || breaks > 0 { spaceOwed = true }
                k += isNoBreakSpace ? 2 : 1
                continue
            }
            if preformatted > 0, byte == 0x0A {
                text.append(0x0A)
                k += 1
                continue
            }
            writeOwed()
            text.append(isNoBreakSpace ? 0x20 : byte)
            k += isNoBreakSpace ? 2 : 1
        }
    }

    /// The text, ending with one line feed.
    mutating func finish() -> [UInt8] {
        while let last = text.last, last == 0x20 || last == 0x0A { text.removeLast() }
        if !text.isEmpty { text.append(0x0A) }
        return text
    }
}
