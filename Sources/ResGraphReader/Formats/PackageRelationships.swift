import Foundation

/// The relationships of one part of an Office Open XML package (a `.docx`), as its `.rels` part
/// lists them: which part plays which role. The package's own (`_rels/.rels`) name its main
/// document; the main document's (`word/_rels/document.xml.rels`) name its footnotes and
/// endnotes. Word names the main document `word/document.xml`, but other programs (and Word
/// itself, for files converted online) write `word/document2.xml` and the like.
struct PackageRelationships {
    /// One relationship: its type's last path segment (`officeDocument`, `footnotes`), the same
    /// in the transitional and the strict namespaces, and the part it points to.
    private struct Relationship {
        let role: String
        let target: String
    }

    private var relationships: [Relationship] = []
    /// The folder the targets are relative to: the source part's, with a trailing slash, or ""
    /// for the package.
    private let folder: String

    /// The relationships of the `.rels` part `xml`, belonging to the part `source` (nil for the
    /// package's own).
    init(_ xml: [UInt8], of source: String?) {
        folder = source.map { name in name.lastIndex(of: "/").map { String(name[...$0]) } ?? "" } ?? ""
        let reader = Reader()
        XMLEvents.parse(xml, into: reader)
        relationships = reader.relationships
    }

    /// The name of the `.rels` part holding the relationships of `part`:
    /// `word/document.xml` → `word/_rels/document.xml.rels`.
    static func partName(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[...slash])_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// The part the first relationship of type `role` points to, as a name inside the archive
    /// (no leading slash; `..` and percent-encoding resolved, as a target is a URI: a part named
    /// in Cyrillic is `%D0%B4…` there); nil when there is none, or it points outside the package.
    func target(_ role: String) -> String? {
        guard let relationship = relationships.first(where: { $0.role == role }) else { return nil }
        let target = relationship.target.removingPercentEncoding ?? relationship.target
        let path = target.hasPrefix("/") ? target : folder + target
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": guard segments.popLast() != nil else { return nil }
            default: segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    /// Gathers the `Relationship` elements of a `.rels` part, internal ones only.
    private final class Reader: XMLEventHandler {
        var relationships: [Relationship] = []

        func startElement(_ element: XMLTag) {
            let unqualified: (UnsafePointer<UInt8>?, UnsafePointer<UInt8>?) -> Bool = { prefix, _ in prefix == nil }
            guard element.isNamed("Relationship"),
                  element.attribute("TargetMode", in: unqualified) != "External",
                  let type = element.attribute("Type", in: unqualified),
                  let target = element.attribute("Target", in: unqualified),
                  let role = type.split(separator: "/").last else { return }
            relationships.append(Relationship(role: String(role), target: target))
        }

        func endElement(_ element: XMLTag) {}
        func characters(_ text: UnsafeBufferPointer<UInt8>) {}
    }
}
