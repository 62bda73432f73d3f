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
        guard let first = name.utf8.first, firstLetters & (1 &<< UInt64((first | 0x20) & 63)) != 0 else { return false }
        var letters = LowerCaseLetters()
        for byte in name.utf8 {
            if (byte | 0x20) &- UInt8(ascii: "a") < 26 {
                guard letters.count < longestName else { return false }
                letters.append(byte | 0x20)
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: " ") {
                break
            } else {
                return false
            }
        }
        return packedNames.contains(letters)
    }

    /// Up to sixteen lower-case letters packed into two numbers: compared without a string made.
    private struct LowerCaseLetters: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        mutating func append(_ letter: UInt8) {
            if count < 8 { low |= UInt64(letter) &<< UInt64(count &* 8) } else { high |= UInt64(letter) &<< UInt64((count &- 8) &* 8) }
            count &+= 1
        }
    }

    private static let longestName = min(names.map(\.utf8.count).max() ?? 0, 16)
    private static let packedNames = Set(names.map { name in
        var letters = LowerCaseLetters()
        for byte in name.utf8.prefix(16) { letters.append(byte) }
        return letters
    })
    /// The first letters of ``names``, each as the bit of its low six bits.
    private static let firstLetters = names.reduce(UInt64(0)) { $0 | 1 &<< UInt64(($1.utf8.first ?? 0) & 63) }
}

