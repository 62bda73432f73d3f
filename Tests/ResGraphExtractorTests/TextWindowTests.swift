import CTextWindow
@testable import ResGraphExtractor
import Testing

/// The word loop's look at thirty-two bytes at once agrees with the tests of one byte, for every
/// byte value in every place of the window, whatever its neighbours.
struct TextWindowTests {
    /// The letter bit and the space bit of the byte at `place`.
    private func marks(_ bits: UInt64, at place: Int) -> (letter: Bool, space: Bool) {
        (bits >> UInt64(place) & 1 == 1, bits >> UInt64(place + 32) & 1 == 1)
    }

    @Test func theWindowMarksExactlyTheLettersAndTheSpaces() {
        for neighbour: UInt8 in [0x00, 0x20, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0x9A, 0xC1, 0xE0, 0xFF] {
            var window = [UInt8](repeating: neighbour, count: 32)
            for place in 0..<32 {
                for value in 0...255 {
                    window[place] = UInt8(value)
                    let bits = window.withUnsafeBufferPointer { rg_letters_and_spaces($0.baseAddress!) }
                    let (letter, space) = marks(bits, at: place)
                    #expect(letter == ByteClass.isASCIILetter(UInt8(value)), "\(value) at \(place) among \(neighbour)")
                    #expect(space == (value == 0x20), "\(value) at \(place) among \(neighbour)")
                    let other = place == 31 ? 0 : 31 - place / 16 * 16
                    let (neighbourLetter, neighbourSpace) = marks(bits, at: other)
                    #expect(neighbourLetter == ByteClass.isASCIILetter(neighbour) && neighbourSpace == (neighbour == 0x20),
                            "\(neighbour) at \(other) beside \(value) at \(place)")
                }
                window[place] = neighbour
            }
        }
    }
}
