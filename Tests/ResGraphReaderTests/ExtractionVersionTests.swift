import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// An index reads its files again only when ``ExtractionVersion`` changes: a change to what the
/// readers or the extractor make of the same bytes that forgets to raise it leaves every existing
/// index as the earlier version read it. This test notices such a change on the examples and the
/// text and Word fixtures (not the PDFs, whose text depends on the poppler installed).
struct ExtractionVersionTests {
    /// What the files made at each version, as ``digest(of:)`` gives it with Debian bookworm's
    /// libxml2 and libgsf. A change that fails here raises ``ExtractionVersion/current`` and
    /// records the new digest under it.
    static let recorded: [Int: String] = [1: "df35d8ee2d3e47bb", 2: "df35d8ee2d3e47bb", 3: "df35d8ee2d3e47bb", 4: "ea676e3cc12c3b24", 5: "db21a56d43f3529", 6: "db21a56d43f3529", 7: "db21a56d43f3529", 8: "db21a56d43f3529",
                                         9: "db21a56d43f3529"]

    /// The files whose reading the digest covers: the examples, the text corpus of the fixtures
    /// and the Word fixtures, in order.
    static var files: [String] {
        var paths = Seeds.paths
        let fixtures = URL(fileURLWithPath: Seeds.fixture(""))
        for folder in ["corpus", "doc", "pdf"] {
            let root = fixtures.appendingPathComponent(folder)
            let found = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            paths += found.filter { [".txt", ".md", ".docx", ".doc"].contains(where: $0.hasSuffix) && !$0.hasSuffix("README.md") }
                .sorted().map { root.appendingPathComponent($0).path }
        }
        return paths
    }

    /// A 64-bit FNV-1a digest, in hexadecimal, of what reading and extraction make of `paths`:
    /// each document's symbol, language, date, title, references and diagnostics, or its error.
    static func digest(of paths: [String]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 + [0x0A] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        for path in paths {
            mix((path as NSString).lastPathComponent)
            do {
                let document = try Extractor().extract(fileAt: path)
                mix([document.symbol ?? "-", document.language.rawValue, document.date ?? "-", document.title ?? "-"].joined(separator: "|"))
                for reference in document.references {
                    mix("\(reference.target)|\(reference.kind.rawValue)|\(reference.relation.rawValue)|\(reference.start)-\(reference.end)|\(reference.footnote ?? 0)|\(reference.text)")
                }
                for diagnostic in document.diagnostics { mix("\(diagnostic.problem.rawValue)|\(diagnostic.offset)") }
            } catch {
                mix("error")
            }
        }
        return String(hash, radix: 16)
    }

    @Test func theFixturesReadAsTheirVersionRecorded() {
        let files = Self.files
        #expect(files.count > 20)
        let digest = Self.digest(of: files)
        #expect(Self.recorded[ExtractionVersion.current] == digest, """
            what the examples and fixtures read as changed (digest \(digest)): raise ExtractionVersion.current, \
            so that indexes made before read their files again, and record the digest under it
            """)
    }
}
