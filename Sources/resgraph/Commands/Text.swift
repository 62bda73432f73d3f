import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphReader

/// `resgraph text FILE`.
struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the text the extractor reads from a file: the file itself for text, the composed text for PDF, Word and web pages.",
        discussion: """
            Offsets in extract's output are UTF-8 byte offsets into exactly this text. For PDF and \
            Word, footnote markers are written <sup>N</sup> and the footnote bodies follow a rule at \
            the end; page furniture (running heads, page and job numbers, barcodes) is left out.
            """
    )

    @Argument(help: "A resolution file: text, Markdown, PDF, Word (.docx, .doc) or a web page (.htm, .html), or - for standard input.") var file: String
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        let text: ReadText
        do {
            verbosity.noteReadingTerminal(among: [file])
            let bytes = try FileBytes.isStream(file) ? FileBytes.readStream(file) : FileBytes.read(file)
            text = try verbosity.timed("reading \(file) as \(DocumentReader.format(of: bytes))") { try DocumentReader.text(of: bytes, source: file) }
            verbosity.detail("\(bytes.count) bytes in, \(text.bytes.count) bytes of text out")
            // A text file is printed only if it is text: binary and non-UTF-8 files are refused as extract refuses them.
            if DocumentReader.format(of: bytes) == .text { _ = try Extractor().extract(bytes: bytes, source: file) }
        } catch {
            throw CommandError("\(error)")
        }
        StandardOutput.write(Data(text.bytes))
        // What the reader could not read is not in the text: said beside it, not in it.
        for diagnostic in text.diagnostics { verbosity.note("\(CanonicalPath.display(file)): \(diagnostic.message)") }
    }
}
