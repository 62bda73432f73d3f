import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader
import ResGraphRender

/// The corpus in figures, for the home page, the statistics page and `/api/stats`.
struct CorpusFigures: Sendable {
    var statistics: IndexStatistics

    /// One line of the most cited.
    struct Cited: Encodable, Sendable {
        var id: String
        var label: String
        var citing: Int
        var present: Bool
        var url: String

        enum CodingKeys: String, CodingKey { case id, citing, present }
    }

    var mostCited: [Cited] {
        statistics.mostCited.map { Cited(id: $0.id, label: CanonicalID.shortLabel(of: $0.id), citing: $0.citing, present: $0.present, url: SiteLinks.node($0.id)) }
    }

    /// "4 documents in 3 languages (en, fr, zh), adopted 2003–2004; 90 references".
    var summary: String {
        let t = statistics.totals
        var text = "\(t.documents) document\(t.documents == 1 ? "" : "s") (\(t.files) file\(t.files == 1 ? "" : "s")) in \(t.languages.count) language\(t.languages.count == 1 ? "" : "s") (\(t.languages.joined(separator: ", ")))"
        if let years = t.years { text += years.lowerBound == years.upperBound ? ", adopted \(years.lowerBound)" : ", adopted \(years.lowerBound)–\(years.upperBound)" }
        return text + "; \(t.references) references; \(t.dangling) cited ids the corpus lacks"
    }

    /// How many ids are cited by how many documents.
    var inDegreeChart: String {
        BarChart(title: "Ids by the number of documents citing them", categories: statistics.inDegree.map(\.range),
                 series: [.init(name: "ids", color: "#1f4e9c", values: statistics.inDegree.map(\.ids))]).svg
    }

    /// The chart of `perYear`: citations per year of the citing document, stacked by relation.
    static func perYearChart(_ perYear: [CitationsInYear]) -> String {
        let years = Array(Set(perYear.map(\.year))).sorted()
        guard let first = years.first, let last = years.last else {
            return BarChart(title: "Citations per year", categories: [], series: []).svg
        }
        let all = Array(first...last)
        let series = Relation.allCases.compactMap { relation -> BarChart.Series? in
            let rows = perYear.filter { $0.relation == relation.rawValue }
            guard !rows.isEmpty else { return nil }
            var values = Array(repeating: 0, count: all.count)
            for row in rows { values[row.year - first] += row.citations }
            let look = RenderStyle.look(of: relation)
            return .init(name: look.name, color: look.color, values: values)
        }
        return BarChart(title: "Citations per year of the citing document, by relation", categories: all.map(String.init), series: series).svg
    }
}

/// One line of the dangling report.
struct DanglingLine: Encodable, Sendable {
    var id: String
    var label: String
    var kind: String
    var citing: Int
    var firstSource: String
    var firstShown: String
    var firstOffset: Int
    var firstText: String
    var url: String
    var textURL: String

    enum CodingKeys: String, CodingKey { case id, kind, citing, firstSource, firstOffset, firstText }

    init(_ target: DanglingTarget) {
        id = target.node.id
        label = target.node.shortLabel
        kind = target.node.kind.rawValue
        citing = target.citingNodes
        firstSource = target.firstSource
        firstShown = CanonicalPath.display(target.firstSource)
        firstOffset = target.firstOffset
        firstText = target.firstText
        url = SiteLinks.node(target.node.id)
        textURL = SiteLinks.text(target.firstSource, at: target.firstOffset)
    }
}

/// One line of the check report.
struct FindingLine: Encodable, Sendable {
    var problem: String
    var source: String
    var shown: String
    var offset: Int?
    var node: String
    var message: String
    var url: String
    var textURL: String

    enum CodingKeys: String, CodingKey { case problem, source, offset, node, message }

    init(_ finding: Finding) {
        problem = finding.problem.rawValue
        source = finding.source
        shown = CanonicalPath.display(finding.source)
        offset = finding.offset
        node = finding.node
        message = finding.message
        url = SiteLinks.node(finding.node)
        textURL = SiteLinks.text(finding.source, at: finding.offset)
    }
}
