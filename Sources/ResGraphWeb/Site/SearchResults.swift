import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex

/// What the search box finds: ids typed any way people type them, ids that start with what was
/// typed so far, and documents whose title holds the words.
struct SearchResults: Encodable, Sendable {
    struct Hit: Encodable, Sendable {
        var id: String
        var label: String
        var kind: String
        var title: String?
        var url: String

        enum CodingKeys: String, CodingKey { case id, kind, title, url }
    }

    var query: String
    /// The one id the query names exactly, when it does.
    var exact: String?
    var results: [Hit]

    /// The most results shown.
    static let limit = 20

    static func of(_ query: String, in index: CitationIndex) throws -> SearchResults {
        var ids: [String] = []
        var exact: String?
        switch try index.resolve(query) {
        case .found(let id): exact = id; ids.append(id)
        case .ambiguous(let candidates): ids += candidates
        case .unknown: break
        }
        let typed = CanonicalID.parse(query)
        if typed.utf8.count >= 2 { ids += try index.ids(startingWith: typed, limit: limit) }
        var titles: [String: String] = [:]
        if query.count >= 3 {
            for (id, title) in try index.titles(containing: query, limit: limit) {
                ids.append(id)
                titles[id] = title
            }
        }
        var seen = Set<String>()
        var hits: [Hit] = []
        for id in ids where seen.insert(id).inserted && hits.count < limit {
            let title = try titles[id] ?? index.files(of: id).lazy.compactMap(\.title).first
            hits.append(Hit(id: id, label: CanonicalID.shortLabel(of: id), kind: CanonicalID.kind(of: id).rawValue,
                            title: title, url: SiteLinks.node(id)))
        }
        return SearchResults(query: query, exact: exact, results: hits)
    }
}
