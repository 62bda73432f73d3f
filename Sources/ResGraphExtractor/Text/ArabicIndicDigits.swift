import Foundation

/// Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩, U+0660–U+0669) and their Persian forms (U+06F0–U+06F9), which
/// Arabic texts use as well as ASCII digits ("قرارها ٧٠/١").
///
/// The scanner reads ASCII digits. A text holding the others is read through a copy in which
/// each is an ASCII digit (two bytes become one); every offset found is then mapped back, and
/// matched text is taken again from the original bytes, so offsets and `text` stay those of the file.
struct ArabicIndicDigits {
    /// For each transliterated digit, its offset in the copy; offsets after it shift by one more byte.
    private var digitOffsets: [Int] = []

    /// Whether `bytes` holds an Arabic-Indic digit.
    ///
    /// Run before every scan, so a text without Arabic costs two vectorised searches (`memchr`)
    /// for the digits' lead bytes (0xD9, 0xDB), not a second byte-by-byte pass. Arabic text,
    /// where every other letter has one of those leads, is read on from the first of them
    /// eight bytes at a time, each lead found tested as a digit.
    static func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let firsts = [UInt8(0xD9), 0xDB].compactMap { lead in
            memchr(base, Int32(lead), bytes.count).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
        }
        guard var k = firsts.min() else { return false }
        // Eight bytes and the one after the last: a lead found in the word has its second byte.
        while k &+ 9 <= bytes.count {
            let word = ByteWord.load(bytes, at: k)
            // 0xD9 and 0xDB differ in bit 1 alone: with it set, both are 0xDB. The high bit of
            // every such byte is set (and of some bytes above one, tested too).
            var leads = ByteWord.equal(word | 0x0202_0202_0202_0202, to: 0xDB)
            while leads != 0 {
                let at = k &+ leads.trailingZeroBitCount &>> 3
                if isDigit(bytes[at], bytes[at &+ 1]) { return true }
                leads &= leads &- 1
            }
            k &+= 8
        }
        while k &+ 1 < bytes.count {
            if isDigit(bytes[k], bytes[k &+ 1]) { return true }
            k &+= 1
        }
        return false
    }

    @inline(__always) private static func isDigit(_ lead: UInt8, _ trail: UInt8) -> Bool {
        (lead == 0xD9 && trail &- 0xA0 < 10) || (lead == 0xDB && trail &- 0xB0 < 10)
    }

    /// A copy of `bytes` with ASCII digits for Arabic-Indic ones, and the map back.
    static func transliterate(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], map: ArabicIndicDigits) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var map = ArabicIndicDigits()
        var k = 0
        while k < bytes.count {
            if k + 1 < bytes.count, isDigit(bytes[k], bytes[k + 1]) {
                map.digitOffsets.append(out.count)
                out.append(0x30 + (bytes[k] == 0xD9 ? bytes[k + 1] - 0xA0 : bytes[k + 1] - 0xB0))
                k += 2
            } else {
                out.append(bytes[k])
                k += 1
            }
        }
        return (out, map)
    }

    /// The offset in the original bytes of offset `offset` in the copy.
    func original(_ offset: Int) -> Int {
        var low = 0, high = digitOffsets.count
        while low < high {
            let middle = (low + high) / 2
            if digitOffsets[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return offset + low
    }

    /// `document`, read from the copy, with offsets and matched text of the original `bytes`.
    func mapBack(_ document: ExtractedDocument, to bytes: UnsafeBufferPointer<UInt8>) -> ExtractedDocument {
        var document = document
        for k in document.references.indices {
            var reference = document.references[k]
            reference.start = original(reference.start)
            reference.end = original(reference.end)
            reference.anchor = reference.anchor.map(original)
            reference.anchors = reference.anchors?.map(original)
            reference.text = DisplayText.string(bytes, reference.start..<reference.end)
            document.references[k] = reference
        }
        for k in document.diagnostics.indices { document.diagnostics[k].offset = original(document.diagnostics[k].offset) }
        return document
    }
}
