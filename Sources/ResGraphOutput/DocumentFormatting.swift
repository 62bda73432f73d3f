import ResGraphExtractor

extension ExtractedDocument {
    /// The document as one JSON object, as `resgraph extract --format json` prints it.
    ///
    /// `{"source":…,"symbol":…,"language":"en","date":"2003-12-22","title":…,
    /// "references":[{"target":…,"kind":…,"relation":…,"text":…,"start":N,"end":N}, …]}`.
    /// A reference made through a footnote also has `"footnote"` and `"anchor"` (the marker's
    /// byte offset); one for which the text gives a date has `"citedDate"`.
    public var json: String {
        var out = JSONBytes()
        writeJSON(into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The document as a table for people: one line per reference. The file's name, and the
    /// messages that name it, have any control character written out (``VisibleText``).
    public var table: String {
        var lines = ["\(VisibleText.of(source))  \(symbol ?? "(no symbol)")  \(language.rawValue)  \(date ?? "(no date)")"]
        if let title { lines.append("  \(title)") }
        let rows = references.map { reference in
            [reference.relation.rawValue, reference.target, reference.kind.rawValue,
             "\(reference.start)-\(reference.end)", reference.footnote.map { "fn \($0)" } ?? "",
             reference.text.replacingNewlines()]
        }
        lines += TextTable.render(header: ["relation", "target", "kind", "bytes", "via", "text"], rows: rows)
            .map { "  " + $0 }
        for diagnostic in diagnostics {
            lines.append("  ! \(diagnostic.problem.rawValue) at byte \(diagnostic.offset): \(VisibleText.of(diagnostic.message))")
        }
        return lines.joined(separator: "\n")
    }
}

extension Reference {
    /// The reference as one JSON object.
    public var json: String {
        var out = JSONBytes(capacity: 256)
        writeJSON(into: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
