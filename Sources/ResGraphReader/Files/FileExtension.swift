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
}
