extension ExtractedDocument {
    /// The document as one JSON object, as `resgraph extract --format json` prints it.
    ///
    /// `{"source":…,"symbol":…,"language":"en","date":"2003-12-22","title":…,
    /// "references":[{"target":…,"kind":…,"relation":…,"text":…,"start":N,"end":N}, …]}`.
    /// A reference made through a footnote also has `"footnote"` and `"anchor"` (the marker's
    /// byte offset); one for which the text gives a date has `"citedDate"`.
    public var json: String {
        var text = ""
        writeJSON { text += $0 }
        return text
    }

    /// Writes ``json`` in pieces of about 64 KB to `emit`, so that a document with millions of
    /// references is never held as one string.
    public func writeJSON(_ emit: (String) -> Void) {
        var head = JSONWriter()
        head.raw("{")
        for (index, (key, value)) in [("source", source), ("symbol", symbol), ("language", language.rawValue),
                                      ("date", date), ("title", title)].enumerated() {
            if index > 0 { head.raw(",") }
            head.string(key)
            head.raw(":")
            head.optional(value)
        }
        head.raw(",\"references\":[")
        var chunk = head.text
        for (index, reference) in references.enumerated() {
            if index > 0 { chunk += "," }
            chunk += reference.json
            if chunk.utf8.count >= 65_536 { emit(chunk); chunk = "" }
        }
        var tail = JSONWriter()
        tail.raw("],\"diagnostics\":")
        tail.array(diagnostics) { writer, diagnostic in
            writer.object([
                ("problem", { $0.string(diagnostic.problem.rawValue) }),
                ("offset", { $0.raw("\(diagnostic.offset)") }),
                ("message", { $0.string(diagnostic.message) }),
            ])
        }
        tail.raw("}")
        emit(chunk + tail.text)
    }

    /// The document as a table for people: one line per reference.
    public var table: String {
        var lines = ["\(source)  \(symbol ?? "(no symbol)")  \(language.rawValue)  \(date ?? "(no date)")"]
        if let title { lines.append("  \(title)") }
        let rows = references.map { reference in
            [reference.relation.rawValue, reference.target, reference.kind.rawValue,
             "\(reference.start)-\(reference.end)", reference.footnote.map { "fn \($0)" } ?? "",
             reference.text.replacingNewlines()]
        }
        lines += TextTable.render(header: ["relation", "target", "kind", "bytes", "via", "text"], rows: rows)
            .map { "  " + $0 }
        for diagnostic in diagnostics {
            lines.append("  ! \(diagnostic.problem.rawValue) at byte \(diagnostic.offset): \(diagnostic.message)")
        }
        return lines.joined(separator: "\n")
    }
}

extension Reference {
    /// The reference as one JSON object.
    public var json: String {
        var members: [(String, (inout JSONWriter) -> Void)] = [
            ("target", { $0.string(target) }),
            ("kind", { $0.string(kind.rawValue) }),
            ("relation", { $0.string(relation.rawValue) }),
            ("text", { $0.string(text) }),
            ("start", { $0.raw("\(start)") }),
            ("end", { $0.raw("\(end)") }),
        ]
        if let footnote { members.append(("footnote", { $0.raw("\(footnote)") })) }
        if let anchor { members.append(("anchor", { $0.raw("\(anchor)") })) }
        if let anchors { members.append(("anchors", { $0.array(anchors) { $0.raw("\($1)") } })) }
        if let citedDate { members.append(("citedDate", { $0.string(citedDate) })) }
        if let page { members.append(("page", { $0.raw("\(page)") })) }
        var writer = JSONWriter()
        writer.object(members)
        return writer.text
    }
}

extension String {
    /// The string with line breaks and tabs turned into single spaces, for one-line display.
    public func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
