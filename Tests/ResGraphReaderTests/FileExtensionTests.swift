import Foundation
import Testing
@testable import ResGraphReader

/// The walk's own reading of a file name's extension gives Foundation's answer on every kind of name.
struct FileExtensionTests {
    @Test(arguments: [
        "A_RES_58_154.en.txt", "REPORT.TXT", "notes.Md", "a.PDF", "letter.docx", "archive.tar.gz", "résumé.txt", "文件.txt",
        "noextension", ".profile", ".hidden.txt", "ends.", "two..dots", "..", "...", ".", "a.b.c.", "space. txt", "a.t xt",
        "tab\t.txt", "x.ÉTÉ", "a.txt ", "",
    ])
    func theExtensionIsFoundationsInLowerCase(name: String) {
        #expect(FileExtension.lowercased(of: name) == (name as NSString).pathExtension.lowercased(), "\(name)")
    }

    @Test func theFormatsReadAreRecognizedWhateverTheirCase() {
        #expect(["a.TXT", "b.md", "c.Pdf", "d.DOCX"].map(FileExtension.lowercased(of:)) == ["txt", "md", "pdf", "docx"])
        #expect(FileExtension.lowercased(of: "e.doc") == "doc")
    }
}
