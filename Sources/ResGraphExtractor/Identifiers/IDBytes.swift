/// A short text (an id, a diagnostic's message) written byte by byte into a fixed buffer and
/// made a `String` once: the extractor builds an id for every resolution number it reads, and
/// joining small strings one after another cost a thousand instructions an id.
struct IDBytes {
    /// The most bytes held; a longer id is still made right, through `String`.
    static let capacity = 64

    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var count = 0
    private var overflow: String?

    /// Adds the bytes of `text`.
    mutating func append(_ text: String) {
        text.withUTF8InPlace { append($0) }
    }

    /// Adds the UTF-8 bytes `bytes`.
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard overflow == nil, count &+ bytes.count <= Self.capacity else { return spill(String(utf8: bytes)) }
        withUnsafeMutableBytes(of: &storage) { buffer in
            UnsafeMutableRawBufferPointer(rebasing: buffer[count..<count &+ bytes.count]).copyMemory(from: UnsafeRawBufferPointer(bytes))
        }
        count &+= bytes.count
    }

    /// Adds one ASCII byte.
    mutating func append(_ byte: UInt8) {
        guard overflow == nil, count < Self.capacity else { return spill(String(UnicodeScalar(byte))) }
        withUnsafeMutableBytes(of: &storage) { $0[count] = byte }
        count &+= 1
    }

    /// Adds `value` in decimal digits, as `"\(value)"` writes it.
    mutating func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let start = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var rest = value.magnitude, k = buffer.count
            repeat {
                k &-= 1
                buffer[k] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
                rest /= 10
            } while rest > 0
            return k
        }
        withUnsafeBytes(of: digits) { buffer in
            for index in start..<buffer.count { append(buffer[index]) }
        }
    }

    /// The id as a string.
    var string: String { overflow ?? buffered }

    /// The bytes held in the buffer, as a string.
    private var buffered: String {
        // As a buffer of bytes, the form String's fast path takes.
        withUnsafeBytes(of: storage) { raw in
            raw.withMemoryRebound(to: UInt8.self) { String(utf8: UnsafeBufferPointer(rebasing: $0[..<count])) }
        }
    }

    /// Goes on in a `String` once the buffer is full.
    private mutating func spill(_ text: String) {
        overflow = (overflow ?? buffered) + text
    }
}
