import CTextWindow
@testable import ResGraphExtractor
import Testing

/// The word loop's look at thirty-two bytes at once agrees with the test of one byte, for every
/// byte value in every place of the window, whatever its neighbours.
struct TextWindowTests {
    @Test func theWindowMarksExactlyTheLetters() {
        for neighbour: UInt8 in [0x00, 0x20, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0x9A, 0xC1, 0xE0, 0xFF] {
            var window = [UInt8](repeating: neighbour, count: 32)
            for place in 0..<32 {
                for value in 0...255 {
                    window[place] = UInt8(value)
                    let letters = window.withUnsafeBufferPointer { rg_letters($0.baseAddress!) }
                    #expect(letters >> UInt32(place) & 1 == 1 ? ByteClass.isASCIILetter(UInt8(value)) : !ByteClass.isASCIILetter(UInt8(value)),
                            "\(value) at \(place) among \(neighbour)")
                    // A neighbour in the other half of the window, marked as itself.
                    let other = place == 31 ? 0 : 31 - place / 16 * 16
                    #expect(letters >> UInt32(other) & 1 == 1 ? ByteClass.isASCIILetter(neighbour) : !ByteClass.isASCIILetter(neighbour),
                            "\(neighbour) at \(other) beside \(value) at \(place)")
                }
                window[place] = neighbour
            }
        }
    }
}
