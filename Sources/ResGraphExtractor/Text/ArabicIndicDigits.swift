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
    /// eight bytes at a time, all eight tested at once with the bytes after them (``digitStarts(_:_:)``).
    static func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        // The first of either lead: the second is looked for only before the first.
        func first(_ lead: UInt8, before end: Int) -> Int? {
            memchr(base, Int32(lead), end).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
        }
        let firstD9 = first(0xD9, before: bytes.count)
        guard var k = first(0xDB, before: firstD9 ?? bytes.count) ?? firstD9 else { return false }
        // Eight bytes and the one after the last: a lead found in the word has its second byte.
        while k &+ 9 <= bytes.count {
            if digitStarts(ByteWord.load(bytes, at: k), ByteWord.load(bytes, at: k &+ 1)) != 0 { return true }
            k &+= 8
        }
        while k &+ 1 < bytes.count {
            if isDigit(bytes[k], bytes[k &+ 1]) { return true }
            k &+= 1
        }
        return false
    }

    /// High bits at the bytes of `word` (eight bytes of text) that begin an Arabic-Indic digit,
    /// `next` holding the eight bytes one further on: each byte's following byte. Exact at every
    /// byte, with no carry from one byte to the next.
    @inline(__always) static func digitStarts(_ word: UInt64, _ next: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let zeros = { (x: UInt64) in ~(((x & lows) &+ lows) | x) & highs }
        // 0xD9 and 0xDB differ in bit 1 alone: with it set, both are 0xDB.
        let leads = zeros((word | 0x0202_0202_0202_0202) ^ 0xDBDB_DBDB_DBDB_DBDB)
        // The second byte's high half is A after 0xD9 and B after 0xDB: bit 1 of the lead is its bit 4.
        let tens = zeros((next & 0xF0F0_F0F0_F0F0_F0F0) ^ (0xA0A0_A0A0_A0A0_A0A0 | (word & 0x0202_0202_0202_0202) &<< 3))
        // Its low half below ten: adding 0x76 to at most 0x0F sets the high bit from ten on.
        let units = ~((next & 0x0F0F_0F0F_0F0F_0F0F) &+ 0x7676_7676_7676_7676) & highs
        return leads & tens & units
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
