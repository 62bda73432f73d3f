import GRDB

/// Figures of a corpus from SQL: what `stats` prints (and a web view would chart).
public struct IndexStatistics: Sendable {
    /// The totals (documents, references, languages, years, dangling).
    public var totals: IndexTotals
    /// The most cited ids: id, number of citing documents, and whether the corpus holds it.
    public var mostCited: [(id: String, citing: Int, present: Bool)]
    /// How many ids are cited by 1, 2–4, 5–9, 10–49 and 50 or more documents.
    public var inDegree: [(range: String, ids: Int)]
    /// Citations per year of the citing document's adoption, by relation: each (citing document,
    /// cited id) once, whatever the number of language versions and places.
    public var perYear: [(year: Int, relation: String, citations: Int)]
}

extension CitationIndex {
    /// The corpus in figures; `top` most cited ids.
    public func statistics(top: Int = 20) throws -> IndexStatistics {
        let totals = try self.totals()
        return try database.read { db in
            let cited = try Row.fetchAll(db, sql: """
                SELECT target, count(DISTINCT node) AS citing, EXISTS (SELECT 1 FROM file WHERE node = target) AS present
                FROM reference GROUP BY target ORDER BY citing DESC, target LIMIT ?
                """, arguments: [top]).map { ($0["target"] as String, $0["citing"] as Int, $0["present"] as Bool) }
            let degrees = try Row.fetchAll(db, sql: """
                SELECT CASE WHEN c = 1 THEN '1' WHEN c < 5 THEN '2-4' WHEN c < 10 THEN '5-9' WHEN c < 50 THEN '10-49' ELSE '50+' END AS bucket,
                       count(*) AS ids, min(c) AS low
                FROM (SELECT count(DISTINCT node) AS c FROM reference GROUP BY target) GROUP BY bucket ORDER BY low
                """).map { ($0["bucket"] as String, $0["ids"] as Int) }
            let years = try Row.fetchAll(db, sql: """
                SELECT CAST(substr(f.date, 1, 4) AS INTEGER) AS year, r.relation, count(DISTINCT r.node || char(31) || r.target) AS n
                FROM reference r JOIN file f ON f.path = r.path WHERE f.date IS NOT NULL
                GROUP BY year, r.relation ORDER BY year, r.relation
                """).map { ($0["year"] as Int, $0["relation"] as String, $0["n"] as Int) }
            return IndexStatistics(totals: totals, mostCited: cited, inDegree: degrees, perYear: years)
        }
    }
}
