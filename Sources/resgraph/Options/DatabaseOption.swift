import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex
import ResGraphReader

/// `--db FILE`, defaulting to `$RESGRAPH_DB`, then `./resgraph.sqlite`.
struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "The index file (default: $RESGRAPH_DB, else ./resgraph.sqlite).")
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["RESGRAPH_DB"] ?? "resgraph.sqlite" }

    /// Opens the index for writing (`index`), creating it when missing.
    func openForWriting(waiting: (@Sendable () -> Void)? = nil) throws -> CitationIndex {
        do {
            return try CitationIndex(path: path, access: .readWrite, waiting: waiting)
        } catch where error.kind == .removedMeanwhile {
            throw error
        } catch {
            throw CommandError("\(error)")
        }
    }

    /// Opens the index for questions: never creates one, never writes. With `verbosity` (not
    /// quiet), says when the index was read by an earlier resgraph, whose answers may not be
    /// this version's until the files are indexed again.
    func open(verbosity: VerbosityOptions? = nil) throws -> CitationIndex {
        let index: CitationIndex
        do { index = try CitationIndex(path: path, access: .readOnly) } catch { throw CommandError("\(error)") }
        if let verbosity, !verbosity.quiet, let version = try? index.extractionVersion(), version != ExtractionVersion.current {
            verbosity.note("the index \(path) was made by a resgraph that reads files otherwise; run `resgraph index` on its folders again to have this version's answers")
        }
        return index
    }

    /// Opens the index and finds the id `typed` means, failing with the candidates or the
    /// nearest known ids.
    func resolve(_ typed: String, verbosity: VerbosityOptions? = nil) throws -> (CitationIndex, String) {
        guard !typed.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CommandError("an id is needed (48/113, S/RES/1325 (2000), UNTS 189/2545, ...)", exitCode: .validationFailure)
        }
        let index = try open(verbosity: verbosity)
        let id = try index.resolve(typed).id(typed: typed, within: "the index \(path)")
        verbosity?.detail(id == typed ? "\(id) in \(path)" : "\(typed) read as \(id) in \(path)")
        return (index, id)
    }
}

/// `--depth N`, checked to lie in 1...``maximum``.
struct DepthOption: ParsableArguments {
    /// The deepest walk accepted: beyond a few steps a citation neighbourhood is the corpus.
    static let maximum = 10

    @Option(help: "Steps to follow, 1 to \(DepthOption.maximum).") var depth = 1

    func validate() throws {
        guard (1...Self.maximum).contains(depth) else {
            throw ValidationError("--depth must be from 1 to \(Self.maximum), not \(depth)")
        }
    }
}

/// `--format table|json|csv`.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

extension ReferenceKind: ExpressibleByArgument {}
extension Relation: ExpressibleByArgument {}
