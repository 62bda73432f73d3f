import ResGraphExtractor

/// The ids that name one document: a joint symbol ("A/55/305-S/2000/809", one letter issued to
/// the Assembly and the Council) makes its two symbols one node of the graph, known by the
/// least of its ids (in string order), whichever of them a text writes first or cites alone.
///
/// ```swift
/// var joint = JointSymbols()
/// joint.join("S/2000/809", "A/55/305")
/// joint.canonical("S/2000/809")   // "A/55/305"
/// joint.canonical("A/RES/58/154") // "A/RES/58/154"
/// ```
public struct JointSymbols: Sendable, Equatable {
    /// Each id of a group, with its group's canonical id.
    private var canonicalIDs: [String: String] = [:]
    /// The ids of each group, by canonical id.
    private var groups: [String: [String]] = [:]

    /// No joint symbols.
    public init() {}

    /// The joint symbols the references of `documents` give (a target and its aliases).
    public init(documents: [ExtractedDocument]) {
        for document in documents { join(document) }
    }

    /// Takes in the joint symbols `document`'s references give.
    public mutating func join(_ document: ExtractedDocument) {
        for reference in document.references {
            for alias in reference.aliases ?? [] { join(reference.target, alias) }
        }
    }

    /// Makes `first` and `second` names of one document.
    public mutating func join(_ first: String, _ second: String) {
        let a = canonical(first), b = canonical(second)
        guard a != b else { return }
        let (kept, merged) = a < b ? (a, b) : (b, a)
        let moved = groups.removeValue(forKey: merged) ?? [merged]
        for id in moved { canonicalIDs[id] = kept }
        groups[kept, default: [kept]] += moved
        canonicalIDs[kept] = kept
    }

    /// The id a group of joint symbols is known by; `id` itself when it has no other name.
    public func canonical(_ id: String) -> String { canonicalIDs[id] ?? id }

    /// Every id that stands for another, with the id it stands for, sorted.
    public var renamed: [(id: String, canonical: String)] {
        canonicalIDs.filter { $0.key != $0.value }.map { (id: $0.key, canonical: $0.value) }.sorted { $0.id < $1.id }
    }

    /// Whether no joint symbol is known.
    public var isEmpty: Bool { canonicalIDs.isEmpty }
}
