/// Text taken from a document for display elsewhere (titles, matched text), made safe for
/// every place it goes: XML (SVG, GraphML), HTML, JSON and a terminal.
///
/// C0 control characters other than tab, line feed and carriage return (an ESC sequence, a
/// NUL-like byte) become a space, and the non-characters U+FFFE and U+FFFF become U+FFFD, so
/// the text keeps its byte length and stays valid XML. This is the one place text leaves the
/// extractor; nothing downstream has to clean it again.
public enum DisplayText {
    /// The bytes of `range` in `bytes` as a display-safe string.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        guard needsCleaning(slice) else { return String(utf8: slice) }
        var copy = Array(slice)
        var k = 0
        while k < copy.count {
            let b = copy[k]
            if isControl(b) {
                copy[k] = 0x20
            } else if b == 0xEF, k + 2 < copy.count, copy[k + 1] == 0xBF, copy[k + 2] >= 0xBE {
                copy[k + 2] = 0xBD
            }
            k += 1
        }
        return String(decoding: copy, as: UTF8.self)
    }

    /// `text` made display-safe, for text that did not come from a byte buffer.
    public static func clean(_ text: String) -> String {
        var text = text
        return text.withUTF8 { string($0, 0..<$0.count) }
    }

    @inline(__always) private static func isControl(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F
    }

    private static func needsCleaning(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        // Eight bytes at a time while none of them can start something to clean.
        while k &+ 8 <= bytes.count, !mayStartCleaning(ByteWord.load(bytes, at: k)) {
            k &+= 8
        }
        while k < bytes.count {
            let b = bytes[k]
            if isControl(b) { return true }
            if b == 0xEF, k + 2 < bytes.count, bytes[k + 1] == 0xBF, bytes[k + 2] >= 0xBE { return true }
            k += 1
        }
        return false
    }

    /// Whether any of the eight bytes of `word` is below 0x20, DEL, or 0xEF (the lead byte of
    /// U+FFFE and U+FFFF): a filter, whose yes the byte loop settles; a no is certain.
    @inline(__always) private static func mayStartCleaning(_ word: UInt64) -> Bool {
        ByteWord.below(word, 0x20) | ByteWord.equal(word, to: 0x7F) | ByteWord.equal(word, to: 0xEF) != 0
    }
}

extension String {
    /// The string with line breaks and tabs turned into single spaces, for one-line display.
    public func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
