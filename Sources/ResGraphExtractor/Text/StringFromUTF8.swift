extension String {
    /// The string whose UTF-8 is `bytes`, ill-formed sequences repaired as
    /// `String(decoding:as: UTF8.self)` repairs them, and made for less where the bytes are few
    /// and ASCII (an id, a number, most matched texts): fifteen bytes or fewer are copied into the
    /// string's own storage and tested as ASCII there in one step, where `String(decoding:as:)`
    /// tests them in the buffer first and then copies them.
    ///
    /// ```swift
    /// String(utf8: UnsafeBufferPointer(rebasing: p[start..<end]))   // "58/154"
    /// ```
    @inline(__always) init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        // More bytes than a string holds in place are made as `String(decoding:as:)` makes them:
        // its way for them is the shorter.
        guard bytes.count <= Self.bytesHeldInPlace else { self = String(decoding: bytes, as: UTF8.self); return }
        guard let source = bytes.baseAddress, !bytes.isEmpty else { self = ""; return }
        self.init(unsafeUninitializedCapacity: bytes.count) { buffer in
            buffer.baseAddress.unsafelyUnwrapped.update(from: source, count: bytes.count)
            return bytes.count
        }
    }

    /// The most UTF-8 bytes a string holds in its own storage, without an allocation.
    private static let bytesHeldInPlace = 15
}
