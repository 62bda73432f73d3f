import ResGraphGraph

/// The columns of a time-ordered drawing: one per session or year, in order, a crowded year
/// wrapped into several columns of at most ``rows`` nodes each.
///
/// ```swift
/// let columns = TimeColumns(ids: ["S/RES/660(1990)", "S/RES/661(1990)", "S/RES/687(1991)"])
/// columns.columns.map(\.year)   // [1990, 1991]
/// ```
public struct TimeColumns: Sendable {
    /// One column of the drawing: the ids drawn in it, its year, and which of that year's columns it is (0 first).
    public struct Column: Sendable {
        /// The session's or year's number as a year.
        public var year: Int
        /// 0 for the year's first column, 1 for the next, ...
        public var part: Int
        /// The ids in this column, in id order.
        public var ids: [String]
    }

    /// The columns, earliest first.
    public let columns: [Column]
    /// The distinct years, earliest first.
    public let years: [Int]
    /// The most nodes one column holds.
    public let rows: Int

    /// Whether some year holds more nodes than one column: the drawing is then a block of
    /// columns rather than one column per year.
    public var isWrapped: Bool { columns.count > years.count }

    /// Lays out `ids` by the year their symbol tells; ids without one are left out.
    public init(ids: some Sequence<String>) {
        var byYear: [Int: [String]] = [:]
        for id in ids { if let year = RankYear.of(id) { byYear[year, default: []].append(id) } }
        let dated = byYear.values.reduce(0) { $0 + $1.count }
        rows = Self.rows(forDated: dated)
        years = byYear.keys.sorted()
        var columns: [Column] = []
        for year in years {
            let members = byYear[year]!.sorted()
            for (part, start) in stride(from: 0, to: members.count, by: rows).enumerated() {
                columns.append(Column(year: year, part: part, ids: Array(members[start..<min(start + rows, members.count)])))
            }
        }
        self.columns = columns
    }

    /// How many nodes a column holds when `dated` nodes are drawn: about the square root, so
    /// that a drawing of many nodes in few years comes out roughly 3:2 (a node is about three
    /// times as wide as it is tall, with its gaps), and never fewer than 12.
    public static func rows(forDated dated: Int) -> Int {
        max(12, Int((Double(dated) / 0.45).squareRoot().rounded(.up)))
    }
}
