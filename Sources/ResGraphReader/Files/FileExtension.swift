/// A file name's extension, as the corpus walk compares it with the formats it reads.
enum FileExtension {
    /// What follows the last "." of `name`, in lower case: "" when there is no dot, when the
    /// last dot starts the name (".profile") or ends it ("notes."). The same answer as
    /// `(name as NSString).pathExtension.lowercased()` for a name without "/", which costs
    /// ten thousand instructions a name through Foundation: a walk asks it of every file.
    static func lowercased(of name: String) -> String {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex else { return "" }
        return String(name[bytes.index(after: dot)...]).lowercased()
    }
}
