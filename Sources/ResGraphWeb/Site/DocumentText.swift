import ResGraphExtractor
import ResGraphGraph
import ResGraphReader
import ResGraphRender

/// A document's text as HTML: every reference a link to its node, coloured by relation, and at
/// each footnote marker the references its footnote makes, the way citation annotators mark up
/// opinions. Everything from the file is escaped.
struct DocumentText: Sendable {
    /// The file, as shown.
    var shown: String
    /// The document's node, and its page.
    var id: String
    var url: String
    var label: String
    var language: String
    var title: String?
    var referenceCount: Int
    /// The text with its references marked up (trusted: built here, every text escaped).
    var html: String

    /// The text of `document` (read again from its file, through the same reader `index` used).
    static func of(_ document: ExtractedDocument) throws(ExtractionError) -> DocumentText {
        let bytes = try DocumentReader.text(ofFileAt: document.source).bytes
        let id = document.symbol ?? "file:" + document.source
        return DocumentText(
            shown: CanonicalPath.display(document.source), id: id, url: SiteLinks.node(id), label: CanonicalID.shortLabel(of: id),
            language: document.language.rawValue, title: document.title, referenceCount: document.references.count,
            html: markedUp(bytes, references: document.references))
    }

    /// `bytes` as escaped HTML with the references marked; references that overlap one before
    /// them or fall outside the text are left unmarked.
    static func markedUp(_ bytes: [UInt8], references: [Reference]) -> String {
        var markers: [Int: [Reference]] = [:]
        for reference in references where reference.footnote != nil {
            for anchor in [reference.anchor].compactMap({ $0 }) + (reference.anchors ?? []) where anchor >= 0 && anchor <= bytes.count {
                markers[anchor, default: []].append(reference)
            }
        }
        var cuts = Set(markers.keys)
        let spans = references.filter { $0.start >= 0 && $0.end <= bytes.count && $0.start < $0.end }.sorted { $0.start < $1.start }
        for span in spans { cuts.insert(span.start); cuts.insert(span.end) }
        let points = cuts.sorted()
        var out = ""
        out.reserveCapacity(bytes.count + spans.count * 120)
        var position = 0
        var next = spans.startIndex
        var open: Reference?
        for point in points + [bytes.count] {
            if point > position {
                out += HTMLEscaping.escape(String(decoding: bytes[position..<point], as: UTF8.self))
                position = point
            }
            if let current = open, current.end <= point {
                out += "</a>"
                open = nil
            }
            if let badges = markers[point], open == nil {
                for reference in badges {
                    out += "<a class=\"note r-\(reference.relation.rawValue)\" href=\"#ref-\(reference.start)\" title=\""
                        + HTMLEscaping.escape("footnote \(reference.footnote ?? 0): \(RenderStyle.look(of: reference.relation).name) \(reference.target)")
                        + "\">" + HTMLEscaping.escape(CanonicalID.shortLabel(of: reference.target)) + "</a>"
                }
            }
            while next < spans.endIndex, spans[next].start < point { next += 1 }
            if open == nil, next < spans.endIndex, spans[next].start == point {
                let reference = spans[next]
                out += "<a class=\"ref r-\(reference.relation.rawValue)\" id=\"ref-\(reference.start)\" href=\""
                    + HTMLEscaping.escape(SiteLinks.node(reference.target)) + "\" title=\""
                    + HTMLEscaping.escape("\(RenderStyle.look(of: reference.relation).name) \(reference.target)") + "\">"
                open = reference
                next += 1
            }
        }
        if open != nil { out += "</a>" }
        return out
    }
}
