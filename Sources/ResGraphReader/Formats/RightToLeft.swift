import CPoppler

/// What poppler's text of right-to-left lines (Arabic) needs before it reads as written.
///
/// Poppler gives such lines in logical order, but puts the space between two words after the
/// second of them ("إن" "مجلس" " ") and gives a superscript footnote marker, which stands at the
/// line's left end, as a line of its own. Word breaks are restored from the glyphs' places (a
/// jump of more than a glyph's width is a space), markers are put back at the end of their line,
/// and the lam-alef ligature that PDF fonts map in the wrong order ("األ") is written "الأ".
enum RightToLeft {
    /// Whether `line` is written right to left: most of its letters are Arabic or Hebrew.
    static func isRightToLeft(_ line: PDFReader.Line) -> Bool {
        var rtl = 0, ltr = 0
        for glyph in line.glyphs where GlyphScalar.isAlphabetic(glyph.scalar) {
            if (0x0590...0x08FF).contains(glyph.scalar.value) || (0xFB1D...0xFEFF).contains(glyph.scalar.value) { rtl += 1 } else { ltr += 1 }
        }
        return rtl > ltr
    }

    /// A right-to-left line with a space wherever the glyphs' places show a word break, spaces
    /// poppler misplaced dropped, and lam-alef ligatures in logical order.
    static func respaced(_ line: PDFReader.Line) -> PDFReader.Line {
        guard isRightToLeft(line) else { return line }
        var glyphs: [PDFReader.Glyph] = []
        for glyph in line.glyphs {
            if glyph.scalar == " " { continue }
            if let last = glyphs.last, last.scalar != " " {
                let width = max(1, glyph.size * 0.6)
                let jump = abs(glyph.box.x1 - last.box.x1)
                if jump > width * 2.2 || (isDigit(last) != isDigit(glyph) && !isPunctuation(glyph) && !isPunctuation(last)) {
                    var space = glyph
                    space.scalar = " "
                    glyphs.append(space)
                }
            }
            glyphs.append(glyph)
        }
        // "األ" (alef, alef with hamza, lam) is the ligature "لأ" after "ا", read in the wrong order.
        var k = 2
        while k < glyphs.count {
            let (a, b, c) = (glyphs[k - 2].scalar.value, glyphs[k - 1].scalar.value, glyphs[k].scalar.value)
            if a == 0x0627, [0x0622, 0x0623, 0x0625].contains(b), c == 0x0644 { glyphs.swapAt(k - 1, k) }
            k += 1
        }
        return PDFReader.Line(glyphs: glyphs)
    }

    /// Lines made only of small raised digits (footnote markers poppler set apart) joined to the
    /// line they stand on, at its end when it is right to left.
    static func attachingMarkers(_ lines: [PDFReader.Line], bodySize: Double) -> [PDFReader.Line] {
        var result: [PDFReader.Line] = []
        var pending: PDFReader.Line?
        for line in lines {
            let isMarker = !line.glyphs.isEmpty && line.glyphs.count <= 3
                && line.glyphs.allSatisfy { isDigit($0) && $0.size > 0 && $0.size <= bodySize * 0.8 }
            if let marker = pending {
                pending = nil
                // The line after the marker is the one it stands on when both overlap it: a
                // raised marker reaches up into the line above.
                if !isMarker, standsOn(marker, line), isRightToLeft(line) {
                    var joined = line
                    joined.glyphs += marker.glyphs
                    result.append(joined)
                    continue
                }
                if let last = result.last, standsOn(marker, last), isRightToLeft(last) {
                    result[result.count - 1].glyphs += marker.glyphs
                } else {
                    result.append(marker)
                }
            }
            if isMarker { pending = line } else { result.append(line) }
        }
        if let marker = pending {
            if let last = result.last, standsOn(marker, last), isRightToLeft(last) {
                result[result.count - 1].glyphs += marker.glyphs
            } else {
                result.append(marker)
            }
        }
        return result
    }

    /// Whether a marker's box lies within the text line's height (raised, not a line apart).
    private static func standsOn(_ marker: PDFReader.Line, _ line: PDFReader.Line) -> Bool {
        marker.bottom > line.top && marker.top < line.bottom
    }

    private static func isDigit(_ glyph: PDFReader.Glyph) -> Bool { ("0"..."9").contains(glyph.scalar) }

    private static func isPunctuation(_ glyph: PDFReader.Glyph) -> Bool {
        switch glyph.scalar.properties.generalCategory {
        case .openPunctuation, .closePunctuation, .otherPunctuation, .dashPunctuation, .initialPunctuation, .finalPunctuation: true
        default: "()،؛.,/-".unicodeScalars.contains(glyph.scalar)
        }
    }
}
