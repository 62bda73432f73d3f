import Foundation
import GRDB
import ResGraphExtractor
import ResGraphGraph

extension CitationIndex {
    /// Every problem the corpus shows, as ``CitationGraph/check()`` finds it, answered by
    /// streaming SQL in node order instead of loading the graph.
    public func check() throws -> [Finding] {
        var findings: [Finding] = []
        try check { findings.append($0) }
        return findings
    }

    /// Every problem the corpus shows, handed to `visit` in reading order (file, place), with
    /// memory bounded whatever the corpus: the facts are read from SQL a node at a time, at most
    /// `limit` findings are held, and past half of it the sorting goes to a temporary file
    /// (``FindingSorter``). Without
    /// `inReadingOrder` the findings are handed over as they are found, nothing held.
    public func check(holdingAtMost limit: Int = 200_000, inReadingOrder: Bool = true, _ visit: (Finding) throws -> Void) throws {
        guard inReadingOrder else {
            try withoutActuallyEscaping(visit) { visit in
                try database.read { db in try findings(in: db, FindingVisitor(visit: visit)) }
            }
            return
        }
        let sorter = FindingSorter(limit: limit)
        try database.read { db in try findings(in: db, sorter) }
        try sorter.forEachInOrder(visit)
    }

    /// How many problems ``check()`` would hand over, counted as SQL yields them: no finding
    /// is made, held or sorted (`check --quiet`, which answers by its exit code).
    public func countFindings() throws -> Int {
        let counter = FindingCounter()
        try database.read { db in try findings(in: db, counter) }
        return counter.count
    }

    private func findings(in db: Database, _ sink: some FindingSink) throws {
        try versionFindings(db, sink)
        let councils = try Row.fetchCursor(db, sql: IndexSQL.councilFiles)
        var node: String?, date: String?, sources: [String] = []
        func flushCouncil() throws {
            if let node, let finding = CheckRules.yearContradiction(of: node, date: date, sources: sources) { try sink.add(finding) }
        }
        while let row = try councils.next() {
            let current: String = row["node"]
            if current != node { try flushCouncil(); node = current; date = nil; sources = [] }
            date = date ?? row["date"]
            sources.append(row["path"])
        }
        try flushCouncil()
        try dateFindings(db, sink)
        let diagnostics = try Row.fetchCursor(db, sql: IndexSQL.diagnosticsWithNodes)
        while let row = try diagnostics.next() {
            let diagnostic = Diagnostic(problem: try IndexValue.problem(row["problem"], index: path), offset: row["offset"], message: row["message"])
            if let finding = CheckRules.finding(for: diagnostic, in: row["path"], of: row["node"]) { try sink.add(finding) }
        }
    }

    /// Language versions that disagree, and duplicates: the files and cited targets of each node
    /// with several files, read by two cursors in node order (cursor rows are read before the
    /// cursor moves on, never kept).
    private func versionFindings(_ db: Database, _ sink: some FindingSink) throws {
        let files = try Row.fetchCursor(db, sql: IndexSQL.filesOfSharedNodes)
        let references = try Row.fetchCursor(db, sql: IndexSQL.targetsOfSharedNodes)
        var file = try files.next()
        var reference = try references.next()
        while let head = file {
            let node: String = head["node"]
            var group: [CheckRules.File] = []
            while let row = file, row["node"] as String == node {
                group.append(CheckRules.File(source: row["path"], language: try IndexValue.language(row["language"], index: path)))
                file = try files.next()
            }
            var targets: [String: Set<String>] = [:]
            while let row = reference, SQLOrder.precedesOrEquals(row["node"] as String, node) {
                let target: String = row["target"]
                if row["node"] as String == node, target != node { targets[target, default: []].insert(row["path"]) }
                reference = try references.next()
            }
            for finding in CheckRules.versions(of: node, files: group, targets: targets) { try sink.add(finding) }
        }
    }

    /// Dates citers give each target, against its own: one pass over dated citations in target
    /// order, beside one over the files' dates in node order. A file's citations of one target
    /// come one after another (its references are a range of ids, read in id order), so a file
    /// is told from the one before by comparing its path's bytes, and its name is made once.
    /// The citations are read as SQLite's bytes (``RawRows``): most rows only repeat a target
    /// and a file already met.
    private func dateFindings(_ db: Database, _ sink: some FindingSink) throws {
        let rows = try RawRows(db, sql: IndexSQL.datedCitations)
        let owners = try Row.fetchCursor(db, sql: IndexSQL.ownDates)
        var owner = try owners.next().map { (node: $0[0] as String, date: $0[1] as String) }
        var target: String?, ownDate: String?
        var targetBytes: [UInt8] = [], fileBytes: [UInt8] = []
        // The target's citing files in the order met, with where each first dates it; each date
        // with the files (by place in that list) that give it. Emptied, not replaced, from target
        // to target: grown once to the most citers a target has.
        var files: [(source: String, offset: Int)] = []
        var dates: [String: [Int]] = [:]
        // The dates the last file gave (nearly always one).
        var fileDates: [String] = []
        func flush() throws {
            guard let target, !dates.isEmpty else { return }
            // Read through constants: the captured variables are checked for exclusive access at each use.
            let (files, dates, ownDate) = (files, dates, ownDate)
            try CheckRules.forEachDateContradiction(ownDate: ownDate, citedDates: dates, source: { files[$0].source }) { citer, date, disagreement in
                try sink.addDateContradiction(source: files[citer].source, offset: files[citer].offset, node: target,
                                              date: date, disagreement: disagreement)
            }
        }
        while try rows.step() {
            let current = rows.text(0)
            if target == nil || !Self.same(current, as: targetBytes) {
                try flush()
                let name = String(decoding: current, as: UTF8.self)
                target = name
                targetBytes.removeAll(keepingCapacity: true)
                targetBytes.append(contentsOf: current)
                ownDate = nil
                while let (node, date) = owner, SQLOrder.precedesOrEquals(node, name) {
                    if node == name, ownDate == nil { ownDate = date }
                    owner = try owners.next().map { ($0[0], $0[1]) }
                }
                files.removeAll(keepingCapacity: true)
                dates.removeAll(keepingCapacity: true)
            }
            let path = rows.text(2)
            if files.isEmpty || !Self.same(path, as: fileBytes) {
                fileBytes.removeAll(keepingCapacity: true)
                fileBytes.append(contentsOf: path)
                files.append((String(decoding: path, as: UTF8.self), rows.integer(3)))
                fileDates.removeAll(keepingCapacity: true)
            }
            let date = String(decoding: rows.text(1), as: UTF8.self)
            if !fileDates.contains(date) {
                fileDates.append(date)
                dates[date, default: []].append(files.count - 1)
            }
        }
        try flush()
    }

    /// Whether `bytes` are those `kept`.
    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, as kept: [UInt8]) -> Bool {
        guard bytes.count == kept.count else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return kept.withUnsafeBufferPointer { memcmp($0.baseAddress!, base, bytes.count) == 0 }
    }
}

/// SQLite's order of text (BINARY: bytes of UTF-8), which Swift's `<` on strings does not promise.
enum SQLOrder {
    /// Whether `a` comes before `b` or is `b` in SQLite's order (``ByteOrder``).
    static func precedesOrEquals(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { a in b.withUTF8 { b in ByteOrder.compare(a, b) <= 0 } }
    }
}
