import ResGraphExtractor

/// A path that equals another only when their bytes do, for sets and dictionaries of paths.
///
/// Swift's `String` calls canonically equivalent spellings equal: "café" with "é" as one
/// character, as Windows and Linux write it, and with "e" and a combining accent, as macOS
/// writes it. The file system keeps them apart as two files, and the index as two paths. Keyed
/// by `String`, a folder holding both names was walked as one, and an index holding both
/// could no longer be run again ("UNIQUE constraint failed: file.path").
///
/// ```swift
/// "caf\u{E9}" == "cafe\u{301}"                        // true
/// ExactPath("caf\u{E9}") == ExactPath("cafe\u{301}")  // false
/// ```
public struct ExactPath: Hashable, Sendable {
    /// The path.
    public let path: String

    /// The path `path`, compared by its bytes.
    public init(_ path: String) {
        self.path = path
    }

    /// Whether `a` and `b` are the same bytes.
    public static func == (a: ExactPath, b: ExactPath) -> Bool {
        a.path.utf8.count == b.path.utf8.count && Self.order(a.path, b.path) == 0
    }

    /// Hashes the path's bytes.
    public func hash(into hasher: inout Hasher) {
        path.withUTF8InPlace { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Whether `a` comes before `b` in the order of their bytes: SQLite's order of paths, and
    /// the order of Unicode code points, which Swift's `<` gives too but for spellings it calls
    /// equal.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        order(a, b) < 0
    }

    /// Negative, zero or positive as `a` comes before, is, or comes after `b` in byte order.
    private static func order(_ a: String, _ b: String) -> Int {
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in ByteOrder.compare(x, y) }
        }
        if let compared = compared ?? nil { return compared }
        // A string not held as UTF-8 (bridged from elsewhere) is read a byte at a time.
        for (x, y) in zip(a.utf8, b.utf8) where x != y { return Int(x) - Int(y) }
        return a.utf8.count - b.utf8.count
    }
}
