import ResGraphIndex

/// What a walk under one relation that found nothing adds of the documents that cite the id
/// under the others, counted from the index, with the command that lists them.
enum OtherRelations {
    /// "; 2 documents cite it under other relations (reaffirms 2): resgraph cited-by "1325 (2000)"",
    /// for `canonical` as the user typed it (`typed`); empty when no document cites it.
    static func note(on canonical: String, typed: String, in index: CitationIndex) throws -> String {
        let counts = try index.citingCounts(of: canonical)
        guard counts.documents > 0 else { return "" }
        let list = counts.byRelation.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map { "\($0.key.rawValue) \($0.value)" }
        return "; \(counts.documents) document\(counts.documents == 1 ? " cites" : "s cite") it under other relations (\(list.joined(separator: ", "))): resgraph cited-by \"\(typed)\""
    }
}
