import Foundation
import ResGraphIndex
import ResGraphTestSupport
@testable import ResGraphWeb
import Testing

/// The figures a page shows come when they are ready: the statistics page shows the rest while
/// the citations per year are being counted, and a server starts every slow figure itself.
struct SlowFiguresTests {
    /// A site over a real index of the seeds, and the folder of their texts.
    static func siteAndTexts() throws -> (site: Site, texts: URL) {
        let folder = Scratch.path("figures")
        let texts = folder.appendingPathComponent("texts")
        try Seeds.copy(into: texts)
        let database = folder.appendingPathComponent("index.sqlite").path
        _ = try CitationIndex(path: database).index(paths: [texts.path])
        return (try Site(index: try CitationIndex(path: database, access: .readOnly)), texts)
    }

    /// After the index changes, the statistics the API answers are all of its new state: the
    /// other figures, kept from before, are waited for until they are recomputed, not joined
    /// with citations per year counted afresh.
    @Test func theStatisticsAreOfOneStateOfTheIndex() throws {
        let (site, texts) = try Self.siteAndTexts()
        let before = site.version
        #expect(site.figures.snapshot(for: before, waitingAtMost: 30).value?.statistics.totals.documents == 3)
        try "Resolution adopted by the General Assembly on 20 December 2004\n59/999. Title\n\nRecalling its resolution 58/154,\n"
            .write(to: texts.appendingPathComponent("A_RES_59_999.en.txt"), atomically: true, encoding: .utf8)
        let writer = try CitationIndex(path: site.index.path)
        _ = try writer.index(paths: [texts.path])
        #expect(site.version != before)
        let answer = try site.statistics(waitingAtMost: 30).get()
        #expect(answer.totals.documents == 4)
        #expect(answer.json == (try writer.statistics(top: Site.topCited)).json)
    }

    @Test func theStatisticsPageShowsTheRestWhileTheYearsAreCounted() throws {
        let site = try Self.siteAndTexts().site
        let figures = CorpusFigures(statistics: try site.index.statistics(countingPerYear: false))
        let waiting = site.page("stats", title: "Statistics", context: StatsContext(figures, perYear: nil, current: true))
        #expect(waiting.contains("Ids by the number of documents citing them"))
        #expect(waiting.contains("The citations per year are being counted"))
        #expect(!waiting.contains("Citations per year of the citing document"))
        let ready = site.page("stats", title: "Statistics", context: StatsContext(figures, perYear: try site.index.citationsPerYear(), current: true))
        #expect(ready.contains("Citations per year of the citing document, by relation"))
        #expect(!ready.contains("The citations per year are being counted"))
    }

    @Test func aServerStartsEverySlowFigureItself() throws {
        let site = try Self.siteAndTexts().site
        site.startFigures()
        let version = site.version
        let deadline = Date().addingTimeInterval(30)
        // Looked at without starting anything: only what the server started is there.
        func computed() -> Bool {
            site.figures.peek(for: version).value != nil && site.perYear.peek(for: version).value != nil
                && site.findings.peek(for: version).value != nil && site.dangling.peek(for: version).value != nil
        }
        while !computed(), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(site.figures.peek(for: version).value?.statistics.perYear.isEmpty == true)
        #expect(site.perYear.peek(for: version).value?.isEmpty == false)
        #expect(site.findings.peek(for: version).value != nil)
        #expect(site.dangling.peek(for: version).value?.isEmpty == false)
    }
}
