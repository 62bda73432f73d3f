import ArgumentParser
import Foundation
import ResGraphExtractor
import ResGraphReader

/// `resgraph text FILE`.
struct Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the text the extractor reads from a file: the file itself for text, the composed text for PDF and Word.",
        discussion: """
            Offsets in extract's output are UTF-8 byte offsets into exactly this text. For PDF and \
            Word, footnote markers are written <sup>N</sup> and the footnote bodies follow a rule at \
            the end; page furniture (running heads, page and job numbers, barcodes) is left out.
            """
    )

    @Argument(help: "A resolution file: text, Markdown, PDF or Word (.docx).") var file: String

    func run() throws {
        let text: ReadText
        do { text = try DocumentReader.text(ofFileAt: file) } catch { throw CommandError("\(error)") }
        StandardOutput.write(Data(text.bytes))
    }
}
