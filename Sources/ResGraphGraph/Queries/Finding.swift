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

    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.source, lhs.offset ?? -1, lhs.problem.rawValue, lhs.message) < (rhs.source, rhs.offset ?? -1, rhs.problem.rawValue, rhs.message)
    }
}

extension CitationGraph {
    /// Every problem the corpus shows, sorted by file and place.
    public func check() -> [Finding] {
        var findings: [Finding] = []
        for node in nodes.values where node.sources.count > 1 {
            findings += disagreements(of: node)
        }
        for node in nodes.values where !node.citedDates.isEmpty {
            findings += dateContradictions(of: node)
        }
        for document in documents.values {
            for diagnostic in document.diagnostics {
                let problem: Finding.Problem? = switch diagnostic.problem {
                case .ibidWithoutAntecedent: .ibidWithoutAntecedent
                case .markerWithoutBody: .markerWithoutBody
                case .bodyWithoutMarker: .bodyWithoutMarker
                case .idTooLong: .idTooLong
                case .tooManyReferences: .tooManyReferences
                case .noSymbol: .noSymbol
                case .symbolFromFileName: nil
                }
                guard let problem else { continue }
                findings.append(Finding(problem: problem, source: document.source, offset: diagnostic.offset,
                                        node: Self.nodeID(of: document), message: diagnostic.message))
            }
        }
        return findings.sorted()
    }

    private func disagreements(of node: GraphNode) -> [Finding] {
        var citedBy: [String: Set<String>] = [:]
        for edge in edges(from: node.id) {
            for provenance in edge.provenance { citedBy[edge.to, default: []].insert(provenance.source) }
        }
        var findings: [Finding] = []
        for (target, sources) in citedBy.sorted(by: { $0.key < $1.key }) where sources.count < node.sources.count {
            let citing = sources.sorted().map { "\($0) (\(documents[$0]?.language.rawValue ?? "?"))" }.joined(separator: ", ")
            for missing in node.sources.sorted() where !sources.contains(missing) {
                let language = documents[missing]?.language.rawValue ?? "?"
                findings.append(Finding(
                    problem: .languageVersionsDisagree, source: missing, offset: nil, node: node.id,
                    message: "the \(language) version of \(node.id) does not cite \(target), which \(citing) cite\(sources.count == 1 ? "s" : "")"))
            }
        }
        return findings
    }

    private func dateContradictions(of node: GraphNode) -> [Finding] {
        var findings: [Finding] = []
        if let own = node.date {
            for (date, sources) in node.citedDates where date != own {
                for source in sources.sorted() {
                    findings.append(Finding(
                        problem: .dateContradiction, source: source, offset: offset(in: source, citing: node.id), node: node.id,
                        message: "\(source) dates \(node.id) \(date), but its own text says \(own)"))
                }
            }
        } else if node.citedDates.count > 1 {
            let all = node.citedDates.keys.sorted()
            for (date, sources) in node.citedDates {
                for source in sources.sorted() {
                    findings.append(Finding(
                        problem: .dateContradiction, source: source, offset: offset(in: source, citing: node.id), node: node.id,
                        message: "\(source) dates \(node.id) \(date); citers disagree (\(all.joined(separator: ", ")))"))
                }
            }
        }
        return findings
    }

    private func offset(in source: String, citing target: String) -> Int? {
        documents[source]?.references.first { $0.target == target && $0.citedDate != nil }?.start
    }
}
