/// Texts of real shape made from a few real ones, so that a speed figure is not tuned to them.
///
/// Each text takes a source (any of the given texts, in any language), keeps its first lines
/// (the heading) and shuffles its paragraphs, may take in paragraphs of a text in another
/// language, and renumbers what a corpus varies in: numbers of three digits or more that are
/// not years (resolutions, symbols, Treaty Series volumes) and sessions before a slash.
/// Short numbers (footnote markers, days, paragraphs) stay, so that their sequences hold.
///
/// ```swift
/// var corpus = VariedCorpus(sources: texts, seed: 7)
/// let text = corpus.next()    // a new text of about a source's size
/// ```
public struct VariedCorpus {
    /// The texts the corpus is made from, as paragraphs.
    private let sources: [[ArraySlice<UInt8>]]
    private var generator: SeededGenerator

    /// Lines kept in place at the start of each text: where the own symbol and date stand.
    private static let headingParagraphs = 3

    /// A corpus drawn from `sources` (UTF-8 texts); the same seed gives the same texts.
    public init(sources: [[UInt8]], seed: UInt64) {
        self.sources = sources.map(Self.paragraphs)
        generator = SeededGenerator(state: seed)
    }

    /// The next text.
    public mutating func next() -> [UInt8] {
        let source = sources[Int.random(in: 0..<sources.count, using: &generator)]
        let heading = min(Self.headingParagraphs, source.count)
        var body = Array(source[heading...])
        body.shuffle(using: &generator)
        if Int.random(in: 0..<4, using: &generator) == 0 {
            let other = sources[Int.random(in: 0..<sources.count, using: &generator)]
            body += other.shuffled(using: &generator).prefix(other.count / 4)
        }
        var text: [UInt8] = []
        text.reserveCapacity(source.reduce(0) { $0 + $1.count } * 2)
        for paragraph in source[..<heading] + body {
            renumber(paragraph, into: &text)
            text.append(0x0A)
        }
        return text
    }

    /// The next texts, until they hold at least `megabytes` in all.
    public mutating func texts(megabytes: Int) -> [[UInt8]] {
        var texts: [[UInt8]] = []
        var total = 0
        while total < megabytes << 20 {
            texts.append(next())
            total += texts[texts.count - 1].count
        }
        return texts
    }

    /// A text split after each line break: "paragraphs" as the extractor's input has them
    /// (a paragraph per line in converted texts, hard-wrapped lines in others).
    private static func paragraphs(_ text: [UInt8]) -> [ArraySlice<UInt8>] {
        text.split(separator: 0x0A, omittingEmptySubsequences: true)
    }

    /// Copies `paragraph`, each run of digits to vary replaced by a random run of the same
    /// length (no leading zero, so that numbers stay numbers).
    private mutating func renumber(_ paragraph: ArraySlice<UInt8>, into text: inout [UInt8]) {
        var i = paragraph.startIndex
        while i < paragraph.endIndex {
            let b = paragraph[i]
            guard b &- 0x30 < 10 else {
                text.append(b)
                i += 1
                continue
            }
            var end = i
            while end < paragraph.endIndex, paragraph[end] &- 0x30 < 10 { end += 1 }
            let run = paragraph[i..<end]
            let isYear = run.count == 4 && (run.first == 0x31 && run[i + 1] == 0x39 || run.first == 0x32 && run[i + 1] == 0x30)
            let isSession = run.count == 2 && end < paragraph.endIndex && paragraph[end] == UInt8(ascii: "/")
            if isYear || (run.count < 3 && !isSession) {
                text += run
            } else {
                for k in 0..<run.count {
                    text.append(UInt8(0x30 + Int.random(in: (k == 0 ? 1 : 0)...9, using: &generator)))
                }
            }
            i = end
        }
    }
}
