import CGraphviz
import Foundation
import ResGraphExtractor
import ResGraphGraph

/// Turns a citation graph into a cgraph graph: attributes, time ranks, legend.
/// Called only under ``GraphvizRenderer``'s lock.
struct GraphBuilder {
    let graph: CitationGraph
    let root: UnsafeMutablePointer<Agraph_t>
    let engine: LayoutEngine
    let title: String?
    let focus: String?
    /// The longest side of a raster image, in pixels; nil for vector formats.
    let pixelLimit: Int?
    /// Where nodes link to.
    let links: NodeLinks

    func build() {
        let large = graph.nodes.count > 100
        setGraph("fontname", "Helvetica")
        setGraph("bgcolor", "white")
        setGraph("pad", "0.3")
        setGraph("labelloc", "t")
        setGraph("labeljust", "l")
        if engine == .dot {
            setGraph("rankdir", "LR")
            setGraph("newrank", "true")
            setGraph("ranksep", "0.6")
            setGraph("nodesep", "0.25")
            if large { setGraph("nslimit", "1"); setGraph("mclimit", "0.1"); setGraph("splines", "line") }
        } else {
            let removal = OverlapRemoval(nodes: graph.nodes.count)
            setGraph("overlap", removal.overlap)
            if removal.scaling != OverlapRemoval.defaultScaling { setGraph("overlap_scaling", "-\(removal.scaling)") }
            if removal.isCoarse { setGraph("quadtree", "fast") }
            setGraph("splines", large ? "false" : "true")
            setGraph("outputorder", "edgesfirst")
            setGraph("sep", "+6")
        }
        rg_default(root, rg_kind_node(), "fontname", "Helvetica,WenQuanYi Zen Hei")
        rg_default(root, rg_kind_node(), "fontsize", "10")
        rg_default(root, rg_kind_node(), "style", "filled")
        rg_default(root, rg_kind_node(), "margin", "0.08,0.04")
        rg_default(root, rg_kind_edge(), "arrowsize", "0.6")
        rg_default(root, rg_kind_edge(), "fontname", "Helvetica")
        rg_default(root, rg_kind_edge(), "fontsize", "8")
        rg_set_html(root, root, "label", legend())
        setGraph("fontsize", String(format: "%.0f", legendFontSize))
        if let pixelLimit {
            // Graphviz scales the drawing down (never up) to fit `size` inches at `dpi`.
            let inches = Double(pixelLimit) / 96
            setGraph("dpi", "96")
            setGraph("size", String(format: "%.2f,%.2f", inches, inches))
        }
        let timeColumns = TimeColumns(ids: graph.nodes.keys)
        let wrapped = engine == .dot && timeColumns.isWrapped
        if wrapped {
            // Edges to one much-cited node merge into one trunk instead of a column of parallel lines.
            setGraph("concentrate", "true")
        }
        let columns = engine == .dot ? timeline(timeColumns) : [:]
        let citations = CitationsArriving(graph)
        var handles: [String: (node: UnsafeMutablePointer<Agnode_t>, label: String)] = [:]
        handles.reserveCapacity(graph.nodes.count)
        for node in graph.nodes.values.sorted(by: { $0.id < $1.id }) {
            let parent = columns[node.id] ?? root
            // A file node's id holds its path, and a file name may hold a control character,
            // which Graphviz would write into the SVG's titles as it is (no longer XML).
            guard let handle = rg_node(parent, DisplayText.clean(node.id)) else { continue }
            let label = node.shortLabel
            handles[node.id] = (handle, label)
            style(node, label: label, citations: citations[node.id], handle)
        }
        let penWidths = (0...Self.thickestEdgeAt).map { String(format: "%.1f", min(3.0, 0.8 + 0.4 * Double($0))) }
        for edge in graph.edges.values.sorted(by: { $0.key < $1.key }) {
            guard let tail = handles[edge.from], let head = handles[edge.to],
                  let handle = rg_edge(root, tail.node, head.node, edge.relation.rawValue) else { continue }
            let look = RenderStyle.look(of: edge.relation)
            if wrapped, columns[edge.from] != nil, columns[edge.to] != nil {
                // In a wrapped timeline, time alone places dated nodes: a citation ranking them too
                // would stretch every column with the bends of edges that span years.
                set(handle, "constraint", "false")
            }
            set(handle, "color", look.color)
            set(handle, "style", look.style)
            set(handle, "penwidth", penWidths[min(max(edge.provenance.count - 1, 0), Self.thickestEdgeAt)])
            let languages = edge.languageList(separator: ", ")
            let example = edge.provenance.first.map { " “\($0.text.replacingNewlines())”" } ?? ""
            set(handle, "tooltip", escaped("\(tail.label) \(look.name) \(head.label) (\(languages))\(example)"))
        }
    }

    /// The places an edge is made in beyond the first, from which its line is drawn at its thickest.
    private static let thickestEdgeAt = 6

    /// Time reads left to right: a column per session or year, with an axis of year labels.
    /// A year with more nodes than ``TimeColumns/rows(forDated:)`` allows wraps into several
    /// columns, so a few crowded years draw as a block rather than a strip too tall to view.
    private func timeline(_ columns: TimeColumns) -> [String: UnsafeMutablePointer<Agraph_t>] {
        guard columns.years.count > 1 || columns.columns.count > 1 else { return [:] }
        var placement: [String: UnsafeMutablePointer<Agraph_t>] = [:]
        var previous: UnsafeMutablePointer<Agnode_t>?
        for column in columns.columns {
            // Anonymous: cgraph writes subgraphs in the order of their ids, and a named one's id
            // is the address of its interned name, so named columns came out in a new order each run.
            guard let rank = rg_subgraph(root, nil) else { continue }
            set(rank, "rank", "same")
            for id in column.ids { placement[id] = rank }
            guard let axis = rg_node(rank, "year \(column.year) \(column.part)") else { continue }
            set(axis, "shape", "plaintext")
            set(axis, "style", "")
            set(axis, "fontcolor", "#868e96")
            set(axis, "fontsize", String(format: "%.0f", legendFontSize))
            set(axis, "label", column.part == 0 ? "\(column.year)" : " ")
            if let previous, let link = rg_edge(root, previous, axis, "timeline") {
                set(link, "style", "invis")
                set(link, "weight", "50")
            }
            previous = axis
        }
        return placement
    }

    /// The legend's and the year axis's type size: it grows with the drawing, so that both stay
    /// legible when a large drawing is shown scaled down to fit a screen or a page.
    var legendFontSize: Double { 14 * max(1, Double(graph.nodes.count).squareRoot() / 8) }

    private func style(_ node: GraphNode, label shortLabel: String, citations: CitationsArriving.Count, _ handle: UnsafeMutablePointer<Agnode_t>) {
        let look = RenderStyle.look(of: node.kind)
        let cited = citations.edges
        set(handle, "shape", look.shape)
        set(handle, "fillcolor", look.fill)
        set(handle, "color", node.isPresent ? "#212529" : "#868e96")
        set(handle, "penwidth", node.isPresent ? "1.6" : "1")
        set(handle, "style", node.isPresent ? "filled" : "filled,dashed")
        set(handle, "fontsize", String(format: "%.0f", (node.isPresent ? 13 : 10) + min(8.0, 2.5 * log2(1 + Double(cited)))))
        var label = shortLabel
        if let title = node.title { label += "\n" + truncated(title, 34) } else if let date = node.date ?? node.citedDates.keys.sorted().first {
            label += "\n" + date
        }
        set(handle, "label", escaped(label))
        switch links {
        case .documents:
            if let url = RenderStyle.url(of: node.id) {
                set(handle, "URL", escaped(url))
                set(handle, "target", "_blank")
            }
        case .pages(let prefix):
            set(handle, "URL", escaped(prefix + CanonicalID.percentEncoded(node.id)))
            set(handle, "target", "_top")
        }
        var tooltip = [node.id]
        if let title = node.title { tooltip.append(title) }
        if let date = node.date { tooltip.append("adopted \(date)") }
        if node.isPresent { tooltip.append("languages: " + node.languages.map(\.rawValue).sorted().joined(separator: ", ")) } else {
            tooltip.append("not in the corpus (only cited)")
        }
        if cited > 0 { tooltip.append("cited by \(cited) (\(citations.relationNames))") }
        set(handle, "tooltip", escaped(tooltip.joined(separator: "\n")))
        if node.id == focus {
            set(handle, "penwidth", "4")
            set(handle, "color", "#c92a2a")
            set(handle, "peripheries", "2")
            set(handle, "fontname", "Helvetica-Bold,WenQuanYi Zen Hei")
        }
    }

    /// The legend (and title) as the graph's label: a table of the kinds and relations shown.
    private func legend() -> String {
        func html(_ text: String) -> String {
            DisplayText.clean(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var rows = ""
        if let title { rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(html(title))</B></TD></TR>" }
        let kinds = Set(graph.nodes.values.map { RenderStyle.look(of: $0.kind).name })
        var seen = Set<String>()
        for kind in ReferenceKind.allCases {
            let look = RenderStyle.look(of: kind)
            guard kinds.contains(look.name), seen.insert(look.name).inserted else { continue }
            rows += "<TR><TD BGCOLOR=\"\(look.fill)\" BORDER=\"1\"> </TD><TD ALIGN=\"LEFT\">\(html(look.name))</TD></TR>"
        }
        if graph.nodes.values.contains(where: { !$0.isPresent }) {
            rows += "<TR><TD BORDER=\"1\" STYLE=\"dashed\"> </TD><TD ALIGN=\"LEFT\">only cited (not in the corpus)</TD></TR>"
        }
        for relation in Set(graph.edges.keys.map(\.relation)).sorted() {
            let look = RenderStyle.look(of: relation)
            rows += "<TR><TD><FONT COLOR=\"\(look.color)\">\(look.style == "dashed" ? "- - →" : look.style == "dotted" ? "· · →" : "——→")</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(look.color)\">\(html(look.name))</FONT></TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">\(rows)</TABLE>"
    }

    private func truncated(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// Graphviz reads backslash escapes (\N, \G, \l) in labels, tooltips and URLs: double them.
    /// Control characters (from a caller's title or a file name) become spaces, so the SVG stays XML.
    private func escaped(_ text: String) -> String {
        let clean = DisplayText.clean(text)
        guard clean.utf8.contains(UInt8(ascii: "\\")) else { return clean }
        return clean.replacingOccurrences(of: "\\", with: "\\\\")
    }

    private func set<Object>(_ object: UnsafeMutablePointer<Object>, _ name: String, _ value: String) {
        _ = rg_set(UnsafeMutableRawPointer(object), name, value)
    }

    private func setGraph(_ name: String, _ value: String) { set(root, name, value) }
}
