import GRDB
import ResGraphExtractor

/// A row of `file`: one indexed file (a language version of a document).
struct FileRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "file"

    /// The table's columns.
    enum Columns {
        static let id = Column("id"), path = Column("path"), hash = Column("hash"), size = Column("size"), node = Column("node")
        static let symbol = Column("symbol"), language = Column("language"), date = Column("date"), title = Column("title")
        static let firstReference = Column("firstReference"), referenceCount = Column("referenceCount")
        static let stamp = Column("stamp")
    }

    /// The file's number, which its references name.
    var id: Int
    var path: String
    var hash: String
    var size: Int
    var node: String
    var symbol: String?
    var language: String
    var date: String?
    var title: String?
    /// The id of the file's first reference; its references are the next ``referenceCount`` ids.
    var firstReference: Int
    var referenceCount: Int
    /// The ``FileStamp/fingerprint`` of the file as it was read, when it had settled.
    var stamp: Int64?

    init(id: Int, path: String, hash: String, size: Int, node: String, symbol: String?, language: Language, date: String?, title: String?,
         references: Range<Int>, stamp: Int64?) {
        (self.id, self.path, self.hash, self.size, self.node, self.symbol) = (id, path, hash, size, node, symbol)
        (self.language, self.date, self.title) = (language.rawValue, date, title)
        (firstReference, referenceCount, self.stamp) = (references.lowerBound, references.count, stamp)
    }

    init(row: Row) {
        id = row[Columns.id]
        path = row[Columns.path]
        hash = row[Columns.hash]
        size = row[Columns.size]
        node = row[Columns.node]
        symbol = row[Columns.symbol]
        language = row[Columns.language]
        date = row[Columns.date]
        title = row[Columns.title]
        firstReference = row[Columns.firstReference]
        referenceCount = row[Columns.referenceCount]
        stamp = row[Columns.stamp]
    }

    /// The statement that stores a record (kept prepared by the caller: indexing stores millions).
    static let insertSQL = """
        INSERT INTO file (id, path, hash, size, node, symbol, language, date, title, firstReference, referenceCount, stamp)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Binds the record's values to ``insertSQL``'s parameters, in its order.
    func bindInsert(into row: inout ParameterBinding.Row) {
        row.bind(1, id); row.bind(2, path); row.bind(3, hash); row.bind(4, size); row.bind(5, node); row.bind(6, symbol)
        row.bind(7, language); row.bind(8, date); row.bind(9, title); row.bind(10, firstReference); row.bind(11, referenceCount)
        row.bind(12, stamp.map(Int.init))
    }

    /// The file as a document (without its references), its language checked.
    func document(references: [Reference], diagnostics: [Diagnostic], index: String) throws -> ExtractedDocument {
        ExtractedDocument(source: path, symbol: symbol, language: try IndexValue.language(language, index: index), date: date, title: title,
                          references: references, diagnostics: diagnostics, byteCount: size)
    }
}

/// A row of `reference`: one reference a file makes, read with its file's path (the table
/// names the file by number: ``IndexSQL`` joins the path in).
struct ReferenceRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "reference"

    /// The columns a record is read from (the reference as `r`, its file as `f`), in the order
    /// ``init(row:)`` reads them: by position, since a name is looked up at every read.
    static let columns = """
        f.path, r.node, r.target, r.kind, r.relation, r.text, r.start, r."end", r.footnote, r.anchor, r.anchors, r.citedDate, r.aliases
        """

    var path: String
    var node: String
    var target: String
    var kind: String
    var relation: String
    var text: String
    var start: Int
    var end: Int
    var footnote: Int?
    var anchor: Int?
    /// The markers of a footnote cited again, as "offset,offset,...".
    var anchors: String?
    var citedDate: String?
    /// The other symbols of a joint document, as "id,id,...".
    var aliases: String?

    init(row: Row) {
        (path, node, target, kind, relation, text) = (row[0], row[1], row[2], row[3], row[4], row[5])
        (start, end, footnote, anchor, anchors, citedDate, aliases) = (row[6], row[7], row[8], row[9], row[10], row[11], row[12])
    }

    /// The table and columns ``StoringStatements`` inserts a record into, in the order
    /// ``bindInsert(_:file:node:into:after:)`` binds them.
    static let insertTarget = InsertTarget(table: "reference", columns: [
        "file", "node", "target", "kind", "relation", "text", "start", #""end""#, "footnote", "anchor", "anchors", "citedDate", "aliases",
    ])

    /// Binds the row that stores `reference`, made by file number `file` (node `node`), to the
    /// parameters after the first `k` of a batched insert into ``insertTarget``, in its order:
    /// straight from the reference, without a record made and let go for each of millions.
    static func bindInsert(_ reference: Reference, file: Int, node: String, into row: inout ParameterBinding.Row, after k: Int32) {
        row.bind(k + 1, file); row.bind(k + 2, node); row.bind(k + 3, reference.target); row.bind(k + 4, reference.kind.rawValue)
        row.bind(k + 5, reference.relation.rawValue); row.bind(k + 6, reference.text); row.bind(k + 7, reference.start)
        row.bind(k + 8, reference.end); row.bind(k + 9, reference.footnote); row.bind(k + 10, reference.anchor)
        // Anchors and aliases as the `anchors` and `aliases` columns keep them: "offset,offset", "id,id".
        row.bind(k + 11, reference.anchors?.map(String.init).joined(separator: ","))
        row.bind(k + 12, reference.citedDate); row.bind(k + 13, reference.aliases?.joined(separator: ","))
    }

    /// The reference it stores, its kind and relation checked.
    func reference(index: String) throws -> Reference {
        var reference = Reference(
            target: target, kind: try IndexValue.kind(kind, index: index), relation: try IndexValue.relation(relation, index: index),
            text: text, start: start, end: end, footnote: footnote, anchor: anchor, citedDate: citedDate)
        reference.anchors = anchors?.split(separator: ",").compactMap { Int($0) }
        reference.aliases = aliases?.split(separator: ",").map(String.init)
        return reference
    }
}

/// A row of `diagnostic`: something extraction noticed in a file.
struct DiagnosticRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "diagnostic"

    /// The table's columns.
    enum Columns {
        static let path = Column("path"), problem = Column("problem"), offset = Column("offset"), message = Column("message")
    }

    var path: String
    var problem: String
    var offset: Int
    var message: String

    init(_ diagnostic: Diagnostic, path: String) {
        (self.path, problem, offset, message) = (path, diagnostic.problem.rawValue, diagnostic.offset, diagnostic.message)
    }

    init(row: Row) {
        path = row[Columns.path]
        problem = row[Columns.problem]
        offset = row[Columns.offset]
        message = row[Columns.message]
    }

    /// The table and columns ``StoringStatements`` inserts a record into, in the order
    /// ``bindInsert(into:after:)`` binds them.
    static let insertTarget = InsertTarget(table: "diagnostic", columns: ["path", "problem", "offset", "message"])

    /// Binds the record's values to the parameters after the first `k` of a batched insert
    /// into ``insertTarget``, in its order.
    func bindInsert(into row: inout ParameterBinding.Row, after k: Int32) {
        row.bind(k + 1, path); row.bind(k + 2, problem); row.bind(k + 3, offset); row.bind(k + 4, message)
    }

    /// The diagnostic it stores, its problem checked.
    func diagnostic(index: String) throws -> Diagnostic {
        Diagnostic(problem: try IndexValue.problem(problem, index: index), offset: offset, message: message)
    }
}

/// The index's stored enum values read back: a value this version does not know is an
/// ``IndexError`` (kind `.unknownValue`), never a silent default.
enum IndexValue {
    static func kind(_ value: String, index: String) throws -> ReferenceKind {
        guard let kind = ReferenceKind(rawValue: value) else { throw IndexError.unknownValue(value, in: "reference.kind", path: index) }
        return kind
    }

    static func relation(_ value: String, index: String) throws -> Relation {
        guard let relation = Relation(rawValue: value) else { throw IndexError.unknownValue(value, in: "reference.relation", path: index) }
        return relation
    }

    static func language(_ value: String, index: String) throws -> Language {
        guard let language = Language(rawValue: value) else { throw IndexError.unknownValue(value, in: "file.language", path: index) }
        return language
    }

    static func problem(_ value: String, index: String) throws -> Diagnostic.Problem {
        guard let problem = Diagnostic.Problem(rawValue: value) else { throw IndexError.unknownValue(value, in: "diagnostic.problem", path: index) }
        return problem
    }
}
