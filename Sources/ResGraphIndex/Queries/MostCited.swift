/// The `top` most cited ids of a stream of (id, citing documents), most cited first and ids in
/// byte order among equals (as SQLite orders them), holding at most twice `top` at a time.
struct MostCited {
    let top: Int
    private var kept: [(id: String, citing: Int)] = []

    init(top: Int) { self.top = top }

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
    }
}
