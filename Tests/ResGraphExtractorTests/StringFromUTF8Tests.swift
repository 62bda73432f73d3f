@testable import ResGraphExtractor
import Testing

/// A string made from UTF-8 bytes in place is the string `String(decoding:as:)` makes of them:
/// for no bytes, for ASCII up to and past the fifteen a string holds in place, for other
/// characters, and for ill-formed bytes, repaired the same way.
struct StringFromUTF8Tests {
    static let samples: [[UInt8]] = {
        var samples: [[UInt8]] = [[], Array("5".utf8), Array("58/154".utf8), Array("A/RES/58/154".utf8)]
        for length in 13...18 { samples.append(Array(String(repeating: "x", count: length).utf8)) }
        samples.append(Array("第58/154号决议".utf8))
        samples.append(Array("résolution 58/154".utf8))
        samples.append(Array("Генеральной".utf8))
        // Ill-formed: a lone continuation byte, a cut three-byte character, an overlong form, a byte never in UTF-8.
        samples.append([0x35, 0x80, 0x36])
        samples.append([0x41, 0xE5, 0x8F])
        samples.append([0xC0, 0xAF, 0x41])
        samples.append([0xFF])
        samples.append(Array(String(repeating: "y", count: 20).utf8) + [0xE5, 0x8F])
        for byte in 0...255 { samples.append([0x41, UInt8(byte), 0x42]) }
        return samples
    }()

    @Test func aStringIsMadeAsDecodingMakesIt() {
        for bytes in Self.samples {
            bytes.withUnsafeBufferPointer { buffer in
                let made = String(utf8: buffer)
                let decoded = String(decoding: buffer, as: UTF8.self)
                #expect(made == decoded, "\(bytes)")
                #expect(Array(made.utf8) == Array(decoded.utf8), "\(bytes)")
            }
        }
    }
}
