import ResGraphGraph

/// A selection split into one drawing per decade, for time ranges too long to read as one
/// (`render --page-by decade`).
///
/// A page holds the nodes of its decade and the undated nodes (treaties, publications, documents
/// without a session) they cite or are cited by; citations from one decade to another are on
/// neither page and are counted in ``crossing``.
///
/// ```swift
/// let pages = DecadePages(graph)
/// for page in pages.pages { print(page.label, page.graph.nodes.count) }   // "1990s" 240
/// ```
public struct DecadePages: Sendable {
    /// One drawing: its decade's label ("1990s", or "undated") and its part of the graph.
    public struct Page: Sendable {
        /// "1990s" for a decade; "undated" for nodes no decade's nodes touch.
        public var label: String
        /// The nodes and edges drawn on this page.
        public var graph: CitationGraph
    }

    /// The pages, earliest decade first, "undated" last.
    public let pages: [Page]
    /// How many edges join nodes of two different decades, drawn on no page.
    public let crossing: Int

    /// Splits `graph` into decades.
    public init(_ graph: CitationGraph) {
        var decades: [Int: Set<String>] = [:]
        var undated = Set<String>()
        for id in graph.nodes.keys {
            if let year = RankYear.of(id) { decades[year / 10 * 10, default: []].insert(id) } else { undated.insert(id) }
        }
        var placed = Set<String>()
        var pages: [Page] = []
        for decade in decades.keys.sorted() {
            var ids = decades[decade]!
            for key in graph.edges.keys {
                if ids.contains(key.from), undated.contains(key.to) { ids.insert(key.to) }
                if ids.contains(key.to), undated.contains(key.from) { ids.insert(key.from) }
            }
            placed.formUnion(ids)
            pages.append(Page(label: "\(decade)s", graph: graph.subgraph(ids)))
        }
        let leftOver = undated.subtracting(placed)
        if !leftOver.isEmpty { pages.append(Page(label: "undated", graph: graph.subgraph(leftOver))) }
        self.pages = pages
        crossing = graph.edges.keys.count { key in
            guard let a = RankYear.of(key.from), let b = RankYear.of(key.to) else { return false }
            return a / 10 != b / 10
        }
    }

    /// The file a page is written to: `graph.png` becomes `graph-1990s.png`.
    public static func path(of page: Page, for output: String) -> String {
        guard let dot = output.lastIndex(of: "."), !output[dot...].contains("/") else { return output + "-" + page.label }
        return output[..<dot] + "-" + page.label + output[dot...]
    }
}
