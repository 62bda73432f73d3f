import ResGraphExtractor

/// A file name's extension, as the corpus walk compares it with the formats it reads.
enum FileExtension {
    /// What follows the last "." of `name`, in lower case: "" when there is no dot, when the
    /// last dot starts the name (".profile") or ends it ("notes."). The same answer as
    /// `(name as NSString).pathExtension.lowercased()` for a name without "/", which costs
    /// ten thousand instructions a name through Foundation: a walk asks it of every file.
    static func lowercased(of name: String) -> String {
        name.withUTF8InPlace { bytes in
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != 0 else { return "" }
            let letters = UnsafeBufferPointer(rebasing: bytes[(dot + 1)...])
            let text = String(decoding: letters, as: UTF8.self)
            // Most are in lower-case ASCII already ("txt", "pdf"), and kept as they are.
            return letters.allSatisfy { $0 < 0x80 && $0 &- 0x41 >= 26 } ? text : text.lowercased()
        }
    }

    /// Whether `name` has one of ``CorpusWalk/readableExtensions``, whatever its case: the same
    /// answer as `readableExtensions.contains(lowercased(of: name))`, asked of the name's bytes
    /// (a walk asks it of every file; the string and the set's hash cost 530 instructions).
    static func isReadable(_ name: String) -> Bool {
        name.withUTF8InPlace { bytes in
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != 0 else { return CorpusWalk.readableExtensions.contains("") }
            let letters = UnsafeBufferPointer(rebasing: bytes[(dot + 1)...])
            // Beyond ASCII, lower-casing is Unicode's (the Kelvin sign is a "k"): asked of the set.
            guard letters.allSatisfy({ $0 < 0x80 }) else { return CorpusWalk.readableExtensions.contains(lowercased(of: name)) }
            return readableBytes.contains { readable in
                readable.count == letters.count && zip(readable, letters).allSatisfy { $0 == ($1 &- 0x41 < 26 ? $1 | 0x20 : $1) }
            }
        }
    }

    /// ``CorpusWalk/readableExtensions`` as bytes.
    private static let readableBytes: [[UInt8]] = CorpusWalk.readableExtensions.map { Array($0.utf8) }
}
