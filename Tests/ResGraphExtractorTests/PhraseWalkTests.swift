@testable import ResGraphExtractor
import Testing

/// The trie's walk, which compares runs of single edges eight bytes at a time, finds what a
/// plain reading of the phrase list finds: the longest phrase the text begins with (a space in a
/// phrase matching any run of white space, ASCII letters in either case), or the one before it
/// on the same path when the longest runs on into a word.
struct PhraseWalkTests {
    /// Every phrase of every table, as written, in capitals, cut short, broken by a letter, with
    /// its spaces widened, each followed by a few endings (a space, a word, a number).
    @Test func theWalkFindsWhatAPlainReadingOfThePhrasesFinds() {
        let trie = PhraseTrie.standard
        let phrases = LanguageTable.all.flatMap(\.phrases)
        let byFirstByte = Dictionary(grouping: phrases) { ByteClass.lowercased($0.0.utf8.first ?? 0) }
        var texts: [String] = []
        for (text, _) in phrases {
            let characters = Array(text)
            var forms = [text, text.uppercased(), String(characters.dropLast()), String(characters.dropLast(2)),
                         text.replacingOccurrences(of: " ", with: " \n\t ")]
            forms += Set([1, characters.count / 2, characters.count - 1]).filter { $0 > 0 }.map { String(characters[..<$0]) + "x" + String(characters[$0...]) }
            for form in forms {
                for ending in ["", " ", "s", "x 48/113", "ж", " резолюцию", "     tail of the line."] {
                    texts.append(form + ending)
                }
            }
        }
        var found = 0
        for text in texts where !text.isEmpty {
            Array(text.utf8).withUnsafeBufferPointer { p in
                let expected = Self.plainReading(p, phrases: byFirstByte[ByteClass.lowercased(p[0])] ?? [])
                let match = trie.match(in: p, at: 0)
                #expect(match.map { "\($0.entry.phrase)@\($0.end)" } == expected.map { "\($0.phrase)@\($0.end)" }, "\(text)")
                if match != nil { found += 1 }
            }
        }
        #expect(texts.count > 20_000)
        #expect(found > 4_000)
    }

    /// Eight bytes lower-cased at once as one byte at a time is, whatever the bytes.
    @Test func eightBytesAreLowerCasedAsEachIs() {
        for position in 0..<8 {
            for value in 0...255 {
                let filler: [UInt8] = [0x41, 0x5A, 0x61, 0x40, 0x5B, 0xC1, 0xDA, 0x7F]
                var bytes = filler
                bytes[position] = UInt8(value)
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
                let lowered = ByteClass.asciiLowercased(word)
                let expected = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64(ByteClass.lowercased($1.element)) << UInt64(8 * $1.offset) }
                #expect(lowered == expected, "byte \(position) = \(value)")
            }
        }
    }

    /// The phrase `p` begins with, read one by one from `phrases` (those that begin with its first
    /// byte, in table order): the longest, unless it runs on
    /// into a word, then the next longer one on its path; each text's first entry in table order.
    static func plainReading(_ p: UnsafeBufferPointer<UInt8>, phrases: [(String, Phrase)]) -> (phrase: Phrase, end: Int)? {
        var ends: [Int: Phrase] = [:]
        for (text, phrase) in phrases {
            guard let end = Self.end(of: Array(text.utf8), in: p), ends[end] == nil else { continue }
            ends[end] = phrase
        }
        let sorted = ends.keys.sorted(by: >)
        for end in sorted.prefix(2) where Self.endsAtBoundary(p, end) { return (ends[end]!, end) }
        return nil
    }

    /// Where `phrase` ends if `p` begins with it.
    private static func end(of phrase: [UInt8], in p: UnsafeBufferPointer<UInt8>) -> Int? {
        var j = 0
        for byte in phrase {
            if byte == 0x20 {
                guard j < p.count, ByteClass.isSpace(p[j]) else { return nil }
                while j < p.count, ByteClass.isSpace(p[j]) { j += 1 }
            } else {
                guard j < p.count, ByteClass.lowercased(p[j]) == ByteClass.lowercased(byte) else { return nil }
                j += 1
            }
        }
        return j
    }

    private static func endsAtBoundary(_ p: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let last = p[end - 1]
        let isLatinLetter = ByteClass.isASCIIAlphanumeric(last) || (last &- 0x80 < 0x40 && end >= 2 && ByteClass.isTwoByteLead(p[end - 2]))
        return !isLatinLetter || end == p.count || !ByteClass.isLetterStart(p, end)
    }
}
