import CLibXML2
import ResGraphExtractor

/// Reads a web page into the extractor's text: resolutions as the UN's web sites published them
/// in the 1990s (`un.org/documents/ga/res/…`), and pages people saved from a browser.
///
/// libxml2's HTML parser reads the page as a browser would (unclosed tags, the encoding its
/// `<meta>` declares or Windows-1252's bytes, entities such as `&nbsp;`). The text keeps what the
/// extractor reads layout by: a blank line between paragraphs, headings, tables and lists, a line
/// break for `<br>`, a row or a list item; runs of white space are one space, as a browser shows
/// them (a no-break space too); soft hyphens (`&shy;`), scripts, styles and the head are left
/// out. A superscript number stays a footnote marker, written `<sup>N</sup>`, at the start of a
/// line a footnote's body.
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
