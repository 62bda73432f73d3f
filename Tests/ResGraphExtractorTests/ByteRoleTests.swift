@testable import ResGraphExtractor
import Testing

/// The main loop's table of what to do at a byte gives each of the 256 byte values the role
/// the byte classes give it: the tests the loop made one after another before.
struct ByteRoleTests {
    @Test func everyByteHasTheRoleOfItsClass() {
        for value in 0...255 {
            let byte = UInt8(value)
            let expected: ByteRole
            if byte >= 0x80 {
                expected = .nonASCII
            } else if byte == 0x20 {
                expected = .space
            } else if ByteClass.isASCIILetter(byte) {
                expected = .letter
            } else if ByteClass.isDigit(byte) {
                expected = .digit
            } else if byte == 0x0A {
                expected = .lineFeed
            } else if byte == UInt8(ascii: ",") {
                expected = .comma
            } else if byte == 0 {
                expected = .nul
            } else {
                expected = .mark
            }
            #expect(ByteRole.table[byte] == expected, "byte \(value)")
        }
        #expect(ByteRole.table[UInt8(ascii: "\t")] == .mark)
        #expect(ByteRole.table[UInt8(ascii: "\r")] == .mark)
        #expect(ByteRole.table[UInt8(ascii: "Z")] == .letter)
        #expect(ByteRole.table[0x7F] == .mark)
    }
}
