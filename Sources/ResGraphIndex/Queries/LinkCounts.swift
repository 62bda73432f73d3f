/// The ids one step of a neighbourhood reaches, each with the number of links that reach it:
/// one per node of the step and direction, however many references make the link. Counted by
/// their bytes as SQLite holds them (``IDNumbers``): near a treaty cited by most of a million
/// documents a step reads millions of rows, and a `String` and a `Hasher` per row were most of
/// its time.
struct LinkCounts {
    private var ids = IDNumbers(capacity: 4_096)
    private var counts: [Int32] = []
    /// The link each id was counted for last.
    private var lastLinks: [Int32] = []

    /// Counts the id in the first column of each of `rows` as linked once by `link` (a number
    /// for a node of the step and a direction).
    mutating func count(_ rows: RawRows, link: Int32) throws {
        while try rows.step() {
            let (number, inserted) = ids.insert(rows.text(0))
            if inserted {
                counts.append(1)
                lastLinks.append(link)
            } else if lastLinks[number] != link {
                counts[number] += 1
                lastLinks[number] = link
            }
        }
    }

    /// The ids counted, but those of `excluded`; only the `limit` most linked (ids in order
    /// among equals) when there are more, and `isCut` then.
    func mostLinked(excluding excluded: Set<String>, limit: Int) -> (ids: [String], isCut: Bool) {
        var counted = counts
        for id in excluded { if let number = ids.number(of: id) { counted[number] = 0 } }
        let candidates = counted.indices.filter { counted[$0] > 0 }
        guard candidates.count > limit else { return (candidates.map(ids.id), false) }
        // Most ids near a hub share a few counts: the count at which the limit falls is found
        // from how many ids have each, and only the ids of that count are sorted.
        var withCount = [Int](repeating: 0, count: Int(counted.max() ?? 0) + 1)
        for number in candidates { withCount[Int(counted[number])] += 1 }
        var threshold = withCount.count - 1, above = 0
        while threshold > 0, above + withCount[threshold] < limit {
            above += withCount[threshold]
            threshold -= 1
        }
        let kept = candidates.filter { counted[$0] > threshold }.map(ids.id)
        let tied = candidates.filter { Int(counted[$0]) == threshold }.map(ids.id).sorted()
        return (kept + tied.prefix(max(0, limit - kept.count)), true)
    }
}
