import ResGraphGraph

/// Merges sorted runs into one sorted sequence, the head of each run in a binary heap.
struct RunMerge {
    private let runs: [FindingRun]
    /// The runs not spent, by index, the one whose record comes first on top.
    private var heap: [Int] = []
    /// The source of the last finding handed over.
    private var source = ""

    init(runs: [FindingRun]) throws {
        self.runs = runs
        for k in runs.indices where try runs[k].advance() { push(k) }
    }

    mutating func next() throws -> Finding? {
        guard let top = heap.first else { return nil }
        let finding = runs[top].finding(sourceLike: source)
        source = finding.source
        if try !runs[top].advance() {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
        }
        if !heap.isEmpty { siftDown(0) }
        return finding
    }

    private mutating func push(_ run: Int) {
        heap.append(run)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var least = parent
            if left < heap.count, precedes(heap[left], heap[least]) { least = left }
            if right < heap.count, precedes(heap[right], heap[least]) { least = right }
            guard least != parent else { return }
            heap.swapAt(parent, least)
            parent = least
        }
    }

    /// Reading order; among equal findings, the earlier run first.
    private func precedes(_ a: Int, _ b: Int) -> Bool {
        runs[a].precedes(runs[b]) ?? (a < b)
    }
}
