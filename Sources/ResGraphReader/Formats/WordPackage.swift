/// The parts of a `.docx` the Word reader reads, found as Word finds them: the main document
/// by the package's relationships (`_rels/.rels`), its footnotes and endnotes by the main
/// document's own. Where the relationships name no such part, or one the archive lacks, Word's
/// usual names are taken: `word/document.xml`, `word/footnotes.xml`, `word/endnotes.xml`.
struct WordPackage {
    /// The name of the main document part, as found.
    let documentName: String
    /// The main document's XML; nil when the archive lacks it.
    let document: [UInt8]?
    /// Whether `documentName` was named by the package's relationships rather than taken by
    /// default.
    let documentNamedByRelationships: Bool
    /// The footnotes' XML, when there are footnotes.
    let footnotes: [UInt8]?
    /// The endnotes' XML, when there are endnotes.
    let endnotes: [UInt8]?

    /// Word's usual name of the main document.
    static let usualDocumentName = "word/document.xml"

    /// Reads the parts of the zip `bytes`, each refused past `limit` bytes inflated.
    static func read(_ bytes: [UInt8], limit: Int) throws(ZipPackage.Failure) -> WordPackage {
        try ZipPackage.open(bytes, limit: limit) { (zip) throws(ZipPackage.Failure) in try read(zip) }
    }

    private static func read(_ zip: borrowing ZipPackage) throws(ZipPackage.Failure) -> WordPackage {
        let packageRelationships = try zip.part("_rels/.rels")
        var named = packageRelationships.flatMap { PackageRelationships($0, of: nil).target("officeDocument") }
        var document: [UInt8]?
        if let name = named { document = try zip.part(name) }
        if document == nil {
            // Relationships naming a part the archive lacks are not believed over Word's usual name.
            document = try zip.part(usualDocumentName)
            if document != nil { named = nil }
        }
        let documentName = named ?? usualDocumentName
        guard let document else {
            return WordPackage(documentName: documentName, document: nil, documentNamedByRelationships: named != nil, footnotes: nil, endnotes: nil)
        }
        let relationships = try zip.part(PackageRelationships.partName(of: documentName)).map { PackageRelationships($0, of: documentName) }
        return WordPackage(
            documentName: documentName, document: document, documentNamedByRelationships: named != nil,
            footnotes: try notes("footnotes", usually: "word/footnotes.xml", by: relationships, in: zip),
            endnotes: try notes("endnotes", usually: "word/endnotes.xml", by: relationships, in: zip))
    }

    /// The notes of type `role`: by the main document's `relationships`, or by `usualName` where
    /// they name none (a program that forgot the relationship; the notes are read all the same).
    private static func notes(_ role: String, usually usualName: String, by relationships: PackageRelationships?, in zip: borrowing ZipPackage) throws(ZipPackage.Failure) -> [UInt8]? {
        try zip.part(relationships?.target(role) ?? usualName)
    }
}
