import Foundation

/// Old Mac line endings (a carriage return alone) read as line feeds.
///
/// The scanner treats CRLF as a line end already (CR is blank space before the LF); a CR with
/// no LF after it is turned into an LF in a copy of the text, byte for byte, so offsets into
/// the file stay exact.
enum LineEndings {
    /// Whether `bytes` holds a carriage return not followed by a line feed.
    static func hasLoneCarriageReturn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var k = 0
        while k < bytes.count, let found = memchr(base + k, 0x0D, bytes.count - k) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if at + 1 == bytes.count || bytes[at + 1] != 0x0A { return true }
            k = at + 1
        }
        return false
    }

    /// Turns every lone carriage return in `bytes` into a line feed.
    static func normalize(_ bytes: inout [UInt8]) {
        for k in bytes.indices where bytes[k] == 0x0D && (k + 1 == bytes.count || bytes[k + 1] != 0x0A) {
            bytes[k] = 0x0A
        }
    }
}
