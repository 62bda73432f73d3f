import CPoppler
import Foundation
import ResGraphExtractor

/// Reads a PDF as the UN publishes it, through poppler-glib, in-process.
///
/// Per page, poppler gives the text in reading order and, for each character, its box and font
/// size. From these the reader:
/// - drops page furniture: running heads at the top of pages after the first, and at the foot of
///   every page the page number ("2/10"), the job number ("18-16895 (E) 021118") and the barcode
///   ("*1816895*");
/// - writes digits set smaller than the text and raised above its baseline as footnote markers,
///   `<sup>N</sup>`;
/// - reads what stands below the rule ("__________") as footnote bodies, each started by its
///   superscript number, and puts them after the running text;
/// - joins a word hyphenated at a line end, never a symbol or a number ("A/C.2/73/L.2").
///
/// Poppler is not thread-safe for one document: each call opens its own document and nothing
/// of it is shared, so the parallel indexer reads different files on different threads safely.
enum PDFReader {
    /// The most pages read from one file; a longer PDF is a compilation, read up to here.
    static let maxPages = 5_000

    struct Glyph {
        var scalar: Unicode.Scalar
        var box: PopplerRectangle
        var size: Double
    }

    struct Line {
        var glyphs: [Glyph]
        /// The highest top of its glyphs' boxes (the least `y1`).
        var top: Double {
            guard var top = glyphs.first?.box.y1 else { return 0 }
            for glyph in glyphs.dropFirst() where glyph.box.y1 < top { top = glyph.box.y1 }
            return top
        }
        /// The lowest bottom of its glyphs' boxes (the greatest `y2`).
        var bottom: Double {
            guard var bottom = glyphs.first?.box.y2 else { return 0 }
            for glyph in glyphs.dropFirst() where bottom < glyph.box.y2 { bottom = glyph.box.y2 }
            return bottom
        }
        var left: Double { glyphs.first { !GlyphScalar.isWhitespace($0.scalar) }?.box.x1 ?? 0 }
        /// Its characters, blanks at either end left out.
        var text: String { PDFReader.text(of: glyphs[...]) }
        /// Whether ``text`` is not empty.
        var hasText: Bool { glyphs.contains { !GlyphScalar.isBlank($0.scalar) } }
        /// Whether it is a rule: five or more "_" and nothing else but blanks.
        var isRule: Bool {
            let text = glyphs[PDFReader.trimmedRange(of: glyphs[...])]
            return text.count >= 5 && text.allSatisfy { $0.scalar == "_" }
        }
    }

    /// The glyphs of `glyphs` left when the blanks at either end are trimmed.
    static func trimmedRange(of glyphs: ArraySlice<Glyph>) -> Range<Int> {
        let base = glyphs.startIndex
        let range = GlyphScalar.trimmedRange(count: glyphs.count) { glyphs[base &+ $0].scalar }
        return base &+ range.lowerBound..<base &+ range.upperBound
    }

    /// The characters of `glyphs`, blanks at either end left out.
    static func text(of glyphs: ArraySlice<Glyph>) -> String {
        GlyphScalar.string(glyphs[trimmedRange(of: glyphs)].lazy.map { $0.scalar })
    }

    /// The text of the PDF `bytes`, its first `pageLimit` pages read; throws naming `source` for
    /// an encrypted, damaged or image-only file, or when poppler-glib (`library`) could not be
    /// loaded. Scanned pages among pages of text, pages poppler cannot give, and pages past the
    /// limit are said in the text's diagnostics (``UnreadPages``).
    static func read(_ bytes: [UInt8], source: String, pageLimit: Int = maxPages,
                     library: Result<Poppler, Poppler.LoadFailure> = Poppler.loaded) throws(ExtractionError) -> ReadText {
        let poppler: Poppler
        switch library {
        case .success(let loaded): poppler = loaded
        case .failure(let failure):
            throw ExtractionError(path: source, reason: .unreadableFormat("cannot be read: poppler-glib could not be loaded (\(failure.message))"))
        }
        var failure = rg_pdf_error()
        guard let document = bytes.withUnsafeBytes({ poppler.open($0, failure: &failure) }) else {
            let message = withUnsafeBytes(of: failure.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw ExtractionError(path: source, reason: .unreadableFormat(
                failure.kind == 1 ? "is an encrypted PDF (it needs a password); not read"
                    : "is not a readable PDF (\(message.isEmpty ? "damaged or truncated" : message))"))
        }
        defer { poppler.release(document) }
        let allPages = poppler.pageCount(of: document)
        let pageCount = min(allPages, pageLimit)
        // Pages poppler cannot give (nil), and pages without text (judged at the end, and only
        // in a file with text: a file of scans alone is refused as a whole).
        var untold: [(page: Int, offset: Int, given: Bool)] = []
        // Pages are read and composed one at a time, so memory stays that of one page. The
        // body's font size is the most common size on the page (a page of little text keeps
        // the size of the page before).
        var composer = ComposedText()
        var bodySize = 10.0
        var anyText = false
        for index in 0..<pageCount {
            guard let page = poppler.page(index, of: document) else {
                untold.append((index + 1, composer.flowLength, false))
                continue
            }
            defer { poppler.release(page) }
            let height = poppler.size(of: page).height
            let lines = Self.lines(of: page, through: poppler)
            var sizes: [Double: Int] = [:]
            for line in lines { for glyph in line.glyphs where GlyphScalar.isAlphabetic(glyph.scalar) { sizes[(glyph.size * 2).rounded() / 2, default: 0] += 1 } }
            if let (size, count) = sizes.max(by: { $0.value < $1.value }), count >= 100 || !anyText { bodySize = size }
            anyText = anyText || !lines.isEmpty
            if lines.isEmpty { untold.append((index + 1, composer.flowLength, true)) }
            compose(lines, page: index + 1, height: height, bodySize: bodySize, into: &composer)
        }
        guard anyText else {
            throw ExtractionError(path: source, reason: .unreadableFormat("no text layer: the file needs OCR"))
        }
        var unread = UnreadPages()
        for (number, offset, given) in untold {
            guard given else { unread.add(unreadable: number, at: offset); continue }
            // A page of no text is blank, unless an image covers most of it: scanned, not read.
            guard let page = poppler.page(number - 1, of: document) else { continue }
            defer { poppler.release(page) }
            if poppler.imageCover(of: page) >= UnreadPages.scannedCover { unread.add(scanned: number, at: offset) }
        }
        var text = composer.finish()
        text.diagnostics = unread.diagnostics(readingUpTo: pageCount, of: allPages, endingAt: composer.flowLength)
        return text
    }

    /// The page's text as lines of glyphs, with boxes and font sizes where poppler gives them.
    private static func lines(of page: OpaquePointer, through poppler: Poppler) -> [Line] {
        guard let raw = poppler.text(of: page) else { return [] }
        let text = String(cString: raw)
        poppler.free(raw)
        // Poppler's text puts directional marks around right-to-left runs; its boxes and font
        // attributes count characters without them. They are dropped here, before indexing.
        let scalars = Array(text.unicodeScalars.lazy.filter { !isBidiControl($0) })
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        let hasLayout = poppler.layout(of: page, &rectangles, &count) && Int(count) == scalars.count
        defer { if let rectangles { poppler.free(rectangles) } }
        var sizes = [Double](repeating: 0, count: scalars.count)
        if let attributes = poppler.attributes(of: page) {
            var node: UnsafeMutablePointer<GList>? = attributes
            while let current = node {
                let attribute = current.pointee.data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let low = max(0, Int(attribute.start_index)), high = min(scalars.count - 1, Int(attribute.end_index))
                if low <= high { for k in low...high { sizes[k] = attribute.font_size } }
                node = current.pointee.next
            }
            poppler.freeAttributes(attributes)
        }
        var lines: [Line] = []
        var current: [Glyph] = []
        for (k, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                if !current.isEmpty { lines.append(Line(glyphs: current)) }
                current = []
                continue
            }
            let box = hasLayout ? rectangles![k] : PopplerRectangle(x1: 0, y1: Double(lines.count) * 12, x2: 0, y2: Double(lines.count) * 12 + 10)
            // Poppler sometimes runs text of different heights of the page into one line:
            // a glyph wholly above or below the last starts a new line.
            if let last = current.last(where: { !GlyphScalar.isWhitespace($0.scalar) }), !GlyphScalar.isWhitespace(scalar),
               box.y1 > last.box.y2 + 1 || box.y2 < last.box.y1 - 1 {
                lines.append(Line(glyphs: current))
                current = []
            }
            current.append(Glyph(scalar: scalar, box: box, size: sizes[k]))
        }
        if !current.isEmpty { lines.append(Line(glyphs: current)) }
        return lines.filter(\.hasText).map(RightToLeft.respaced)
    }

    /// Adds one page's lines: furniture dropped, markers written, bodies below the rule.
    private static func compose(_ lines: [Line], page: Int, height: Double, bodySize: Double, into composer: inout ComposedText) {
        let content = mergedByBaseline(RightToLeft.attachingMarkers(lines.filter { !isFurniture($0, page: page, height: height) }, bodySize: bodySize))
        var lefts: [Int: Int] = [:]
        for line in content { lefts[Int(line.left.rounded()), default: 0] += line.glyphs.count }
        let margin = Double(lefts.max { $0.value < $1.value }?.key ?? 0)
        var flow: [Line] = []
        var notes: [Line] = []
        for line in content {
            if notes.isEmpty, line.isRule {
                notes.append(line)
                continue
            }
            if notes.isEmpty { flow.append(line) } else { notes.append(line) }
        }
        // A line that is not indented continues the line before it when that one ran to the
        // right margin: paragraphs come out as one line each, across page breaks too.
        let rights = flow.map { $0.glyphs.last?.box.x2 ?? 0 }.sorted()
        let rightMargin = rights.isEmpty ? 0 : rights[rights.count * 9 / 10]
        var previousBottom: Double?
        for line in flow {
            let written = withMarkers(line, bodySize: bodySize)
            let indented = line.left - margin > 8
            // The next line of the same paragraph stands one line below; a wider gap (a
            // masthead, a heading) or a line above (another column) is no continuation.
            let follows = previousBottom.map { line.top >= $0 - 1 && line.top - $0 < bodySize * 0.9 } ?? true
            previousBottom = line.bottom
            if composer.lastLineReachedMargin, !indented, !follows {
                composer.lastLineReachedMargin = false
            }
            if composer.lastLineReachedMargin, !indented, composer.flowEnds(with: "-"), joinsHyphenated(composer.flowTail, next: written) {
                composer.dropLastByte()
                composer.appendToLine(written, page: page)
            } else if composer.lastLineReachedMargin, !indented {
                composer.appendToLine(" " + written, page: page)
            } else {
                composer.appendLine((indented ? "\t" : "") + written, page: page)
            }
            composer.lastLineReachedMargin = (line.glyphs.last?.box.x2 ?? 0) >= rightMargin - 15
        }
        // Below the rule poppler's order is not the page's (numbers come apart from their
        // text): the lines are put in place top to bottom, then pieces of a line joined.
        let placed = notes.dropFirst().sorted { ($0.top, $0.left) < ($1.top, $1.left) }
        for line in mergedByBaseline(Array(placed)) {
            addBodyLine(line, bodySize: bodySize, page: page, into: &composer)
        }
    }

    /// Directional formatting characters (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which
    /// poppler puts around right-to-left runs: the text is kept in logical order without them.
    private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Pieces of one printed line that poppler gives apart (a paragraph number and its text,
    /// "73/8." and the title, a footnote number and its body), joined left to right.
    private static func mergedByBaseline(_ lines: [Line]) -> [Line] {
        var merged: [Line] = []
        for line in lines {
            if let last = merged.last, sameBaseline(last, line), horizontalGap(last, line) <= 2.5 * (last.glyphs.last?.size ?? 10) {
                let (left, right) = line.left < last.left ? (line, last) : (last, line)
                let space = Glyph(scalar: " ", box: left.glyphs.last!.box, size: left.glyphs.last!.size)
                merged[merged.count - 1].glyphs = left.glyphs + [space] + right.glyphs
            } else {
                merged.append(line)
            }
        }
        return merged
    }

    /// The white space between two pieces of a line; a wide gap is a gutter between columns.
    private static func horizontalGap(_ a: Line, _ b: Line) -> Double {
        let aRight = a.glyphs.last?.box.x2 ?? 0, bRight = b.glyphs.last?.box.x2 ?? 0
        return b.left >= a.left ? b.left - aRight : a.left - bRight
    }

    private static func sameBaseline(_ a: Line, _ b: Line) -> Bool {
        let overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
        return overlap > 0.5 * min(a.bottom - a.top, b.bottom - b.top)
    }

    /// Page furniture: running heads (top band, pages after the first), page numbers, job
    /// numbers and barcodes (bottom band, every page), and the same forms anywhere.
    private static func isFurniture(_ line: Line, page: Int, height: Double) -> Bool {
        let text = line.text
        if isBarcode(text) || isJobNumber(text) { return true }
        if line.bottom < height * 0.085, page > 1 { return true }
        // At the foot of the page: page numbers ("2/10"), job numbers, dates of issue; a
        // footnote that runs down there ("S/2015/716.") has letters and stays.
        if line.top > height * 0.9, isFootLike(text) { return true }
        return false
    }

    /// Digits, slashes, dashes, stars, brackets and "(E)"-like language letters only; not one
    /// to three digits alone, which is a footnote's number.
    private static func isFootLike(_ text: String) -> Bool {
        let stripped = text.replacingOccurrences(of: #"\([A-Z]\)"#, with: "", options: .regularExpression)
        if stripped.count <= 3, stripped.allSatisfy(\.isNumber) { return false }
        return !stripped.isEmpty && stripped.allSatisfy { $0.isNumber || " /-*().".contains($0) }
    }

    private static func isBarcode(_ text: String) -> Bool {
        text.first == "*" && text.last == "*" && text.count >= 6 && text.dropFirst().dropLast().allSatisfy(\.isNumber)
    }

    /// "18-16895 (E) 021118", "18-16895", "2/10 18-16895".
    private static func isJobNumber(_ text: String) -> Bool {
        // The first word is digits and a hyphen: a line that starts otherwise is not split.
        guard let head = text.first, head.isNumber || head == "-" else { return false }
        let words = text.split(separator: " ")
        guard let first = words.first, words.count <= 4 else { return false }
        let shape = first.split(separator: "-")
        return shape.count == 2 && shape[0].count == 2 && shape[1].count == 5 && first.allSatisfy { $0.isNumber || $0 == "-" }
    }

    /// The line's text with superscript digit runs written `<sup>N</sup>` against the word before.
    private static func withMarkers(_ line: Line, bodySize: Double) -> String {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(line.glyphs.count)
        var k = 0
        let glyphs = line.glyphs
        var bodyBaseline: Double?
        for glyph in glyphs where glyph.size >= bodySize * 0.9 {
            if let current = bodyBaseline, !(current < glyph.box.y2) { continue }
            bodyBaseline = glyph.box.y2
        }
        let baseline = bodyBaseline ?? line.bottom
        while k < glyphs.count {
            if isSuperscriptDigit(glyphs[k], bodySize: bodySize, baseline: baseline) {
                var end = k
                var number = ""
                while end < glyphs.count, isSuperscriptDigit(glyphs[end], bodySize: bodySize, baseline: baseline), number.count < 3 {
                    number.unicodeScalars.append(glyphs[end].scalar)
                    end += 1
                }
                // The spaces before a marker go, as whole characters (a space is one unless a
                // prepended mark joins it), so the text is made for it; markers are few.
                var text = String(String.UnicodeScalarView(output))
                while text.last == " " { text.removeLast() }
                text += "<sup>\(number)</sup>"
                output = Array(text.unicodeScalars)
                k = end
                continue
            }
            output.append(glyphs[k].scalar)
            k += 1
        }
        return GlyphScalar.trimmedString(output)
    }

    private static func isSuperscriptDigit(_ glyph: Glyph, bodySize: Double, baseline: Double) -> Bool {
        guard ("0"..."9").contains(glyph.scalar), glyph.size > 0, glyph.size <= bodySize * 0.8 else { return false }
        return glyph.box.y2 < baseline - glyph.size * 0.15
    }

    /// A line below the rule: a superscript number starts a body; other lines continue it.
    private static func addBodyLine(_ line: Line, bodySize: Double, page: Int, into composer: inout ComposedText) {
        var glyphs = line.glyphs[...]
        while let first = glyphs.first, GlyphScalar.isWhitespace(first.scalar) { glyphs = glyphs.dropFirst() }
        var digits = ""
        while let first = glyphs.first, ("0"..."9").contains(first.scalar), first.size > 0, first.size <= bodySize * 0.8, digits.count < 3 {
            digits.unicodeScalars.append(first.scalar)
            glyphs = glyphs.dropFirst()
        }
        let rest = text(of: glyphs)
        if let number = Int(digits) {
            composer.beginBody(number, page: page)
        } else if !composer.hasOpenBody {
            return
        }
        if !rest.isEmpty { composer.appendToBody(rest) }
    }

    /// Whether a line ending in "-" continues a word on the next line: a lower-case letter
    /// before the hyphen and after it, and no digit or slash in the word (not a symbol).
    private static func joinsHyphenated(_ tail: ArraySlice<UInt8>, next: String) -> Bool {
        guard let first = next.unicodeScalars.first, first.properties.isLowercase else { return false }
        let word = tail.dropLast().reversed().prefix { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
        guard let before = word.first, before >= 0x61 && before <= 0x7A else { return false }
        return !word.contains { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2F }
    }
}
