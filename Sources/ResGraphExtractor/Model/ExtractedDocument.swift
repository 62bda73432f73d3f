/// Everything the extractor learned from one document: what it is and what it cites.
public struct ExtractedDocument: Hashable, Sendable, Codable {
    /// Where the text came from (a file path, or any name the caller gave).
    public var source: String
    /// The document's own canonical id (`A/RES/58/154`), when the text says it.
    public var symbol: String?
    /// The language the text is written in.
    public var language: Language
    /// The adoption date, `YYYY-MM-DD`, when the text gives it.
    public var date: String?
    /// The title, when the text gives it.
    public var title: String?
    /// Every reference, in the order of their spans.
    public var references: [Reference]
    /// Problems with footnotes and Ibid. found on the way.
    public var diagnostics: [Diagnostic]
    /// Number of bytes of text read.
    public var byteCount: Int

    /// Creates a document record.
    public init(
        source: String, symbol: String?, language: Language, date: String?, title: String?,
        references: [Reference], diagnostics: [Diagnostic], byteCount: Int
    ) {
        self.source = source
        self.symbol = symbol
        self.language = language
        self.date = date
        self.title = title
        self.references = references
        self.diagnostics = diagnostics
        self.byteCount = byteCount
    }

    /// The distinct (target, relation) pairs, sorted: what a document cites, and how.
    public var citations: [Citation] {
        Array(Set(references.map { Citation(target: $0.target, relation: $0.relation) })).sorted()
    }
}

/// A target cited under one relation, without the place it was cited.
public struct Citation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The canonical id cited.
    public var target: String
    /// How it is cited.
    public var relation: Relation

    /// Creates a citation.
    public init(target: String, relation: Relation) {
        self.target = target
        self.relation = relation
    }

    public static func < (lhs: Citation, rhs: Citation) -> Bool {
        (lhs.relation, lhs.target) < (rhs.relation, rhs.target)
    }

    public var description: String { "\(relation.rawValue): \(target)" }
}
