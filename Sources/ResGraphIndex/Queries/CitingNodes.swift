import ResGraphExtractor

/// The nodes that cite one id, told apart as its references stream from the target index: its
/// rows come by relation, then citing node, so within one relation a node repeats the row
/// before it, and only an id cited with several relations needs its nodes sorted to count them.
struct CitingNodes {
    /// The id whose citing nodes are being counted, as its bytes.
    private var targetBytes: [UInt8]?
    private var relation: [UInt8] = []
    private var relationCount = 0
    /// The citing nodes' bytes, one after another, each where it differs from the one before.
    private var nodes: [UInt8] = []
    private var places: [Range<Int>] = []

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
        relationCount = 0
        nodes.removeAll(keepingCapacity: true)
        places.removeAll(keepingCapacity: true)
    }

    /// A reference to the id, in the target index's order.
    mutating func add(relation name: UnsafeBufferPointer<UInt8>, node: UnsafeBufferPointer<UInt8>) {
        if relationCount == 0 || !ByteOrder.equal(name, relation) {
            relation.replaceSubrange(relation.indices, with: name)
            relationCount += 1
        } else if let last = places.last, nodes.withUnsafeBufferPointer({ ByteOrder.compare(UnsafeBufferPointer(rebasing: $0[last]), node) == 0 }) {
            return
        }
        places.append(nodes.count..<nodes.count + node.count)
        nodes.append(contentsOf: node)
    }

    /// How many nodes cite the id.
    mutating func count() -> Int {
        guard relationCount > 1 else { return places.count }
        return nodes.withUnsafeBufferPointer { bytes in
            let node = { (place: Range<Int>) in UnsafeBufferPointer(rebasing: bytes[place]) }
            places.sort { ByteOrder.compare(node($0), node($1)) < 0 }
            return places.indices.filter { $0 == 0 || ByteOrder.compare(node(places[$0 - 1]), node(places[$0])) != 0 }.count
        }
    }
}
