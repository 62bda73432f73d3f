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
        var named = relationships(in: "_rels/.rels", of: nil, from: zip)?.target("officeDocument")
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
        let documentRelationships = relationships(in: PackageRelationships.partName(of: documentName), of: documentName, from: zip)
        return WordPackage(
            documentName: documentName, document: document, documentNamedByRelationships: named != nil,
            footnotes: try notes("footnotes", usually: "word/footnotes.xml", by: documentRelationships, in: zip),
            endnotes: try notes("endnotes", usually: "word/endnotes.xml", by: documentRelationships, in: zip))
    }

    /// The relationships of the part `source` (nil: the package), from the part `name`; nil when
    /// there is none, or it cannot be read: a damaged relationships part leaves Word's usual
    /// names, where the file would otherwise be refused for a part that holds no text.
    private static func relationships(in name: String, of source: String?, from zip: borrowing ZipPackage) -> PackageRelationships? {
        guard let xml = try? zip.part(name) else { return nil }
        return PackageRelationships(xml, of: source)
    }

    /// The notes of type `role`: by the main document's `relationships`, or by `usualName` where
    /// they name none (a program that forgot the relationship; the notes are read all the same).
    private static func notes(_ role: String, usually usualName: String, by relationships: PackageRelationships?, in zip: borrowing ZipPackage) throws(ZipPackage.Failure) -> [UInt8]? {
        try zip.part(relationships?.target(role) ?? usualName)
    }
}
