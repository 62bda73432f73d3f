/// Builds the text a PDF or Word reader hands to the extractor: the flow of the document with
/// `<sup>N</sup>` markers, then a rule and the footnote bodies, each on its own line, with the
/// page each piece came from.
struct ComposedText {
    private var flow: [UInt8] = []
    private var flowPages: [ReadText.PageSpan] = []
    private var bodies: [(number: Int, text: [UInt8], page: Int)] = []
    /// Whether the last line of running text ran to the right margin (so the next may continue it).
    var lastLineReachedMargin = false

    /// Appends a line of running text from `page`, on a line of its own.
    mutating func appendLine(_ line: String, page: Int) {
        appendLine(utf8: Array(line.utf8), page: page)
    }

    /// Appends a line of running text from `page`, given as UTF-8, on a line of its own.
    mutating func appendLine(utf8 line: [UInt8], page: Int) {
        if !flow.isEmpty { flow.append(0x0A) }
        append(line, page: page)
    }

    /// Appends `text` to the current line (a hyphenated word joined, a marker).
    mutating func appendToLine(_ text: String, page: Int) {
        append(Array(text.utf8), page: page)
    }

    /// The running text ends in `suffix`.
    func flowEnds(with suffix: String) -> Bool {
        flow.count >= suffix.utf8.count && flow.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// The length of the running text so far, in bytes: where the next line will stand.
    var flowLength: Int { flow.count }

    /// The last bytes of the running text, for deciding how to join the next line.
    var flowTail: ArraySlice<UInt8> { flow.suffix(64) }

    /// Drops the last byte of the running text (the hyphen of a word broken across lines).
    mutating func dropLastByte() {
        guard !flow.isEmpty else { return }
        flow.removeLast()
        if var last = flowPages.popLast() {
            last.range = last.range.lowerBound..<(last.range.upperBound - 1)
            if !last.range.isEmpty { flowPages.append(last) }
        }
    }

    /// Starts footnote body `number`, found on `page`.
    mutating func beginBody(_ number: Int, page: Int) {
        bodies.append((number, [], page))
    }

    /// Whether a body has been started.
    var hasOpenBody: Bool { !bodies.isEmpty }

    /// Appends text to the footnote body begun last; lines are joined with a space.
    mutating func appendToBody(_ text: String) {
        guard !bodies.isEmpty else { return }
        if !bodies[bodies.count - 1].text.isEmpty { bodies[bodies.count - 1].text.append(0x20) }
        bodies[bodies.count - 1].text += Array(text.utf8)
    }

    /// The text and its pages.
    func finish() -> ReadText {
        var bytes = flow
        var pages = flowPages
        guard !bodies.isEmpty else { return ReadText(bytes: bytes, pages: pages) }
        bytes += Array("\n\n__________\n".utf8)
        for body in bodies.enumerated().sorted(by: { ($0.element.number, $0.offset) < ($1.element.number, $1.offset) }).map(\.element) {
            let start = bytes.count
            bytes += Array("<sup>\(body.number)</sup> ".utf8) + body.text
            pages.append(ReadText.PageSpan(range: start..<bytes.count, page: body.page))
            bytes.append(0x0A)
        }
        return ReadText(bytes: bytes, pages: pages)
    }

    private mutating func append(_ bytes: [UInt8], page: Int) {
        let start = flow.count
        flow += bytes
        if var last = flowPages.last, last.page == page, last.range.upperBound >= start - 1 {
            last.range = last.range.lowerBound..<flow.count
            flowPages[flowPages.count - 1] = last
        } else {
            flowPages.append(ReadText.PageSpan(range: start..<flow.count, page: page))
        }
    }
}
