import Synchronization

/// Report pages (dangling ids, check findings, statistics) as last rendered: they are the same
/// for every visitor until the index or the figures behind them change, and rendering hundreds
/// of lines each time would cost more than the rest of a request.
final class ReportCache: Sendable {
    /// What a rendering depends on: the index version and the state of the figures shown.
    struct Key: Hashable, Sendable {
        var page: String
        var version: IndexVersion
        var ready: Bool
        var current: Bool
    }

    private let pages = Mutex<[String: (key: Key, html: String)]>([:])

    /// The page for `key`, rendered by `render` when the one kept is for another key.
    func page(for key: Key, render: () -> String) -> String {
        if let kept = pages.withLock({ $0[key.page] }), kept.key == key { return kept.html }
        let html = render()
        pages.withLock { $0[key.page] = (key, html) }
        return html
    }
}
