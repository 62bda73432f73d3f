import CTextWindow
/// A byte trie over every phrase of every ``LanguageTable``, matched in place in the text.
///
/// Matching is case-insensitive for ASCII letters, and a space in a phrase matches any run
/// of white space (phrases wrap across lines in PDF text); no phrase starts with one. The
/// longest phrase wins; a phrase that ends in a letter must not be followed by another letter
/// or digit.
///
/// Most words start no phrase. A word of ASCII letters is looked up whole in a table of the
/// runs of letters phrases begin with, and the trie is walked on from the node that run
/// reaches; in running text, a filter of that table turns the words away thirty-two bytes of
/// text at a time (``passPlainWords(in:from:hits:lastComma:)``). Elsewhere, bitsets turn most starts away before the trie is walked. For ASCII
/// phrases, the first two bytes are tested exactly, then a hash of the first three (phrases of
/// one or two bytes, "y", "du", "et", skip the second test); for three-byte characters, the
/// first code point, then a hash of the first two (unless a phrase goes on from the first with
/// something else: "第 ", "号"); for two-byte characters, up to three (``TwoByteStarts``). A
/// walk compares runs of single edges with the text eight bytes at a time (``Chain``); a phrase
/// that begins with a two- or three-byte character is walked from the node that character reaches.
///
/// The standard trie lives for the whole process, so its tables are plain buffers, never freed;
/// they are written only in `init`, which is why sharing the trie across threads is safe.
final class PhraseTrie: @unchecked Sendable {
    /// What a match found.
    struct Entry: Sendable {
        let phrase: Phrase
        let language: Language
    }

    private struct Edge {
        let byte: UInt8
        let child: Int32
    }

    /// The bytes from a node along its only edge and on while each node reached has one edge and
    /// no phrase ends there (up to eight, none white space), and the node they lead to: the walk
    /// compares them with the text at once, not a node at a time. A node without one has none.
    private struct Chain {
        var bytes: UInt64 = 0
        var mask: UInt64 = 0
        var length = 0
        var end: Int32 = -1
    }

    /// A slot of the table of first words: the run of ASCII letters a phrase begins with (in
    /// lower case, packed little-endian into two words), the trie node reached by reading it, the
    /// phrase that ends there, whether any phrase goes on past it, and filters of the bytes it
    /// goes on with (bit `byte & 63` of each edge's byte, white space as 0x20) and of the bytes
    /// that go on after white space: a word that none of them follows is answered without a walk.
    private struct FirstWord {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var nextBytes: UInt64 = 0
        var afterSpace: UInt64 = 0
        var length: Int32 = 0
        var node: Int32 = -1
        var payload: Int32 = -1
        var continues = false
    }

    /// A language hint ("the", "and", "les") that no phrase goes on from, in its slot of
    /// ``plainHints``: its letters packed as in ``FirstWord`` (which tell its length, as no
    /// letter is a zero byte) and its entry. An empty slot holds no letters.
    private struct PlainHint {
        var low: UInt64 = 0
        var payload: Int32 = -1
        /// The ``Language/index`` of its language; in an empty slot, any language's (a word
        /// counted there is counted as none).
        var language: Int32 = 0
    }

    /// The bits of the sixteen bytes loaded from a word's start that are its letters, in the two
    /// halves a word is packed in (see ``FirstWord``).
    private struct WordMask {
        var low: UInt64
        var high: UInt64

        /// The masks of a word of `length` letters, 0 to 16.
        @inline(__always) init(length: Int) {
            // Masking shifts: the lengths that would shift by 64 or more take the other branch.
            let bits = UInt64(truncatingIfNeeded: length) &* 8
            low = length >= 8 ? ~0 : (1 &<< bits) &- 1
            high = length <= 8 ? 0 : (length >= 16 ? ~0 : (1 &<< (bits &- 64)) &- 1)
        }
    }

    /// Slots in the table of plain language hints (a power of two): the top bits of a word's hash.
    private static let plainHintSlots = 64

    /// A slot of the table of first characters: a two- or three-byte character that begins a
    /// phrase, its bytes packed big-endian (-1 in an empty slot), and the trie node they reach.
    private struct FirstCharacter {
        var key: Int32 = -1
        var node: Int32 = -1
    }

    /// Slots in the table of first characters (a power of two, at least twice their number).
    private static let firstCharacterSlots = 1024

    /// The most letters a ``FirstWord`` holds.
    private static let packedLetters = 16
    /// Slots in the table of first words (a power of two, at least four times their number).
    private static let firstWordSlots = 4096
    /// Bits in the filter of first words (a power of two).
    private static let firstWordFilterBits = 16384

    private let root: UnsafeMutableBufferPointer<Int32>
    private let edgeStart: UnsafeMutableBufferPointer<Int32>
    private let edgeCount: UnsafeMutableBufferPointer<Int32>
    private let edges: UnsafeMutableBufferPointer<Edge>
    private let chains: UnsafeMutableBufferPointer<Chain>
    private let payload: UnsafeMutableBufferPointer<Int32>
    private let asciiPairs: UnsafeMutableBufferPointer<UInt64>
    private let shortPairs: UnsafeMutableBufferPointer<UInt64>
    private let asciiTriples: UnsafeMutableBufferPointer<UInt64>
    private let wideStarts: UnsafeMutableBufferPointer<UInt64>
    /// The first characters of phrases that stop after them or go on with a byte that does
    /// not start a three-byte character: for these the first character alone decides.
    private let wideAlone: UnsafeMutableBufferPointer<UInt64>
    /// Hashes of the first two characters of phrases that begin with two three-byte characters.
    private let widePairs: UnsafeMutableBufferPointer<UInt64>
    /// The first characters of phrases that begin with a two-byte character.
    private let twoByteStarts: TwoByteStarts
    /// The node each two- or three-byte character that begins a phrase reaches: the walk of an
    /// Arabic, Cyrillic or CJK phrase starts after its first character, not at its first byte.
    private let firstCharacters: UnsafeMutableBufferPointer<FirstCharacter>
    private let entries: UnsafeMutableBufferPointer<Entry>
    private let firstWords: UnsafeMutableBufferPointer<FirstWord>
    /// One bit per hash of a first word, small enough to stay in the processor's nearest cache:
    /// most words are turned away by it without touching ``firstWords``.
    private let firstWordFilter: UnsafeMutableBufferPointer<UInt64>
    /// The language hints no phrase goes on from, by the top bits of their hash: a fifth of the
    /// words of running text are such hints, let through by the filter, and are answered here
    /// without a search of ``firstWords``.
    private let plainHints: UnsafeMutableBufferPointer<PlainHint>
    /// The longest run of ASCII letters that begins a phrase, or lies on the way to one.
    private let longestFirstWord: Int
    /// For each length of a word from 0 to 16 letters, the masks that keep its letters of the
    /// sixteen bytes loaded from its start.
    private let wordMasks: UnsafeMutableBufferPointer<WordMask>

    /// The trie of all tables the extractor reads with.
    static let standard = PhraseTrie(tables: LanguageTable.all)

    init(tables: [LanguageTable]) {
        var trie = TrieBuilder()
        var entries: [Entry] = []
        var pairs = [UInt64](repeating: 0, count: 1024)
        var short = [UInt64](repeating: 0, count: 1024)
        var triples = [UInt64](repeating: 0, count: 1024)
        var wide = [UInt64](repeating: 0, count: 1024)
        var alone = [UInt64](repeating: 0, count: 1024)
        var widePairs = [UInt64](repeating: 0, count: 1024)
        var phraseBytes: [[UInt8]] = []
        var characterNodes: [(key: Int32, node: Int)] = []
        for table in tables {
            for (text, phrase) in table.phrases {
                var bytes = Array(text.utf8)
                for index in bytes.indices { bytes[index] = ByteClass.lowercased(bytes[index]) }
                // The main loop passes white space by, and reads on from one word to the next.
                precondition(!ByteClass.isSpace(bytes[0]), "the phrase \"\(text)\" starts with white space")
                // Nor with a comma: the word loop passes ", " between words as it passes a space
                // (``passPlainWords(in:from:hits:lastComma:)``).
                precondition(bytes[0] != UInt8(ascii: ","), "the phrase \"\(text)\" starts with a comma")
                phraseBytes.append(bytes)
                if bytes[0] < 0x80 {
                    let key = Self.pairKey(bytes[0], bytes.count > 1 ? bytes[1] : 0x20)
                    pairs[key >> 6] |= 1 << UInt64(key & 63)
                    switch bytes.count {
                    case 1:
                        for second in 0...255 {
                            let key = Self.pairKey(bytes[0], UInt8(second))
                            pairs[key >> 6] |= 1 << UInt64(key & 63)
                            short[key >> 6] |= 1 << UInt64(key & 63)
                        }
                    case 2:
                        short[key >> 6] |= 1 << UInt64(key & 63)
                    default:
                        let triple = Self.tripleKey(bytes[0], bytes[1], bytes[2])
                        triples[triple >> 6] |= 1 << UInt64(triple & 63)
                    }
                } else if bytes[0] >= 0xE0, bytes[0] < 0xF0 {
                    let key = Self.wideKey(bytes[0], bytes[1], bytes[2])
                    wide[key >> 6] |= 1 << UInt64(key & 63)
                    if bytes.count >= 6, bytes[3] >= 0xE0, bytes[3] < 0xF0 {
                        let pair = Self.widePairKey(key, Self.wideKey(bytes[3], bytes[4], bytes[5]))
                        widePairs[pair >> 6] |= 1 << UInt64(pair & 63)
                    } else {
                        alone[key >> 6] |= 1 << UInt64(key & 63)
                    }
                }
                // A two- or three-byte first character's node is kept for the table of first characters.
                let characterLength = ByteClass.isTwoByteLead(bytes[0]) ? 2 : bytes[0] &- 0xE0 < 0x10 ? 3 : 0
                var node = TrieBuilder.root
                for (offset, key) in bytes.enumerated() {
                    node = trie.childMade(of: node, byte: key)
                    if offset + 1 == characterLength {
                        // The character's bytes packed big-endian.
                        characterNodes.append((bytes[..<characterLength].reduce(Int32(0)) { $0 << 8 | Int32($1) }, node))
                    }
                }
                if trie.payloads[node] < 0 {
                    trie.payloads[node] = Int32(entries.count)
                    entries.append(Entry(phrase: phrase, language: table.language))
                }
            }
        }
        trie.sortEdges()
        var starts: [Int32] = [], counts: [Int32] = [], flat: [Edge] = []
        for node in 0..<trie.nodeCount {
            let out = trie.edges(of: node)
            starts.append(Int32(flat.count))
            counts.append(Int32(out.count))
            for (byte, child) in out { flat.append(Edge(byte: byte, child: Int32(child))) }
        }
        var chainList = [Chain](repeating: Chain(), count: trie.nodeCount)
        for node in 0..<trie.nodeCount {
            var chain = Chain(), current = node
            while chain.length < 8 {
                let out = trie.edges(of: current)
                guard out.count == 1, let edge = out.first, !ByteClass.isSpace(edge.byte) else { break }
                chain.bytes |= UInt64(edge.byte) << UInt64(8 * chain.length)
                chain.length += 1
                current = edge.child
                if trie.payloads[current] >= 0 { break }
            }
            guard chain.length >= 2 else { continue }
            chain.mask = chain.length == 8 ? ~0 : (1 << UInt64(8 * chain.length)) - 1
            chain.end = Int32(current)
            chainList[node] = chain
        }
        var characters = [FirstCharacter](repeating: FirstCharacter(), count: Self.firstCharacterSlots)
        var characterCount = 0
        for (key, node) in characterNodes {
            var slot = Self.firstCharacterSlot(key)
            while characters[slot].key >= 0 && characters[slot].key != key { slot = (slot + 1) & (Self.firstCharacterSlots - 1) }
            guard characters[slot].key < 0 else { continue }
            characters[slot] = FirstCharacter(key: key, node: Int32(node))
            characterCount += 1
            precondition(characterCount <= Self.firstCharacterSlots / 2, "the language tables have more first characters than firstCharacterSlots / 2: raise it")
        }
        var rootTable = [Int32](repeating: -1, count: 256)
        for (byte, child) in trie.edges(of: TrieBuilder.root) { rootTable[Int(byte)] = Int32(child) }
        func buffer<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return buffer
        }
        var words = [FirstWord](repeating: FirstWord(), count: Self.firstWordSlots)
        var filter = [UInt64](repeating: 0, count: Self.firstWordFilterBits / 64)
        var longest = 0, stored = 0
        for (node0, child0) in trie.edges(of: TrieBuilder.root) where ByteClass.isLower(node0) {
            // Every path of letters from the root whose node has a non-letter edge or a payload
            // is the first word of a phrase.
            var stack: [([UInt8], Int)] = [([node0], child0)]
            while let (word, node) = stack.popLast() {
                let out = trie.edges(of: node)
                let continues = out.contains { !ByteClass.isLower($0.byte) }
                longest = max(longest, word.count)
                // A first word longer than a packed word holds is left to the byte-by-byte walk.
                if trie.payloads[node] >= 0 || continues, word.count <= Self.packedLetters {
                    let (low, high) = word.withUnsafeBufferPointer { Self.packedWord($0, 0, word.count) }
                    let hash = Self.hash(low, high)
                    filter[Self.filterBit(hash) >> 6] |= 1 << UInt64(Self.filterBit(hash) & 63)
                    stored += 1
                    precondition(stored <= Self.firstWordSlots / 4, "the language tables have more first words than firstWordSlots / 4: raise it")
                    var slot = Self.slot(hash)
                    while words[slot].length != 0 { slot = (slot + 1) & (Self.firstWordSlots - 1) }
                    // A phrase that would end with the white space lets every byte after it through.
                    let afterSpace = trie.child(of: node, byte: 0x20).map { trie.payloads[$0] >= 0 ? ~0 : trie.edgeFilter(of: $0) } ?? 0
                    words[slot] = FirstWord(low: low, high: high, nextBytes: trie.edgeFilter(of: node), afterSpace: afterSpace,
                                            length: Int32(word.count), node: Int32(node), payload: trie.payloads[node], continues: continues)
                }
                for (byte, child) in out where ByteClass.isLower(byte) {
                    var longer = word
                    longer.append(byte)
                    stack.append((longer, child))
                }
            }
        }
        var hints = [PlainHint](repeating: PlainHint(), count: Self.plainHintSlots)
        for word in words where word.length > 0 && word.payload >= 0 && !word.continues && word.high == 0 {
            guard case .languageHint = entries[Int(word.payload)].phrase else { continue }
            let slot = Self.plainHintSlot(Self.hash(word.low, word.high))
            // Two hints in one slot: the second is found in the table of first words, as any word.
            if hints[slot].low == 0 {
                hints[slot] = PlainHint(low: word.low, payload: word.payload, language: Int32(entries[Int(word.payload)].language.index))
            }
        }
        firstWords = buffer(words)
        firstWordFilter = buffer(filter)
        plainHints = buffer(hints)
        longestFirstWord = longest
        wordMasks = buffer((0...Self.packedLetters).map(WordMask.init(length:)))
        root = buffer(rootTable)
        edgeStart = buffer(starts)
        edgeCount = buffer(counts)
        edges = buffer(flat)
        chains = buffer(chainList)
        payload = buffer(trie.payloads)
        asciiPairs = buffer(pairs)
        shortPairs = buffer(short)
        asciiTriples = buffer(triples)
        wideStarts = buffer(wide)
        wideAlone = buffer(alone)
        self.widePairs = buffer(widePairs)
        twoByteStarts = TwoByteStarts(phrases: phraseBytes)
        firstCharacters = buffer(characters)
        self.entries = buffer(entries)
    }

    @inline(__always) private static func pairKey(_ first: UInt8, _ second: UInt8) -> Int {
        let normalized = ByteClass.isSpace(second) ? 0x20 : ByteClass.lowercased(second)
        return Int(ByteClass.lowercased(first) & 0x7F) << 8 | Int(normalized)
    }

    /// A 16-bit hash of a phrase's first three trie steps (white space as 0x20).
    @inline(__always) private static func tripleKey(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        let normalized = { (b: UInt8) -> UInt32 in ByteClass.isSpace(b) ? 0x20 : UInt32(ByteClass.lowercased(b)) }
        let value = normalized(first) << 16 | normalized(second) << 8 | normalized(third)
        return Int((value &* 0x9E37_79B1) >> 16)
    }

    @inline(__always) private static func wideKey(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        Int(b0 & 0x0F) << 12 | Int(b1 & 0x3F) << 6 | Int(b2 & 0x3F)
    }

    @inline(__always) private static func firstCharacterSlot(_ key: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt32(bitPattern: key) &* 0x9E37_79B1) &>> 22) & (firstCharacterSlots - 1)
    }

    /// A 16-bit hash of two characters' ``wideKey(_:_:_:)``s.
    @inline(__always) private static func widePairKey(_ first: Int, _ second: Int) -> Int {
        Int(truncatingIfNeeded: (UInt32(truncatingIfNeeded: first) << 16 | UInt32(truncatingIfNeeded: second)) &* 0x9E37_79B1) >> 16
    }

    /// Whether a phrase may start at `start`: an exact test of its first two bytes (ASCII) or
    /// first character (three-byte UTF-8), then a hash of the first three bytes or two
    /// characters; for two-byte characters, ``TwoByteStarts``. Far cheaper than ``match(in:at:)``.
    @inline(__always) func canStart(_ p: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let b0 = p[start]
        if b0 < 0x80 {
            let b1 = start + 1 < p.count ? p[start + 1] : 0x20
            let key = Self.pairKey(b0, b1)
            guard asciiPairs[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return false }
            if shortPairs[key >> 6] & (1 << UInt64(key & 63)) != 0 { return true }
            var j = start + 2
            if ByteClass.isSpace(b1) { while j < p.count, ByteClass.isSpace(p[j]) { j += 1 } }
            let triple = Self.tripleKey(b0, b1, j < p.count ? p[j] : 0x20)
            return asciiTriples[triple >> 6] & (1 << UInt64(triple & 63)) != 0
        }
        if ByteClass.isTwoByteLead(b0) { return twoByteStarts.mayBegin(p, at: start) }
        guard b0 >= 0xE0, b0 < 0xF0 else { return root[Int(b0)] >= 0 }
        guard start + 2 < p.count else { return false }
        return canStart(wide: b0, p[start + 1], p[start + 2], in: p, at: start)
    }

    /// Whether the three-byte character `b0 b1 b2` begins any phrase: the first test of
    /// ``canStart(wide:_:_:in:at:)``, which a character that fails it fails too.
    @inline(__always) func mayStart(wide b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Bool {
        let key = Self.wideKey(b0, b1, b2)
        return wideStarts[key &>> 6] & (1 &<< UInt64(key & 63)) != 0
    }

    /// Whether a phrase may start with the three-byte character `b0 b1 b2` at `start`, and the
    /// character after it.
    @inline(__always) func canStart(wide b0: UInt8, _ b1: UInt8, _ b2: UInt8, in p: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard mayStart(wide: b0, b1, b2) else { return false }
        let key = Self.wideKey(b0, b1, b2)
        if wideAlone[key &>> 6] & (1 &<< UInt64(key & 63)) != 0 { return true }
        let next = start &+ 3
        guard next &+ 2 < p.count, p[next] &- 0xE0 < 0x10 else { return false }
        let pair = Self.widePairKey(key, Self.wideKey(p[next], p[next &+ 1], p[next &+ 2]))
        return widePairs[pair &>> 6] & (1 &<< UInt64(pair & 63)) != 0
    }

    /// The hash of a packed word, whose top bits the tables use. One multiplication: the second
    /// half, empty for words of eight letters or fewer (most), is turned and folded into the
    /// first before it. Two words the fold makes equal share a slot or a filter bit, which the
    /// tables allow (the words themselves are compared). A word's length is in its letters.
    @inline(__always) private static func hash(_ low: UInt64, _ high: UInt64) -> UInt64 {
        (low ^ (high &<< 29 | high &>> 35)) &* 0x9E37_79B9_7F4A_7C15
    }

    @inline(__always) private static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> 52) & (firstWordSlots - 1)
    }

    @inline(__always) private static func plainHintSlot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash &>> 58) & (plainHintSlots - 1)
    }

    /// The bit of the filter of first words a word with `hash` sets: the hash's top bits, so
    /// that the word of the filter it lies in is the hash shifted alone.
    @inline(__always) private static func filterBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash &>> UInt64(64 &- firstWordFilterBits.trailingZeroBitCount))
    }

    /// The lower-cased letters of `start..<end`, at most ``packedLetters`` of them, packed as in ``FirstWord``.
    @inline(__always) private static func packedWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt64, UInt64) {
        let length = end - start
        var low: UInt64 = 0, high: UInt64 = 0
        if start &+ 16 <= p.count {
            let base = UnsafeRawPointer(p.baseAddress.unsafelyUnwrapped + start)
            low = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
            high = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        } else {
            for index in 0..<length {
                if index < 8 { low |= UInt64(p[start + index]) << UInt64(8 * index) } else { high |= UInt64(p[start + index]) << UInt64(8 * (index - 8)) }
            }
        }
        return packed(low: low, high: high, length: length)
    }

    /// The first `length` bytes of `low` and `high` (sixteen bytes, little-endian) lower-cased,
    /// the rest cleared: a word packed as in ``FirstWord``.
    @inline(__always) private static func packed(low: UInt64, high: UInt64, length: Int) -> (UInt64, UInt64) {
        let mask = WordMask(length: length)
        return ((low | 0x2020_2020_2020_2020) & mask.low, (high | 0x2020_2020_2020_2020) & mask.high)
    }

    /// The longest phrase starting at `start`, where a run of ASCII letters begins that ends at
    /// `wordEnd`: the same answer as ``match(in:at:)``, found by looking the whole run up in the
    /// table of first words (most words begin no phrase and are turned away by one probe).
    @inline(__always) func match(in p: UnsafeBufferPointer<UInt8>, at start: Int, wordEnd: Int) -> (entry: Entry, end: Int)? {
        let length = wordEnd &- start
        guard length <= longestFirstWord else { return nil }
        guard length <= Self.packedLetters else { return match(in: p, at: start) }
        let (low, high) = Self.packedWord(p, start, wordEnd)
        return lookUp(low: low, high: high, length: length, in: p, wordEnd: wordEnd)
    }

    /// ``match(in:at:wordEnd:)`` for a word of one to fifteen letters whose bytes were loaded
    /// already: `low` and `high` hold the sixteen bytes from `start` (little-endian), the first
    /// `length` of them letters. The main loop reads nearly every word this way, loading it once.
    @inline(__always) func match(in p: UnsafeBufferPointer<UInt8>, at start: Int, low: UInt64, high: UInt64, length: Int) -> (entry: Entry, end: Int)? {
        let (low, high) = Self.packed(low: low, high: high, length: length)
        return lookUp(low: low, high: high, length: length, in: p, wordEnd: start &+ length)
    }

    /// ``match(in:at:low:high:length:)`` for a word of fewer than eight letters (most words): its
    /// packed form has no high half, so neither does its hash. A language hint no phrase goes on
    /// from is answered from ``plainHints``.
    @inline(__always) func match(in p: UnsafeBufferPointer<UInt8>, at start: Int, shortWord low: UInt64, length: Int) -> (entry: Entry, end: Int)? {
        let packedLow = Self.packed(shortWord: low, length: length)
        let wordEnd = start &+ length
        let hash = Self.hash(packedLow, 0)
        guard mayBeFirstWord(hash) else { return nil }
        // A plain hint's slot of the table of first words holds no node to walk on from: what
        // the search would answer is answered here.
        let hint = plainHints[Self.plainHintSlot(hash)]
        if hint.low == packedLow {
            return endsAtBoundary(p, wordEnd) ? (entries[Int(hint.payload)], wordEnd) : nil
        }
        return probe(hash: hash, low: packedLow, high: 0, length: length, in: p, wordEnd: wordEnd)
    }

    /// Passes the words from `start` (where an ASCII letter begins a word) that begin no phrase,
    /// each followed by a space, or by a comma and a space, while a letter follows the space,
    /// counting the plain language hints among them in `hits` and setting `lastComma` to each
    /// comma passed (as the main loop notes a comma): the bulk of running text, read thirty-two
    /// bytes at a time. Returns the start of the first word it cannot pass this way, or the place
    /// after the last word's space where no letter follows it.
    @inline(__always) func passPlainWords(in p: UnsafeBufferPointer<UInt8>, from start: Int, hits: inout PhraseCounts, lastComma: inout Int) -> Int {
        let text = p.baseAddress.unsafelyUnwrapped
        let filter = firstWordFilter.baseAddress.unsafelyUnwrapped
        let hints = plainHints.baseAddress.unsafelyUnwrapped
        let masks = wordMasks.baseAddress.unsafelyUnwrapped
        // Every byte read is in the text: the window's thirty-two, the one after them (read for a
        // space), and the sixteen a word is loaded with (from its start, the window's thirty-first
        // byte at most).
        let last = p.count &- 47
        var i = start
        while i <= last {
            // Thirty-two bytes looked at once; the words that end among them are read from this look.
            let letters = UInt64(rg_letters(text + i))
            guard letters & 1 != 0 else { return i }
            // Not letters, with the window's end and the byte after it as two more: a word whose
            // space is the byte after the window leaves the second.
            var stops = ~letters & 0xFFFF_FFFF | 0x3_0000_0000
            while true {
                let length = stops.trailingZeroBitCount
                let after = text[i &+ length]
                guard after == 0x20, length != 0 else {
                    // A comma and a space part two words as a space does (no phrase begins with a
                    // comma): the comma is noted, and the words go on from a new window.
                    if after == 0x2C, length != 0, text[i &+ length &+ 1] == 0x20 {
                        guard Self.isPlainAfterComma(wordAt: text + i, length: length, filter: filter, hints: hints, masks: masks, hits: &hits) else { return i }
                        lastComma = i &+ length
                        i &+= length &+ 2
                        break
                    }
                    // A letter there is past the window's end: the word is read from a new window
                    // at its start (one that fills a window is left to the caller).
                    guard ByteClass.isASCIILetter(after), length < 32 else { return i }
                    break
                }
                guard Self.isPlain(wordAt: text + i, length: length, filter: filter, hints: hints, masks: masks, hits: &hits) else { return i }
                i &+= length &+ 1
                stops &>>= UInt64(truncatingIfNeeded: length &+ 1)
            }
        }
        return i
    }

    /// ``isPlain(wordAt:length:filter:hints:masks:hits:)`` out of line, for a word before a comma:
    /// inlined there too, it made the run's loop keep fewer of its values in registers.
    @inline(never) private static func isPlainAfterComma(wordAt word: UnsafePointer<UInt8>, length: Int, filter: UnsafeMutablePointer<UInt64>,
                                                         hints: UnsafeMutablePointer<PlainHint>, masks: UnsafeMutablePointer<WordMask>,
                                                         hits: inout PhraseCounts) -> Bool {
        isPlain(wordAt: word, length: length, filter: filter, hints: hints, masks: masks, hits: &hits)
    }

    /// Whether the word of `length` letters at `word` (sixteen bytes readable from it) begins no
    /// phrase, or is a language hint alone, counted in `hits`: a word ``passPlainWords(in:from:hits:lastComma:)``
    /// passes. A word of more than sixteen letters is not answered here.
    @inline(__always) private static func isPlain(wordAt word: UnsafePointer<UInt8>, length: Int, filter: UnsafeMutablePointer<UInt64>,
                                                  hints: UnsafeMutablePointer<PlainHint>, masks: UnsafeMutablePointer<WordMask>,
                                                  hits: inout PhraseCounts) -> Bool {
        guard length <= packedLetters else { return false }
        // Without a branch on the word's length or on what the filter says: both are as often
        // one way as the other in running text, and a processor guesses them wrong that often.
        let base = UnsafeRawPointer(word)
        let mask = masks[length]
        let low = (UInt64(littleEndian: base.loadUnaligned(as: UInt64.self)) | 0x2020_2020_2020_2020) & mask.low
        let high = (UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) | 0x2020_2020_2020_2020) & mask.high
        let hash = hash(low, high)
        let hint = hints[plainHintSlot(hash)]
        let isHint: UInt64 = (hint.low ^ low) | high == 0 ? 1 : 0
        hits.add(Int(truncatingIfNeeded: isHint), at: Int(truncatingIfNeeded: hint.language))
        let bit = filterBit(hash)
        // A hint is in the filter, so this is 1 only for a word the filter lets through that
        // is no hint.
        let mayBegin = filter[bit &>> 6] &>> UInt64(truncatingIfNeeded: bit & 63) & 1
        return mayBegin &- isHint == 0
    }

    /// The first `length` bytes of `low` (a word of fewer than eight letters) lower-cased, the
    /// rest cleared: a short word packed as in ``FirstWord``.
    @inline(__always) private static func packed(shortWord low: UInt64, length: Int) -> UInt64 {
        (low | 0x2020_2020_2020_2020) & ((1 &<< (UInt64(truncatingIfNeeded: length) &* 8)) &- 1)
    }

    /// Whether the filter of first words lets a word with `hash` through: a no is certain.
    @inline(__always) private func mayBeFirstWord(_ hash: UInt64) -> Bool {
        Self.isSet(Self.filterBit(hash), in: firstWordFilter.baseAddress.unsafelyUnwrapped)
    }

    /// Whether `bit` of the filter of first words (whose words start at `filter`) is set.
    @inline(__always) private static func isSet(_ bit: Int, in filter: UnsafeMutablePointer<UInt64>) -> Bool {
        filter[bit &>> 6] & (1 &<< UInt64(truncatingIfNeeded: bit & 63)) != 0
    }

    /// The phrase a word packed as `low` and `high` begins, the word ending at `wordEnd`.
    @inline(__always) private func lookUp(low: UInt64, high: UInt64, length: Int, in p: UnsafeBufferPointer<UInt8>, wordEnd: Int) -> (entry: Entry, end: Int)? {
        let hash = Self.hash(low, high)
        guard mayBeFirstWord(hash) else { return nil }
        return probe(hash: hash, low: low, high: high, length: length, in: p, wordEnd: wordEnd)
    }

    /// The table of first words searched for a word its filter let through (a quarter of words
    /// in running text, most of them "the", "and", "of"): out of line, so that the loop over
    /// the words the filter turns away stays small.
    @inline(never) private func probe(hash: UInt64, low: UInt64, high: UInt64, length: Int, in p: UnsafeBufferPointer<UInt8>, wordEnd: Int) -> (entry: Entry, end: Int)? {
        var slot = Self.slot(hash)
        while true {
            let candidate = firstWords[slot]
            if candidate.length == 0 { return nil }
            if candidate.low == low, candidate.high == high, candidate.length == Int32(truncatingIfNeeded: length) {
                if candidate.continues, wordEnd < p.count, mayGoOn(candidate, in: p, at: wordEnd) {
                    return walk(in: p, from: candidate.node, at: wordEnd)
                }
                guard candidate.payload >= 0, endsAtBoundary(p, wordEnd) else { return nil }
                return (entries[Int(candidate.payload)], wordEnd)
            }
            slot = (slot + 1) & (Self.firstWordSlots - 1)
        }
    }

    /// Whether a phrase through `word` may go on at `next`, the byte after it: a filter, so a
    /// yes may still find no phrase; a no is certain.
    @inline(__always) private func mayGoOn(_ word: FirstWord, in p: UnsafeBufferPointer<UInt8>, at next: Int) -> Bool {
        guard ByteClass.isSpace(p[next]) else { return word.nextBytes & (1 &<< UInt64(ByteClass.lowercased(p[next]) & 63)) != 0 }
        guard word.nextBytes & (1 &<< 0x20) != 0 else { return false }
        var k = next &+ 1
        while k < p.count, ByteClass.isSpace(p[k]) { k &+= 1 }
        guard k < p.count else { return word.afterSpace == ~0 }
        return word.afterSpace & (1 &<< UInt64(ByteClass.lowercased(p[k]) & 63)) != 0
    }

    /// The phrase whatever starts at `start` begins: a word of ASCII letters is looked up whole,
    /// as the main loop looks it up; another start goes through the filters first. None at the
    /// text's end, where a reader that skipped the spaces after a number may ask.
    @inline(__always) func match(in p: UnsafeBufferPointer<UInt8>, atAnyStart start: Int) -> (entry: Entry, end: Int)? {
        guard start < p.count else { return nil }
        if ByteClass.isASCIILetter(p[start]) { return match(in: p, at: start, wordEnd: Lookahead(p: p).wordEnd(after: start)) }
        return canStart(p, at: start) ? match(in: p, at: start) : nil
    }

    /// The longest phrase starting at `start` with the three-byte character `b0 b1 b2`: the same
    /// answer as ``match(in:at:)``, the walk begun after the character from the node it reaches.
    func match(wide b0: UInt8, _ b1: UInt8, _ b2: UInt8, in p: UnsafeBufferPointer<UInt8>, at start: Int) -> (entry: Entry, end: Int)? {
        match(firstCharacter: Int32(b0) << 16 | Int32(b1) << 8 | Int32(b2), length: 3, in: p, at: start)
    }

    /// The longest phrase starting at `start` with the two-byte character `b0 b1` (Arabic,
    /// Cyrillic, accented Latin): the same answer as ``match(in:at:)``, walked as
    /// ``match(wide:_:_:in:at:)`` walks.
    func match(twoByte b0: UInt8, _ b1: UInt8, in p: UnsafeBufferPointer<UInt8>, at start: Int) -> (entry: Entry, end: Int)? {
        match(firstCharacter: Int32(b0) << 8 | Int32(b1), length: 2, in: p, at: start)
    }

    @inline(__always) private func match(firstCharacter key: Int32, length: Int, in p: UnsafeBufferPointer<UInt8>, at start: Int) -> (entry: Entry, end: Int)? {
        var slot = Self.firstCharacterSlot(key)
        while true {
            let found = firstCharacters[slot]
            if found.key == key { return walk(in: p, from: found.node, at: start &+ length) }
            if found.key < 0 { return nil }
            slot = (slot &+ 1) & (Self.firstCharacterSlots - 1)
        }
    }

    /// The longest phrase starting at `start`, with the index just past it.
    func match(in p: UnsafeBufferPointer<UInt8>, at start: Int) -> (entry: Entry, end: Int)? {
        let node = root[Int(ByteClass.lowercased(p[start]))]
        guard node >= 0 else { return nil }
        return walk(in: p, from: node, at: start + 1)
    }

    /// Whether some phrase begins with the text `start..<end` followed by the `length` bytes
    /// from `next` (the two sides of a word broken at a hyphen), read as ``match(in:at:)`` reads
    /// it: a walk that nearly every pair of words leaves within a few bytes.
    func beginsPhrase(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, continuedAt next: Int, length: Int) -> Bool {
        guard start < end else { return false }
        var node = root[Int(ByteClass.lowercased(p[start]))]
        var j = start + 1
        var stop = end
        while node >= 0 {
            if j == stop {
                guard stop == end, length > 0 else { return true }
                j = next
                stop = min(next + length, p.count)
                continue
            }
            let byte = p[j]
            if ByteClass.isSpace(byte) {
                guard let child = child(of: node, byte: 0x20) else { return false }
                node = child
                while j < stop, ByteClass.isSpace(p[j]) { j += 1 }
            } else {
                guard let child = child(of: node, byte: ByteClass.lowercased(byte)) else { return false }
                node = child
                j += 1
            }
        }
        return false
    }

    /// The longest phrase through `node`, the node reached by reading the text up to `next`.
    /// Phrases ending before `next` are not looked at: callers start from one byte, or from a
    /// whole run of letters, inside which no phrase can end. Where a ``Chain`` leaves a node, its
    /// bytes are compared with the text's at once.
    private func walk(in p: UnsafeBufferPointer<UInt8>, from node: Int32, at next: Int) -> (entry: Entry, end: Int)? {
        // The tables held in locals: read through `self` at every step, each was loaded again.
        let chains = chains, payload = payload, edgeStart = edgeStart, edgeCount = edgeCount, edges = edges
        let count = p.count
        var node = Int(node)
        var j = next
        var best: (Int32, Int)? = nil
        var fallback: (Int32, Int)? = nil
        if payload[node] >= 0 { best = (payload[node], j) }
        while j < count {
            let chain = chains[node]
            if chain.length > 0, j &+ 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress.unsafelyUnwrapped + j).loadUnaligned(as: UInt64.self))
                // A difference anywhere along the chain ends the walk: no other edge leaves it.
                guard (ByteClass.asciiLowercased(word) ^ chain.bytes) & chain.mask == 0 else { break }
                node = Int(chain.end)
                j &+= chain.length
            } else {
                let byte = p[j]
                let wanted = ByteClass.isSpace(byte) ? 0x20 : ByteClass.lowercased(byte)
                // A node's edges, looked through for the byte: few leave any node.
                let first = Int(edgeStart[node])
                var k = first
                let end = first &+ Int(edgeCount[node])
                while k < end, edges[k].byte != wanted { k &+= 1 }
                guard k < end else { break }
                node = Int(edges[k].child)
                j &+= 1
                if wanted == 0x20 { while j < count, ByteClass.isSpace(p[j]) { j &+= 1 } }
            }
            if payload[node] >= 0 {
                fallback = best
                best = (payload[node], j)
            }
        }
        if let (index, end) = best, endsAtBoundary(p, end) { return (entries[Int(index)], end) }
        if let (index, end) = fallback, endsAtBoundary(p, end) { return (entries[Int(index)], end) }
        return nil
    }

    @inline(__always) private func child(of node: Int32, byte: UInt8) -> Int32? {
        let start = Int(edgeStart[Int(node)])
        for k in start..<start + Int(edgeCount[Int(node)]) where edges[k].byte == byte {
            return edges[k].child
        }
        return nil
    }

    /// A phrase ending in a Latin letter must not run on into a longer word.
    @inline(__always) private func endsAtBoundary(_ p: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let last = p[end - 1]
        let lastIsLatinLetter = ByteClass.isASCIIAlphanumeric(last) || (last &- 0x80 < 0x40 && end >= 2 && ByteClass.isTwoByteLead(p[end - 2]))
        guard lastIsLatinLetter, end < p.count else { return true }
        return !ByteClass.isLetterStart(p, end)
    }
}
