import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader
import ResGraphRender

/// `resgraph render [PATH...] [--db FILE] -o FILE [--format svg|png|pdf|dot] ...`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the citation graph of files and folders (extracted on the fly) or of the index.",
        discussion: """
            Every node links to its document (undocs.org, the UN Treaty Collection); hover for titles, \
            dates, languages. The file is replaced whole or not at all. Files that cannot be read are \
            reported; the rest is drawn and the exit code is 1.
            """
    )

    /// The PNG sizes --max-pixels accepts: from a thumbnail to what image viewers still open.
    static let pixelRange = 200...16_000

    /// The sessions or years --from and --to accept: GA sessions 1 to 200, years 1946 to 2100.
    static let eraRange = 1...2100

    @Argument(help: "Files or folders to draw, - for standard input; without them, the index (--db) is drawn.") var paths: [String] = []
    @OptionGroup var database: DatabaseOption
    @Option(name: .shortAndLong, help: "The file to write (- for standard output).") var output: String
    @Option(help: "svg, png, pdf or dot (default: from the output file's extension, else svg).") var format: OutputFormat?
    @Option(help: "Draw only the neighbourhood of this id.") var focus: String?
    @OptionGroup var depth: DepthOption
    @Option(help: "in (citers), out (cited) or both.") var direction: Direction = .both
    @Option(help: "all (every citation among the nodes drawn) or focus (only those of the focus: an ego network).")
    var edges: EdgeChoice = .all
    @Option(help: "Only these kinds of node (repeatable).") var kind: [ReferenceKind] = []
    @Option(help: "Only edges of these relations (repeatable).") var relation: [Relation] = []
    @Option(help: "Only sessions or years from this one (58 or 2003).") var from: Int?
    @Option(help: "Only sessions or years up to this one.") var to: Int?
    @Option(help: "Draw at most this many nodes (the most cited), 1 or more.") var maxNodes = 2_000
    @Option(help: "auto, dot, sfdp, neato, fdp or circo; auto is dot up to \(LayoutEngine.dotLimit) nodes, sfdp above.")
    var engine: LayoutEngine = .auto
    @Option(help: "A title drawn above the legend.") var title: String?
    @Option(help: "decade: one drawing per decade, written as FILE-1990s.png, ... (long time ranges).")
    var pageBy: PageBy?
    @Option(help: "The longest side of a PNG, in pixels (\(Self.pixelRange.lowerBound) to \(Self.pixelRange.upperBound)); larger drawings are scaled down to fit.")
    var maxPixels = GraphvizRenderer.defaultPixelLimit
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !Self.eraRange.contains(value) {
                throw ValidationError("\(name) must be a session (1 to 200) or a year (1946 to 2100), not \(value)")
            }
        }
        if let from, let to, Self.year(from) > Self.year(to) {
            throw ValidationError("--from \(from) comes after --to \(to)")
        }
        guard maxNodes >= 1 else { throw ValidationError("--max-nodes must be 1 or more, not \(maxNodes)") }
        guard Self.pixelRange.contains(maxPixels) else {
            throw ValidationError("--max-pixels must be from \(Self.pixelRange.lowerBound) to \(Self.pixelRange.upperBound), not \(maxPixels)")
        }
        if pageBy != nil, output == "-" { throw ValidationError("--page-by writes several files: give -o FILE, not -") }
        if edges == .focus, focus == nil { throw ValidationError("--edges focus needs --focus ID") }
        if format == nil, output != "-" {
            let ext = (output as NSString).pathExtension.lowercased()
            guard ext.isEmpty || OutputFormat(rawValue: ext) != nil else {
                throw ValidationError("cannot tell the format of \(output) from .\(ext); name a .svg, .png, .pdf or .dot file, or give --format")
            }
        }
    }

    /// A session number as its year (session 58 is 2003); a year as itself.
    private static func year(_ value: Int) -> Int { value < 1946 ? 1945 + value : value }

    func run() throws {
        var selection = GraphSelection()
        selection.depth = depth.depth
        selection.direction = direction
        selection.kinds = kind.isEmpty ? nil : Set(kind)
        selection.relations = relation.isEmpty ? nil : Set(relation)
        if from != nil || to != nil {
            selection.years = Self.year(from ?? 1946)...Self.year(to ?? 2100)
        }
        selection.maxNodes = maxNodes
        selection.onlyFocusEdges = edges == .focus
        let part: CitationGraph, focusID: String?, inputFailed: Bool
        if paths.isEmpty, focus == nil {
            // The whole index: selected as the graph streams from SQL, never held whole.
            let cut = try verbosity.timed("selecting from the index") {
                try database.open(verbosity: verbosity).selection(limit: maxNodes, relations: selection.relations, kinds: selection.kinds, accepting: selection.acceptsYear)
            }
            if cut.candidates > maxNodes { verbosity.note(SelectionCut.note(kept: maxNodes, of: cut.candidates)) }
            (part, focusID, inputFailed) = (cut.graph, nil, false)
            verbosity.detail("selected \(part.nodes.count) of \(cut.totalNodes) nodes and \(part.edges.count) of \(cut.totalEdges) edges")
            guard !part.nodes.isEmpty else { throw CommandError(emptySelectionReason(nodeCount: cut.totalNodes)) }
        } else {
            let graph: CitationGraph
            (graph, focusID, inputFailed) = try loadGraph()
            selection.focus = focusID
            let note: String?
            (part, note) = selection.apply(to: graph)
            if let note { verbosity.note(note) }
            verbosity.detail("selected \(part.nodes.count) of \(graph.nodes.count) nodes and \(part.edges.count) of \(graph.edges.count) edges")
            guard !part.nodes.isEmpty else { throw CommandError(emptySelectionReason(nodeCount: graph.nodes.count)) }
        }
        let chosenFormat = format ?? OutputFormat(rawValue: (output as NSString).pathExtension.lowercased()) ?? .svg
        guard pageBy == .decade else {
            try draw(part, to: output, format: chosenFormat, title: title, focus: focusID)
            if inputFailed { throw ExitCode(1) }
            return
        }
        let pages = DecadePages(part)
        if pages.crossing > 0 {
            verbosity.note("\(pages.crossing) citation\(pages.crossing == 1 ? " joins" : "s join") two decades and \(pages.crossing == 1 ? "is" : "are") drawn on no page; draw without --page-by to see \(pages.crossing == 1 ? "it" : "them")")
        }
        for page in pages.pages {
            let pageTitle = (title.map { $0 + ": " } ?? "") + page.label
            try draw(page.graph, to: DecadePages.path(of: page, for: output), format: chosenFormat, title: pageTitle, focus: focusID)
        }
        if inputFailed { throw ExitCode(1) }
    }

    /// Lays out and writes one drawing.
    private func draw(_ part: CitationGraph, to output: String, format: OutputFormat, title: String?, focus: String?) throws {
        let data = try verbosity.timed("layout and rendering of \(output)") {
            try GraphvizRenderer().render(part, format: format, engine: engine, title: title, focus: focus, pixelLimit: maxPixels)
        }
        guard !data.isEmpty else { throw CommandError("Graphviz produced no \(format.rawValue) output for \(output)") }
        let summary = "\(part.nodes.count) nodes, \(part.edges.count) edges (\(engine.resolved(nodeCount: part.nodes.count).rawValue))"
        if output == "-" {
            StandardOutput.write(data)
            verbosity.note("wrote \(summary)")
        } else {
            try AtomicFile.write(data, to: output)
            verbosity.say("wrote \(output): \(summary)")
        }
    }

    /// Why nothing is left to draw: the filters given, and how many nodes they started from.
    private func emptySelectionReason(nodeCount: Int) -> String {
        var filters: [String] = []
        if !kind.isEmpty { filters.append("--kind " + kind.map(\.rawValue).joined(separator: ",")) }
        if !relation.isEmpty { filters.append("--relation " + relation.map(\.rawValue).joined(separator: ",")) }
        if from != nil || to != nil { filters.append("--from \(from.map(String.init) ?? "…") --to \(to.map(String.init) ?? "…")") }
        if nodeCount == 0 { return "nothing to draw: \(paths.isEmpty ? database.path : "the given files") hold no documents" }
        return "nothing to draw: \(filters.isEmpty ? "the selection" : filters.joined(separator: " and ")) left none of the \(nodeCount) nodes; widen it"
    }

    /// The graph to draw from the given files or, with a focus, from the index; the focus's id
    /// as typed ids are read ("687", "48 / 113"); and whether any input path failed to read.
    private func loadGraph() throws -> (CitationGraph, String?, Bool) {
        if paths.isEmpty, let focus {
            let (index, id) = try database.resolve(focus, verbosity: verbosity)
            let limit = CitationIndex.neighbourhoodLimit(drawing: maxNodes)
            let (graph, isCut) = try verbosity.timed("reading the neighbourhood") {
                try index.neighbourhood(around: id, depth: depth.depth, direction: direction, limit: limit)
            }
            if isCut {
                verbosity.note("selection cut: more than \(limit) nodes lie within \(depth.depth) steps of \(id); reading the \(limit) nearest (at the last step, those most linked to the nearer ones)")
            }
            return (graph, id, false)
        }
        let walk = CorpusWalk(paths: paths, readsStreams: true)
        verbosity.noteReadingTerminal(among: paths)
        var failed = !walk.failures.isEmpty
        for failure in walk.failures { StandardError.print("resgraph: error: \(failure)") }
        if !walk.skipped.isEmpty { verbosity.note(SkippedTypes.line(walk.skipped)) }
        if !walk.notesPassedBy.isEmpty { verbosity.note(PassedNotes.line(walk.notesPassedBy.map(\.path))) }
        var documents: [ExtractedDocument] = []
        for result in Extractor().extract(files: walk.files) {
            switch result {
            case .success(let document): documents.append(document)
            case .failure(let error): failed = true; StandardError.print("resgraph: error: \(error)")
            }
        }
        if walk.files.isEmpty, walk.failures.isEmpty {
            throw CommandError("nothing to draw: " + ReadableTypes.noneFound)
        }
        if documents.isEmpty { throw CommandError("none of the given files could be read; nothing to draw") }
        let graph = CitationGraph(documents: documents)
        let id = try focus.map { try graph.resolve($0).id(typed: $0, within: "the given files") }
        return (graph, id, failed)
    }
}

/// `--page-by`: how to split a drawing into several files.
enum PageBy: String, ExpressibleByArgument, CaseIterable {
    case decade
}

/// `--edges`: which citations to draw.
enum EdgeChoice: String, ExpressibleByArgument, CaseIterable {
    case all, focus
}

extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
