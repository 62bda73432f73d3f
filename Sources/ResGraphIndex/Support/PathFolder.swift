/// The folder a file's path names it in, as SQLite places the files it keeps beside a database
/// (its log, its shared memory): "." for a bare name, "/" for a file at the root.
enum PathFolder {
    /// The folder of `path`: "a/b/i.sqlite" gives "a/b", "i.sqlite" ".", "/i.sqlite" "/".
    static func of(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }
}
