/// Reads words broken at a hyphen, as text copied from a justified page keeps them: "resolu-" at
/// one line's end and "tion 242 (1967)" on the next, or "Совета Безопас-ности" with the hyphen
/// left inside the line, or a soft hyphen (U+00AD) that a web page's text kept. The phrase the
/// whole word makes is found as if the hyphen were not there.
///
/// ```swift
/// // "Recalling Human Rights Coun-\ncil resolution 5/1": the hyphen at 27
/// BrokenWordReader(p: text, trie: .standard).phrase(brokenAt: 27)
/// // the organ Human Rights Council, from 10 to 32 (past "cil"), across a line
/// ```
struct BrokenWordReader {
    let p: UnsafeBufferPointer<UInt8>
    let trie: PhraseTrie

    /// A phrase made whole across a hyphen: from `start`, before the hyphen, to `end`, after it.
    struct Phrase {
        let entry: PhraseTrie.Entry
        let start: Int
        let end: Int
        /// Whether the word goes on on the next line.
        let crossesLine: Bool
    }

    /// Whether the hyphen at `hyphen` may break a word: a letter before it, and a lower-case
    /// ASCII letter, a line break or the lead byte of an accented or Cyrillic letter after it.
    /// Most hyphens (in numbers, symbols, "Secretary-General") fail it at once.
    @inline(__always) static func mayBreakWord(_ p: UnsafeBufferPointer<UInt8>, at hyphen: Int) -> Bool {
        guard hyphen > 0, hyphen + 1 < p.count else { return false }
        let before = p[hyphen - 1], after = p[hyphen + 1]
        guard ByteClass.isASCIILetter(before) || before >= 0x80 else { return false }
        return ByteClass.isLower(after) || after == 0x0A || after == 0x0D || after == 0xC3 || after &- 0xD0 < 2
    }

    /// The phrase that the word broken by the hyphen at `hyphen` (`width` bytes long: 2 for a
    /// soft hyphen) makes whole, starting at that word or, for a name, at one of the two words
    /// before it ("General Assem-bly"); nil when the hyphen breaks no phrase ("decision-making",
    /// "re-entry").
    func phrase(brokenAt hyphen: Int, width: Int = 1) -> Phrase? {
        guard let rest = wordGoesOn(after: hyphen + width), let wordStart = letterRunStart(endingAt: hyphen) else { return nil }
        // Only a name ("Coun-cil", "Безопас-ности") completes a phrase begun words before it.
        var start = wordStart
        if ByteClass.isCapitalStart(p, wordStart) {
            for _ in 0..<ScannerLimits.brokenPhraseWordsBefore {
                guard start >= 2, p[start - 1] == 0x20, let before = letterRunStart(endingAt: start - 1),
                      hyphen - before <= ScannerLimits.brokenPhraseLead else { break }
                start = before
            }
        }
        var probe = 0
        while probe < ScannerLimits.brokenWordProbe, rest + probe < p.count, ByteClass.isASCIILetter(p[rest + probe]) || p[rest + probe] >= 0x80 {
            probe += 1
        }
        while true {
            if trie.beginsPhrase(p, from: start, to: hyphen, continuedAt: rest, length: probe),
               let (entry, end) = wholePhrase(from: start, hyphen: hyphen, rest: rest) {
                return Phrase(entry: entry, start: start, end: end, crossesLine: rest != hyphen + width)
            }
            guard start < wordStart else { return nil }
            start = Lookahead(p: p).letterRunEnd(startingAt: start) + 1
        }
    }

    /// Where the word goes on after the hyphen that ends at `hyphenEnd`: right there, or at the
    /// first letter of the next line; always a lower-case letter (a capital after a hyphen is a
    /// compound's second name, "Secretary-General").
    private func wordGoesOn(after hyphenEnd: Int) -> Int? {
        var k = hyphenEnd
        if k < p.count, p[k] == 0x0D { k += 1 }
        if k < p.count, p[k] == 0x0A {
            k += 1
            while k < p.count, p[k] == 0x20 || p[k] == 0x09 { k += 1 }
        } else if k != hyphenEnd {
            return nil
        }
        guard k < p.count else { return nil }
        let b = p[k]
        if ByteClass.isLower(b) || ByteClass.isCyrillicLowercase(p, k) { return k }
        // Latin-1 lower-case letters with accents, ß to ÿ, but not ÷.
        if b == 0xC3, k + 1 < p.count, p[k + 1] >= 0x9F, p[k + 1] != 0xB7 { return k }
        return nil
    }

    private func letterRunStart(endingAt end: Int) -> Int? {
        Lookahead(p: p).letterRunStart(endingAt: end, limit: ScannerLimits.brokenPhraseLead)
    }

    /// The longest phrase from `start` that runs past the hyphen when the text before the hyphen
    /// is joined to the `rest` of its line, with its end in the text. Common words ("with-out")
    /// are left to the words' own counting.
    private func wholePhrase(from start: Int, hyphen: Int, rest: Int) -> (PhraseTrie.Entry, end: Int)? {
        var lineEnd = rest
        while lineEnd < p.count, lineEnd - rest < ScannerLimits.brokenPhraseTail, p[lineEnd] != 0x0A { lineEnd += 1 }
        let lead = hyphen - start
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: lead + (lineEnd - rest)) { joined in
            _ = joined.initialize(fromContentsOf: p[start..<hyphen])
            _ = joined[lead...].initialize(fromContentsOf: p[rest..<lineEnd])
            defer { joined.deinitialize() }
            guard let match = trie.match(in: UnsafeBufferPointer(joined), atAnyStart: 0), match.end > lead else { return nil }
            if case .languageHint = match.entry.phrase { return nil }
            return (match.entry, rest + (match.end - lead))
        }
    }
}
