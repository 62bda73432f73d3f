/// What the main loop does at a byte it comes to: the classes of ``ByteClass`` it tells apart,
/// looked up at once rather than asked one after another (the loop turns on each byte of
/// text that no handler read, and a chain of tests is guessed wrong about as often as not).
enum ByteRole: UInt8 {
    case space
    case letter
    case digit
    case lineFeed
    case comma
    case nul
    /// Any other ASCII byte: a mark for ``DocumentScanner``'s punctuation handler.
    case mark
    /// The first byte of a character of two, three or four bytes, or a byte no UTF-8 character starts with.
    case nonASCII

    /// The role of each byte value: made once, held by each scanner.
    static let table = Table()

    /// The roles of the 256 byte values, read without a test of the index (a byte is one).
    struct Table: @unchecked Sendable {
        private let roles: UnsafeMutablePointer<ByteRole>

        fileprivate init() {
            roles = UnsafeMutablePointer<ByteRole>.allocate(capacity: 256)
            for byte in 0...255 { roles[byte] = ByteRole.role(of: UInt8(byte)) }
        }

        /// The role of `byte`.
        @inline(__always) subscript(byte: UInt8) -> ByteRole { roles[Int(byte)] }
    }

    fileprivate static func role(of byte: UInt8) -> ByteRole {
        if byte >= 0x80 { return .nonASCII }
        if byte == 0x20 { return .space }
        if ByteClass.isASCIILetter(byte) { return .letter }
        if ByteClass.isDigit(byte) { return .digit }
        if byte == 0x0A { return .lineFeed }
        if byte == UInt8(ascii: ",") { return .comma }
        if byte == 0 { return .nul }
        return .mark
    }
}
