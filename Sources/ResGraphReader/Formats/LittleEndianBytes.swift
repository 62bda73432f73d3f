/// Reads little-endian integers from a stream's bytes, nil past its end.
struct LittleEndianBytes {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    func u8(_ at: Int) -> Int? {
        at >= 0 && at < bytes.count ? Int(bytes[at]) : nil
    }

    func u16(_ at: Int) -> Int? {
        guard at >= 0, at <= bytes.count - 2 else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    func u32(_ at: Int) -> Int? {
        guard at >= 0, at <= bytes.count - 4 else { return nil }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }
}
