import CTextWindow
@testable import ResGraphExtractor
import Testing

/// The word loop's look at thirty-two bytes at once agrees with the test of one byte, for every
/// byte value in every place of the window, whatever its neighbours.
struct TextWindowTests {
    /// Calls `check` with each window of `count` bytes of one of `neighbours` in which the byte
    /// at a place holds a value: every value at every place among each neighbour.
    private func eachWindow(of count: Int, among neighbours: [UInt8], _ check: (_ window: [UInt8], _ place: Int, _ neighbour: UInt8) -> Void) {
        for neighbour in neighbours {
            var window = [UInt8](repeating: neighbour, count: count)
            for place in 0..<count {
                for value in 0...255 {
                    window[place] = UInt8(value)
                    check(window, place, neighbour)
                }
                window[place] = neighbour
            }
        }
    }

    @Test func theWindowMarksExactlyTheLetters() {
        eachWindow(of: 32, among: [0x00, 0x20, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0x9A, 0xC1, 0xE0, 0xFF]) { window, place, neighbour in
            let value = window[place]
            let letters = window.withUnsafeBufferPointer { rg_letters($0.baseAddress!) }
            #expect(letters >> UInt32(place) & 1 == 1 ? ByteClass.isASCIILetter(value) : !ByteClass.isASCIILetter(value),
                    "\(value) at \(place) among \(neighbour)")
            // A neighbour in the other half of the window, marked as itself.
            let other = place == 31 ? 0 : 31 - place / 16 * 16
            #expect(letters >> UInt32(other) & 1 == 1 ? ByteClass.isASCIILetter(neighbour) : !ByteClass.isASCIILetter(neighbour),
                    "\(neighbour) at \(other) beside \(value) at \(place)")
        }
    }

    /// The look at sixteen bytes for a date's digits and blanks marks exactly the digits, spaces,
    /// tabs and carriage returns, for every byte value in every place, whatever its neighbours.
    @Test func theDateWindowMarksExactlyTheDigitsAndBlanks() {
        let wanted = { (byte: UInt8) in ByteClass.isDigit(byte) || byte == 0x20 || byte == 0x09 || byte == 0x0D }
        eachWindow(of: 16, among: [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x2F, 0x30, 0x39, 0x3A, 0x7F, 0x80, 0x89, 0x8A, 0xE5, 0xFF]) { window, place, neighbour in
            let marks = window.withUnsafeBufferPointer { rg_digits_or_blanks16($0.baseAddress!) }
            #expect(marks >> 16 == 0)
            for k in 0..<16 {
                #expect((marks >> UInt32(k) & 1 == 1) == wanted(window[k]), "\(window[place]) at \(place) among \(neighbour), byte \(k)")
            }
        }
    }
}
