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

struct TextContext {
    var shown: String
    var url: String
    var label: String
    var language: String
    var title: String?
    var referenceCount: Int
    var html: String

    init(_ text: DocumentText) {
        shown = text.shown
        url = SiteLinks.node(text.id)
        label = text.label
        language = text.language
        title = text.title
        referenceCount = text.referenceCount
        html = text.html
    }
}

struct DanglingContext {
    struct Group {
        var kind: String
        var count: Int
        var lines: [DanglingLine]
    }

    var current: Bool
    var total: Int
    var cut: Bool
    var shown: Int
    var groups: [Group]

    /// The most lines on the page; the JSON API has all.
    static let pageLimit = 500

    init(_ targets: [DanglingTarget], current: Bool) {
        self.current = current
        total = targets.count
        let lines = targets.prefix(Self.pageLimit).map(DanglingLine.init)
        shown = lines.count
        cut = lines.count < targets.count
        groups = ReferenceKind.allCases.compactMap { kind in
            let group = lines.filter { $0.kind == kind.rawValue }
            return group.isEmpty ? nil : Group(kind: kind.rawValue, count: group.count, lines: group)
        }
    }
}

struct CheckContext {
    struct Group {
        var problem: String
        var count: Int
        var lines: [FindingLine]
    }

    var ready: Bool
    var current: Bool
    var total: Int
    var one: Bool
    var cut: Bool
    var shown: Int
    var groups: [Group]

    /// The most findings on the page; the JSON API pages through all.
    static let pageLimit = 500

    init(_ findings: [Finding]?, current: Bool) {
        ready = findings != nil
        self.current = current
        let all = findings ?? []
        total = all.count
        one = all.count == 1
        let lines = all.prefix(Self.pageLimit).map(FindingLine.init)
        shown = lines.count
        cut = lines.count < all.count
        var counts: [Finding.Problem: Int] = [:]
        for finding in all { counts[finding.problem, default: 0] += 1 }
        groups = Finding.Problem.allCases.compactMap { problem in
            guard let count = counts[problem] else { return nil }
            return Group(problem: problem.rawValue, count: count, lines: lines.filter { $0.problem == problem.rawValue })
        }
    }
}

struct StatsContext {
    var summary: String
    var current: Bool
    var inDegreeChart: String
    var perYearChart: String
    var mostCited: [CorpusFigures.Cited]

    init(_ figures: CorpusFigures, current: Bool) {
        summary = figures.summary
        self.current = current
        inDegreeChart = figures.inDegreeChart
        perYearChart = figures.perYearChart
        mostCited = figures.mostCited
    }
}

struct ProblemContext {
    var heading: String
    var message: String
    var nearest: [IDLink]
}
