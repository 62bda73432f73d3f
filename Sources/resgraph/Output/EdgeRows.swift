import Foundation
import ResGraphGraph
import ResGraphOutput
import ResGraphReader

/// The rows of one of `show`'s tables of edges, packed as the edges come (a treaty that most of
/// a million documents cite has 800,000 of them): each edge's cells, its first place located
/// with those of the edges around it, the files read together on all cores.
struct EdgeRows {
    static let header = ["relation", "id", "languages", "first place"]
    /// The cells of each edge added.
    private(set) var rows = PackedRows()
    /// The columns, as wide as the widest cell so far.
    private(set) var columns = TextTable.Columns(header: header)
    /// Edges added and not yet located: their cells but the last, and their first places.
    private var waiting: [(cells: [String], place: (path: String, offset: Int)?)] = []
    private let folder = FileManager.default.currentDirectoryPath
    /// How many edges are located together.
    private static let batch = 4_096

    /// Adds `edge`, whose other node (the one not shown) is `other`.
    mutating func add(_ edge: GraphEdge, other: String) {
        let cells = [edge.relation.rawValue, other, edge.languageList(separator: ",")]
        waiting.append((cells, edge.provenance.first.map { ($0.source, $0.start) }))
        if waiting.count == Self.batch { locate() }
    }

    /// Locates the edges waiting, and adds their rows.
    mutating func locate() {
        var places = SourcePlaces.of(waiting.compactMap(\.place))[...]
        for (cells, place) in waiting {
            var location = ""
            if let place {
                location = SourceLocator.location(CanonicalPath.display(place.path, from: folder), offset: place.offset, place: places.popFirst() ?? nil)
            }
            columns.fit(cells + [location])
            rows.append(cells + [location])
        }
        waiting.removeAll(keepingCapacity: true)
    }
}
