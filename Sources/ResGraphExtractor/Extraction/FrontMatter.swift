/// A YAML front matter at the start of a text: a line "---", lines of "key: value", and a line
/// "---" or "...". Converters to Markdown write the catalogue's record of a document there:
///
/// ```
/// ---
/// symbol: A/RES/80/34
/// title: "Implementation of the Convention on the Prohibition of … and on Their Destruction :"
/// date: "2025-12-03"
/// ---
/// ```
///
/// Its symbol and title are the document's own, and nothing in it is cited, so the scanner
/// reads the two values and passes the rest by. Which keys name what is data (``symbolKeys``,
/// ``titleKeys``); other keys are passed by (the record's date is when the document was issued,
/// not when the resolution was adopted).
struct FrontMatter {
    /// Where the value of the symbol key lies in the text, quotes left out.
    var symbol: Range<Int>?
    /// The title as the record gives it: quotes and YAML escapes undone, the catalogue's trailing
    /// " :" or " /" (before a subtitle or statement of responsibility it lacks) left out.
    var title: String?
    /// Where the text goes on after the closing line.
    var end: Int

    /// Keys whose value is the document's symbol.
    static let symbolKeys: [[UInt8]] = ["symbol", "document_symbol"].map { Array($0.utf8) }
    /// Keys whose value is the document's title.
    static let titleKeys: [[UInt8]] = ["title"].map { Array($0.utf8) }
    /// The most bytes a front matter is looked for in: a text that opens with a rule line "---"
    /// and never closes it is read as text.
    static let longest = 16_384

    /// The front matter at `start` (the text's first byte after a byte-order mark), or nil. Every
    /// line inside must be YAML's: "key: value", an indented line going on with the value above
    /// it, a list item, a comment or blank. A line of prose means the "---" above was a rule.
    static func read(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> FrontMatter? {
        guard let first = lineEnd(p, from: start), isFence(p, start..<first.content, closing: false) else { return nil }
        var matter = FrontMatter(end: start)
        var line = first.next
        let limit = min(p.count, start + longest)
        var sawKey = false
        var titleBytes: [UInt8]?
        var readingTitle = false
        while line < limit {
            guard let (content, next) = lineEnd(p, from: line) else { return nil }
            let text = line..<content
            if isFence(p, text, closing: true) {
                // Bytes that are not UTF-8 are read as text, where the scan says where they are.
                guard sawKey, String(validating: UnsafeBufferPointer(rebasing: p[start..<next]), as: UTF8.self) != nil else { return nil }
                matter.title = titleBytes.flatMap(title)
                matter.end = next
                return matter
            }
            if text.isEmpty || ByteClass.isBlank(p[line]) {
                if readingTitle, case let piece = trimmed(p, text), !piece.isEmpty {
                    titleBytes?.append(0x20)
                    titleBytes?.append(contentsOf: p[piece])
                }
            } else if let (key, value) = entry(p, text) {
                sawKey = true
                readingTitle = false
                if symbolKeys.contains(where: { equal(p, key, $0) }) {
                    matter.symbol = unquoted(value, in: p)
                } else if titleKeys.contains(where: { equal(p, key, $0) }) {
                    readingTitle = true
                    titleBytes = Array(p[value])
                }
            } else if p[line] != UInt8(ascii: "#"), p[line] != UInt8(ascii: "-") {
                return nil
            }
            line = next
        }
        return nil
    }

    /// The range without the blanks around it.
    private static func trimmed(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, ByteClass.isBlank(p[lower]) { lower += 1 }
        while upper > lower, ByteClass.isBlank(p[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The end of the line's content (a carriage return left out) and where the next line starts.
    private static func lineEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> (content: Int, next: Int)? {
        var k = start
        while k < p.count, p[k] != 0x0A {
            if p[k] == 0 { return nil }
            k += 1
        }
        let content = k > start && p[k - 1] == 0x0D ? k - 1 : k
        return (content, min(k + 1, p.count))
    }

    /// "---" (or "..." to close), with nothing after it but blanks.
    private static func isFence(_ p: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, closing: Bool) -> Bool {
        guard line.count >= 3 else { return false }
        let mark = p[line.lowerBound]
        guard mark == UInt8(ascii: "-") || (closing && mark == UInt8(ascii: ".")) else { return false }
        guard p[line.lowerBound + 1] == mark, p[line.lowerBound + 2] == mark else { return false }
        return line.dropFirst(3).allSatisfy { ByteClass.isBlank(p[$0]) }
    }

    /// A line "key: value" at the top level (not indented), the key of letters, digits, "_" and "-".
    private static func entry(_ p: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> (key: Range<Int>, value: Range<Int>)? {
        var k = line.lowerBound
        while k < line.upperBound, ByteClass.isASCIIAlphanumeric(p[k]) || p[k] == UInt8(ascii: "_") || p[k] == UInt8(ascii: "-") { k += 1 }
        guard k > line.lowerBound, k < line.upperBound, p[k] == UInt8(ascii: ":") else { return nil }
        var valueStart = k + 1
        while valueStart < line.upperBound, ByteClass.isBlank(p[valueStart]) { valueStart += 1 }
        var valueEnd = line.upperBound
        while valueEnd > valueStart, ByteClass.isBlank(p[valueEnd - 1]) { valueEnd -= 1 }
        return (line.lowerBound..<k, valueStart..<valueEnd)
    }

    /// Whether the key at `range` is `key` (letters compared without case).
    private static func equal(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ key: [UInt8]) -> Bool {
        range.count == key.count && zip(range, key).allSatisfy { ByteClass.lowercased(p[$0.0]) == $0.1 }
    }

    /// The value without the quotes around it.
    private static func unquoted(_ value: Range<Int>, in p: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard !value.isEmpty else { return nil }
        let open = p[value.lowerBound]
        if value.count >= 2, open == UInt8(ascii: "\"") || open == UInt8(ascii: "'"), p[value.upperBound - 1] == open {
            return value.count > 2 ? value.lowerBound + 1..<value.upperBound - 1 : nil
        }
        return value
    }

    /// The title a value gives: unquoted, its escapes undone, the catalogue's trailing mark left
    /// out. A block scalar's indicator (">", "|-") goes; its lines were joined with spaces.
    private static func title(_ value: [UInt8]) -> String? {
        var value = value[...]
        if let indicator = value.first, indicator == UInt8(ascii: ">") || indicator == UInt8(ascii: "|") {
            value = value.dropFirst().drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || ByteClass.isBlank($0) }
        }
        let open = value.first
        let quote: UInt8? = value.count >= 2 && (open == UInt8(ascii: "\"") || open == UInt8(ascii: "'")) && value.last == open ? open : nil
        if quote != nil { value = value.dropFirst().dropLast() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.count)
        var k = value.startIndex
        while k < value.endIndex {
            let b = value[k]
            let next = k + 1 < value.endIndex ? value[k + 1] : nil
            if quote == UInt8(ascii: "\""), b == UInt8(ascii: "\\"), next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") {
                bytes.append(next!)
                k += 2
            } else if quote == UInt8(ascii: "'"), b == UInt8(ascii: "'"), next == b {
                bytes.append(b)
                k += 2
            } else {
                bytes.append(b)
                k += 1
            }
        }
        while let last = bytes.last, ByteClass.isBlank(last) { bytes.removeLast() }
        if bytes.count >= 2, bytes[bytes.count - 1] == UInt8(ascii: ":") || bytes[bytes.count - 1] == UInt8(ascii: "/"), ByteClass.isBlank(bytes[bytes.count - 2]) {
            bytes.removeLast()
            while let last = bytes.last, ByteClass.isBlank(last) { bytes.removeLast() }
        }
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { DisplayText.string($0, 0..<$0.count) }
    }
}
