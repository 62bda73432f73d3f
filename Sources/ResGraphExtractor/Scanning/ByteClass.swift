/// Byte classes the scanner asks about, as inlinable tests on UTF-8 bytes.
enum ByteClass {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    /// The high bit of each byte of `word` set where that byte is an ASCII letter.
    @inline(__always) static func asciiLetterMask(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let folded = (word | 0x2020_2020_2020_2020) & ~high
        let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
        let pastZ = folded &+ 0x0505_0505_0505_0505
        return atLeastA & ~pastZ & ~word & high
    }
    /// `word` with its ASCII capitals lower-cased, eight bytes as ``lowercased(_:)`` does one.
    @inline(__always) static func asciiLowercased(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low = word & ~high
        let atLeastA = low &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = low &+ 0x2525_2525_2525_2525
        return word | ((atLeastA & ~pastZ & ~word & high) &>> 2)
    }
    @inline(__always) static func isASCIIAlphanumeric(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }
    /// Space, tab, carriage return or line feed.
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    /// Space or tab: white space that does not end a line.
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
    /// The lead byte of a two-byte UTF-8 sequence: Latin with accents, Greek, Cyrillic, Arabic.
    @inline(__always) static func isTwoByteLead(_ b: UInt8) -> Bool { b &- 0xC2 < 0x1E }
    @inline(__always) static func lowercased(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    /// Whether a lower-case Cyrillic letter (а to я, ё and the other letters of D1 80 to D1 9F)
    /// starts at `i`: Russian opens its preambular paragraphs in lower case ("ссылаясь на …").
    @inline(__always) static func isCyrillicLowercase(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i + 1 < p.count else { return false }
        let second = p[i + 1]
        switch p[i] {
        case 0xD0: return second &- 0xB0 < 0x10
        case 0xD1: return second &- 0x80 < 0x20
        default: return false
        }
    }

    /// Whether a capital starts at `i`: A to Z, a Latin-1 capital with an accent (À to Þ but ×),
    /// or a Cyrillic capital (D0 80 to D0 AF).
    @inline(__always) static func isCapitalStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return isUpper(b) }
        guard i + 1 < p.count else { return false }
        let second = p[i + 1]
        switch b {
        case 0xC3: return second &- 0x80 < 0x1F && second != 0x97
        case 0xD0: return second &- 0x80 < 0x30
        default: return false
        }
    }

    /// Whether a letter or digit starts at `i`: ASCII alphanumerics and two-byte letters
    /// (accented Latin, Greek, Cyrillic, Arabic), but not the two-byte punctuation among them
    /// (no-break space, « », ×, ÷, the Arabic comma, semicolon and question mark).
    @inline(__always) static func isLetterStart(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = p[i]
        if b < 0x80 { return isASCIIAlphanumeric(b) }
        guard isTwoByteLead(b), i + 1 < p.count else { return false }
        let second = p[i + 1]
        switch b {
        case 0xC2: return false
        case 0xC3: return second != 0x97 && second != 0xB7
        case 0xD8: return second != 0x8C && second != 0x9B && second != 0x9F
        default: return true
        }
    }
}
