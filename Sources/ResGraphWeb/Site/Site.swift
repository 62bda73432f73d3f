import Foundation
import Mustache
import ResGraphGraph
import ResGraphIndex

/// The web view's state: the index it reads (read-only, WAL readers), its templates, and the
/// figures and drawings kept between requests.
final class Site: Sendable {
    let index: CitationIndex
    let library: MustacheLibrary
    let drawings = DrawingCache()
    let reports = ReportCache()
    let figures: BackgroundValue<CorpusFigures>
    /// The citations per year, counted apart from the other figures: at a million documents
    /// they take twice as long as the rest of the statistics, and only the statistics page
    /// shows them.
    let perYear: BackgroundValue<[CitationsInYear]>
    let dangling: BackgroundValue<[DanglingTarget]>
    let findings: BackgroundValue<FindingStore>

    /// The most cited ids on the home and statistics pages.
    static let topCited = 20
    /// How long a page waits for the first figures of an index before it says they are being
    /// computed (at a million documents the home page's take a few seconds, the reports' up to
    /// a minute).
    static let pageWait: TimeInterval = 3
    /// How long an API answer waits for them.
    static let apiWait: TimeInterval = 300

    init(index: CitationIndex) throws {
        self.index = index
        var library = MustacheLibrary()
        for (name, template) in PageTemplates.all { try library.register(template, named: name) }
        self.library = library
        figures = BackgroundValue { CorpusFigures(statistics: try index.statistics(top: Site.topCited, countingPerYear: false)) }
        perYear = BackgroundValue { try index.citationsPerYear() }
        dangling = BackgroundValue { try index.dangling() }
        findings = BackgroundValue { try FindingStore(checking: index) }
    }

    /// Starts computing the slow figures, so that the first visitors do not wait for them: the
    /// home page's first and alone, then the dangling ids beside the citations per year, then
    /// the check. At a million documents, on the project's two cores, the home page's are ready
    /// in about 4 s, the citations per year in about 10 s and the dangling ids in about 12 s,
    /// against 20–24 s for all three when every figure was started at once; the check, last,
    /// in 32–46 s. A page asked for meanwhile starts its own at once.
    func startFigures() {
        let version = self.version
        Thread.detachNewThread { [self] in
            _ = figures.snapshot(for: version, waitingAtMost: Self.apiWait)
            _ = dangling.snapshot(for: version)
            _ = perYear.snapshot(for: version, waitingAtMost: Self.apiWait)
            _ = findings.snapshot(for: version)
        }
    }

    /// The whole statistics, the citations per year with the rest, of one state of the index:
    /// the two are computed apart, and after the index changes one may be recomputed before the
    /// other, so they are waited for (at most `wait` seconds) until they are of the same one.
    func statistics(waitingAtMost wait: TimeInterval) -> Result<IndexStatistics, FiguresMissing> {
        let version = self.version
        let deadline = Date().addingTimeInterval(wait)
        var rest = figures.snapshot(for: version, waitingAtMost: wait)
        var years = perYear.snapshot(for: version, waitingAtMost: max(0, deadline.timeIntervalSinceNow))
        while rest.version != years.version, rest.failure == nil, years.failure == nil, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
            (rest, years) = (figures.peek(for: version), perYear.peek(for: version))
        }
        if let failure = rest.failure ?? years.failure { return .failure(FiguresMissing(message: failure)) }
        guard var statistics = rest.value?.statistics, let counted = years.value, rest.version == years.version else { return .failure(FiguresMissing(message: nil)) }
        statistics.perYear = counted
        return .success(statistics)
    }

    /// Why ``statistics(waitingAtMost:)`` has none: a computation's failure, or nil when they are
    /// still being computed.
    struct FiguresMissing: Error {
        var message: String?
    }

    /// The index's state on disk now.
    var version: IndexVersion { IndexVersion(path: index.path) }

    /// Page `template` with `context`, inside the layout.
    func page(_ template: String, title: String, query: String = "", context: Any) -> String {
        let body = library.render(context, withTemplate: template) ?? ""
        let layout = LayoutContext(title: title, query: query, database: (index.path as NSString).lastPathComponent, body: body)
        return library.render(layout, withTemplate: "layout") ?? body
    }
}

/// What the layout shows around every page.
struct LayoutContext {
    var title: String
    var query: String
    var database: String
    var body: String
}
