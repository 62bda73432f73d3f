import ResGraphExtractor

/// The nodes that cite one id, told apart as its references stream from the target index: its
/// rows come by relation, then citing node, so within one relation a node repeats the row
/// before it, and an id cited with several relations has its nodes in one sorted run per
/// relation, which are merged to count them.
struct CitingNodes {
    /// The id whose citing nodes are being counted, as its bytes.
    private var targetBytes: [UInt8]?
    private var relation: [UInt8] = []
    /// The citing nodes' bytes, one after another, each where it differs from the one before.
    private var nodes: [UInt8] = []
    private var places: [Range<Int>] = []
    /// Where each relation's run of places begins.
    private var runStarts: [Int] = []

    /// `body` applied to the bytes of the id counted; nil before the first.
    func withTarget<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        try targetBytes?.withUnsafeBufferPointer(body)
    }

    /// Whether `target` is the id being counted.
    func isCounting(_ target: UnsafeBufferPointer<UInt8>) -> Bool {
        targetBytes.map { ByteOrder.equal(target, $0) } ?? false
    }

    /// Starts counting the nodes that cite `target`.
    mutating func start(_ target: UnsafeBufferPointer<UInt8>) {
        targetBytes = Array(target)
        relation.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
        places.removeAll(keepingCapacity: true)
        runStarts.removeAll(keepingCapacity: true)
    }

    /// A reference to the id, in the target index's order.
    mutating func add(relation name: UnsafeBufferPointer<UInt8>, node: UnsafeBufferPointer<UInt8>) {
        if runStarts.isEmpty || !ByteOrder.equal(name, relation) {
            relation.replaceSubrange(relation.indices, with: name)
            runStarts.append(places.count)
        } else if let last = places.last, nodes.withUnsafeBufferPointer({ ByteOrder.compare(UnsafeBufferPointer(rebasing: $0[last]), node) == 0 }) {
            return
        }
        places.append(nodes.count..<nodes.count + node.count)
        nodes.append(contentsOf: node)
    }

    /// How many relations the id is cited under so far: one run of nodes each.
    var runs: Int { runStarts.count }

    /// How many nodes cite the id under each relation, in the order the relations came.
    var runLengths: [Int] {
        zip(runStarts, runStarts.dropFirst() + [places.count]).map { $1 - $0 }
    }

    /// How many nodes cite the id: the relations' runs, each sorted, merged, a node counted
    /// where it differs from the one counted before.
    func count() -> Int {
        guard runStarts.count > 1 else { return places.count }
        return nodes.withUnsafeBufferPointer { bytes in
            let node = { (place: Range<Int>) in UnsafeBufferPointer(rebasing: bytes[place]) }
            var heads = runStarts
            let ends = Array(runStarts.dropFirst()) + [places.count]
            var last: Range<Int>?
            var count = 0
            while true {
                var least = -1
                for run in heads.indices where heads[run] < ends[run] {
                    if least < 0 || ByteOrder.compare(node(places[heads[run]]), node(places[heads[least]])) < 0 { least = run }
                }
                guard least >= 0 else { return count }
                let place = places[heads[least]]
                if last.map({ ByteOrder.compare(node($0), node(place)) != 0 }) ?? true { count += 1 }
                last = place
                heads[least] += 1
            }
        }
    }
}
