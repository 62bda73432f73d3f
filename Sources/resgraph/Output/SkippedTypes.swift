/// The line that tells a user which files a folder search passed by for their type, so that a
/// folder of `.doc` files does not look like an empty corpus.
///
/// ```swift
/// SkippedTypes.line(["doc": 3, "rtf": 1])  // "skipped files of types not read: 3 .doc, 1 .rtf"
/// ```
enum SkippedTypes {
    /// The counts of `skipped` (by extension, lower case), extensions in order.
    static func line(_ skipped: [String: Int]) -> String {
        "skipped files of types not read: " + skipped.sorted { $0.key < $1.key }.map { "\($0.value) .\($0.key)" }.joined(separator: ", ")
    }
}
