/// Which nodes a drawing keeps when a selection holds more nodes than may be drawn: the focus
/// first, then the most cited within the selection, ids in order among equals; and what
/// people are told about the cut.
///
/// ```swift
/// SelectionCut.kept([("A/RES/48/113", 7), ("A/RES/58/154", 2)], limit: 1, focus: nil)  // ["A/RES/48/113"]
/// ```
public enum SelectionCut {
    /// The `limit` nodes kept of `candidates` (each id with the citations it has from the selection).
    public static func kept(_ candidates: [(id: String, citers: Int)], limit: Int, focus: String?) -> Set<String> {
        let ranked = candidates.sorted { a, b in
            if (a.id == focus) != (b.id == focus) { return a.id == focus }
            return (a.citers, b.id) > (b.citers, a.id)
        }
        return Set(ranked.prefix(limit).map(\.id))
    }

    /// The message of a cut that kept `kept` of `total` nodes.
    public static func note(kept: Int, of total: Int) -> String {
        "selection cut: drawing \(kept) of \(total) nodes (the most cited); raise --max-nodes to draw more"
    }
}
