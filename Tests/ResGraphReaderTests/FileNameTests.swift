import Foundation
import Testing
@testable import ResGraphReader

/// The walk's own readings of a file name (its extension, its path in a folder) give
/// Foundation's answers on every kind of name and folder.
struct FileNameTests {
    @Test(arguments: [
        "A_RES_58_154.en.txt", "REPORT.TXT", "notes.Md", "a.PDF", "letter.docx", "archive.tar.gz", "résumé.txt", "文件.txt",
        "noextension", ".profile", ".hidden.txt", "ends.", "two..dots", "..", "...", ".", "a.b.c.", "space. txt", "a.t xt",
        "tab\t.txt", "x.ÉTÉ", "x.été", "x.tÉx", "y.ΩMEGA", "a.txt ", "",
    ])
    func theExtensionIsFoundationsInLowerCase(name: String) {
        #expect(FileExtension.lowercased(of: name) == (name as NSString).pathExtension.lowercased(), "\(name)")
    }

    /// Whether a name is of a format read, asked of its bytes, is what the set of readable
    /// extensions says of its extension in lower case, on every kind of name.
    @Test(arguments: [
        "A_RES_58_154.en.txt", "REPORT.TXT", "notes.Md", "a.PDF", "letter.docx", "Letter.DocX", "old.DOC", "page.htm", "page.HTML",
        "archive.tar.gz", "résumé.txt", "文件.txt", "noextension", ".profile", ".hidden.txt", ".txt", "ends.", "two..dots", "..", ".",
        "a.b.c.", "space. txt", "a.t xt", "a.txt ", "a.txtx", "a.tx", "a.htmll", "a.doc.bak", "a.mdx", "a.m", "", "x.ÉTÉ",
        "x.\u{212A}", "x.t\u{0130}t", "x.html\u{301}", "x.TXT\u{200B}", "a.t@t", "a.[xt", "a.`xt", "a.{xt",
    ])
    func aNameIsReadableWhereItsExtensionInLowerCaseIs(name: String) {
        #expect(FileExtension.isReadable(name) == CorpusWalk.readableExtensions.contains(FileExtension.lowercased(of: name)), "\(name)")
    }

    @Test func theFormatsReadAreRecognizedWhateverTheirCase() {
        #expect(["a.TXT", "b.md", "c.Pdf", "d.DOCX"].map(FileExtension.lowercased(of:)) == ["txt", "md", "pdf", "docx"])
        #expect(FileExtension.lowercased(of: "e.doc") == "doc")
    }

    /// A folder's entries come in the order of their names' bytes, whether names differ in their
    /// first sixteen bytes or only after them, begin one another, or are spelled in other scripts.
    @Test func aFoldersEntriesAreInTheOrderOfTheirBytes() {
        var names = ["b", "a", "ab", "abc", "A", "Z", "_", "~", "0", "9.txt", "doc000123.txt", "doc000122.txt", "doc0001230.txt",
                     "A_RES_58_154.en.txt", "A_RES_58_154.fr.txt", "A_RES_58_154.en", "A_RES_58_154.e", "A_RES_58_154", "A_RES_58_1540",
                     "0123456789abcdef", "0123456789abcdef0", "0123456789abcdeg", "0123456789abcdef/", "0123456789abcde",
                     "é.txt", "e\u{301}.txt", "e.txt", "f.txt", "文件.md", "文.md", "ÿ", "\u{7F}", " a", "a ", "Résumé", "resume"]
        names += names.map { String(repeating: "x", count: 17) + $0 }
        let entries = names.enumerated().map { (name: $1, type: UInt8($0 % 3)) }
        let sorted = CorpusWalker.sortedByBytes(entries)
        #expect(sorted.map(\.name) == names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(sorted.allSatisfy { entry in entries.contains { $0.name == entry.name && $0.type == entry.type } })
    }

    @Test(arguments: ["a", "a/", "a//", "/", "//", "", ".", "./", "a/./b", "a//b", "/tmp/x/", "~", "a/b/../c", "été/文件"])
    func theWalksPathOfAnEntryIsFoundations(folder: String) {
        for name in ["f.txt", "é.txt", "e\u{301}.txt", "文件.md", " .txt", "a b"] {
            let path = CorpusWalker.path(of: name, in: folder)
            #expect(Array(path.utf8) == Array((folder as NSString).appendingPathComponent(name).utf8), "\(folder) + \(name)")
        }
    }

    @Test(arguments: ["/tmp/x/f.txt", "/f.txt", "/été/文件.md", "/a b/ c.txt", "/tmp/x/e\u{301}.txt", "/a/b/c/d/.hidden.txt", "/x/noextension"])
    func theWalksFolderAndNameOfACanonicalPathAreFoundations(canonical: String) {
        let (folder, name) = CorpusWalker.folderAndName(of: canonical)
        #expect(Array(folder.utf8) == Array((canonical as NSString).deletingLastPathComponent.utf8), "\(canonical)")
        #expect(Array(name.utf8) == Array((canonical as NSString).lastPathComponent.utf8), "\(canonical)")
    }
}
