import ResGraphExtractor

/// Where in the corpus an edge was found.
public struct Provenance: Hashable, Sendable {
    /// The file of the citing text.
    public var source: String
    /// The language of the citing text.
    public var language: Language
    /// Byte offset of the matched text in `source`.
    public var start: Int
    /// Byte offset just past the matched text (end exclusive).
    public var end: Int
    /// The matched text.
    public var text: String
    /// The footnote that carries the reference, if any.
    public var footnote: Int?

    /// Creates a provenance record.
    public init(source: String, language: Language, start: Int, end: Int, text: String, footnote: Int? = nil) {
        self.source = source
        self.language = language
        self.start = start
        self.end = end
        self.text = text
        self.footnote = footnote
    }

    /// The place where `document` makes `reference`.
    public init(of reference: Reference, in document: ExtractedDocument) {
        self.init(source: document.source, language: document.language, start: reference.start,
                  end: reference.end, text: reference.text, footnote: reference.footnote)
    }
}

/// A citation from one node to another under one relation, with every place it was made.
public struct GraphEdge: Hashable, Sendable {
    /// The citing node.
    public var from: String
    /// The cited node.
    public var to: String
    /// How it is cited.
    public var relation: Relation
    /// Every place the citation is made, in every language version.
    public var provenance: [Provenance] = []

    /// The language versions that make the citation.
    public var languages: Set<Language> { Set(provenance.map(\.language)) }

    /// The codes of ``languages``, sorted and joined by `separator`: `"en, fr"` in a drawing's
    /// tooltip, `"en fr"` in a cell of `show`'s CSV.
    public func languageList(separator: String) -> String {
        languages.map(\.rawValue).sorted().joined(separator: separator)
    }

    /// Creates an edge with no provenance yet.
    public init(from: String, to: String, relation: Relation) {
        self.from = from
        self.to = to
        self.relation = relation
    }

    /// The identity of an edge: one per (from, to, relation).
    public struct Key: Hashable, Sendable, Comparable {
        /// The citing node.
        public var from: String
        /// The cited node.
        public var to: String
        /// How it is cited.
        public var relation: Relation

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.from, lhs.to, lhs.relation) < (rhs.from, rhs.to, rhs.relation)
        }
    }

    /// This edge's identity.
    public var key: Key { Key(from: from, to: to, relation: relation) }
}
