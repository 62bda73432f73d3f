import CZip
import ResGraphExtractor

/// Reads a Word file (Office Open XML, `.docx`): the body of its main document and its footnotes
/// and endnotes (`word/document.xml`, `word/footnotes.xml`, `word/endnotes.xml` as Word names
/// them; ``WordPackage`` follows the relationships), through libzip (``ZipPackage``) and libxml2
/// (``XMLEvents``).
///
/// Word marks notes explicitly (`w:footnoteReference`, `w:endnoteReference`), so markers are
/// written `<sup>N</sup>` where they stand, footnotes and endnotes numbered together in order of
/// first reference, and the bodies follow after a rule. Each paragraph is a line, started with a tab. Parts larger than
/// ``maxPartSize`` once inflated (a zip bomb) are refused: the whole file for its main document, the
/// notes alone for a notes part, the body read without them and a diagnostic saying so.
enum WordReader {
    /// The largest XML part read, inflated: 64 MB.
    static let maxPartSize = 64 * 1_048_576

    /// The text of the docx `bytes`, read with libzip as `library` loaded it; throws naming
    /// `source` for a damaged or foreign zip, or when libzip could not be loaded.
    static func read(_ bytes: [UInt8], source: String, library: Result<rg_zip, DynamicLibrary.LoadFailure> = ZipPackage.library) throws(ExtractionError) -> ReadText {
        let package: WordPackage
        do {
            package = try WordPackage.read(bytes, limit: maxPartSize, library: library)
        } catch {
            throw ExtractionError(path: source, reason: .unreadableFormat(explanation(of: error)))
        }
        let document = WordDocumentPart.parse(package.document)
        // A spreadsheet or a presentation has a main document too; Word's word/document.xml
        // is read as far as it goes, whatever it holds, as it was before relationships were read.
        guard document.hasWordBody || package.documentName == WordPackage.usualDocumentName else {
            throw ExtractionError(path: source, reason: .unreadableFormat(
                "is a zip file but not a Word document (its main document, \(package.documentName), is not WordprocessingML)"))
        }
        let footnotes = package.footnotes.map { WordNotesPart.parse($0, kind: .footnote) } ?? [:]
        let endnotes = package.endnotes.map { WordNotesPart.parse($0, kind: .endnote) } ?? [:]
        var composer = ComposedText()
        for paragraph in document.paragraphs { composer.appendLine(paragraph, page: 1) }
        let unreadable = Set(package.unreadableNotes.map(\.role))
        for (number, note) in document.noteOrder.enumerated() {
            let (notes, role) = note.kind == .footnote ? (footnotes, "footnotes") : (endnotes, "endnotes")
            if let body = notes[note.id] {
                composer.beginBody(number + 1, page: 1)
                composer.appendToBody(body)
            } else if unreadable.contains(role) {
                // Said once for the whole part, by its diagnostic.
                composer.beginBody(number + 1, page: 1)
            }
            // A note the file does not hold leaves its marker without a body, which the
            // extractor reports as it reports one in a text.
        }
        var text = composer.finish()
        text.pages = []
        text.diagnostics = package.unreadableNotes.map { Diagnostic.unreadableNotes($0.role, problem: partTrouble($0.failure)) }
        return text
    }

    /// What a package without a readable main document says of the file.
    private static func explanation(of failure: WordPackage.Failure) -> String {
        switch failure {
        case .zip(let failure):
            explanation(of: failure)
        case .noDocument:
            "is a zip file but not a Word document (no \(WordPackage.usualDocumentName))"
        case .missingDocument(let name):
            "is a damaged Word file (its main document, \(name), is missing)"
        case .unreadableRelationships:
            "is a damaged Word file (\(WordPackage.packageRelationshipsName), which names its main document, cannot be read, and there is no \(WordPackage.usualDocumentName))"
        }
    }

    /// What is wrong with the part a failure to read it names, in a few words: "word/footnotes.xml
    /// does not inflate".
    private static func partTrouble(_ failure: ZipPackage.Failure) -> String {
        switch failure {
        case .libraryMissing(let reason): "libzip could not be loaded: \(reason)"
        case .unreadableArchive(let reason): "the zip cannot be read; libzip: \(reason)"
        case .tooLarge(let name): "\(name) is larger than \(maxPartSize / 1_048_576) MB inflated"
        case .checksumMismatch(let name): "\(name) fails its checksum"
        case .unreadablePart(let name, .outsideTheFile): "\(name) lies past its end: cut short?"
        case .unreadablePart(let name, .damagedData): "\(name) does not inflate"
        case .unreadablePart(let name, .unsupportedCompression): "\(name) is compressed by a method other than deflate"
        case .unreadablePart(let name, .encrypted): "\(name) is encrypted"
        case .unreadablePart(let name, .other(let reason)): "\(name) cannot be read; libzip: \(reason)"
        }
    }

    /// What an error reading the zip says of the file.
    private static func explanation(of failure: ZipPackage.Failure) -> String {
        switch failure {
        case .libraryMissing(let reason):
            "cannot be read: libzip could not be loaded (\(reason))"
        case .unreadableArchive(let reason):
            "is not a readable zip file, damaged or truncated (libzip: \(reason))"
        case .tooLarge(let name):
            "has a part (\(name)) larger than \(maxPartSize / 1_048_576) MB inflated; not read"
        case .unreadablePart(let name, .unsupportedCompression):
            "has a part (\(name)) compressed by a method other than deflate; not read"
        case .unreadablePart(let name, .encrypted):
            "has an encrypted part (\(name)); not read"
        case .checksumMismatch, .unreadablePart:
            "is a damaged Word file (\(partTrouble(failure)))"
        }
    }
}
