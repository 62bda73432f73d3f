/// Texts joined end to end into one string, allocated once at its final size: what the check's
/// messages are made of, hundreds of thousands of them on a large corpus, where interpolation
/// grows the string piece by piece.
///
/// ```swift
/// Concatenation.of("a.txt", " dates ", "A/RES/48/113")   // "a.txt dates A/RES/48/113"
/// ```
@usableFromInline enum Concatenation {
    /// `pieces`, one after another.
    @usableFromInline static func of(_ pieces: String...) -> String {
        var count = 0
        for piece in pieces { count += piece.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for var piece in pieces {
                at += piece.withUTF8 { bytes in UnsafeMutableBufferPointer(rebasing: buffer[at...]).initialize(from: bytes).1 }
            }
            return at
        }
    }
}
