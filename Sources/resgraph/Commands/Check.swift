import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphOutput
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `resgraph check`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Flag language versions that disagree, contradicting dates, and footnote problems; exit 1 when any is found.")

    @Option(help: "table, json or csv.") var format: QueryFormat = .table
    @OptionGroup var database: DatabaseOption
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let index = try database.open()
        // Findings come in reading order as the index streams them (in any order when only
        // their number is wanted); only the count is kept.
        var count = 0
        let here = FileManager.default.currentDirectoryPath + "/"
        let csv = CSVRows(header: ["problem", "source", "offset", "node", "message"])
        var out = JSONBytes()
        let folder = FileManager.default.currentDirectoryPath
        var (shownSource, shown) = ("", "")
        // Table rows wait in batches: a batch's files are read on all cores for its lines and columns.
        var pending: [Finding] = []
        func writeTable() {
            let places = SourcePlaces.of(pending.compactMap { f in f.offset.map { (f.source, $0) } })
            var next = 0
            for f in pending {
                if f.source != shownSource { (shownSource, shown) = (f.source, CanonicalPath.display(f.source, from: folder)) }
                out.text(shown)
                if let offset = f.offset {
                    if let (line, column) = places[next] {
                        out.raw(":")
                        out.integer(line)
                        out.raw(":")
                        out.integer(column)
                    } else {
                        out.raw("@")
                        out.integer(offset)
                    }
                    next += 1
                }
                out.raw(": ")
                out.text(f.problem.rawValue)
                out.raw(": ")
                Self.append(f.message, removing: here, to: &out.bytes)
                out.raw("\n")
            }
            pending.removeAll(keepingCapacity: true)
        }
        // Read once: a property of the command is read through its wrapper, a thousand
        // instructions each time, and half a million findings would read it each.
        let (quiet, format) = (verbosity.quiet, format)
        try verbosity.timed("check of \(database.path)") {
            try index.check(inReadingOrder: !quiet) { f in
                defer { count += 1 }
                if quiet { return }
                switch format {
                case .json:
                    if count == 0 { out.raw("[{\"problem\":") } else { out.raw(",{\"problem\":") }
                    out.string(f.problem.rawValue)
                    out.raw(",\"source\":")
                    out.string(f.source)
                    out.raw(",\"offset\":")
                    if let offset = f.offset { out.integer(offset) } else { out.raw("null") }
                    out.raw(",\"node\":")
                    out.string(f.node)
                    out.raw(",\"message\":")
                    out.string(f.message)
                    out.raw("}")
                case .csv:
                    if count == 0 { csv.appendHeader(to: &out.bytes) }
                    csv.append([f.problem.rawValue, f.source, f.offset.map(String.init) ?? "", f.node, f.message], to: &out.bytes)
                case .table:
                    pending.append(f)
                    if pending.count == Self.tableBatch { writeTable() }
                }
                StandardOutput.shared.take(&out)
            }
        }
        if !pending.isEmpty { writeTable() }
        StandardOutput.shared.write(out.bytes)
        if !verbosity.quiet {
            switch format {
            case .json: print(count == 0 ? "[]" : "]")
            case .csv: if count == 0 { csv.printHeader() }
            case .table: print(count == 0 ? "no problems found" : "\(count) problem\(count == 1 ? "" : "s") found")
            }
        }
        if count > 0 { throw ExitCode(1) }
    }

    /// Findings whose places are worked out together.
    private static let tableBatch = 4_096

    /// Appends `text` without any occurrence of `part` (the current folder before the paths a
    /// message names), searched for as bytes: `memchr` leaps from one place where the part's
    /// first byte stands (a slash, many times in every path) to the next, and the part is
    /// compared only there. Half a million findings are printed this way.
    static func append(_ text: String, removing part: String, to out: inout [UInt8]) {
        var text = text, part = part
        part.withUTF8 { needle in
            text.withUTF8 { haystack in
                guard let needleStart = needle.baseAddress, let base = haystack.baseAddress, !needle.isEmpty else {
                    return out.append(contentsOf: haystack)
                }
                let first = Int32(needleStart.pointee)
                var start = 0, k = 0
                while k + needle.count <= haystack.count,
                      let found = memchr(base + k, first, haystack.count - needle.count + 1 - k) {
                    k = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + k, needleStart, needle.count) == 0 {
                        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: k - start))
                        k += needle.count
                        start = k
                    } else {
                        k += 1
                    }
                }
                out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: haystack.count - start))
            }
        }
    }
}
