import ResGraphExtractor

/// The symbol a file's name carries, for texts that do not state their own: the names the UN's
/// systems and datasets give files (`A_RES_58_154.en.txt`, `A-RES-58-154-E.pdf`,
/// `S_RES_0186_1964_EN_GOLD.txt`, `A_RES_1962_XVIII.txt`, `S_RES_2467(2019)_E.pdf`), and the Official Document System's
/// names for other documents, each "/" of the symbol a "_" (`ST_SPACE_61_Rev.3-EN.pdf`,
/// `E_CN.4_2005_L.10-EN.pdf`). An ODS job number (`N0350392.pdf`) carries none.
public enum FileNameSymbol {
    /// The canonical id in `fileName` (a name, not a path) of a resolution or a document, or nil.
    ///
    /// ```swift
    /// FileNameSymbol.parse("S_RES_0186_1964_EN_GOLD.txt")  // "S/RES/186(1964)"
    /// FileNameSymbol.parse("A-RES-58-154-E.pdf")           // "A/RES/58/154"
    /// FileNameSymbol.parse("ST_SPACE_61_Rev.3-EN.pdf")     // "ST/SPACE/61/Rev.3"
    /// ```
    public static func parse(_ fileName: String) -> String? {
        // Every series names itself with "RES", and every other symbol has a "_" for its "/":
        // most names without either (a third of a corpus's files may lack a stated symbol) are
        // turned away by one look at their bytes.
        let (mayNameSeries, hasUnderscore) = fileName.withUTF8InPlace { (Self.namesSeries($0), $0.contains(UInt8(ascii: "_"))) }
        guard mayNameSeries else { return hasUnderscore ? documentSymbol(in: fileName) : nil }
        guard let resolution = resolution(in: fileName) else { return nil }
        // A resolution's corrigendum is a document of its own (A/RES/73/3/Corr.1).
        if hasUnderscore, let document = documentSymbol(in: fileName), document.hasPrefix(resolution + "/") { return document }
        return resolution
    }

    private static func resolution(in fileName: String) -> String? {
        let tokens = fileName.uppercased().split { $0 == "_" || $0 == "-" || $0 == "." || $0 == " " || $0 == "(" || $0 == ")" }.map(String.init)
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

    /// The symbol of a document other than a resolution whose name writes each "/" as "_":
    /// the name less its extension and its language ("-EN", "-E", ".en", "_FR"), read by the
    /// extractor, which must take the whole of it as one United Nations symbol. Asked only of a
    /// name with a "_": one without has no "/" to give back.
    private static func documentSymbol(in fileName: String) -> String? {
        var stem = Substring(fileName)
        if let dot = stem.lastIndex(of: "."), stem[stem.index(after: dot)...].allSatisfy(\.isLetter) { stem = stem[..<dot] }
        if let separator = stem.lastIndex(where: { $0 == "-" || $0 == "_" || $0 == "." }),
           LanguageSuffix.isLanguage(stem[stem.index(after: separator)...], after: stem[separator]) {
            stem = stem[..<separator]
        }
        let symbol = stem.replacingOccurrences(of: "_", with: "/")
        guard symbol.utf8.count <= maximumSymbolLength, let document = try? Extractor().extract(text: "Recalling \(symbol),"),
              document.references.count == 1, let reference = document.references.first,
              reference.kind == .document, reference.text == symbol else { return nil }
        return reference.target
    }

    /// The longest symbol a name is read for.
    private static let maximumSymbolLength = 120

    /// Whether "RES", in any case, is in the bytes of a file's name.
    private static func namesSeries(_ fileName: UnsafeBufferPointer<UInt8>) -> Bool {
        var (first, second): (UInt8, UInt8) = (0, 0)
        for byte in fileName {
            let upper = byte & 0xDF
            if first == UInt8(ascii: "R"), second == UInt8(ascii: "E"), upper == UInt8(ascii: "S") { return true }
            (first, second) = (second, upper)
        }
        return false
    }
}
