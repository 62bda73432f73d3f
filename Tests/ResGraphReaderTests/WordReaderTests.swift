import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing
import ZIPFoundation

/// Word files built here as Word writes them: a zip of XML parts, footnotes in their own part.
struct WordReaderTests {
    func scratch(_ name: String) throws -> URL {
        try Scratch.folder("word").appendingPathComponent(name)
    }

    @Test func footnotesAreAnchoredWhereWordPutTheirReferences() throws {
        let url = try scratch("resolution.docx")
        try WordFixture.write([
            [.text("A/RES/58/154")],
            [.text("58/154. Follow-up to the Regional Conference")],
            [.text("The General Assembly,")],
            [.text("Recalling its resolution 48/113 of 20 December 1993,")],
            [.text("Recalling also the Convention relating to the Status of Refugees"), .footnote("7"), .text(" and the Protocol"), .footnote("8"), .text(",")],
            [.text("1. Takes note of the report of the Secretary-General;"), .footnote("9")],
        ], footnotes: ["7": "United Nations, Treaty Series, vol. 189, No. 2545.", "8": "Ibid., vol. 606, No. 8791.", "9": "A/58/281."], at: url)
        let document = try Extractor().extract(fileAt: url.path)
        #expect(document.symbol == "A/RES/58/154")
        #expect(Set(document.citations.map(\.description)) == [
            "recalls: A/RES/48/113", "recalls: UNTS 189/2545", "recalls: UNTS 606/8791", "notes: A/58/281",
        ])
        #expect(document.references.compactMap(\.footnote) == [1, 2, 3])
        #expect(document.references.allSatisfy { $0.page == nil })
        #expect(document.diagnostics.isEmpty)
    }

    @Test func superscriptDigitsTypedByHandAreMarkersToo() throws {
        let url = try scratch("typed.docx")
        try WordFixture.write([[.text("Noting the report"), .superscript("1"), .text(",")]], footnotes: [:], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\tNoting the report<sup>1</sup>,")
    }

    @Test func aSuperscriptNumberIsJudgedWholeHoweverTheParserDividesIt() throws {
        // `&#50;` is the digit 2: libxml2 hands "1" and "2" over in two pieces.
        let url = try scratch("divided.docx")
        try WordFixture.write([[.text("Noting the report"), .superscript("1&#50;"), .text(",")], [.superscript("x&#50;")]], footnotes: [:], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\tNoting the report<sup>12</sup>,\n\tx2")
    }

    @Test func wordElementsAreKnownByNamespaceNotByPrefix() throws {
        let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let drawing = "http://schemas.openxmlformats.org/drawingml/2006/main"
        let url = try scratch("namespaces.docx")
        try WordFixture.writeParts([(
            "word/document.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?><document xmlns="\(main)" xmlns:a="\(drawing)"><body>\
            <p><r><t>Recalling resolution 48/113,</t></r></p>\
            <p><a:p><a:r><a:t>chart label 1/2</a:t></a:r></a:p><r><t>Noting</t></r></p>\
            </body></document>
            """
        )], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\tRecalling resolution 48/113,\n\tNoting")
    }

    @Test func tabStopsAreNotTextButTabsAndNonBreakingHyphensAre() throws {
        let url = try scratch("tabs.docx")
        let properties = #"<w:pPr><w:tabs><w:tab w:val="left" w:pos="1267"/><w:tab w:val="left" w:pos="1742"/></w:tabs></w:pPr>"#
        let body = #"<w:p>\#(properties)<w:r><w:t>1.</w:t><w:tab/><w:t>Recalls its resolution ES</w:t><w:noBreakHyphen/>"#
            + #"<w:t>10/2 and the report</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>;</w:t></w:r></w:p>"#
        let footnotes = #"<?xml version="1.0" encoding="UTF-8"?><w:footnotes \#(WordFixture.namespace)><w:footnote w:id="2"><w:p>"#
            + #"<w:r><w:footnoteRef/></w:r><w:r><w:tab/><w:t>A/ES</w:t><w:noBreakHyphen/><w:t>10/273.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        try WordFixture.writeParts([("word/document.xml", WordFixture.documentXML(body: body)), ("word/footnotes.xml", footnotes)], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\t1.\tRecalls its resolution ES-10/2 and the report<sup>1</sup>;\n\n__________\n<sup>1</sup> A/ES-10/273.\n")
        let references = try Extractor().extract(fileAt: url.path).references
        #expect(references.map(\.target) == ["A/RES/ES-10/2", "A/ES-10/273"])
        #expect(references.map(\.footnote) == [nil, 1])
    }

    @Test func endnotesAreReadAndNumberedWithTheFootnotes() throws {
        let url = try scratch("endnotes.docx")
        let body = #"<w:p><w:r><w:t>Recalling its resolution 50/151</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r>"#
            + #"<w:r><w:t xml:space="preserve"> and the report</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>,</w:t></w:r></w:p>"#
            + #"<w:p><w:r><w:t>Noting the Convention</w:t></w:r><w:r><w:endnoteReference w:id="3"/></w:r><w:r><w:t>,</w:t></w:r></w:p>"#
        func notes(_ kind: String, _ bodies: [(String, String)]) -> String {
            #"<?xml version="1.0" encoding="UTF-8"?><w:\#(kind)s \#(WordFixture.namespace)><w:\#(kind) w:type="separator" w:id="-1"/>"#
                + bodies.map { #"<w:\#(kind) w:id="\#($0.0)"><w:p><w:r><w:t>\#($0.1)</w:t></w:r></w:p></w:\#(kind)>"# }.joined()
                + "</w:\(kind)s>"
        }
        try WordFixture.writeParts([
            ("word/document.xml", WordFixture.documentXML(body: body)),
            ("word/footnotes.xml", notes("footnote", [("2", "A/58/281.")])),
            ("word/endnotes.xml", notes("endnote", [("2", "Official Records, Supplement No. 12 (A/58/12)."), ("3", "United Nations, Treaty Series, vol. 189, No. 2545.")])),
        ], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text.hasPrefix("\tRecalling its resolution 50/151<sup>1</sup> and the report<sup>2</sup>,\n\tNoting the Convention<sup>3</sup>,\n"))
        let document = try Extractor().extract(fileAt: url.path)
        #expect(Set(document.citations.map(\.description)) == ["recalls: A/RES/50/151", "recalls: A/58/12", "recalls: A/58/281", "notes: UNTS 189/2545"])
        #expect(document.references.compactMap(\.footnote).sorted() == [1, 2, 3])
        // Every marker has its body and every body its marker: only the missing symbol is said.
        #expect(document.diagnostics.map(\.problem) == [.noSymbol])
    }

    @Test func aTextBoxIsReadOnceAndTheParagraphItStandsInGoesOn() throws {
        // As Word writes a text box: once for applications that know `wps`, again in VML.
        let box = #"<w:txbxContent><w:p><w:r><w:t>Box: resolution 48/113</w:t></w:r></w:p></w:txbxContent>"#
        let compatibility = #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#
        let body = #"<w:p><w:r><w:t xml:space="preserve">Recalling its resolution 50/151 </w:t></w:r><w:r>"#
            + #"<mc:AlternateContent \#(compatibility)><mc:Choice Requires="wps"><w:drawing><wps:wsp "#
            + #"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>\#(box)</wps:txbx></wps:wsp>"#
            + #"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">\#(box)</v:textbox>"#
            + #"</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>and 51/70,</w:t></w:r></w:p>"#
        let url = try scratch("textbox.docx")
        try WordFixture.writeParts([("word/document.xml", WordFixture.documentXML(body: body))], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\tBox: resolution 48/113\n\tRecalling its resolution 50/151 and 51/70,")
        let references = try Extractor().extract(fileAt: url.path).references
        #expect(references.map(\.target) == ["A/RES/48/113", "A/RES/50/151", "A/RES/51/70"])
    }

    @Test func hiddenTextIsLeftOut() throws {
        let url = try scratch("hidden.docx")
        let body = #"<w:p><w:r><w:t xml:space="preserve">Recalling its resolution 50/151 </w:t></w:r>"#
            + #"<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">and ES</w:t><w:noBreakHyphen/><w:t>10/2 </w:t><w:tab/></w:r>"#
            + #"<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>and 51/70,</w:t></w:r></w:p>"#
        try WordFixture.writeParts([("word/document.xml", WordFixture.documentXML(body: body))], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\tRecalling its resolution 50/151 and 51/70,")
    }

    /// A draft with its changes tracked reads as if they were accepted: a paragraph moved keeps
    /// its text (`w:t`) in its old place too, inside `w:moveFrom`, and was read twice; a deletion
    /// written with `w:t`, a deleted break, tab or note reference, and a deleted paragraph mark
    /// (`w:del` inside the paragraph's properties) are passed by as well.
    @Test func textRemovedAsATrackedChangeIsLeftOut() throws {
        let url = try scratch("tracked.docx")
        let moved = #"<w:r><w:t xml:space="preserve">Recalling its resolution 50/151,</w:t></w:r>"#
        let body = #"<w:p><w:moveFrom w:id="1" w:author="A">\#(moved)</w:moveFrom></w:p>"#
            + #"<w:p><w:pPr><w:rPr><w:del w:id="2" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Noting </w:t></w:r>"#
            + #"<w:del w:id="3" w:author="A"><w:r><w:t xml:space="preserve">the report A/58/12 </w:t><w:tab/><w:br/></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:del>"#
            + #"<w:ins w:id="4" w:author="A"><w:r><w:t xml:space="preserve">the report A/58/281</w:t></w:r></w:ins>"#
            + #"<w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:t>,</w:t></w:r></w:p>"#
            + #"<w:p><w:moveTo w:id="5" w:author="A">\#(moved)</w:moveTo></w:p>"#
        let footnotes = #"<?xml version="1.0" encoding="UTF-8"?><w:footnotes \#(WordFixture.namespace)>"#
            + #"<w:footnote w:id="2"><w:p><w:r><w:t>A/58/503.</w:t></w:r></w:p></w:footnote>"#
            + #"<w:footnote w:id="3"><w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:moveFrom w:id="6" w:author="A"><w:r><w:t xml:space="preserve">A/58/12 and </w:t></w:r></w:moveFrom><w:r><w:t>A/58/503.</w:t></w:r></w:p></w:footnote>"#
            + "</w:footnotes>"
        try WordFixture.writeParts([("word/document.xml", WordFixture.documentXML(body: body)), ("word/footnotes.xml", footnotes)], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\t\n\tNoting the report A/58/281<sup>1</sup>,\n\tRecalling its resolution 50/151,\n\n__________\n<sup>1</sup> See A/58/503.\n")
        #expect(try Extractor().extract(fileAt: url.path).references.map(\.target) == ["A/58/281", "A/RES/50/151", "A/58/503"])
    }

    /// In a note, as in the text: hidden text is left out, and a tab or a line break parts words
    /// (with a space, as a note is one line), unless the tab is a tab stop.
    @Test func aNoteLeavesHiddenTextOutAndPartsWordsAtTabsAndBreaks() throws {
        let url = try scratch("note-forms.docx")
        let body = #"<w:p><w:r><w:t>Recalling its resolution 50/151</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>"#
        let note = #"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:footnoteRef/></w:r><w:r><w:tab/>"#
            + #"<w:t>See</w:t><w:tab/><w:t>A/58/281</w:t><w:br/><w:t>and</w:t></w:r>"#
            + #"<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> A/58/12</w:t><w:tab/><w:noBreakHyphen/></w:r>"#
            + #"<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve"> A/58/503.</w:t></w:r></w:p>"#
        let footnotes = #"<?xml version="1.0" encoding="UTF-8"?><w:footnotes \#(WordFixture.namespace)><w:footnote w:id="2">\#(note)</w:footnote></w:footnotes>"#
        try WordFixture.writeParts([("word/document.xml", WordFixture.documentXML(body: body)), ("word/footnotes.xml", footnotes)], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\tRecalling its resolution 50/151<sup>1</sup>\n\n__________\n<sup>1</sup> See A/58/281 and A/58/503.\n")
        #expect(try Extractor().extract(fileAt: url.path).references.map(\.target) == ["A/RES/50/151", "A/58/281", "A/58/503"])
    }

    @Test func damagedXMLIsReadAsFarAsItGoes() throws {
        let url = try scratch("damaged-xml.docx")
        let body = "<w:p><w:r><w:t>Recalling resolution 48/113,</w:t></w:r></w:p><w:p><w:r><w:t>Noting &bogus; A/58/281</w:t></w:r>"
        try WordFixture.writeParts([("word/document.xml", WordFixture.documentXML(body: body).replacingOccurrences(of: "</w:body></w:document>", with: ""))], at: url)
        // An undefined entity and a part cut short: libxml2 recovers, passes the entity by, and
        // the text goes on to the end.
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\tRecalling resolution 48/113,\n\tNoting  A/58/281")
        #expect(try Extractor().extract(fileAt: url.path).references.map(\.target) == ["A/RES/48/113", "A/58/281"])
    }

    @Test func anElementNameThatIsNotUTF8IsReadPast() throws {
        // Found among Word files damaged at random: Foundation's XMLParser stopped the process (a
        // trap) at an element name whose first byte is not UTF-8, in either part.
        let url = try scratch("not-utf8.docx")
        let broken = Data([UInt8(ascii: "<"), 0xF0, UInt8(ascii: "1"), UInt8(ascii: " "), UInt8(ascii: "w")])
        let body = Data(WordFixture.documentXML(body: "<w:p><w:r><w:t>Recalling resolution 48/113,</w:t></w:r></w:p>").utf8)
        try WordFixture.writeParts([("word/document.xml", body), ("word/footnotes.xml", broken)], at: url)
        #expect(try Extractor().extract(fileAt: url.path).references.map(\.target) == ["A/RES/48/113"])
        let cut = Data(body.dropLast("</w:body></w:document>".utf8.count)) + broken
        try WordFixture.writeParts([("word/document.xml", cut)], at: url)
        let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
        #expect(text == "\tRecalling resolution 48/113,")
    }

    @Test func aPartThatFailsItsChecksumIsReported() throws {
        let url = try scratch("checksum.docx")
        let body = "<w:p><w:r><w:t>Recalling resolution 48/113,</w:t></w:r></w:p>"
        try WordFixture.writeParts([("word/document.xml", WordFixture.documentXML(body: body))], compressed: false, at: url)
        #expect(try Extractor().extract(fileAt: url.path).references.map(\.target) == ["A/RES/48/113"])
        // The part is stored, not deflated: one digit changed in place still reads, but no longer
        // matches the checksum the zip recorded.
        var bytes = [UInt8](try Data(contentsOf: url))
        let digits = Array("48/113".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: digits) })
        bytes[at + 5] = UInt8(ascii: "4")
        try Data(bytes).write(to: url)
        #expect(throws: ExtractionError(path: url.path, reason: .unreadableFormat("is a damaged Word file (word/document.xml fails its checksum)"))) {
            try Extractor().extract(fileAt: url.path)
        }
    }

    @Test func damagedAndForeignZipsAreReportedByName() throws {
        let foreign = try scratch("other.docx")
        let archive = try Archive(url: foreign, accessMode: .create)
        let data = Data("hello".utf8)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        #expect(throws: ExtractionError(path: foreign.path, reason: .unreadableFormat("is a zip file but not a Word document (no word/document.xml)"))) {
            try Extractor().extract(fileAt: foreign.path)
        }
        let good = try scratch("good.docx")
        try WordFixture.write([[.text("Recalling resolution 48/113,")]], footnotes: [:], at: good)
        let bytes = [UInt8](try Data(contentsOf: good))
        #expect(throws: ExtractionError(path: "half.docx", reason: .unreadableFormat(
            "is not a readable zip file, damaged or truncated (libzip: Not a zip archive)"))) {
            try Extractor().extract(bytes: Array(bytes.prefix(bytes.count / 2)), source: "half.docx")
        }
    }

    /// A part whose deflate stream asks for more bytes than the archive holds for it (a stored
    /// block of 65,535 bytes, six of them there): ZIPFoundation 0.9.20 read on past the part into
    /// the rest of the file and, on Linux, asked for more forever once the file ended
    /// (weichsel/ZIPFoundation#389). Read by libzip, only the part's own bytes are inflated.
    @Test func aDeflateStreamCutShortIsReportedNotWaitedOn() throws {
        let url = try scratch("cut.docx")
        try WordFixture.writeParts([("word/document.xml", "<w:document/>")], compressed: false, at: url)
        var bytes = [UInt8](try Data(contentsOf: url))
        let content = try #require(bytes.indices.first { bytes[$0...].starts(with: Array("<w:document/>".utf8)) })
        bytes.replaceSubrange(content..<content + 5, with: [0x00, 0xFF, 0xFF, 0x00, 0x00])
        // The compression method, 8 (deflate), in the local header and the central directory's entry.
        let headers: [(signature: [UInt8], methodAt: Int)] = [([0x50, 0x4B, 0x03, 0x04], 8), ([0x50, 0x4B, 0x01, 0x02], 10)]
        for header in headers {
            let at = try #require(bytes.indices.first { bytes[$0...].starts(with: header.signature) })
            bytes[at + header.methodAt] = 8
        }
        #expect(throws: ExtractionError(path: "cut.docx", reason: .unreadableFormat("is a damaged Word file (word/document.xml fails its checksum)"))) {
            try Extractor().extract(bytes: bytes, source: "cut.docx")
        }
    }

    /// Zips as other programs than Word write them, streamed (a data descriptor after each part)
    /// or with ZIP64 records, read as Word's own.
    @Test(arguments: [(true, false), (false, true), (true, true)])
    func zipsWrittenByOtherProgramsAreRead(streamed: Bool, zip64: Bool) throws {
        let body = "<w:p><w:r><w:t>Recalling resolution 48/113,</w:t></w:r></w:p>"
        let notes = "<w:footnotes \(WordFixture.namespace)><w:footnote w:id=\"2\"><w:p><w:r><w:t>A/RES/59/170.</w:t></w:r></w:p></w:footnote></w:footnotes>"
        let parts: [(name: String, content: [UInt8])] = [
            ("[Content_Types].xml", Array("<Types/>".utf8)),
            ("word/document.xml", Array(WordFixture.documentXML(body: body + "<w:p><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>").utf8)),
            ("word/footnotes.xml", Array(notes.utf8)),
        ]
        let bytes = HandWrittenZip(streamed: streamed, zip64: zip64).bytes(of: parts)
        let document = try Extractor().extract(bytes: bytes, source: "other.docx")
        #expect(document.references.map(\.target) == ["A/RES/48/113", "A/RES/59/170"])
    }

    /// An entry whose local header, by the central directory, lies past the end of the file: read
    /// from memory, ZIPFoundation 0.9.20 (used before libzip) trapped there and stopped the whole
    /// run (weichsel/ZIPFoundation#394). The file is reported, and the run goes on.
    @Test func anEntryPointingPastTheEndIsReportedNotCrashedOn() throws {
        let good = try scratch("good.docx")
        try WordFixture.write([[.text("Recalling resolution 48/113,")]], footnotes: [:], at: good)
        var bytes = [UInt8](try Data(contentsOf: good))
        let end = try #require((0...(bytes.count - 22)).reversed().first { bytes[$0..<$0 + 4].elementsEqual([0x50, 0x4B, 0x05, 0x06]) })
        let directory = (0..<4).reduce(0) { $0 | Int(bytes[end + 16 + $1]) << (8 * $1) }
        bytes.replaceSubrange(directory + 42..<directory + 46, with: [0x00, 0x00, 0x00, 0x3C])
        #expect(throws: ExtractionError(path: "damaged.docx", reason: .unreadableFormat(
            "is a damaged Word file (word/document.xml lies past its end: cut short?)"))) {
            try Extractor().extract(bytes: bytes, source: "damaged.docx")
        }
        #expect(try Extractor().extract(fileAt: good.path).references.map(\.target) == ["A/RES/48/113"])
    }

    @Test func aZipBombIsRefused() throws {
        let url = try scratch("bomb.docx")
        let archive = try Archive(url: url, accessMode: .create)
        let size = 80 * 1_048_576
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { position, chunk in
            Data(repeating: 0x20, count: chunk)
        }
        let compressed = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        #expect(compressed < 1_048_576)
        #expect(throws: ExtractionError(path: url.path, reason: .unreadableFormat("has a part (word/document.xml) larger than 64 MB inflated; not read"))) {
            try Extractor().extract(fileAt: url.path)
        }
        // The same bomb with its size written down as 1,000 bytes, in its local header and in
        // the central directory: the reading stops at 64 MB all the same.
        var bytes = [UInt8](try Data(contentsOf: url))
        let headers: [(signature: [UInt8], sizeAt: Int)] = [([0x50, 0x4B, 0x03, 0x04], 22), ([0x50, 0x4B, 0x01, 0x02], 24)]
        for header in headers {
            let at = try #require(bytes.indices.first { bytes[$0...].starts(with: header.signature) })
            bytes.replaceSubrange(at + header.sizeAt..<at + header.sizeAt + 4, with: [0xE8, 0x03, 0x00, 0x00])
        }
        #expect(throws: ExtractionError(path: "lying.docx", reason: .unreadableFormat("has a part (word/document.xml) larger than 64 MB inflated; not read"))) {
            try Extractor().extract(bytes: bytes, source: "lying.docx")
        }
    }

    @Test func aPartWhoseDataDoesNotInflateIsReported() throws {
        let url = try scratch("garbled.docx")
        try WordFixture.writeParts([("word/document.xml", WordFixture.documentXML(body: "<w:p><w:r><w:t>Recalling resolution 48/113,</w:t></w:r></w:p>"))], at: url)
        let bytes = try #require(WordFixture.garbling("word/document.xml", in: [UInt8](try Data(contentsOf: url))))
        #expect(throws: ExtractionError(path: "garbled.docx", reason: .unreadableFormat("is a damaged Word file (word/document.xml does not inflate)"))) {
            try Extractor().extract(bytes: bytes, source: "garbled.docx")
        }
    }

    /// A notes part that cannot be read leaves the body readable: its references are kept, and
    /// a diagnostic says which notes are missing and why (the file was refused as a whole before).
    @Test func aDocumentWhoseNotesCannotBeReadIsReadWithoutThem() throws {
        let url = try scratch("notes.docx")
        let body = "<w:p><w:r><w:t>A/RES/58/154</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Recalling resolution 48/113,</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>"
            + "<w:p><w:r><w:t>Noting resolution 57/187,</w:t></w:r><w:r><w:endnoteReference w:id=\"2\"/></w:r></w:p>"
        func notes(_ kind: String, _ text: String) -> String {
            "<w:\(kind)s \(WordFixture.namespace)><w:\(kind) w:id=\"2\"><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:\(kind)></w:\(kind)s>"
        }
        try WordFixture.writeParts([
            ("word/document.xml", WordFixture.documentXML(body: body)),
            ("word/footnotes.xml", notes("footnote", "A/RES/59/170.")),
            ("word/endnotes.xml", notes("endnote", "A/RES/56/166.")),
        ], at: url)
        let whole = [UInt8](try Data(contentsOf: url))
        #expect(try Extractor().extract(bytes: whole, source: "whole.docx").references.map(\.target)
            == ["A/RES/48/113", "A/RES/57/187", "A/RES/59/170", "A/RES/56/166"])
        var bytes = try #require(WordFixture.garbling("word/footnotes.xml", in: whole))
        let document = try Extractor().extract(bytes: bytes, source: "damaged.docx")
        #expect(document.references.map(\.target) == ["A/RES/48/113", "A/RES/57/187", "A/RES/56/166"])
        #expect(document.diagnostics == [Diagnostic(problem: .unreadableNotes, offset: 0, message:
            "its footnotes cannot be read (word/footnotes.xml does not inflate): the text was read without them, so the references they make are missing")])
        // Both parts damaged: a diagnostic each, in the order of the parts.
        bytes = try #require(WordFixture.garbling("word/endnotes.xml", in: bytes))
        let neither = try Extractor().extract(bytes: bytes, source: "damaged.docx")
        #expect(neither.references.map(\.target) == ["A/RES/48/113", "A/RES/57/187"])
        #expect(neither.diagnostics.map(\.message) == [
            "its footnotes cannot be read (word/footnotes.xml does not inflate): the text was read without them, so the references they make are missing",
            "its endnotes cannot be read (word/endnotes.xml does not inflate): the text was read without them, so the references they make are missing",
        ])
    }

    /// A note referred to that the file does not hold (its part missing, or its id not in it)
    /// leaves its marker without a body, reported as the extractor reports one in a text; it
    /// was given an empty body before, and nothing said.
    @Test func aNoteTheFileDoesNotHoldLeavesItsMarkerWithoutABody() throws {
        let url = try scratch("missing.docx")
        let body = "<w:p><w:r><w:t>A/RES/58/154</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Recalling resolution 48/113,</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>"
            + "<w:p><w:r><w:t>Noting resolution 57/187,</w:t></w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r></w:p>"
        let notes = "<w:footnotes \(WordFixture.namespace)><w:footnote w:id=\"2\"><w:p><w:r><w:t>A/RES/59/170.</w:t></w:r></w:p></w:footnote></w:footnotes>"
        func read(_ parts: [(path: String, xml: String)]) throws -> (text: String, document: ExtractedDocument) {
            try WordFixture.writeParts(parts, at: url)
            let text = String(decoding: try DocumentReader.text(ofFileAt: url.path).bytes, as: UTF8.self)
            return (text, try Extractor().extract(fileAt: url.path))
        }
        let oneMissing = try read([("word/document.xml", WordFixture.documentXML(body: body)), ("word/footnotes.xml", notes)])
        #expect(oneMissing.text.hasSuffix("__________\n<sup>1</sup> A/RES/59/170.\n"))
        #expect(oneMissing.document.references.map(\.target) == ["A/RES/48/113", "A/RES/57/187", "A/RES/59/170"])
        let second = try #require(oneMissing.text.utf8.ranges(of: "<sup>2</sup>".utf8).first)
        #expect(oneMissing.document.diagnostics == [Diagnostic(
            problem: .markerWithoutBody, offset: oneMissing.text.utf8.distance(from: oneMissing.text.utf8.startIndex, to: second.lowerBound),
            message: "footnote marker 2 has no footnote body")])
        let noPart = try read([("word/document.xml", WordFixture.documentXML(body: body))])
        #expect(!noPart.text.contains("__________"))
        #expect(noPart.document.references.map(\.target) == ["A/RES/48/113", "A/RES/57/187"])
        #expect(noPart.document.diagnostics.map(\.message) == ["footnote marker 1 has no footnote body", "footnote marker 2 has no footnote body"])
    }
}
