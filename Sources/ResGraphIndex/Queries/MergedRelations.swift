import GRDB

/// The rows of a node's links read relation by relation, each relation's in the order of the
/// other nodes (the target index's), and merged: the rows of one other node at a time, in the
/// order one query over all relations gives them (relation, then row), the other nodes in the
/// order of their ids. A node cited by 800,000 documents is read without holding its citers.
struct MergedRelations<Link> {
    private var cursors: [RowCursor] = []
    private var heads: [Link?] = []
    private let link: (Row) throws -> Link
    private let other: (Link) -> String

    /// The rows of each statement (arguments: the node, then its relation when it has one), the
    /// relations in the order the target index sorts them; each row read as `link`, whose
    /// other node `other` gives.
    init(of node: String, statements: [(relation: String?, statement: Statement)], link: @escaping (Row) throws -> Link,
         other: @escaping (Link) -> String) throws {
        self.link = link
        self.other = other
        for (relation, statement) in statements {
            let cursor = try Row.fetchCursor(statement, arguments: StatementArguments([node] + (relation.map { [$0] } ?? [])))
            cursors.append(cursor)
            heads.append(try cursor.next().map(link))
        }
    }

    /// The rows of the next other node, or nil at the end.
    mutating func next() throws -> [Link]? {
        let other = other
        guard let next = heads.lazy.compactMap({ $0.map(other) }).min() else { return nil }
        var rows: [Link] = []
        for k in cursors.indices {
            while let head = heads[k], other(head) == next {
                rows.append(head)
                heads[k] = try cursors[k].next().map(link)
            }
        }
        return rows
    }
}
