import GRDB
import ResGraphExtractor

/// Figures of a corpus from SQL: what `stats` prints (and a web view would chart).
public struct IndexStatistics: Sendable {
    /// The totals (documents, references, languages, years, dangling).
    public var totals: IndexTotals
    /// The most cited ids: id, number of citing documents, and whether the corpus holds it.
    public var mostCited: [(id: String, citing: Int, present: Bool)]
    /// How many ids are cited by 1, 2–4, 5–9, 10–49 and 50 or more documents.
    public var inDegree: [(range: String, ids: Int)]
    /// Citations per year of the citing document's adoption, by relation: each (citing document,
    /// cited id) once, whatever the number of language versions and places. Empty when they
    /// were not counted (`statistics(top:countingPerYear:)`).
    public var perYear: [CitationsInYear]
}

/// Citations made in one year under one relation: each (citing document, cited id) once.
public typealias CitationsInYear = (year: Int, relation: String, citations: Int)

extension CitationIndex {
    /// The corpus in figures; `top` most cited ids. Without `countingPerYear`, the citations per
    /// year are left out (empty): they read every reference with its file's date, most of the
    /// time at a million documents (6.4 s of 11 on one core), and a page that shows the rest
    /// need not wait for them (``citationsPerYear()``). The figures are counted in parts on every
    /// core, all of one state of the index (``PartedReads``): the rest beside the citations per
    /// year, these in ranges of documents.
    public func statistics(top: Int = 20, countingPerYear: Bool = true) throws -> IndexStatistics {
        warmForWholePass()
        return try statistics(top: top, countingPerYear: countingPerYear, reads: .standard(for: database))
    }

    /// ``statistics(top:countingPerYear:)`` with its parts read as `reads` reads them.
    func statistics(top: Int, countingPerYear: Bool, reads: PartedReads) throws -> IndexStatistics {
        let ranges = countingPerYear
            ? try database.read { try CitationsPerYear.ranges(for: reads, in: $0) }
            : []
        let parts = try reads.read(parts: 1 + ranges.count, in: database) { db, part -> StatisticsPart in
            part == 0 ? .rest(try Self.statisticsBesideYears(top: top, in: db)) : .years(try CitationsPerYear.count(ranges[part - 1], in: db))
        }
        // Part 0 is the rest, always.
        var statistics = parts.lazy.compactMap(\.rest).first!
        if countingPerYear { statistics.perYear = CitationsPerYear.merged(parts.compactMap(\.years)) }
        return statistics
    }

    /// A part of the statistics, as ``PartedReads`` reads it.
    private enum StatisticsPart: Sendable {
        /// All but the citations per year.
        case rest(IndexStatistics)
        /// The citations per year of a range of documents.
        case years(CitationsPerYear.PartCounts)

        var rest: IndexStatistics? {
            if case .rest(let statistics) = self { statistics } else { nil }
        }

        var years: CitationsPerYear.PartCounts? {
            if case .years(let counts) = self { counts } else { nil }
        }
    }

    /// The statistics of the index `db` reads, without the citations per year.
    private static func statisticsBesideYears(top: Int, in db: Database) throws -> IndexStatistics {
        var totals = try Self.totals(in: db, countingDangling: false)
        // One walk of the cited ids gives the most cited, the spread of citations and the ids
        // the index lacks.
        var mostCited = MostCited(top: top)
        var buckets = [0, 0, 0, 0, 0]
        try CitedIDs.walk(in: db) { id, citing, isLacked, _ in
            if isLacked { totals.dangling += 1 }
            if mostCited.mayKeep(citing: citing) { mostCited.add(String(decoding: id, as: UTF8.self), citing: citing) }
            buckets[citing == 1 ? 0 : citing < 5 ? 1 : citing < 10 ? 2 : citing < 50 ? 3 : 4] += 1
        }
        let cited = try mostCited.ranked().map { id, citing in
            (id, citing, try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM file WHERE node = ?)", arguments: [id]) ?? false)
        }
        let degrees = zip(["1", "2-4", "5-9", "10-49", "50+"], buckets).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
        return IndexStatistics(totals: totals, mostCited: cited, inDegree: degrees, perYear: [])
    }

    /// Citations per year of the citing document's adoption, by relation (``IndexStatistics/perYear``),
    /// counted on their own, in one read on one core: the web view counts them beside the cited
    /// ids the corpus lacks, each on a core of its own.
    public func citationsPerYear() throws -> [CitationsInYear] {
        warmForWholePass()
        return try database.read { try CitationsPerYear.count(in: $0) }
    }
}
