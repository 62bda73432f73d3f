/// A zip written byte by byte, in the forms other programs than Word write and ZIPFoundation
/// does not: entries streamed (sizes and checksum in a data descriptor after the data, the local
/// header's left zero) and ZIP64 records (sizes and offsets in extra fields, the 32-bit fields
/// all ones). Parts are stored, not deflated.
struct HandWrittenZip {
    /// Entries are followed by a data descriptor, as a zip written to a pipe has them.
    var streamed = false
    /// Sizes and offsets are given in ZIP64 extra fields and a ZIP64 end of directory.
    var zip64 = false

    /// The archive of `parts` (name and content), in order.
    func bytes(of parts: [(name: String, content: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for (name, content) in parts {
            let offset = out.count
            let crc = Self.crc32(content)
            let flags: UInt16 = streamed ? 0x0008 : 0
            let size32: UInt32 = zip64 ? 0xFFFF_FFFF : UInt32(content.count)
            let sizeExtra = zip64 ? Self.u16(1) + Self.u16(16) + Self.u64(content.count) + Self.u64(content.count) : []
            out += Self.u32(0x0403_4B50) + Self.u16(45) + Self.u16(flags) + Self.u16(0) + Self.u32(0)
            out += streamed ? Self.u32(0) + (zip64 ? Self.u32(0xFFFF_FFFF) + Self.u32(0xFFFF_FFFF) : Self.u32(0) + Self.u32(0))
                : Self.u32(crc) + Self.u32(size32) + Self.u32(size32)
            out += Self.u16(name.utf8.count) + Self.u16(sizeExtra.count) + Array(name.utf8) + sizeExtra + content
            if streamed {
                out += Self.u32(0x0807_4B50) + Self.u32(crc)
                out += zip64 ? Self.u64(content.count) + Self.u64(content.count) : Self.u32(UInt32(content.count)) + Self.u32(UInt32(content.count))
            }
            let directoryExtra = zip64 ? Self.u16(1) + Self.u16(24) + Self.u64(content.count) + Self.u64(content.count) + Self.u64(offset) : []
            directory += Self.u32(0x0201_4B50) + Self.u16(45) + Self.u16(45) + Self.u16(flags) + Self.u16(0) + Self.u32(0)
            directory += Self.u32(crc) + Self.u32(size32) + Self.u32(size32)
            directory += Self.u16(name.utf8.count) + Self.u16(directoryExtra.count) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u32(0)
            directory += Self.u32(zip64 ? 0xFFFF_FFFF : UInt32(offset)) + Array(name.utf8) + directoryExtra
        }
        let directoryOffset = out.count
        out += directory
        if zip64 {
            let record = out.count
            out += Self.u32(0x0606_4B50) + Self.u64(44) + Self.u16(45) + Self.u16(45) + Self.u32(0) + Self.u32(0)
            out += Self.u64(parts.count) + Self.u64(parts.count) + Self.u64(directory.count) + Self.u64(directoryOffset)
            out += Self.u32(0x0706_4B50) + Self.u32(0) + Self.u64(record) + Self.u32(1)
        }
        let count16 = zip64 ? UInt16.max : UInt16(parts.count)
        out += Self.u32(0x0605_4B50) + Self.u16(0) + Self.u16(0) + Self.u16(count16) + Self.u16(count16)
        out += Self.u32(zip64 ? 0xFFFF_FFFF : UInt32(directory.count)) + Self.u32(zip64 ? 0xFFFF_FFFF : UInt32(directoryOffset)) + Self.u16(0)
        return out
    }

    static func u16(_ value: Int) -> [UInt8] { u16(UInt16(value)) }
    static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func u32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    static func u64(_ value: Int) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: UInt64(value) >> (8 * $0)) } }

    /// The CRC-32 a zip records (reflected, polynomial 0xEDB88320).
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
