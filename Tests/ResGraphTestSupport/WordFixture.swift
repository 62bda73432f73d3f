import Foundation
import ZIPFoundation

/// Word files (.docx) built as Word writes them: a zip of XML parts, footnotes in their own part.
public enum WordFixture {
    /// One run of a paragraph.
    public enum Run {
        /// Plain text.
        case text(String)
        /// A footnote reference (`w:footnoteReference`) to the footnote with this id.
        case footnote(String)
        /// Text set in superscript by hand (`w:vertAlign`), written into the XML as given, so a
        /// character reference such as `&#50;` stays one.
        case superscript(String)
    }

    /// The declaration of Word's namespace with prefix `w`, as Word writes it on a part's root.
    public static let namespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// Writes a .docx holding `paragraphs` and `footnotes` (text by id) to `url`.
    public static func write(_ paragraphs: [[Run]], footnotes: [String: String], at url: URL) throws {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        var body = ""
        for paragraph in paragraphs {
            body += "<w:p>"
            for run in paragraph {
                switch run {
                case .text(let text): body += "<w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
                case .footnote(let id): body += "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>"
                case .superscript(let text): body += "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>\(text)</w:t></w:r>"
                }
            }
            body += "</w:p>"
        }
        let document = documentXML(body: body)
        var notes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        for (id, text) in footnotes.sorted(by: { $0.key < $1.key }) {
            notes += "<w:footnote w:id=\"\(id)\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> \(escape(text))</w:t></w:r></w:p></w:footnote>"
        }
        let footnotesXML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes \(namespace)>\(notes)</w:footnotes>"
        try writeParts([("word/document.xml", document), ("word/footnotes.xml", footnotesXML)], at: url)
    }

    /// Writes a .docx of the given XML parts (path and text) to `url`, deflated as Word does
    /// or, with `compressed` false, stored as they are.
    public static func writeParts(_ parts: [(path: String, xml: String)], compressed: Bool = true, at url: URL) throws {
        try writeParts(parts.map { ($0.path, Data($0.xml.utf8)) }, compressed: compressed, at: url)
    }

    /// Writes a .docx of the given parts as bytes, which need not be well-formed or UTF-8.
    public static func writeParts(_ parts: [(path: String, data: Data)], compressed: Bool = true, at url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in parts + [("[Content_Types].xml", Data("<Types/>".utf8))] {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compressed ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// `bytes`, a .docx written deflated, with the part `name` made not to inflate: its first
    /// deflate block given type 3, which deflate has not. Nil when the part is not there.
    public static func garbling(_ name: String, in bytes: [UInt8]) -> [UInt8]? {
        // The part's data begins past its local header: 30 bytes and the name.
        let localHeader: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        guard let header = bytes.indices.first(where: {
            bytes[$0...].starts(with: localHeader) && $0 + 30 < bytes.count && bytes[($0 + 30)...].starts(with: Array(name.utf8))
        }) else { return nil }
        var garbled = bytes
        garbled[header + 30 + name.utf8.count] |= 0b110
        return garbled
    }

    /// A `word/document.xml` whose body is `body`, Word's namespace declared with prefix `w`.
    public static func documentXML(body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(namespace)><w:body>\(body)</w:body></w:document>"
    }
}
