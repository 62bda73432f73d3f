import CPoppler
import Foundation
@testable import ResGraphReader
import Testing

/// The PDF reader's answers about a glyph's character are Unicode's and Foundation's, for every
/// character: its ASCII shortcuts must not change a line of text a PDF gives.
struct GlyphScalarTests {
    private static var everyScalar: [Unicode.Scalar] {
        (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:) as (UInt32) -> Unicode.Scalar?)
    }

    @Test func whiteSpaceAndLettersAreUnicodesEverywhere() {
        var wrong: [String] = []
        for scalar in Self.everyScalar {
            if GlyphScalar.isWhitespace(scalar) != scalar.properties.isWhitespace { wrong.append("white space \(scalar.value)") }
            if GlyphScalar.isAlphabetic(scalar) != scalar.properties.isAlphabetic { wrong.append("alphabetic \(scalar.value)") }
        }
        #expect(wrong == [])
    }

    /// Foundation's trimming asked of each character of the Basic Multilingual Plane up to the
    /// ideographic space and from the variation selectors to its end (the byte order mark among
    /// them), and of the rest at every 257th.
    @Test func blanksAreWhatFoundationTrims() {
        var wrong: [UInt32] = []
        for scalar in Self.everyScalar where scalar.value <= 0x3100 || (0xFE00...0xFFFF).contains(scalar.value) || scalar.value % 257 == 0 {
            let trimmed = String(scalar).trimmingCharacters(in: .whitespaces).isEmpty
            if GlyphScalar.isBlank(scalar) != trimmed { wrong.append(scalar.value) }
        }
        #expect(wrong == [])
        #expect(GlyphScalar.isBlank("\t") && GlyphScalar.isBlank("\u{3000}") && GlyphScalar.isBlank("\u{A0}"))
        #expect(!GlyphScalar.isBlank("\n") && !GlyphScalar.isBlank("a"))
    }

    /// A line's text, whether it has any and whether it is a rule, against the strings they
    /// stood for: 5,000 lines made at random of blanks, line ends, letters, a combining accent,
    /// an ideograph, an emoji and underscores, and three rules or nearly; and its top and bottom
    /// against the least and greatest of its glyphs' edges.
    @Test func aLinesTextIsItsCharactersTrimmedAsFoundationTrimsThem() {
        let pool: [Unicode.Scalar] = [" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\n", "\u{301}", "a", "Z", "五", "\u{1F600}", "_", "_", "_"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var mismatches = 0, rules = 0
        let made: [[Unicode.Scalar]] = [Array(" _____\t".unicodeScalars), Array("____".unicodeScalars), Array("__\u{301}___".unicodeScalars)]
        for k in 0..<5_000 + made.count {
            let scalars = k < made.count ? made[k] : (0..<next(12)).map { _ in pool[next(pool.count)] }
            let line = PDFReader.Line(glyphs: scalars.map {
                let top = Double(next(800)) / 4
                return PDFReader.Glyph(scalar: $0, box: PopplerRectangle(x1: 0, y1: top, x2: 1, y2: top + Double(next(40)) / 4), size: 10)
            })
            if line.top != (line.glyphs.map(\.box.y1).min() ?? 0) || line.bottom != (line.glyphs.map(\.box.y2).max() ?? 0) { mismatches += 1 }
            let expected = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
            if !line.text.unicodeScalars.elementsEqual(expected.unicodeScalars) { mismatches += 1 }
            if line.hasText != !expected.isEmpty { mismatches += 1 }
            let isRule = expected.count >= 5 && expected.allSatisfy { $0 == "_" }
            if line.isRule != isRule { mismatches += 1 }
            if isRule { rules += 1 }
            if GlyphScalar.trimmedString(scalars) != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(rules >= 1)
    }
}
