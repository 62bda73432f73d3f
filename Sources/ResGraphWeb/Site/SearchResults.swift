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
        switch try index.resolve(query, suggesting: false) {
        case .found(let id): exact = id; ids.append(id)
        case .ambiguous(let candidates): ids += candidates
        case .unknown: break
        }
        let typed = CanonicalID.parse(query)
        if typed.utf8.count >= 2 { ids += try index.ids(startingWith: typed, limit: limit) }
        var titles: [String: String] = [:]
        // Words of a title: only for what is not an id (a run of four letters, and no exact id),
        // since matching titles reads every file's title.
        if exact == nil, Self.hasWord(query) {
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

    /// Whether `query` holds a run of at least four letters (a word, not a symbol's "RES").
    static func hasWord(_ query: String) -> Bool {
        var run = 0
        for character in query {
            run = character.isLetter ? run + 1 : 0
            if run >= 4 { return true }
        }
        return false
    }
}
