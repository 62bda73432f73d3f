import ResGraphExtractor

/// Turns byte offsets in a file's text into what people and editors read: `file:line:column`,
/// and the words around a span (the citing clause). The texts of the last files asked about
/// are kept (at most ``keptFiles``), so that asking in file order, as `check` does over a whole
/// corpus, reads each file once and holds few.
///
/// ```swift
/// var locator = SourceLocator()
/// locator.location(of: 418, in: "examples/A_RES_58_154.en.txt")   // "examples/A_RES_58_154.en.txt:8:28"
/// ```
public struct SourceLocator {
    private var texts: [String: [UInt8]?] = [:]
    /// The file asked about last, looked up without hashing its path again.
    private var lastPath: String?
    private var lastText: [UInt8]?
    /// Where the last count of lines and columns stopped, and in which file.
    private var lastPlace: (path: String, place: LinePlace)?

    /// How many files' texts are kept at most; past it the kept texts are let go.
    public static let keptFiles = 256

    /// Creates a locator with nothing read yet.
    public init() {}

    /// The 1-based line and column (in characters) of byte `offset` in the text of `path`.
    /// Asked in reading order, the count goes on from the offset asked last in the same file,
    /// so a file's lines are counted once however many offsets are asked of it.
    public mutating func lineAndColumn(of offset: Int, in path: String) -> (line: Int, column: Int)? {
        guard let bytes = text(of: path), offset >= 0, offset <= bytes.count else { return nil }
        var place = LinePlace()
        if let last = lastPlace, last.path == path, last.place.offset <= offset { place = last.place }
        bytes.withUnsafeBufferPointer { place.advance(to: offset, in: $0) }
        lastPlace = (path, place)
        return (place.line, place.column)
    }

    /// `shown:line:column` for byte `offset` of `path`, or `shown@offset` when the file cannot be read.
    public mutating func location(of offset: Int, in path: String, shown: String? = nil) -> String {
        Self.location(shown ?? path, offset: offset, place: lineAndColumn(of: offset, in: path))
    }

    /// `name:line:column` at `place`, or `name@offset` when there is none (the file could not be
    /// read): for places worked out beforehand (``SourcePlaces``).
    public static func location(_ name: String, offset: Int, place: (line: Int, column: Int)?) -> String {
        place.map { "\(name):\($0.line):\($0.column)" } ?? "\(name)@\(offset)"
    }

    /// The words around `start..<end` in the text of `path`, on one line, about `width`
    /// columns, within the paragraph, the span in brackets (``ClauseExcerpt``).
    public mutating func context(of start: Int, _ end: Int, in path: String, width: Int = 110) -> String? {
        excerpt(of: start, end, in: path, width: width)?.text
    }

    /// ``context(of:_:in:width:)`` in its three parts, for callers that mark the span up themselves.
    public mutating func excerpt(of start: Int, _ end: Int, in path: String, width: Int = 110) -> ClauseExcerpt? {
        guard let bytes = text(of: path), start >= 0, end <= bytes.count, start <= end else { return nil }
        return ClauseExcerpt(of: start..<end, in: bytes, width: width)
    }

    private mutating func text(of path: String) -> [UInt8]? {
        if path == lastPath { return lastText }
        defer { (lastPath, lastText) = (path, texts[path] ?? nil) }
        if let cached = texts[path] { return cached }
        if texts.count >= Self.keptFiles { texts.removeAll(keepingCapacity: true) }
        let bytes = try? DocumentReader.text(ofFileAt: path).bytes
        texts[path] = bytes
        return bytes
    }
}
