import Foundation
import ResGraphExtractor
import ResGraphTestSupport
import Testing

/// Every input the fuzzer kept (`Fuzz/corpus/`, seeds and findings) replayed: each must be
/// extracted or refused with an error, with spans inside the text and ids of bounded length.
struct FuzzCorpusTests {
    static let inputs: [URL] = {
        let folder = Seeds.packageRoot.appendingPathComponent("Fuzz/corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.inputs.count >= 20)
    }

    @Test func everyKeptInputIsReadSafely() throws {
        for input in Self.inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            let document: ExtractedDocument
            do {
                document = try bytes.withUnsafeBufferPointer { try Extractor().extract(bytes: $0, source: input.lastPathComponent) }
            } catch {
                continue
            }
            for reference in document.references {
                #expect(reference.start >= 0 && reference.start <= reference.end && reference.end <= bytes.count, "\(input.lastPathComponent)")
                #expect(reference.target.utf8.count <= 64)
            }
            #expect(document.references.count <= 100_000)
        }
    }
}
