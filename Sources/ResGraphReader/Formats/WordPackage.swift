import CZip

/// The parts of a `.docx` the Word reader reads, found as Word finds them: the main document
/// by the package's relationships (`_rels/.rels`), its footnotes and endnotes by the main
/// document's own. Where the relationships name no such part, or one the archive lacks, or
/// cannot be read, Word's usual names are taken: `word/document.xml`, `word/footnotes.xml`,
/// `word/endnotes.xml`.
///
/// A notes part that cannot be read (damaged, or a bomb) leaves the rest of the file readable:
/// it is said in ``unreadableNotes``, and the body is read without those notes.
struct WordPackage {
    /// Why a zip holds no main document to read.
    enum Failure: Error, Equatable {
        /// The zip itself, or a part, cannot be read.
        case zip(ZipPackage.Failure)
        /// Neither relationships nor Word's usual name lead to a main document: not a Word file.
        case noDocument
        /// The package's relationships name a main document (`name`) the archive lacks, and it
        /// has no `word/document.xml` either.
        case missingDocument(name: String)
        /// The package's relationships cannot be read, and there is no `word/document.xml`.
        case unreadableRelationships
    }

    /// The name of the main document part, as found.
    let documentName: String
    /// The main document's XML.
    let document: [UInt8]
    /// The footnotes' XML, when there are footnotes.
    let footnotes: [UInt8]?
    /// The endnotes' XML, when there are endnotes.
    let endnotes: [UInt8]?
    /// The notes parts that are there but cannot be read, and why.
    let unreadableNotes: [UnreadableNotes]

    /// A notes part that cannot be read.
    struct UnreadableNotes: Equatable {
        /// What the part holds: `footnotes` or `endnotes`, as its relationship's type names it.
        let role: String
        /// Why it cannot be read (``ZipPackage/Failure`` names the part).
        let failure: ZipPackage.Failure
    }

    /// Word's usual name of the main document.
    static let usualDocumentName = "word/document.xml"
    /// The package's relationships part, which names the main document.
    static let packageRelationshipsName = "_rels/.rels"

    /// Reads the parts of the zip `bytes`, each refused past `limit` bytes inflated, with libzip
    /// as `library` loaded it.
    static func read(_ bytes: [UInt8], limit: Int, library: Result<rg_zip, DynamicLibrary.LoadFailure> = ZipPackage.library) throws(Failure) -> WordPackage {
        let result: Result<WordPackage, Failure>
        do {
            result = try ZipPackage.open(bytes, limit: limit, library: library) { (zip) throws(ZipPackage.Failure) in try read(zip) }
        } catch {
            throw .zip(error)
        }
        return try result.get()
    }

    private static func read(_ zip: borrowing ZipPackage) throws(ZipPackage.Failure) -> Result<WordPackage, Failure> {
        let packageRelationships = relationships(in: packageRelationshipsName, of: nil, from: zip)
        let named = packageRelationships.readable?.target("officeDocument")
        var documentName = usualDocumentName
        var document: [UInt8]?
        if let named {
            documentName = named
            document = try zip.part(named)
        }
        if document == nil {
            // Relationships naming a part the archive lacks are not believed over Word's usual name.
            document = try zip.part(usualDocumentName)
            if document != nil { documentName = usualDocumentName }
        }
        guard let document else {
            if case .failure = packageRelationships { return .failure(.unreadableRelationships) }
            return .failure(named.map { .missingDocument(name: $0) } ?? .noDocument)
        }
        let documentRelationships = relationships(in: PackageRelationships.partName(of: documentName), of: documentName, from: zip).readable
        var unreadable: [UnreadableNotes] = []
        let footnotes = notes("footnotes", usually: "word/footnotes.xml", by: documentRelationships, in: zip, unreadable: &unreadable)
        let endnotes = notes("endnotes", usually: "word/endnotes.xml", by: documentRelationships, in: zip, unreadable: &unreadable)
        return .success(WordPackage(documentName: documentName, document: document, footnotes: footnotes, endnotes: endnotes, unreadableNotes: unreadable))
    }

    /// The relationships of the part `source` (nil: the package), from the part `name`: nil when
    /// there is none, a failure when it cannot be read. A damaged relationships part leaves
    /// Word's usual names, where the file would otherwise be refused for a part that holds no text.
    private static func relationships(in name: String, of source: String?, from zip: borrowing ZipPackage) -> Result<PackageRelationships?, ZipPackage.Failure> {
        do {
            return .success(try zip.part(name).map { PackageRelationships($0, of: source) })
        } catch {
            return .failure(error)
        }
    }

    /// The notes of type `role`: by the main document's `relationships`, or by `usualName` where
    /// they name none (a program that forgot the relationship; the notes are read all the same).
    /// A part that cannot be read is added to `unreadable`, and nil returned.
    private static func notes(_ role: String, usually usualName: String, by relationships: PackageRelationships?, in zip: borrowing ZipPackage,
                              unreadable: inout [UnreadableNotes]) -> [UInt8]? {
        do {
            return try zip.part(relationships?.target(role) ?? usualName)
        } catch {
            unreadable.append(UnreadableNotes(role: role, failure: error))
            return nil
        }
    }
}

extension Result<PackageRelationships?, ZipPackage.Failure> {
    /// The relationships, when their part is there and could be read.
    fileprivate var readable: PackageRelationships? {
        guard case .success(let relationships) = self else { return nil }
        return relationships
    }
}
