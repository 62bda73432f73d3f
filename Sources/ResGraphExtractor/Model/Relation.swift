/// How a citing clause treats what it cites, named by the clause's verb.
///
/// The vocabulary is the one of `spec/reference-ids.md`; ``rawValue`` is the
/// spelling used in JSON, the index and on the command line.
///
/// ```swift
/// Relation(rawValue: "on-report-of") == .onReportOf
/// ```
public enum Relation: String, CaseIterable, Sendable, Codable, Comparable {
    case recalls
    case reaffirms
    case notes
    case welcomes
    case considers
    case endorses
    case onReportOf = "on-report-of"
    case cites

    public static func < (lhs: Relation, rhs: Relation) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Relation.allCases.firstIndex(of: self)! }
}
