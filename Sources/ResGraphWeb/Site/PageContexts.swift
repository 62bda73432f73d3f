import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphRender

/// An id and its page, for lists of candidates and nearest ids.
struct IDLink: Encodable, Sendable {
    var id: String
    var url: String

    enum CodingKeys: String, CodingKey { case id }

    init(_ id: String) {
        self.id = id
        url = SiteLinks.node(id)
    }
}

struct HomeContext {
    var ready: Bool
    var summary: String
    var mostCited: [CorpusFigures.Cited]
}

struct SearchContext {
    var query: String
    var results: [SearchResults.Hit]
    var nearest: [IDLink]
}

/// A choice in a drawing control.
struct Choice {
    var value: String
    var name: String
    var selected: Bool
}

struct NodeContext {
    var details: NodeDetails
    var depths: [Choice]
    var directions: [Choice]
    var graphURL: String
}

/// Lines of a report under a heading each (a kind, a problem), with the count of all lines of
/// that heading (more than are listed when the page is cut).
struct ReportGroup<Line> {
    var heading: String
    var count: Int
    var lines: [Line]

    /// The groups of `lines` in the order of `headings`, counted by `counts` (default: the lines themselves).
    static func grouping(_ lines: [Line], headings: [String], key: (Line) -> String, counts: [String: Int]? = nil) -> [ReportGroup] {
        var byHeading: [String: [Line]] = [:]
        for line in lines { byHeading[key(line), default: []].append(line) }
        return headings.compactMap { heading in
            let count = counts?[heading] ?? byHeading[heading]?.count ?? 0
            return count == 0 ? nil : ReportGroup(heading: heading, count: count, lines: byHeading[heading] ?? [])
        }
    }
}

struct DanglingContext {
    var ready: Bool
    var current: Bool
    var total: Int
    var cut: Bool
    var shown: Int
    var groups: [ReportGroup<DanglingLine>]

    /// The most lines on the page; the JSON API has all.
    static let pageLimit = 500

    init(_ found: [DanglingTarget]?, current: Bool) {
        ready = found != nil
        self.current = current
        let targets = found ?? []
        total = targets.count
        let lines = targets.prefix(Self.pageLimit).map(DanglingLine.init)
        shown = lines.count
        cut = lines.count < targets.count
        groups = ReportGroup.grouping(lines, headings: ReferenceKind.allCases.map(\.rawValue), key: \.kind)
    }
}

struct CheckContext {
    var ready: Bool
    var current: Bool
    var total: Int
    var one: Bool
    var cut: Bool
    var shown: Int
    var groups: [ReportGroup<FindingLine>]

    /// The most findings on the page; the JSON API pages through all.
    static let pageLimit = 500

    init(_ findings: FindingStore?, current: Bool) {
        ready = findings != nil
        self.current = current
        total = findings?.count ?? 0
        one = total == 1
        let lines = (findings?.first ?? []).prefix(Self.pageLimit).map(FindingLine.init)
        shown = lines.count
        cut = lines.count < total
        let counts = Dictionary(uniqueKeysWithValues: (findings?.counts ?? [:]).map { ($0.key.rawValue, $0.value) })
        groups = ReportGroup.grouping(lines, headings: Finding.Problem.allCases.map(\.rawValue), key: \.problem, counts: counts)
    }
}

struct StatsContext {
    var summary: String
    var current: Bool
    var inDegreeChart: String
    /// The chart of citations per year; nil while they are being counted.
    var perYearChart: String?
    var mostCited: [CorpusFigures.Cited]

    init(_ figures: CorpusFigures, perYear: [CitationsInYear]?, current: Bool) {
        summary = figures.summary
        self.current = current
        inDegreeChart = figures.inDegreeChart
        perYearChart = perYear.map(CorpusFigures.perYearChart)
        mostCited = figures.mostCited
    }
}

struct ProblemContext {
    var heading: String
    var message: String
    var nearest: [IDLink]
}
