import ResGraphExtractor

/// The symbol a file's name carries, for texts that do not state their own: the names the UN's
/// systems and datasets give files (`A_RES_58_154.en.txt`, `A-RES-58-154-E.pdf`,
/// `S_RES_0186_1964_EN_GOLD.txt`, `A_RES_1962_XVIII.txt`). An ODS job number (`N0350392.pdf`)
/// carries none.
public enum FileNameSymbol {
    /// The canonical resolution id in `fileName` (a name, not a path), or nil.
    ///
    /// ```swift
    /// FileNameSymbol.parse("S_RES_0186_1964_EN_GOLD.txt")  // "S/RES/186(1964)"
    /// FileNameSymbol.parse("A-RES-58-154-E.pdf")           // "A/RES/58/154"
    /// ```
    public static func parse(_ fileName: String) -> String? {
        // Every series names itself with "RES": most names without it (a third of a corpus's
        // files may lack a stated symbol) are turned away before they are split.
        guard namesSeries(fileName) else { return nil }
        let tokens = fileName.uppercased().split { $0 == "_" || $0 == "-" || $0 == "." || $0 == " " }.map(String.init)
        let series: [(tokens: [String], kind: ReferenceKind)] = [
            (["A", "HRC", "RES"], .hrcResolution), (["A", "RES"], .gaResolution), (["S", "RES"], .scResolution), (["E", "RES"], .ecosocResolution),
        ]
        for (prefix, kind) in series {
            guard let start = tokens.indices.first(where: { Array(tokens.dropFirst($0).prefix(prefix.count)) == prefix }),
                  let idPrefix = kind.prefix else { continue }
            let rest = Array(tokens.dropFirst(start + prefix.count))
            guard rest.count >= 2, let first = Int(rest[0]) else { continue }
            let second = rest[1]
            if kind == .scResolution {
                guard let year = Int(second), (1946...2100).contains(year) else { continue }
                return "\(idPrefix)\(first)(\(year))"
            }
            if let number = Int(second) {
                return "\(idPrefix)\(first)/\(number)"
            }
            if kind == .gaResolution, RomanNumeral.value(of: Array(second.utf8)) != nil {
                return "\(idPrefix)\(first)(\(second))"
            }
        }
        return nil
    }

    /// Whether "RES", in any case, is in `fileName`: read byte by byte, nothing made.
    private static func namesSeries(_ fileName: String) -> Bool {
        var (first, second): (UInt8, UInt8) = (0, 0)
        for byte in fileName.utf8 {
            let upper = byte & 0xDF
            if first == UInt8(ascii: "R"), second == UInt8(ascii: "E"), upper == UInt8(ascii: "S") { return true }
            (first, second) = (second, upper)
        }
        return false
    }
}
