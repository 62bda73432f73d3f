import ResGraphGraph

/// Merges sorted runs into one sorted sequence, the head of each run in a binary heap.
struct RunMerge {
    private var runs: [any FindingRun]
    private var heap: [(finding: Finding, run: Int)] = []

    init(runs: [any FindingRun]) throws {
        self.runs = runs
        for k in self.runs.indices { if let first = try self.runs[k].next() { push((first, k)) } }
    }

    mutating func next() throws -> Finding? {
        guard let top = heap.first else { return nil }
        if let following = try runs[top.run].next() {
            heap[0] = (following, top.run)
        } else {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
        }
        if !heap.isEmpty { siftDown(0) }
        return top.finding
    }

    private mutating func push(_ entry: (finding: Finding, run: Int)) {
        heap.append(entry)
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
    private func precedes(_ a: (finding: Finding, run: Int), _ b: (finding: Finding, run: Int)) -> Bool {
        if a.finding < b.finding { return true }
        if b.finding < a.finding { return false }
        return a.run < b.run
    }
}
