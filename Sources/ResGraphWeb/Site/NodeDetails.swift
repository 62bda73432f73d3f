import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader
import ResGraphRender

/// Everything the node page shows of one id: what it is, its files, what it cites and what
/// cites it (grouped by relation, each with the citing clause), and its `check` findings.
struct NodeDetails: Encodable, Sendable {
    /// One language version.
    struct File: Encodable, Sendable {
        var path: String
        var shown: String
        var language: String
        var title: String?
        var date: String?
        var textURL: String
    }

    /// One citation: the other node, and the clause that makes it.
    struct Citation: Encodable, Sendable {
        var id: String
        var label: String
        var title: String?
        var present: Bool
        var relation: String
        var before: String
        var span: String
        var after: String
        var file: String?
        var source: String?
        var start: Int?
        var end: Int?
        var nodeURL: String
        var textURL: String?
        var hasSnippet: Bool

        /// The clause on one line, the citation in brackets (the JSON API's `snippet`).
        var snippet: String { hasSnippet ? before + "[" + span + "]" + after : "" }

        enum CodingKeys: String, CodingKey { case id, title, relation, snippet, file, source, start, end }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(relation, forKey: .relation)
            try container.encode(snippet, forKey: .snippet)
            try container.encode(file, forKey: .file)
            try container.encode(source, forKey: .source)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        }
    }

    /// The citations of one relation.
    struct Group: Sendable {
        var relation: String
        var name: String
        var citations: [Citation]
        var count: Int
    }

    var id: String
    var label: String
    var kind: String
    var present: Bool
    var title: String?
    var date: String?
    var session: String?
    var languages: [String]
    var files: [File]
    var documentURL: String?
    var cites: [Citation]
    var citedBy: [Citation]
    /// The first of the node's findings (at most ``listLimit``).
    var findings: [FindingLine]
    /// How many of them are listed.
    var findingsListed: Int
    /// How many findings the node has, listed or not.
    var findingsCount: Int
    var findingsReady: Bool
    /// Why check could not run on this index, when it could not.
    var findingsFailure: String?
    /// Where all the node's findings are, page by page, when not all are listed.
    var findingsURL: String?
    var citesGroups: [Group]
    var citedByGroups: [Group]
    /// How many ids the node cites, listed or not.
    var citesCount: Int
    /// How many of them are listed.
    var citesListed: Int
    /// Whether fewer are listed than it cites.
    var citesCut: Bool
    /// How many documents cite the node, listed or not.
    var citedByCount: Int
    /// How many of them are listed.
    var citedByListed: Int
    /// Whether fewer are listed than cite it.
    var citedByCut: Bool

    enum CodingKeys: String, CodingKey {
        case id, kind, present, title, date, session, languages, files, documentURL = "url", cites, citedBy, citedByCount, findings,
             findingsCount, findingsReady, findingsFailure
    }

    /// The most citations read with their clause, each way: a clause means reading its file.
    static let snippetBudget = 60
    /// The most citations listed each way.
    static let listLimit = 500

    /// The details of `id` (canonical, known to `index`), with its findings as `findings` has
    /// them so far.
    static func of(_ id: String, in index: CitationIndex, findings: BackgroundValue<FindingStore>.Snapshot) throws -> NodeDetails {
        let files = try index.files(of: id)
        var locator = SourceLocator()
        func citations(_ hits: [CitationHit]) -> [Citation] {
            // The files of the clauses shown, asked of the disk together, not each in its turn.
            let shown = hits.prefix(snippetBudget).compactMap { $0.place?.source }
            let ahead = ReadAheadWindows(shown, window: snippetBudget)
            defer { ahead.stop() }
            var out: [Citation] = []
            for (k, hit) in hits.prefix(listLimit).enumerated() {
                var parts: ClauseExcerpt?
                if k < snippetBudget, let place = hit.place { parts = locator.excerpt(of: place.start, place.end, in: place.source) }
                for relation in hit.relations {
                    out.append(Citation(
                        id: hit.node.id, label: hit.node.shortLabel, title: hit.node.title, present: hit.node.isPresent,
                        relation: relation.rawValue, before: parts?.before ?? "", span: parts?.span ?? "", after: parts?.after ?? "",
                        file: hit.place.map { CanonicalPath.display($0.source) }, source: hit.place?.source,
                        start: hit.place?.start, end: hit.place?.end, nodeURL: SiteLinks.node(hit.node.id),
                        textURL: hit.place.map { SiteLinks.text($0.source, at: $0.start) }, hasSnippet: parts != nil))
                }
            }
            return out
        }
        let node = GraphNode(id: id, kind: CanonicalID.kind(of: id))
        let citedHits = try index.cited(by: id)
        let cites = citations(citedHits), citedBy = citations(try index.firstCiters(of: id, limit: listLimit))
        var citesByRelation: [Relation: Int] = [:]
        for hit in citedHits { for relation in hit.relations { citesByRelation[relation, default: 0] += 1 } }
        let citesCount = Set(citedHits.map(\.node.id)).count, citesListed = Set(cites.map(\.id)).count
        // A resolution cited by a whole corpus has more citers and findings than a page can
        // list: the first are listed, and all are counted.
        let citedByListed = Set(citedBy.map(\.id)).count
        let citing = citedByListed < listLimit ? nil : try index.citingCounts(of: id)
        let store = findings.value
        let nodeFindings = try store?.findings(of: id, limit: listLimit).map(FindingLine.init) ?? []
        let findingsCount = nodeFindings.count < listLimit ? nodeFindings.count : try store?.count(of: id) ?? 0
        return NodeDetails(
            id: id, label: node.shortLabel, kind: node.kind.rawValue, present: !files.isEmpty,
            title: files.lazy.compactMap(\.title).first, date: files.lazy.compactMap(\.date).first, session: node.era,
            languages: Array(Set(files.map(\.language))).sorted(),
            files: files.map {
                File(path: $0.path, shown: CanonicalPath.display($0.path), language: $0.language, title: $0.title, date: $0.date,
                     textURL: SiteLinks.text($0.path))
            },
            documentURL: RenderStyle.url(of: id),
            cites: cites, citedBy: citedBy,
            findings: nodeFindings, findingsListed: nodeFindings.count, findingsCount: findingsCount,
            findingsReady: store != nil, findingsFailure: store == nil ? findings.failure : nil,
            findingsURL: findingsCount > nodeFindings.count ? SiteLinks.findings(of: id) : nil,
            citesGroups: groups(cites, counted: citesByRelation), citedByGroups: groups(citedBy, counted: citing?.byRelation),
            citesCount: citesCount, citesListed: citesListed, citesCut: citesListed < citesCount, citedByCount: citing?.documents ?? citedByListed,
            citedByListed: citedByListed, citedByCut: (citing?.documents ?? 0) > citedByListed)
    }

    /// The citations of each relation, counted by `counts` where given (more than are listed).
    private static func groups(_ citations: [Citation], counted counts: [Relation: Int]? = nil) -> [Group] {
        var byRelation: [String: [Citation]] = [:]
        for citation in citations { byRelation[citation.relation, default: []].append(citation) }
        return Relation.allCases.compactMap { relation in
            byRelation[relation.rawValue].map {
                Group(relation: relation.rawValue, name: RenderStyle.look(of: relation).name, citations: $0,
                      count: max($0.count, counts?[relation] ?? 0))
            }
        }
    }
}
