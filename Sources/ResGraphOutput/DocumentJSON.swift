import ResGraphExtractor

extension ExtractedDocument {
    /// Appends ``json`` to `out`, byte for byte the same.
    public func writeJSON(into out: inout JSONBytes) {
        // The fields before the references in one reservation, not an append for each piece.
        let room = Self.roomForHeaderKeys + JSONCursor.room(forString: source) + JSONCursor.room(forString: language.rawValue)
            + JSONCursor.room(forOptional: symbol) + JSONCursor.room(forOptional: date) + JSONCursor.room(forOptional: title)
        out.write(atMost: room) { cursor in
            cursor.raw("{\"source\":")
            cursor.string(source)
            cursor.raw(",\"symbol\":")
            cursor.optional(symbol)
            cursor.raw(",\"language\":")
            cursor.string(language.rawValue)
            cursor.raw(",\"date\":")
            cursor.optional(date)
            cursor.raw(",\"title\":")
            cursor.optional(title)
            cursor.raw(",\"references\":[")
        }
        // References go in batches, one reservation each: few reservations, and a bounded one
        // for a document of thousands.
        var batchStart = 0
        while batchStart < references.count {
            let batch = batchStart..<min(batchStart + Self.referencesPerReservation, references.count)
            var room = batch.count
            for index in batch { room += references[index].jsonRoom }
            // Each reference is read in place: one read from the array would be copied whole.
            references.withUnsafeBufferPointer { references in
                out.write(atMost: room) { cursor in
                    for index in batch {
                        if index > 0 { cursor.raw(",") }
                        Reference.writeJSON(of: references.baseAddress.unsafelyUnwrapped + index, to: &cursor)
                    }
                }
            }
            batchStart = batch.upperBound
        }
        // The diagnostics and the end of the object in one reservation, each read in place.
        var tailRoom = Self.roomForDiagnosticsKeys
        for diagnostic in diagnostics {
            tailRoom += Self.roomForDiagnosticKeys + JSONCursor.room(forString: diagnostic.problem.rawValue) + JSONCursor.roomForInteger
                + JSONCursor.room(forString: diagnostic.message)
        }
        diagnostics.withUnsafeBufferPointer { diagnostics in
            out.write(atMost: tailRoom) { cursor in
                cursor.raw("],\"diagnostics\":[")
                for index in diagnostics.indices {
                    if index > 0 { cursor.raw(",") }
                    cursor.raw("{\"problem\":")
                    cursor.string(diagnostics[index].problem.rawValue)
                    cursor.raw(",\"offset\":")
                    cursor.integer(diagnostics[index].offset)
                    cursor.raw(",\"message\":")
                    cursor.string(diagnostics[index].message)
                    cursor.raw("}")
                }
                cursor.raw("]}")
            }
        }
    }

    private static let referencesPerReservation = 32

    /// The keys and punctuation written before the references (68 bytes), with room to spare.
    private static let roomForHeaderKeys = 96
    /// The punctuation around the diagnostics and after them (19 bytes), with room to spare.
    private static let roomForDiagnosticsKeys = 24
    /// The keys and punctuation of one diagnostic, with the comma before it (34 bytes), with room to spare.
    private static let roomForDiagnosticKeys = 40
}

extension Reference {
    /// Appends ``json`` to `out`, byte for byte the same.
    public func writeJSON(into out: inout JSONBytes) {
        out.write(atMost: jsonRoom) { cursor in withUnsafePointer(to: self) { Self.writeJSON(of: $0, to: &cursor) } }
    }

    /// Stores the ``json`` of the reference at `reference` at `out`, which has ``jsonRoom`` bytes
    /// of room. Read through a pointer, in place: a reference passed as a value is copied, each of
    /// its strings retained and released, around the write.
    static func writeJSON(of reference: UnsafePointer<Reference>, to out: inout JSONCursor) {
        out.raw("{\"target\":")
        out.string(reference.pointee.target)
        out.raw(",\"kind\":")
        out.name(reference.pointee.kind.rawValue)
        out.raw(",\"relation\":")
        out.name(reference.pointee.relation.rawValue)
        out.raw(",\"text\":")
        out.string(reference.pointee.text)
        out.raw(",\"start\":")
        out.integer(reference.pointee.start)
        out.raw(",\"end\":")
        out.integer(reference.pointee.end)
        if let footnote = reference.pointee.footnote { out.raw(",\"footnote\":"); out.integer(footnote) }
        if let anchor = reference.pointee.anchor { out.raw(",\"anchor\":"); out.integer(anchor) }
        if let anchors = reference.pointee.anchors { out.raw(",\"anchors\":"); out.array(anchors) { $0.integer($1) } }
        if let citedDate = reference.pointee.citedDate { out.raw(",\"citedDate\":"); out.string(citedDate) }
        if let page = reference.pointee.page { out.raw(",\"page\":"); out.integer(page) }
        if let aliases = reference.pointee.aliases { out.raw(",\"aliases\":"); out.array(aliases) { $0.string($1) } }
        out.raw("}")
    }

    /// The most bytes ``writeJSON(of:to:)`` stores: room for every key, then each value at its
    /// longest (strings fully escaped, integers of 20 characters, a comma each in lists). The
    /// kind's and relation's names need no escaping.
    var jsonRoom: Int {
        var room = Self.roomForKeysKindAndRelation
        room += JSONCursor.room(forString: target) + JSONCursor.room(forString: text)
        room += 5 * JSONCursor.roomForInteger
        if let anchors { room += anchors.count * (JSONCursor.roomForInteger + 1) }
        if let citedDate { room += JSONCursor.room(forString: citedDate) }
        if let aliases { for alias in aliases { room += JSONCursor.room(forString: alias) + 1 } }
        return room
    }

    /// Every key and bracket of a reference's object (132 bytes), and the kind and relation
    /// with their quotes (at most 19 and 14), with room to spare.
    private static let roomForKeysKindAndRelation = 192
}
