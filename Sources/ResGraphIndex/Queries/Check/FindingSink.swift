import ResGraphGraph

/// Where `check` hands findings as SQL yields them: to be sorted as bytes (``FindingSorter``),
/// or to the caller as they come (``FindingVisitor``). Date contradictions, most of the
/// findings of a large corpus, come as their parts, so that a sink that stores bytes writes
/// them without making each finding's strings.
protocol FindingSink {
    /// Takes in one finding.
    func add(_ finding: Finding) throws
    /// Takes in the finding that `source` dates `node` `date`, against `disagreement`, at `offset`.
    func addDateContradiction(source: String, offset: Int?, node: String, date: String, disagreement: DateDisagreement) throws
}

/// Findings handed to a function as they are found.
struct FindingVisitor: FindingSink {
    /// What each finding is handed to.
    let visit: (Finding) throws -> Void

    func add(_ finding: Finding) throws { try visit(finding) }

    func addDateContradiction(source: String, offset: Int?, node: String, date: String, disagreement: DateDisagreement) throws {
        try visit(Finding(problem: .dateContradiction, source: source, offset: offset, node: node,
                          message: disagreement.message(source: source, node: node, date: date)))
    }
}

/// Findings counted, not kept: a date contradiction is not even made.
final class FindingCounter: FindingSink {
    /// How many findings came.
    private(set) var count = 0

    func add(_ finding: Finding) throws { count += 1 }

    func addDateContradiction(source: String, offset: Int?, node: String, date: String, disagreement: DateDisagreement) throws {
        count += 1
    }
}
