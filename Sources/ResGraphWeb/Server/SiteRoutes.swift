import Foundation
import Hummingbird
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphRender

/// The drawing controls' directions, as the query spells them.
enum DrawingDirection: String, CaseIterable, Sendable {
    case both, `in`, out

    var name: String {
        switch self {
        case .both: "both ways"
        case .in: "its citers"
        case .out: "what it cites"
        }
    }

    var direction: Direction {
        switch self {
        case .both: .both
        case .in: .incoming
        case .out: .outgoing
        }
    }
}

/// The HTML pages: start, search, node, text view, reports, and the neighbourhood drawing.
struct SiteRoutes {
    let site: Site

    /// The deepest neighbourhood drawn on a page.
    static let maxDepth = 3
    /// The most nodes drawn on a page; the most cited are kept, with a note.
    static let maxNodes = 150

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in try await home() }
        router.get("/search") { request, _ in try await search(QueryParameters(request: request)) }
        router.get("/node") { request, _ in try await node(QueryParameters(request: request)) }
        router.get(RouterPath(SiteLinks.drawingPath)) { request, _ in try await graph(QueryParameters(request: request)) }
        router.get("/text") { request, _ in try await text(QueryParameters(request: request)) }
        router.get("/dangling") { _, _ in try await dangling() }
        router.get("/check") { _, _ in try await check() }
        router.get("/stats") { _, _ in try await stats() }
        router.get("/static/site.css") { _, _ in asset(StaticFiles.css, type: "text/css; charset=utf-8") }
        router.get("/static/site.js") { _, _ in asset(StaticFiles.script, type: "text/javascript; charset=utf-8") }
    }

    private func asset(_ text: String, type: String) -> Response {
        var headers = Security.headers
        headers[.contentType] = type
        headers[.cacheControl] = "max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private func home() async throws -> HTMLPage {
        let site = self.site
        return try await Offload.run {
            let figures = site.figures.snapshot(for: site.version, waitingAtMost: Site.pageWait)
            if let failure = figures.failure, figures.value == nil { throw HTTPError(.internalServerError, message: failure) }
            return HTMLPage(html: site.page("home", title: "Citations among UN resolutions",
                                            context: HomeContext(ready: figures.value != nil, summary: figures.value?.summary ?? "",
                                                                 mostCited: figures.value?.mostCited ?? [])))
        }
    }

    private func search(_ query: QueryParameters) async throws -> PageAnswer {
        let site = self.site
        guard let typed = query.text("q") else { return .redirect("/") }
        let asked = try query.required("q")
        return try await Offload.run {
            let results = try SearchResults.of(asked, in: site.index)
            if let exact = results.exact { return .redirect(SiteLinks.node(exact)) }
            var nearest: [IDLink] = []
            if results.results.isEmpty { nearest = try site.index.nearestIDs(to: CanonicalID.parse(typed)).map(IDLink.init) }
            let html = site.page("search", title: "Search: \(asked)", query: asked,
                                 context: SearchContext(query: asked, results: results.results, nearest: nearest))
            return .page(HTMLPage(html: html))
        }
    }

    private func node(_ query: QueryParameters) async throws -> PageAnswer {
        let site = self.site
        let typed = try query.required("id")
        let depth = try query.integer("depth", in: 1...Self.maxDepth, default: 1)
        let direction: DrawingDirection = try query.choice("direction", default: .both)
        return try await Offload.run {
            switch try site.index.resolve(typed) {
            case .found(let id) where id != typed:
                var target = SiteLinks.node(id)
                if depth != 1 { target += "&depth=\(depth)" }
                if direction != .both { target += "&direction=\(direction.rawValue)" }
                return .redirect(target)
            case .found(let id):
                let findings = site.findings.snapshot(for: site.version)
                let details = try NodeDetails.of(id, in: site.index, findings: findings)
                let context = NodeContext(
                    details: details,
                    depths: (1...Self.maxDepth).map { Choice(value: "\($0)", name: "\($0)", selected: $0 == depth) },
                    directions: DrawingDirection.allCases.map { Choice(value: $0.rawValue, name: $0.name, selected: $0 == direction) },
                    graphURL: SiteLinks.graph(id, depth: depth, direction: direction.rawValue))
                return .page(HTMLPage(html: site.page("node", title: details.label, context: context)))
            case .ambiguous(let ids):
                let context = SearchContext(query: typed, results: ids.map {
                    SearchResults.Hit(id: $0, label: CanonicalID.shortLabel(of: $0), kind: CanonicalID.kind(of: $0).rawValue, title: nil, url: SiteLinks.node($0))
                }, nearest: [])
                return .page(HTMLPage(html: site.page("search", title: "\(typed): several ids", query: typed, context: context)))
            case .unknown(let id, let nearest):
                let context = ProblemContext(heading: "Not in this index", message: "\(id) is neither a document of this corpus nor cited by one.",
                                             nearest: nearest.map(IDLink.init))
                return .page(HTMLPage(html: site.page("problem", title: "Not found", query: typed, context: context), status: .notFound))
            }
        }
    }

    /// The selection drawn for `id`, and the note when it was cut.
    private func neighbourhood(of id: String, depth: Int, direction: DrawingDirection) throws -> (CitationGraph, String?) {
        var selection = GraphSelection()
        selection.focus = id
        selection.depth = depth
        selection.direction = direction.direction
        selection.maxNodes = Self.maxNodes
        let limit = CitationIndex.neighbourhoodLimit(drawing: Self.maxNodes)
        let (loaded, isCut) = try site.index.neighbourhood(around: id, depth: depth, direction: direction.direction, limit: limit)
        let (part, note) = selection.apply(to: loaded)
        if isCut { return (part, "The neighbourhood has more than \(limit) nodes: the \(Self.maxNodes) most cited of the \(limit) nearest are drawn.") }
        return (part, note.map { _ in "The neighbourhood has more than \(Self.maxNodes) nodes: the \(Self.maxNodes) most cited are drawn." })
    }

    private func graph(_ query: QueryParameters) async throws -> SVGImage {
        let site = self.site
        let typed = try query.required("id")
        let depth = try query.integer("depth", in: 1...Self.maxDepth, default: 1)
        let direction: DrawingDirection = try query.choice("direction", default: .both)
        return try await Offload.run {
            guard case .found(let id) = try site.index.resolve(typed) else { throw HTTPError(.notFound, message: "\(typed) is not in this index") }
            let key = DrawingCache.Key(version: site.version, id: id, depth: depth, direction: direction.rawValue)
            let svg = try site.drawings.drawing(for: key) {
                // A cut selection says so in the drawing itself, above the legend.
                let (part, note) = try neighbourhood(of: id, depth: depth, direction: direction)
                return try GraphvizRenderer().render(part, format: .svg, title: note, focus: id, links: .pages(prefix: "/node?id="))
            }
            return SVGImage(svg: svg)
        }
    }

    private func text(_ query: QueryParameters) async throws -> HTMLPage {
        let site = self.site
        let path = try query.required("file")
        return try await Offload.run {
            // Only a path the index lists is ever read.
            guard let document = try site.index.document(at: path) else {
                return HTMLPage(html: site.page("problem", title: "Not found", context: ProblemContext(
                    heading: "No such file in this index", message: "The index lists no file \(path).", nearest: [])), status: .notFound)
            }
            do {
                let text = try DocumentText.of(document)
                return HTMLPage(html: site.page("text", title: text.shown, context: text))
            } catch {
                return HTMLPage(html: site.page("problem", title: "Unreadable", context: ProblemContext(
                    heading: "The file cannot be read now", message: "\(error)", nearest: [])), status: .gone)
            }
        }
    }

    private func dangling() async throws -> HTMLPage {
        try await report("dangling", title: "Dangling", from: site.dangling, waitingAtMost: Site.pageWait) {
            DanglingContext($0.value, current: $0.isCurrent)
        }
    }

    private func check() async throws -> HTMLPage {
        try await report("check", title: "Check", from: site.findings) { CheckContext($0.value, current: $0.isCurrent) }
    }

    /// A report page of a figure kept in the background, rendered once per index version and
    /// state of the figure; a figure that could not be computed is an error page saying why.
    private func report<Value: Sendable>(
        _ template: String, title: String, from value: BackgroundValue<Value>, waitingAtMost wait: TimeInterval = 0,
        context: @escaping @Sendable (BackgroundValue<Value>.Snapshot) -> Any
    ) async throws -> HTMLPage {
        let site = self.site
        return try await Offload.run {
            let version = site.version
            let snapshot = value.snapshot(for: version, waitingAtMost: wait)
            if let failure = snapshot.failure, snapshot.value == nil { throw HTTPError(.internalServerError, message: failure) }
            let key = ReportCache.Key(page: template, version: version, ready: snapshot.value != nil, current: snapshot.isCurrent)
            return HTMLPage(html: site.reports.page(for: key) { site.page(template, title: title, context: context(snapshot)) })
        }
    }

    private func stats() async throws -> HTMLPage {
        let site = self.site
        return try await Offload.run {
            let version = site.version
            let snapshot = site.figures.snapshot(for: version, waitingAtMost: Site.pageWait)
            guard let figures = snapshot.value else {
                if let failure = snapshot.failure { throw HTTPError(.internalServerError, message: failure) }
                return HTMLPage(html: site.page("problem", title: "Statistics", context: ProblemContext(
                    heading: "Statistics", message: "The figures of this index are being computed (a few seconds for a million documents); reload soon.", nearest: [])))
            }
            // The citations per year may come later than the rest: the page shows the rest meanwhile.
            let years = site.perYear.snapshot(for: version, waitingAtMost: Site.pageWait)
            if let failure = years.failure, years.value == nil { throw HTTPError(.internalServerError, message: failure) }
            let key = ReportCache.Key(page: "stats", version: version, ready: years.value != nil, current: snapshot.isCurrent && years.isCurrent)
            return HTMLPage(html: site.reports.page(for: key) {
                site.page("stats", title: "Statistics", context: StatsContext(figures, perYear: years.value, current: key.current))
            })
        }
    }
}
