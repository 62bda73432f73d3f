import ResGraphExtractor

/// A problem in a corpus that a careful reader would want flagged, with its place.
public struct Finding: Hashable, Sendable, Comparable {
    /// The kinds of problem `resgraph check` reports.
    public enum Problem: String, Sendable, CaseIterable {
        /// Language versions of one document cite different things.
        case languageVersionsDisagree = "language-versions-disagree"
        /// A date given for a cited resolution contradicts its own text or another citer.
        case dateContradiction = "date-contradiction"
        /// Ibid. with nothing before it to continue.
        case ibidWithoutAntecedent = "ibid-without-antecedent"
        /// A footnote marker without a body.
        case markerWithoutBody = "marker-without-body"
        /// A footnote body without a marker.
        case bodyWithoutMarker = "body-without-marker"
        /// A symbol-shaped text too long to be an id.
        case idTooLong = "id-too-long"
        /// A document with more references than are read from one document.
        case tooManyReferences = "too-many-references"
        /// A file whose symbol neither its text nor its name gives.
        case noSymbol = "no-symbol"
        /// A file whose footnotes or endnotes could not be read, so that their references are missing.
        case unreadableNotes = "unreadable-notes"
        /// A PDF with pages whose text was not read (scanned without OCR, damaged), so that their references are missing.
        case unreadPages = "unread-pages"
        /// Two files in one language claim the same symbol (a duplicate, or a misread header).
        case duplicateSymbol = "duplicate-symbol"
        /// The year in a resolution's symbol ("773 (1992)") is not the year of its adoption date.
        case yearContradictsDate = "year-contradicts-date"
    }

    /// What is wrong.
    public var problem: Problem
    /// The file concerned.
    public var source: String
    /// The byte offset in `source`, when the problem has a place in it.
    public var offset: Int?
    /// The node concerned.
    public var node: String
    /// A sentence for people.
    public var message: String

    /// A finding of `problem` in `source` (at `offset`, when it has a place there), of `node`.
    public init(problem: Problem, source: String, offset: Int?, node: String, message: String) {
        self.problem = problem
        self.source = source
        self.offset = offset
        self.node = node
        self.message = message
    }

    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.offset != rhs.offset { return (lhs.offset ?? -1) < (rhs.offset ?? -1) }
        if lhs.problem != rhs.problem { return lhs.problem.rawValue < rhs.problem.rawValue }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Finding {
    /// The findings in their order (file, place, problem, message).
    public func inReadingOrder() -> [Finding] {
        readingOrder().map { self[$0] }
    }

    /// The indices of the findings in their order (file, place, problem, message): sorted by
    /// moving indices rather than the findings themselves, as a large corpus can have hundreds
    /// of thousands. Files are ranked once, so that the sort compares numbers, and texts only
    /// between findings of one place.
    public func readingOrder() -> [Int] {
        // Each file is numbered as first met (one hash a finding), then the numbers ranked.
        var number: [String: Int32] = [:]
        func read(_ value: inout Int32) -> Int32 { value }
        let numbers = map { finding in
            let fresh = Int32(number.count)
            return read(&number[finding.source, default: fresh])
        }
        var rank = [Int32](repeating: 0, count: number.count)
        for (position, file) in number.sorted(by: { $0.key < $1.key }).enumerated() { rank[Int(file.value)] = Int32(position) }
        let places = indices.map { (file: rank[Int(numbers[$0])], offset: self[$0].offset ?? -1) }
        return withUnsafeBufferPointer { findings in
            var order = Array<Int>(findings.indices)
            order.sort { a, b in
                let (first, second) = (places[a], places[b])
                guard first == second else { return first < second }
                return findings[a] < findings[b]
            }
            return order
        }
    }
}

extension CitationGraph {
    /// Every problem the corpus shows, sorted by file and place. An index answers the same
    /// question without loading the graph (`CitationIndex.check()`); both apply ``CheckRules``.
    public func check() -> [Finding] {
        var findings: [Finding] = []
        for node in nodes.values where node.sources.count > 1 {
            var targets: [String: Set<String>] = [:]
            for edge in edges(from: node.id) {
                for provenance in edge.provenance { targets[edge.to, default: []].insert(provenance.source) }
            }
            let files = node.sources.map { CheckRules.File(source: $0, language: documents[$0]?.language ?? .english) }
            findings += CheckRules.versions(of: node.id, files: files, targets: targets)
        }
        for node in nodes.values where node.isPresent && node.kind == .scResolution {
            if let finding = CheckRules.yearContradiction(of: node.id, date: node.date, sources: node.sources) { findings.append(finding) }
        }
        for node in nodes.values where !node.citedDates.isEmpty {
            findings += CheckRules.dateContradictions(of: node.id, ownDate: node.date, citedDates: node.citedDates.mapValues(Array.init)) { source in
                documents[source]?.references.first { jointSymbols.canonical($0.target) == node.id && $0.citedDate != nil }?.start
            }
        }
        for document in documents.values {
            for diagnostic in document.diagnostics {
                if let finding = CheckRules.finding(for: diagnostic, in: document.source, of: node(of: document)) { findings.append(finding) }
            }
        }
        return findings.inReadingOrder()
    }
}
