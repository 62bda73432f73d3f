import ResGraphExtractor

/// The rules of `check`, each on the few facts it needs, so that the in-memory graph and the
/// index (which streams those facts from SQL) find the same problems with the same words.
public enum CheckRules {
    /// One file of a node: its path and language.
    public struct File: Sendable {
        /// The file's path.
        public var source: String
        /// Its language.
        public var language: Language

        /// Creates a file.
        public init(source: String, language: Language) {
            self.source = source
            self.language = language
        }
    }

    /// What is wrong among the files of one node: files of one language claiming it (duplicates,
    /// or a header read wrong), else the targets some language versions cite and others do not.
    /// `targets` maps each id the node cites (itself excluded) to the files that cite it.
    public static func versions(of node: String, files: [File], targets: [String: Set<String>]) -> [Finding] {
        var byLanguage: [Language: [String]] = [:]
        for file in files { byLanguage[file.language, default: []].append(file.source) }
        let duplicates = byLanguage.filter { $0.value.count > 1 }.sorted { $0.key.rawValue < $1.key.rawValue }.map { language, sources in
            let sorted = sources.sorted()
            return Finding(problem: .duplicateSymbol, source: sorted[0], offset: nil, node: node,
                           message: "\(sorted.count) files claim \(node) in \(language.rawValue): \(sorted.joined(separator: ", "))")
        }
        guard duplicates.isEmpty else { return duplicates }
        let languages = Dictionary(files.map { ($0.source, $0.language.rawValue) }, uniquingKeysWith: { first, _ in first })
        let all = files.map(\.source).sorted()
        var findings: [Finding] = []
        for (target, sources) in targets.sorted(by: { $0.key < $1.key }) where sources.count < all.count {
            let citing = sources.sorted().map { "\($0) (\(languages[$0] ?? "?"))" }.joined(separator: ", ")
            for missing in all where !sources.contains(missing) {
                findings.append(Finding(
                    problem: .languageVersionsDisagree, source: missing, offset: nil, node: node,
                    message: "the \(languages[missing] ?? "?") version of \(node) does not cite \(target), which \(citing) cite\(sources.count == 1 ? "s" : "")"))
            }
        }
        return findings
    }

    /// An SC resolution whose symbol's year ("773 (1992)") is not the year of its adoption
    /// `date` (the first its files give).
    public static func yearContradiction(of node: String, date: String?, sources: [String]) -> Finding? {
        guard let date, let era = CanonicalID.era(of: node), let year = Int(era), let adopted = Int(date.prefix(4)), year != adopted,
              let source = sources.min() else { return nil }
        return Finding(problem: .yearContradictsDate, source: source, offset: nil, node: node,
                       message: "\(node) carries the year \(year) but its text says it was adopted on \(date)")
    }

    /// Dates citers give `node` (`citedDates`: date to citing files, each file once) that
    /// contradict its own date, or, without one, each other; `offset` finds where a file dates it.
    public static func dateContradictions(
        of node: String, ownDate: String?, citedDates: [String: [String]], offset: (String) -> Int?
    ) -> [Finding] {
        var findings: [Finding] = []
        forEachDateContradiction(ownDate: ownDate, citedDates: citedDates, source: { $0 }) { source, date, disagreement in
            findings.append(Finding(problem: .dateContradiction, source: source, offset: offset(source), node: node,
                                    message: disagreement.message(source: source, node: node, date: date)))
        }
        return findings
    }

    /// The rule itself: each citer whose `date` contradicts the node's own date or, without
    /// one, the other dates citers give, handed to `body` with what it contradicts; the citers
    /// of a date in the order of their file names. Inlinable, so that a caller's handles and
    /// closures are specialized where it calls: an index asks this hundreds of thousands of
    /// times, and writes each finding as bytes without making it.
    @inlinable public static func forEachDateContradiction<Citer>(
        ownDate: String?, citedDates: [String: [Citer]], source: (Citer) -> String,
        _ body: (_ citer: Citer, _ date: String, _ disagreement: DateDisagreement) throws -> Void
    ) rethrows {
        let disagreement: DateDisagreement
        if let own = ownDate {
            disagreement = .ownDate(own)
        } else if citedDates.count > 1 {
            disagreement = .citers(allDates: citedDates.keys.sorted().joined(separator: ", "))
        } else {
            return
        }
        for (date, citers) in citedDates where date != ownDate {
            if citers.count == 1 {
                try body(citers[0], date, disagreement)
            } else {
                for citer in citers.sorted(by: { source($0) < source($1) }) { try body(citer, date, disagreement) }
            }
        }
    }

    /// The finding an extraction diagnostic of `source` (a version of `node`) makes, if any:
    /// a symbol taken from the file name is no problem.
    public static func finding(for diagnostic: Diagnostic, in source: String, of node: String) -> Finding? {
        let problem: Finding.Problem? = switch diagnostic.problem {
        case .ibidWithoutAntecedent: .ibidWithoutAntecedent
        case .markerWithoutBody: .markerWithoutBody
        case .bodyWithoutMarker: .bodyWithoutMarker
        case .idTooLong: .idTooLong
        case .tooManyReferences: .tooManyReferences
        case .noSymbol: .noSymbol
        case .unreadableNotes: .unreadableNotes
        case .unreadPages: .unreadPages
        case .symbolFromFileName: nil
        }
        return problem.map { Finding(problem: $0, source: source, offset: diagnostic.offset, node: node, message: diagnostic.message) }
    }
}
