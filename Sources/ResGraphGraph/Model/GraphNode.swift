import ResGraphExtractor

/// One node of the citation graph: everything the corpus says of one canonical id.
///
/// A node is *present* when the corpus holds its text (in any language) and *dangling*
/// when it is only cited. The English, French and Chinese texts of A/RES/58/154 are one node.
public struct GraphNode: Hashable, Sendable {
    /// The canonical id (`A/RES/58/154`, `UNTS 189/2545`).
    public var id: String
    /// What sort of thing the id names.
    public var kind: ReferenceKind
    /// The title, from the node's own text.
    public var title: String?
    /// The adoption date, `YYYY-MM-DD`, from the node's own text.
    public var date: String?
    /// The languages in which the corpus holds the text.
    public var languages: Set<Language> = []
    /// The files holding the text.
    public var sources: [String] = []
    /// The dates citers give it ("48/113 of 20 December 1993"), with the files that give them.
    public var citedDates: [String: Set<String>] = [:]

    /// Whether the corpus holds the node's text.
    public var isPresent: Bool { !sources.isEmpty }

    /// The session ("58", "III", "S-21") or year ("2000") the id belongs to, when it says.
    public var era: String? { CanonicalID.era(of: id) }

    /// The short label people use: `58/154`, `1325 (2000)`, `UNTS 189/2545`.
    public var shortLabel: String { CanonicalID.shortLabel(of: id) }

    /// Creates a node that nothing is known of yet but its id and kind.
    public init(id: String, kind: ReferenceKind) {
        self.id = id
        self.kind = kind
    }

    /// Takes in one language version of the node's own text: its title and date (the first
    /// version's win), its language and its file.
    mutating func merge(_ document: ExtractedDocument) {
        title = title ?? document.title
        date = date ?? document.date
        languages.insert(document.language)
        if !sources.contains(document.source) { sources.append(document.source) }
    }
}
