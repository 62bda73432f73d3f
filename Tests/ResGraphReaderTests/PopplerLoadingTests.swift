import Foundation
import ResGraphExtractor
@testable import ResGraphReader
import ResGraphTestSupport
import Testing

/// poppler-glib is loaded when the first PDF is read; when it cannot be, a PDF is reported by
/// name and the rest goes on.
struct PopplerLoadingTests {
    @Test func theLibraryIsFoundUnderItsOwnName() throws {
        guard case .success = Poppler.load(from: Poppler.libraryNames) else { Issue.record("poppler-glib did not load"); return }
        #expect(throws: Never.self) { try Poppler.loaded.get() }
    }

    @Test func aMissingLibraryIsNamedWithWhatTheLoaderSaid() throws {
        guard case .failure(let failure) = Poppler.load(from: ["libpoppler-glib-absent.so.8", "libpoppler-glib-absent.so"]) else {
            Issue.record("a library that is not there was loaded"); return
        }
        #expect(failure.message == "libpoppler-glib-absent.so.8: cannot open shared object file: No such file or directory")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Seeds.fixture("pdf/A_RES_73_8-EN.pdf"))))
        #expect(throws: ExtractionError(path: "a.pdf", reason: .unreadableFormat(
            "cannot be read: poppler-glib could not be loaded (libpoppler-glib-absent.so.8: cannot open shared object file: No such file or directory)"))) {
            try PDFReader.read(bytes, source: "a.pdf", library: .failure(failure))
        }
    }

    @Test func aLibraryWithoutPopplersFunctionsIsRefused() {
        guard case .failure(let failure) = Poppler.load(from: ["libsqlite3.so.0"]) else { Issue.record("SQLite taken for poppler-glib"); return }
        #expect(failure.message == "libsqlite3.so.0 lacks g_bytes_new")
    }
}
