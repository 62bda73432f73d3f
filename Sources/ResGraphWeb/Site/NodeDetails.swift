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
    var findings: [FindingLine]
    var findingsReady: Bool
    /// Why check could not run on this index, when it could not.
    var findingsFailure: String?
    var citesGroups: [Group]
    var citedByGroups: [Group]
    var citesCount: Int
    var citedByCount: Int

    enum CodingKeys: String, CodingKey {
        case id, kind, present, title, date, session, languages, files, documentURL = "url", cites, citedBy, findings, findingsReady, findingsFailure
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
        let cites = citations(try index.cited(by: id)), citedBy = citations(try index.firstCiters(of: id, limit: listLimit))
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
            findings: try findings.value?.findings(of: id).map(FindingLine.init) ?? [],
            findingsReady: findings.value != nil, findingsFailure: findings.value == nil ? findings.failure : nil,
            citesGroups: groups(cites), citedByGroups: groups(citedBy),
            citesCount: Set(cites.map(\.id)).count, citedByCount: Set(citedBy.map(\.id)).count)
    }

    private static func groups(_ citations: [Citation]) -> [Group] {
        var byRelation: [String: [Citation]] = [:]
        for citation in citations { byRelation[citation.relation, default: []].append(citation) }
        return Relation.allCases.compactMap { relation in
            byRelation[relation.rawValue].map {
                Group(relation: relation.rawValue, name: RenderStyle.look(of: relation).name, citations: $0, count: $0.count)
            }
        }
    }
}
