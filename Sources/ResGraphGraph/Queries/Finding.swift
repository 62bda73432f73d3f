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

    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.source, lhs.offset ?? -1, lhs.problem.rawValue, lhs.message) < (rhs.source, rhs.offset ?? -1, rhs.problem.rawValue, rhs.message)
    }
}

extension CitationGraph {
    /// Every problem the corpus shows, sorted by file and place.
    public func check() -> [Finding] {
        var findings: [Finding] = []
        for node in nodes.values where node.sources.count > 1 {
            let duplicates = sameLanguageFiles(of: node)
            findings += duplicates.isEmpty ? disagreements(of: node) : duplicates
        }
        for node in nodes.values where node.isPresent && node.kind == .scResolution {
            if let finding = yearContradiction(of: node) { findings.append(finding) }
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

    /// Files of one language claiming the node's symbol: not language versions but duplicates
    /// (or a header read wrong), reported as such instead of as versions that disagree.
    private func sameLanguageFiles(of node: GraphNode) -> [Finding] {
        var byLanguage: [Language: [String]] = [:]
        for source in node.sources { byLanguage[documents[source]?.language ?? .english, default: []].append(source) }
        return byLanguage.filter { $0.value.count > 1 }.sorted { $0.key.rawValue < $1.key.rawValue }.map { language, sources in
            let files = sources.sorted()
            return Finding(problem: .duplicateSymbol, source: files[0], offset: nil, node: node.id,
                           message: "\(files.count) files claim \(node.id) in \(language.rawValue): \(files.joined(separator: ", "))")
        }
    }

    /// An SC resolution whose symbol's year ("773 (1992)") is not the year of its adoption date.
    private func yearContradiction(of node: GraphNode) -> Finding? {
        guard let date = node.date, let era = node.era, let year = Int(era), let adopted = Int(date.prefix(4)), year != adopted,
              let source = node.sources.sorted().first else { return nil }
        return Finding(problem: .yearContradictsDate, source: source, offset: nil, node: node.id,
                       message: "\(node.id) carries the year \(year) but its text says it was adopted on \(date)")
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
