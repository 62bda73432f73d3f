/// The `top` most cited ids of a stream of (id, citing documents), most cited first and ids in
/// byte order among equals (as SQLite orders them), holding at most twice `top` at a time.
struct MostCited {
    let top: Int
    private var kept: [(id: String, citing: Int)] = []
    /// The fewest citations an id needs to be kept: the last kept's once `top` are.
    private var floor = Int.min

    init(top: Int) { self.top = top }

    /// Whether an id cited by `citing` documents may yet be among the `top`: not when `top`
    /// ids cited more are kept already. Asked before spelling an id out.
    func mayKeep(citing: Int) -> Bool { citing >= floor }

    mutating func add(_ id: String, citing: Int) {
        kept.append((id, citing))
        if kept.count >= 2 * max(top, 1) { trim() }
    }

    /// The ids kept, ranked.
    mutating func ranked() -> [(id: String, citing: Int)] {
        trim()
        return kept
    }

    private mutating func trim() {
        kept.sort { $0.citing != $1.citing ? $0.citing > $1.citing : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        if kept.count > top { kept.removeLast(kept.count - top) }
        if kept.count == top, let last = kept.last { floor = last.citing }
    }
}
