import ResGraphExtractor

/// The site's own addresses, built in one place so pages, the graph and the API agree; ids and
/// paths are percent-encoded as ``CanonicalID/percentEncoded(_:)`` does for undocs.org.
enum SiteLinks {
    /// The page of `id`.
    static func node(_ id: String) -> String { "/node?id=" + CanonicalID.percentEncoded(id) }

    /// The findings of `id`, page by page, in the JSON API.
    static func findings(of id: String) -> String { "/api/check?node=" + CanonicalID.percentEncoded(id) }

    /// The text view of the indexed file `path`, scrolled to the reference at byte `offset`.
    static func text(_ path: String, at offset: Int? = nil) -> String {
        "/text?file=" + CanonicalID.percentEncoded(path) + (offset.map { "#ref-\($0)" } ?? "")
    }

    /// Where the neighbourhood drawings are.
    static let drawingPath = "/graph.svg"

    /// The neighbourhood drawing of `id`.
    static func graph(_ id: String, depth: Int, direction: String) -> String {
        drawingPath + "?id=" + CanonicalID.percentEncoded(id) + "&depth=\(depth)&direction=\(direction)"
    }
}
