import ResGraphExtractor

/// A node reached by following citations, and how.
public struct CitationHit: Hashable, Sendable {
    /// The node reached.
    public var node: GraphNode
    /// The relations of the edges that reached it.
    public var relations: [Relation]
    /// How many steps from the node asked about (1 = direct).
    public var depth: Int
    /// The node it cites or is cited by on the way (the one asked about, at depth 1).
    public var via: String
    /// The first place the citation is made: the citing file and the span of the cited text.
    public var place: Place?

    /// Where a citation stands: a file and the byte span of the matched text.
    public struct Place: Hashable, Sendable {
        /// The citing file.
        public var source: String
        /// Byte offset of the matched text.
        public var start: Int
        /// Byte offset just past it.
        public var end: Int

        /// Creates a place.
        public init(source: String, start: Int, end: Int) {
            self.source = source
            self.start = start
            self.end = end
        }
    }

    /// Creates a hit.
    public init(node: GraphNode, relations: [Relation], depth: Int, via: String, place: Place? = nil) {
        self.node = node
        self.relations = relations
        self.depth = depth
        self.via = via
        self.place = place
    }
}

/// Which way to follow edges.
public enum Direction: String, Sendable, CaseIterable {
    /// Toward the nodes that cite.
    case incoming = "in"
    /// Toward the nodes cited.
    case outgoing = "out"
    /// Both ways.
    case both
}

extension CitationGraph {
    /// The nodes that cite `id` (under `relation`, or any), and with `depth` > 1 those that
    /// cite them in turn, nearest first.
    public func citers(of id: String, relation: Relation? = nil, depth: Int = 1) -> [CitationHit] {
        follow(from: id, relation: relation, depth: depth, direction: .incoming)
    }

    /// The nodes `id` cites (under `relation`, or any), nearest first.
    public func cited(by id: String, relation: Relation? = nil, depth: Int = 1) -> [CitationHit] {
        follow(from: id, relation: relation, depth: depth, direction: .outgoing)
    }

    /// The ids within `depth` steps of `id` in `direction`, `id` included.
    public func neighbourhood(of id: String, depth: Int, direction: Direction) -> Set<String> {
        var reached: Set<String> = [id]
        var frontier: Set<String> = [id]
        for _ in 0..<max(depth, 0) {
            var next: Set<String> = []
            for node in frontier {
                if direction != .outgoing { next.formUnion(edges(to: node).map(\.from)) }
                if direction != .incoming { next.formUnion(edges(from: node).map(\.to)) }
            }
            next.subtract(reached)
            reached.formUnion(next)
            frontier = next
        }
        return reached.filter { nodes[$0] != nil }
    }

    private func follow(from id: String, relation: Relation?, depth: Int, direction: Direction) -> [CitationHit] {
        var hits: [CitationHit] = []
        var seen: Set<String> = [id]
        var frontier = [id]
        for level in 1...max(depth, 1) {
            var next: [String] = []
            for current in frontier {
                let found = direction == .incoming ? edges(to: current) : edges(from: current)
                let grouped = Dictionary(grouping: found.filter { relation == nil || $0.relation == relation }) {
                    direction == .incoming ? $0.from : $0.to
                }
                for (other, group) in grouped.sorted(by: { $0.key < $1.key }) where !seen.contains(other) {
                    guard let node = nodes[other] else { continue }
                    seen.insert(other)
                    next.append(other)
                    hits.append(CitationHit(node: node, relations: group.map(\.relation).sorted(), depth: level, via: current))
                }
            }
            frontier = next
            if frontier.isEmpty { break }
        }
        return hits
    }

    /// The ids that are cited but whose text the corpus lacks, most cited first.
    public func dangling(kinds: Set<ReferenceKind>? = nil) -> [DanglingTarget] {
        nodes.values.filter { !$0.isPresent && (kinds?.contains($0.kind) ?? true) }.map { node in
            let citing = edges(to: node.id)
            let first = citing.flatMap(\.provenance).min { ($0.source, $0.start) < ($1.source, $1.start) }
            return DanglingTarget(
                node: node, citingNodes: Set(citing.map(\.from)).count,
                firstSource: first?.source ?? "", firstOffset: first?.start ?? 0, firstText: first?.text ?? "")
        }.sorted { ($1.citingNodes, $0.node.id) < ($0.citingNodes, $1.node.id) }
    }
}

/// A cited id the corpus lacks, and where it is first cited.
public struct DanglingTarget: Hashable, Sendable {
    /// The node, only cited.
    public var node: GraphNode
    /// How many documents cite it.
    public var citingNodes: Int
    /// The file of the first place it is cited.
    public var firstSource: String
    /// The byte offset of that place.
    public var firstOffset: Int
    /// The text matched there.
    public var firstText: String

    /// Creates a dangling target.
    public init(node: GraphNode, citingNodes: Int, firstSource: String, firstOffset: Int, firstText: String) {
        self.node = node
        self.citingNodes = citingNodes
        self.firstSource = firstSource
        self.firstOffset = firstOffset
        self.firstText = firstText
    }
}
