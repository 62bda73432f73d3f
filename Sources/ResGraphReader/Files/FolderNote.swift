/// The files that describe the folder they sit in rather than being one of its documents: a
/// `README.md` beside a corpus, a `LICENSE.txt` beside a download. Such a file names the
/// resolutions the folder holds, so read as a document it recalls every one of them, and
/// `recalled-by` and `check` answer with it. A walk passes them by and says so; one named by
/// its path is read.
///
/// ```swift
/// FolderNote.isNote("README.md")        // true
/// FolderNote.isNote("LICENSE-MIT.txt")  // true
/// FolderNote.isNote("A_RES_73_8.txt")   // false
/// ```
public enum FolderNote {
    /// The names of such files, lower case, as the letters that begin a file's name: what
    /// software projects and dataset downloads put beside their files.
    public static let names: Set<String> = [
        "readme", "license", "licence", "copying", "changelog", "authors", "contributing", "contributors",
    ]

    /// Whether a file called `name` (no folder) describes its folder: its name begins with
    /// one of ``names``, in any case, followed by its end, an extension or a "-", "_" or " "
    /// and more (`README_fr.md`, `LICENSE-MIT.txt`).
    public static func isNote(_ name: String) -> Bool {
        // A walk asks this of every file it takes: most names are turned away by their first letter.
        guard let first = name.utf8.first, firstLetters.contains(first | 0x20) else { return false }
        var letters = ""
        for byte in name.utf8 {
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                guard letters.utf8.count < longestName else { return false }
                letters.unicodeScalars.append(Unicode.Scalar(byte | 0x20))
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: " ") {
                break
            } else {
                return false
            }
        }
        return names.contains(letters)
    }

    private static let longestName = names.map(\.utf8.count).max() ?? 0
    private static let firstLetters = Set(names.compactMap(\.utf8.first))
}

