import Dispatch
import Foundation
import ResGraphBenchmarkSupport
import ResGraphExtractor
import ResGraphReader
import ZIPFoundation

// Word files read to references: files per second and MB/s of XML, on one core and on all
// cores. The files are made here from varied texts of the examples, marked up as Word writes a
// UN resolution: every few words a run with its full properties (fonts, size, spacing,
// language), each paragraph with its style, tab stops and indents, bookmarks and proofing
// marks between runs, and footnote references with their bodies in word/footnotes.xml.
// Then Word 97-2003: the .doc fixtures (saved by LibreOffice from Word files), read as many times.
//
//   swift run -c release resgraph-word-bench [examples-dir] [files] [doc-fixtures-dir]

BenchmarkArguments.check(usage: "resgraph-word-bench [examples-dir] [files] [doc-fixtures-dir]", options: [])
let folder = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "examples"
BenchmarkArguments.requireFolder(folder, holding: "the example texts")
let count = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 200 : 200
let docFolder = CommandLine.arguments.count > 3 ? CommandLine.arguments[3] : "Tests/Fixtures/doc"
BenchmarkArguments.requireFolder(docFolder, holding: "Word 97-2003 files")

let namespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
let runProperties = #"<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>"#
    + #"<w:spacing w:val="4"/><w:w w:val="103"/><w:kern w:val="14"/><w:sz w:val="20"/><w:lang w:val="en-GB" w:eastAsia="zh-CN"/></w:rPr>"#
let paragraphProperties = #"<w:pPr><w:pStyle w:val="SingleTxt"/><w:tabs><w:tab w:val="left" w:pos="1267"/>"#
    + #"<w:tab w:val="left" w:pos="1742"/></w:tabs><w:spacing w:after="120" w:line="240" w:lineRule="exact"/>"#
    + #"<w:ind w:left="1267" w:right="1260" w:firstLine="475"/><w:jc w:val="both"/></w:pPr>"#

func escaped(_ text: Substring) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
}

/// A .docx of `text`, one paragraph per line, a footnote after every thirtieth run, and the
/// bytes of XML it holds.
func wordFile(of text: [UInt8], number: Int) throws -> (file: [UInt8], xmlBytes: Int) {
    var body = "", notes = "", runs = 0, footnotes = 0
    for (k, line) in String(decoding: text, as: UTF8.self).split(separator: "\n").enumerated() {
        body += #"<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6">\#(paragraphProperties)<w:bookmarkStart w:id="\#(k)" w:name="_Toc\#(k)"/>"#
        let words = line.split(separator: " ", omittingEmptySubsequences: false)
        for start in stride(from: 0, to: words.count, by: 4) {
            let piece = words[start..<min(start + 4, words.count)].joined(separator: " ") + (start + 4 < words.count ? " " : "")
            body += #"<w:r>\#(runProperties)<w:t xml:space="preserve">\#(escaped(Substring(piece)))</w:t></w:r>"#
            runs += 1
            if runs % 10 == 0 { body += #"<w:proofErr w:type="spellStart"/>"# }
            if runs % 30 == 0 {
                footnotes += 1
                body += #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="\#(footnotes)"/></w:r>"#
                notes += #"<w:footnote w:id="\#(footnotes)"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>"#
                    + #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r>\#(runProperties)"#
                    + #"<w:t xml:space="preserve"> See resolution \#(40 + footnotes)/\#(100 + number) and A/\#(50 + footnotes)/\#(200 + number).</w:t></w:r></w:p></w:footnote>"#
            }
        }
        body += #"<w:bookmarkEnd w:id="\#(k)"/></w:p>"#
    }
    let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    let parts = [
        ("word/document.xml", #"\#(header)<w:document \#(namespace)><w:body>\#(body)<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>"#),
        ("word/footnotes.xml", #"\#(header)<w:footnotes \#(namespace)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\#(notes)</w:footnotes>"#),
        ("[Content_Types].xml", "<Types/>"),
    ]
    let archive = try Archive(data: Data(), accessMode: .create)
    var xmlBytes = 0
    for (path, xml) in parts {
        let data = Data(xml.utf8)
        xmlBytes += data.count
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
    return ([UInt8](archive.data ?? Data()), xmlBytes)
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let sources = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
    .map { try FileBytes.read("\(folder)/\($0)") }
var corpus = VariedCorpus(sources: sources, seed: 7)
let made = try (0..<count).map { try wordFile(of: corpus.next(), number: $0) }
let files = made.map(\.file)
let xmlBytes = made.reduce(0) { $0 + $1.xmlBytes }
let fileBytes = files.reduce(0) { $0 + $1.count }
let xmlMB = Double(xmlBytes) / 1_048_576

let extractor = Extractor()

/// Times extracting `files` (named with `suffix`) on one core and on all, best of three, and
/// prints files/s and MB/s of `measured` megabytes.
func report(_ files: [[UInt8]], suffix: String, title: String, measured: Double, unit: String) throws {
    var references = 0
    var serial = Double.infinity, parallel = Double.infinity
    for _ in 0..<3 {
        serial = min(serial, try seconds {
            references = 0
            for (k, file) in files.enumerated() { references += try extractor.extract(bytes: file, source: "w\(k).\(suffix)").references.count }
        })
        parallel = min(parallel, seconds { _ = Parallel.map(files.count) { try? extractor.extract(bytes: files[$0], source: "w\($0).\(suffix)") } })
    }
    print(String(format: "%@, %d references, best of 3:", title, references))
    print(String(format: "  one core   %6.0f files/s  %5.1f MB/s of %@", Double(files.count) / serial, measured / serial, unit))
    print(String(format: "  %d cores    %6.0f files/s  %5.1f MB/s of %@", ProcessInfo.processInfo.activeProcessorCount,
                 Double(files.count) / parallel, measured / parallel, unit))
}

try report(files, suffix: "docx", title: String(format: "%d Word files (%.1f MB zipped, %.1f MB of XML)", files.count, Double(fileBytes) / 1_048_576, xmlMB),
           measured: xmlMB, unit: "XML")

let docFixtures = try FileManager.default.contentsOfDirectory(atPath: docFolder).sorted().filter { $0.hasSuffix(".doc") }
    .map { try FileBytes.read("\(docFolder)/\($0)") }
guard !docFixtures.isEmpty else {
    FileHandle.standardError.write(Data("error: \(docFolder): no .doc files\n".utf8))
    exit(1)
}
let docFiles = (0..<count).map { docFixtures[$0 % docFixtures.count] }
let docText = try docFiles.reduce(0) { $0 + (try DocumentReader.text(of: $1, source: "w.doc").bytes.count) }
try report(docFiles, suffix: "doc", title: String(format: "%d Word 97-2003 files (%d fixtures; %.1f MB, %.2f MB of text)", docFiles.count, docFixtures.count,
                                                   Double(docFiles.reduce(0) { $0 + $1.count }) / 1_048_576, Double(docText) / 1_048_576),
           measured: Double(docText) / 1_048_576, unit: "text")
