import Foundation
import ResGraphExtractor

/// A set of ids that typed ids are looked up in: an index, or a graph held in memory. Both
/// answer through the same ``resolve(_:)``, so "687", "S/RES/1325" and "48 / 113" mean the same
/// thing to every command.
public protocol KnownIDs {
    /// Whether `id` (canonical) is a document or a cited target.
    func knows(_ id: String) throws -> Bool
    /// Known ids starting with `prefix`, sorted, at most `limit`.
    func ids(startingWith prefix: String, limit: Int) throws -> [String]
    /// The id `id` is known by when a joint symbol joins it to another ("S/2000/809" of
    /// "A/55/305-S/2000/809" is known as A/55/305); `id` itself otherwise.
    func jointID(of id: String) throws -> String
}

/// What a typed id means among known ids.
public enum IDResolution: Sendable, Equatable {
    /// Exactly one known id.
    case found(String)
    /// Several known ids fit what was typed ("S/RES/1325" and two years).
    case ambiguous([String])
    /// No known id; the canonical form of what was typed and the nearest known ids.
    case unknown(String, nearest: [String])
}

extension KnownIDs {
    /// The most ids an ambiguous answer lists.
    static var ambiguityLimit: Int { 20 }

    /// What `typed` means here: one id, several (S/RES/1325 of two years; a bare 687 that is
    /// both an SC resolution and an early GA one), or none, with the nearest known ids when
    /// `suggesting` (finding them costs more than the rest).
    ///
    /// ```swift
    /// try index.resolve("48 / 113")   // .found("A/RES/48/113")
    /// try index.resolve("687")        // .found("S/RES/687(1991)") in an SC corpus
    /// ```
    public func resolve(_ typed: String, suggesting: Bool = true) throws -> IDResolution {
        // An id typed exactly as it is known needs no reading: reading builds the extractor's
        // tables, a fifth of a query's instructions. What the extractor writes reads back as itself.
        if try knows(typed) { return .found(typed) }
        let id = CanonicalID.parse(typed)
        if try knows(id) { return .found(id) }
        let joint = try jointID(of: id)
        if joint != id, try knows(joint) { return .found(joint) }
        let bare = typed.trimmingCharacters(in: .whitespaces)
        var prefixes: [String] = []
        if !bare.isEmpty, bare.utf8.count <= 6, bare.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            // A bare number is how people name SC resolutions and GA resolutions of the first 30 sessions.
            prefixes = [ReferenceKind.scResolution, .gaResolution].compactMap { $0.prefix.map { $0 + bare + "(" } }
        } else if !id.hasSuffix(")"), id.utf8.count <= NearestIDs.maxLength {
            prefixes = [id + "("]
        }
        var candidates: [String] = []
        for prefix in prefixes { candidates += try ids(startingWith: prefix, limit: Self.ambiguityLimit) }
        if candidates.count == 1 { return .found(candidates[0]) }
        if candidates.count > 1 { return .ambiguous(Array(candidates.prefix(Self.ambiguityLimit))) }
        return .unknown(id, nearest: suggesting ? try nearestIDs(to: id) : [])
    }

    /// The known ids nearest to `id` (by edit distance), for "did you mean". Bounded: only ids
    /// sharing a prefix with `id` are ranked (the longest prefix that finds any), at most
    /// ``NearestIDs/maxCandidates`` of them, so the answer is quick on any number of ids.
    public func nearestIDs(to id: String, limit: Int = 5) throws -> [String] {
        guard id.utf8.count <= NearestIDs.maxLength else { return [] }
        var prefix = String(id.prefix(8))
        while !prefix.isEmpty {
            let candidates = try ids(startingWith: prefix, limit: NearestIDs.maxCandidates)
            if !candidates.isEmpty { return NearestIDs.nearest(to: id, among: candidates, limit: limit) }
            prefix.removeLast()
        }
        return []
    }
}

/// Ranks ids by edit distance to what a person typed.
public enum NearestIDs {
    /// The longest id compared; longer input is no id and gets no suggestion.
    public static let maxLength = 64
    /// The most candidates ranked for one suggestion.
    public static let maxCandidates = 2_000

    /// The `limit` ids of `candidates` closest to `id`.
    public static func nearest(to id: String, among candidates: [String], limit: Int) -> [String] {
        let typed = Array(id.utf8.prefix(maxLength))
        return candidates.map { ($0, distance(typed, Array($0.utf8.prefix(maxLength)))) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    private static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var previous = Array(0...b.count)
        var current = previous
        for (i, x) in a.enumerated() {
            current[0] = i + 1
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

/// A graph held in memory (files drawn without an index) answers typed ids too.
extension CitationGraph: KnownIDs {
    /// Whether the graph has a node `id`.
    public func knows(_ id: String) -> Bool { nodes[id] != nil }

    /// The node id `id` is joined to by a joint symbol, or `id`.
    public func jointID(of id: String) -> String { jointSymbols.canonical(id) }

    /// The graph's ids starting with `prefix`, sorted, at most `limit`.
    public func ids(startingWith prefix: String, limit: Int) -> [String] {
        Array(nodes.keys.filter { $0.hasPrefix(prefix) }.sorted().prefix(limit))
    }
}
