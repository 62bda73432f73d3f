import CGraphviz
import Foundation
import ResGraphExtractor
import ResGraphGraph
import Synchronization

/// The file formats a drawing can be written in.
public enum OutputFormat: String, Sendable, CaseIterable {
    case svg, png, pdf, dot
}

/// Graphviz layout engines; `auto` picks dot for small graphs and sfdp for large ones.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case auto, dot, sfdp, neato, fdp, circo

    /// Above this many nodes, `auto` lays out with sfdp instead of dot.
    public static let dotLimit = 300

    /// The engine `auto` stands for, for a graph of `nodeCount` nodes.
    public func resolved(nodeCount: Int) -> LayoutEngine {
        guard self == .auto else { return self }
        return nodeCount <= Self.dotLimit ? .dot : .sfdp
    }
}

/// Where the nodes of a drawing link to.
public enum NodeLinks: Sendable, Equatable {
    /// The document itself on the UN's sites (undocs.org, the Treaty Collection), in a new window.
    case documents
    /// A page of the caller's: `prefix` followed by the id, percent-encoded, in the same window
    /// (`resgraph serve` links each node to its own page).
    case pages(prefix: String)
}

/// Why a drawing failed.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for people.
    public var description: String
}

/// Draws citation graphs with libgraphviz, in-process: cgraph builds the graph, gvc lays it
/// out and renders it. Labels, tooltips and URLs go in through the cgraph API as plain strings,
/// so no text from a document can inject DOT or mark-up.
///
/// Graphviz is not thread-safe: every call into it runs under one process-wide lock, and every
/// graph it lays out is freed before the lock is released. One Graphviz context serves every
/// drawing of the process: its pango plugin keeps the last font name it measured from one
/// context to the next, and a context freed after each drawing freed that name under it (a read
/// after free that AddressSanitizer found, drawing after drawing, in the tests and in `serve`).
public struct GraphvizRenderer: Sendable {
    /// The lock, and the process's Graphviz context, made by the first drawing.
    private static let lock = Mutex<OpaquePointer?>(nil)

    /// Creates a renderer.
    public init() {}

    /// The version of the Graphviz library the process draws with, as it reports itself
    /// ("2.43.0"); empty if Graphviz could not start.
    public static var graphvizVersion: String {
        lock.withLock { context in
            if context == nil { context = gvContext() }
            guard let gvc = context, let version = gvcVersion(gvc) else { return "" }
            return String(cString: version)
        }
    }

    /// The longest side of a PNG by default: image viewers and browsers show it whole, and
    /// the legend, drawn larger for larger graphs, stays legible.
    public static let defaultPixelLimit = 4_000

    /// The drawing of `graph`, with a legend of the kinds and relations it shows; the node
    /// `focus`, when given, stands out (thick double outline, bold label). A PNG is scaled
    /// down to at most `pixelLimit` pixels on its long side. Nodes link to `links`.
    public func render(
        _ graph: CitationGraph, format: OutputFormat, engine: LayoutEngine = .auto, title: String? = nil, focus: String? = nil,
        pixelLimit: Int = GraphvizRenderer.defaultPixelLimit, links: NodeLinks = .documents
    ) throws(RenderError) -> Data {
        let chosen = engine.resolved(nodeCount: graph.nodes.count)
        let result: Result<Data, RenderError> = Self.lock.withLock { context in
            Result { () throws(RenderError) in
                if context == nil { context = gvContext() }
                guard let gvc = context else { throw RenderError(description: "Graphviz could not start (gvContext failed)") }
                return try draw(graph, format: format, engine: chosen, title: title, focus: focus, pixelLimit: pixelLimit, links: links, in: gvc)
            }
        }
        return try result.get()
    }

    private func draw(
        _ graph: CitationGraph, format: OutputFormat, engine: LayoutEngine, title: String?, focus: String?, pixelLimit: Int,
        links: NodeLinks, in gvc: OpaquePointer
    ) throws(RenderError) -> Data {
        rg_keep_errors()
        guard rg_has_layout(gvc, engine.rawValue) != 0 else {
            throw RenderError(description: "Graphviz has no '\(engine.rawValue)' layout plugin; as root, run `libgvc6-config-update -c` (or reinstall libgraphviz-dev)")
        }
        guard let g = rg_open_directed("resgraph") else { throw RenderError(description: "Graphviz could not create a graph") }
        defer { agclose(g) }
        GraphBuilder(graph: graph, root: g, engine: engine, title: title, focus: focus, pixelLimit: format == .png ? pixelLimit : nil,
                     links: links).build()
        guard gvLayout(gvc, g, engine.rawValue) == 0 else {
            let message = aglasterr().map { String(cString: $0) } ?? "unknown error"
            agreseterrors()
            throw RenderError(description: "Graphviz layout (\(engine.rawValue)) failed: \(message)")
        }
        defer { gvFreeLayout(gvc, g) }
        var bytes: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        guard rg_render(gvc, g, format.rawValue, &bytes, &length) == 0, let bytes else {
            agreseterrors()
            throw RenderError(description: "Graphviz could not render \(format.rawValue)")
        }
        defer { gvFreeRenderData(bytes) }
        return Data(bytes: bytes, count: length)
    }
}
