import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ResGraphExtractor
import ZIPFoundation

/// Reads a Word file (Office Open XML, `.docx`): the body of `word/document.xml` and the
/// footnotes of `word/footnotes.xml`, through ZIPFoundation and an XML parser.
///
/// Word marks footnotes explicitly (`w:footnoteReference`), so markers are written
/// `<sup>N</sup>` where they stand, numbered in order of first reference, and the bodies follow
/// after a rule. Each paragraph is a line, started with a tab. Parts larger than
/// ``maxPartSize`` once inflated (a zip bomb) are refused.
enum WordReader {
    /// The largest XML part read, inflated: 64 MB.
    static let maxPartSize = 64 * 1_048_576

    /// The text of the docx `bytes`; throws naming `source` for a damaged or foreign zip.
    static func read(_ bytes: [UInt8], source: String) throws(ExtractionError) -> ReadText {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ExtractionError(path: source, reason: .unreadableFormat("is not a readable zip file (damaged or truncated)"))
        }
        guard let body = try part("word/document.xml", of: archive, source: source) else {
            throw ExtractionError(path: source, reason: .unreadableFormat("is a zip file but not a Word document (no word/document.xml)"))
        }
        let footnotes = try part("word/footnotes.xml", of: archive, source: source).map(FootnotesPart.parse) ?? [:]
        let document = DocumentPart.parse(body)
        var composer = ComposedText()
        for paragraph in document.paragraphs { composer.appendLine(paragraph, page: 1) }
        for (number, id) in document.footnoteOrder.enumerated() {
            composer.beginBody(number + 1, page: 1)
            composer.appendToBody(footnotes[id] ?? "")
        }
        var text = composer.finish()
        text.pages = []
        return text
    }

    private static func part(_ path: String, of archive: Archive, source: String) throws(ExtractionError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(maxPartSize) else {
            throw ExtractionError(path: source, reason: .unreadableFormat("has a part (\(path)) larger than \(maxPartSize / 1_048_576) MB inflated; not read"))
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if data.count > maxPartSize { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw ExtractionError(path: source, reason: .unreadableFormat("is a damaged Word file (\(path) cannot be inflated)"))
        }
        return data
    }
}

/// `word/document.xml`: paragraphs of text with footnote markers.
private final class DocumentPart: NSObject, XMLParserDelegate {
    private(set) var paragraphs: [String] = []
    private(set) var footnoteOrder: [String] = []
    private var paragraph = ""
    private var inText = false
    private var superscript = false

    static func parse(_ data: Data) -> DocumentPart {
        let part = DocumentPart()
        let parser = XMLParser(data: data)
        parser.delegate = part
        _ = parser.parse()
        if !part.paragraph.isEmpty { part.paragraphs.append(part.paragraph) }
        return part
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:p": paragraph = "\t"
        case "w:r": superscript = false
        case "w:vertAlign": superscript = attributes["w:val"] == "superscript"
        case "w:t": inText = true
        case "w:tab": paragraph += "\t"
        case "w:br", "w:cr": paragraphs.append(paragraph); paragraph = ""
        case "w:footnoteReference":
            guard let id = attributes["w:id"] else { return }
            if !footnoteOrder.contains(id) { footnoteOrder.append(id) }
            let number = footnoteOrder.firstIndex(of: id)! + 1
            while paragraph.last == " " { paragraph.removeLast() }
            paragraph += "<sup>\(number)</sup>"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:p": paragraphs.append(paragraph); paragraph = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText else { return }
        if superscript, !string.isEmpty, string.allSatisfy(\.isNumber), string.count <= 3 {
            while paragraph.last == " " { paragraph.removeLast() }
            paragraph += "<sup>\(string)</sup>"
        } else {
            paragraph += string
        }
    }
}

/// `word/footnotes.xml`: the text of each footnote by its id.
private final class FootnotesPart: NSObject, XMLParserDelegate {
    private var bodies: [String: String] = [:]
    private var current: String?
    private var text = ""
    private var inText = false

    static func parse(_ data: Data) -> [String: String] {
        let part = FootnotesPart()
        let parser = XMLParser(data: data)
        parser.delegate = part
        _ = parser.parse()
        return part.bodies
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "w:footnote":
            let type = attributes["w:type"] ?? "normal"
            current = type == "normal" ? attributes["w:id"] : nil
            text = ""
        case "w:t": inText = true
        case "w:p": if !text.isEmpty { text += " " }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:footnote":
            if let current { bodies[current] = text.trimmingCharacters(in: .whitespaces) }
            current = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText, current != nil { text += string }
    }
}
