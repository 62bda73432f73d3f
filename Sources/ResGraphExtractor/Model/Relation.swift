/// How a citing clause treats what it cites, named by the clause's verb.
///
/// The vocabulary is the one of `docs/reference-ids.md`; ``rawValue`` is the
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

    /// The place of the relation in the vocabulary: the order of tables and lists.
    private var order: Int {
        switch self {
        case .recalls: 0
        case .reaffirms: 1
        case .notes: 2
        case .welcomes: 3
        case .considers: 4
        case .endorses: 5
        case .onReportOf: 6
        case .cites: 7
        }
    }
}
