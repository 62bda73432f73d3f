import Foundation
import ResGraphExtractor
import ResGraphOutput
import Testing

/// The JSON `extract` writes in place: escaping, numbers and every optional member of a
/// reference, the same text ``JSONWriter`` writes and a JSON parser reads back.
struct JSONBytesTests {
    /// Every character JSON must escape, once each, with plain and non-ASCII text around them.
    static let awkward = "a\"b\\c\nd\re\tf\u{0}g\u{1}h\u{1F}i\u{7F}j é 决议 \u{1F600}"

    @Test func stringsAreEscapedAsTheStringWriterEscapesThem() {
        for value in [Self.awkward, "", "plain", "\"", "\\\\", "\u{1F}", String(repeating: "\u{1}", count: 700)] {
            var bytes = JSONBytes()
            bytes.string(value)
            var writer = JSONWriter()
            writer.string(value)
            #expect(String(decoding: bytes.bytes, as: UTF8.self) == writer.text, "\(value.debugDescription)")
        }
    }

    /// A reference's kind and relation are written as names, without a look for what would need
    /// escaping: every one comes out as the string writer writes it.
    @Test func everyKindAndRelationIsWrittenAsTheStringWriterWritesIt() {
        func quoted(_ value: String) -> String {
            var writer = JSONWriter()
            writer.string(value)
            return writer.text
        }
        for kind in ReferenceKind.allCases {
            let json = Reference(target: "A/RES/1/1", kind: kind, relation: .cites, text: "", start: 0, end: 0).json
            #expect(json.contains(",\"kind\":" + quoted(kind.rawValue) + ",\"relation\":\"cites\","), "\(kind)")
        }
        for relation in Relation.allCases {
            let json = Reference(target: "A/RES/1/1", kind: .document, relation: relation, text: "", start: 0, end: 0).json
            #expect(json.contains(",\"relation\":" + quoted(relation.rawValue) + ",\"text\":"), "\(relation)")
        }
    }

    /// Plain text is tested eight bytes at a time, and a string's last bytes as the eight it
    /// ends with: each character that needs escaping, and each that is its neighbour and does
    /// not, at every place in strings of one to three words and of every length between.
    @Test func anEscapeIsFoundWhereverItStandsInAWord() {
        let special: [Character] = ["\"", "\\", "\u{0}", "\u{1}", "\u{1F}", "\n"]
        let neighbours: [Character] = [" ", "!", "#", "[", "]", "\u{7F}", "é"]
        for character in special + neighbours {
            for length in 1...24 {
                for place in 0..<length {
                    let value = String(repeating: "a", count: place) + String(character) + String(repeating: "b", count: length - 1 - place)
                    var bytes = JSONBytes()
                    bytes.string(value)
                    let reference = Reference(target: value, kind: .document, relation: .cites, text: "", start: 0, end: 0)
                    var writer = JSONWriter()
                    writer.string(value)
                    #expect(String(decoding: bytes.bytes, as: UTF8.self) == writer.text, "\(value.debugDescription)")
                    #expect(reference.json.hasPrefix("{\"target\":" + writer.text + ","), "\(value.debugDescription)")
                }
            }
        }
    }

    @Test func integersAreWrittenInFull() {
        var bytes = JSONBytes()
        for value in [0, 7, -7, 10, 99, 100, -1_000, Int.max, Int.min] {
            bytes.integer(value)
            bytes.raw(",")
        }
        #expect(String(decoding: bytes.bytes, as: UTF8.self) == "0,7,-7,10,99,100,-1000,9223372036854775807,-9223372036854775808,")
    }

    /// Every number of up to four digits and a few of five, and each power of ten and the number before it, with
    /// and without a sign, as Swift spells it.
    @Test func integersAreWrittenAsSwiftSpellsThem() {
        var powers: [Int] = []
        var power = 1
        for _ in 0..<19 {
            powers += [power, power - 1, power + 1]
            power = power.multipliedReportingOverflow(by: 10).partialValue
        }
        for value in Array(0...10_099) + powers {
            for signed in value == 0 ? [value] : [value, -value] {
                var bytes = JSONBytes()
                bytes.integer(signed)
                #expect(String(decoding: bytes.bytes, as: UTF8.self) == String(signed))
            }
        }
    }

    @Test func controlCharactersBecomeLowerCaseUnicodeEscapes() {
        var bytes = JSONBytes()
        bytes.string("\u{0}\u{1B}\u{1F}")
        #expect(String(decoding: bytes.bytes, as: UTF8.self) == #""\u0000\u001b\u001f""#)
    }

    @Test func aReferenceWithEveryMemberReadsBackAsWritten() throws {
        var reference = Reference(
            target: "A/RES/48/113", kind: .gaResolution, relation: .onReportOf, text: Self.awkward,
            start: 0, end: Int.max, footnote: 12, anchor: Int.min, citedDate: "1993-12-20")
        reference.anchors = [Int.min, -1, 0, 9, 10, 99, 100, Int.max]
        reference.aliases = ["S/2000/809", Self.awkward, ""]
        reference.page = 3
        let json = reference.json
        #expect(json.hasPrefix(#"{"target":"A/RES/48/113","kind":"ga-resolution","relation":"on-report-of","text":"a\"b\\c\nd\re\tf\u0000g"#))
        #expect(json.hasSuffix(#""start":0,"end":9223372036854775807,"footnote":12,"anchor":-9223372036854775808,"#
            + #""anchors":[-9223372036854775808,-1,0,9,10,99,100,9223372036854775807],"citedDate":"1993-12-20","page":3,"#
            + #""aliases":["S/2000/809","a\"b\\c\nd\re\tf\u0000g\u0001h\u001fi"# + "\u{7F}j é 决议 \u{1F600}\",\"\"]}"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["text"] as? String == Self.awkward)
        #expect((object["aliases"] as? [String]) == ["S/2000/809", Self.awkward, ""])
        #expect((object["anchors"] as? [Int])?.count == 8)
    }

    @Test func manyReferencesFollowOneAnotherInOneBuffer() throws {
        var out = JSONBytes(capacity: 16)
        let references = (0..<1_000).map { n in
            Reference(target: "A/RES/\(n)/1", kind: .gaResolution, relation: .cites, text: String(repeating: "\"", count: n % 50),
                      start: n, end: n * 1_000)
        }
        for reference in references {
            reference.writeJSON(into: &out)
            out.raw("\n")
        }
        let lines = String(decoding: out.bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1_000)
        #expect(lines.map(String.init) == references.map(\.json))
        let last = try #require(try JSONSerialization.jsonObject(with: Data(lines[999].utf8)) as? [String: Any])
        #expect(last["text"] as? String == String(repeating: "\"", count: 49))
        #expect(last["end"] as? Int == 999_000)
    }
}

extension JSONBytesTests {
    /// The room set aside for a reference counts on the kind's and relation's names being short
    /// and plain: every pair, with the other strings empty, must fit and read back.
    @Test(arguments: ReferenceKind.allCases)
    func everyKindAndRelationFitsItsRoom(kind: ReferenceKind) throws {
        for relation in Relation.allCases {
            let json = Reference(target: "", kind: kind, relation: relation, text: "", start: 0, end: 0).json
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object["kind"] as? String == kind.rawValue)
            #expect(object["relation"] as? String == relation.rawValue)
        }
    }
}

extension JSONBytesTests {
    /// A document's fields before its references are written in one reservation: with every
    /// string made of characters escaped at their longest (`\u0001`), present or null, each
    /// document fits its room and reads back as written.
    @Test(arguments: [0, 1, 7, 300])
    func aDocumentWhoseFieldsAreAllEscapedFitsItsRoom(length: Int) throws {
        let escaped = String(repeating: "\u{1}", count: length)
        for present in [false, true] {
            let document = ExtractedDocument(
                source: escaped, symbol: present ? escaped : nil, language: .english, date: present ? escaped : nil,
                title: present ? escaped : nil, references: [],
                diagnostics: present ? [Diagnostic(problem: .noSymbol, offset: Int.min, message: escaped),
                                        Diagnostic(problem: .markerWithoutBody, offset: Int.max, message: escaped)] : [],
                byteCount: 0)
            var out = JSONBytes(capacity: 16)
            document.writeJSON(into: &out)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(out.bytes)) as? [String: Any])
            #expect(object["source"] as? String == escaped)
            #expect(object["title"] as? String == (present ? escaped : nil))
            #expect(object["date"] as? String == (present ? escaped : nil))
            #expect((object["references"] as? [Any])?.isEmpty == true)
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.map { $0["message"] as? String } == (present ? [escaped, escaped] : []))
            #expect(diagnostics.map { ($0["offset"] as? NSNumber)?.int64Value } == (present ? [Int64.min, Int64.max] : []))
        }
    }
}
