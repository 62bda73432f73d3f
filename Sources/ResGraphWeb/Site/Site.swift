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
    let dangling: BackgroundValue<[DanglingTarget]>
    let findings: BackgroundValue<FindingStore>

    /// The most cited ids on the home and statistics pages.
    static let topCited = 20
    /// How long a page waits for the first figures of an index before it says they are being
    /// computed (at a million documents they take a minute or two).
    static let pageWait: TimeInterval = 3
    /// How long an API answer waits for them.
    static let apiWait: TimeInterval = 300

    init(index: CitationIndex) throws {
        self.index = index
        var library = MustacheLibrary()
        for (name, template) in PageTemplates.all { try library.register(template, named: name) }
        self.library = library
        figures = BackgroundValue { CorpusFigures(statistics: try index.statistics(top: Site.topCited)) }
        dangling = BackgroundValue { try index.dangling() }
        findings = BackgroundValue { try FindingStore(checking: index) }
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
