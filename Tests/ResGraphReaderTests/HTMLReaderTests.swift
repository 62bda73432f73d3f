import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// Web pages: resolutions as the UN's web sites published them in the 1990s, and pages people
/// saved from a browser.
struct HTMLReaderTests {
    /// A page in the style of un.org's `documents/ga/res/48/a48r113.htm`: Windows-1252 bytes its
    /// `<meta>` declares, `&nbsp;` between number and word, markers in `<sup>` (one inside a link),
    /// a table for the plenary meeting, footnote bodies after a rule.
    static let ninetiesPage: [UInt8] = Array("""
        <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">
        <HTML><HEAD><TITLE>A/RES/48/113</TITLE>
        <META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">
        <style>p { margin: 0 }</style><script>var cited = "resolution 1/1";</script></HEAD>
        <BODY>
        <P ALIGN="CENTER">UNITED NATIONS</P>
        <P>A/RES/48/113<BR>20 December 1993</P>
        <P>48/113. Assistance to refugees in Africa</P>
        <P>The General Assembly,</P>
        <P>Recalling its resolution&nbsp;47/107 of 16&nbsp;December 1992 and the Convention<SUP>1</SUP>
        on refugees,</P>
        <P>Taking note of the report of the Secretary-General<SUP><A HREF="#fn2">2</A></SUP>,</P>
        <P>1. <I>Endorses</I> the conclusions in the r
        """.utf8) + [0xE9] + Array("sum".utf8) + [0xE9] + Array("""
        ;</P>
        <TABLE><TR><TD>85th plenary meeting</TD></TR><TR><TD>20 December 1993</TD></TR></TABLE>
        <HR>
        <P><SUP>1</SUP> United Nations, <I>Treaty Series</I>, vol. 189, No. 2545.</P>
        <P><SUP>2</SUP> A/48/579.</P>
        </BODY></HTML>
        """.utf8)

    @Test func aPageOfTheNinetiesReadsAsItsText() throws {
        let file = try Scratch.folder("html").appendingPathComponent("a48r113.htm")
        try Data(Self.ninetiesPage).write(to: file)
        let text = try DocumentReader.text(ofFileAt: file.path)
        #expect(String(decoding: text.bytes, as: UTF8.self) == """
            UNITED NATIONS

            A/RES/48/113
            20 December 1993

            48/113. Assistance to refugees in Africa

            The General Assembly,

            Recalling its resolution 47/107 of 16 December 1992 and the Convention<sup>1</sup> on refugees,

            Taking note of the report of the Secretary-General<sup>2</sup>,

            1. Endorses the conclusions in the résumé;

            85th plenary meeting
            20 December 1993

            <sup>1</sup> United Nations, Treaty Series, vol. 189, No. 2545.

            <sup>2</sup> A/48/579.

            """)
        let document = try Extractor().extract(fileAt: file.path)
        #expect(document.symbol == "A/RES/48/113")
        #expect(document.date == "1993-12-20")
        #expect(document.title == "Assistance to refugees in Africa")
        #expect(document.references.map { "\($0.relation.rawValue): \($0.target) fn \($0.footnote ?? 0)" }
            == ["recalls: A/RES/47/107 fn 0", "recalls: UNTS 189/2545 fn 1", "notes: A/48/579 fn 2"])
        #expect(document.diagnostics.isEmpty)
    }

    /// A page that declares no encoding, in Latin-1 bytes, is read as a browser reads it; a
    /// fragment saved under a page's name is a page; the same fragment in a .txt file is text.
    @Test func pagesWithoutDeclarationsAndFragments() throws {
        let folder = try Scratch.folder("html")
        let latin = folder.appendingPathComponent("latin.html")
        try Data(Array("<html><body><p>Rappelant sa r".utf8) + [0xE9] + Array("solution 47/107,</p></body></html>".utf8)).write(to: latin)
        #expect(String(decoding: try DocumentReader.text(ofFileAt: latin.path).bytes, as: UTF8.self) == "Rappelant sa résolution 47/107,\n")
        let fragment = folder.appendingPathComponent("fragment.html")
        try Data("<p>Recalling resolution 48/113,</p>".utf8).write(to: fragment)
        #expect(String(decoding: try DocumentReader.text(ofFileAt: fragment.path).bytes, as: UTF8.self) == "Recalling resolution 48/113,\n")
        let text = folder.appendingPathComponent("fragment.txt")
        try Data("<p>Recalling resolution 48/113,</p>".utf8).write(to: text)
        #expect(String(decoding: try DocumentReader.text(ofFileAt: text.path).bytes, as: UTF8.self) == "<p>Recalling resolution 48/113,</p>")
    }

    /// A file that begins like a page and holds a NUL byte is binary, as a text file is.
    /// A soft hyphen (`&shy;`, or the character itself) shows only where a browser breaks the
    /// line there: the word is one, and the citation it holds is read.
    @Test func aSoftHyphenIsLeftOut() throws {
        let file = try Scratch.folder("html").appendingPathComponent("shy.html")
        try Data("<html><body><p>Recalling its resolu&shy;tion 242 (1967) and Security Coun\u{AD}cil resolution 338 (1973),</p></body></html>".utf8).write(to: file)
        let text = try DocumentReader.text(ofFileAt: file.path)
        #expect(String(decoding: text.bytes, as: UTF8.self) == "Recalling its resolution 242 (1967) and Security Council resolution 338 (1973),\n")
    }

    @Test func aPageWithANulByteIsBinary() throws {
        let file = try Scratch.folder("html").appendingPathComponent("broken.html")
        try Data(Array("<html><body>".utf8) + [0, 1, 2]).write(to: file)
        #expect(throws: ExtractionError(path: file.path, reason: .binary(offset: 12))) {
            try DocumentReader.text(ofFileAt: file.path)
        }
    }
}
