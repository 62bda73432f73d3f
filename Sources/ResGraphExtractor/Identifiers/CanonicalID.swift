import Foundation

/// A canonical id (docs/reference-ids.md): what every module reads off an id, in one place.
///
/// ```swift
/// let id = CanonicalID("S/RES/1325(2000)")
/// id.kind          // .scResolution
/// id.era           // "2000"
/// id.year          // 2000
/// id.shortLabel    // "1325 (2000)"
/// id.documentURL   // "https://undocs.org/S/RES/1325(2000)"
/// CanonicalID.parse("48 / 113")   // "A/RES/48/113": what people type, made canonical
/// ```
public struct CanonicalID: Hashable, Sendable, CustomStringConvertible {
    /// The id as text, exactly as the extractor writes it.
    public let text: String

    /// Wraps a canonical id.
    public init(_ text: String) { self.text = text }

    public var description: String { text }

    /// The kind of thing it names, from its shape: the prefix its kind owns, else a document.
    public var kind: ReferenceKind {
        if text.hasPrefix(ReferenceKind.treatyPrefix) || text.hasPrefix(ReferenceKind.leagueTreatyPrefix) { return .treaty }
        if text.hasPrefix(ReferenceKind.salesNumberPrefix) { return .publication }
        return ReferenceKind.byLongestPrefix.first { text.hasPrefix($0.prefix) }?.kind ?? .document
    }

    /// What follows the kind's prefix: `58/154`, `1325(2000)`, `217A(III)`; nil for a document.
    private var tail: Substring? {
        guard let prefix = kind.prefix, text.hasPrefix(prefix) else { return nil }
        return text.dropFirst(prefix.count)
    }

    /// The session ("58", "III", "S-21") or year ("2000") of a resolution or decision.
    public var era: String? {
        guard kind.isResolutionOrDecision else { return nil }
        if let open = text.lastIndex(of: "("), text.hasSuffix(")") {
            return String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        }
        let parts = text.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : nil
    }

    /// The era as a year, for ordering in time: session 58 is 2003, roman sessions converted.
    public var eraYear: Int? {
        guard let era else { return nil }
        if let value = Int(era) { return value >= 1946 ? value : 1945 + value }
        let roman = era.hasPrefix("ES-") ? String(era.dropFirst(3)) : era.hasPrefix("S-") ? String(era.dropFirst(2)) : era
        if let value = Int(roman) { return 1945 + value }
        return RomanNumeral.value(of: Array(roman.utf8)).map { 1945 + $0 }
    }

    /// The year the id belongs to in time, for ranks and year filters: a resolution's era, or
    /// the session of a document symbol (`A/58/281` is 2003, `S/2000/809` is 2000).
    public var year: Int? {
        if let year = eraYear { return year }
        let parts = text.split(separator: "/")
        guard parts.count >= 3, let value = Int(parts[1]) else { return nil }
        switch parts[0] {
        case "A": return value < 100 ? 1945 + value : nil
        case "S", "E": return value >= 1946 ? value : nil
        default: return nil
        }
    }

    /// The label people use: `58/154`, `1325 (2000)`, `217 A (III)`, `UNTS 189/2545`, `A/58/281`.
    public var shortLabel: String {
        guard kind.isResolutionOrDecision, var label = tail.map(String.init) else { return text }
        if let open = label.firstIndex(of: "(") { label = label[..<open] + " " + label[open...] }
        return label
    }

    /// Where the document can be read: undocs.org for UN symbols, the Treaty Collection for
    /// treaties, the Digital Library for publications; nil for a file without a symbol.
    public var documentURL: String? {
        switch kind {
        case .treaty:
            let parts = text.dropFirst(ReferenceKind.treatyPrefix.count).split(separator: "/")
            guard parts.count == 2 else { return nil }
            let (volume, number) = (parts[0], parts[1])
            if text.hasPrefix(ReferenceKind.leagueTreatyPrefix) {
                return "https://treaties.un.org/doc/Publication/UNTS/LON/Volume%20\(volume)/v\(volume).pdf"
            }
            return "https://treaties.un.org/doc/Publication/UNTS/Volume%20\(volume)/volume-\(volume)-I-\(number)-English.pdf"
        case .publication:
            return "https://digitallibrary.un.org/search?p=" + Self.percentEncoded(String(text.dropFirst(ReferenceKind.salesNumberPrefix.count)))
        default:
            guard !text.hasPrefix("file:") else { return nil }
            return "https://undocs.org/" + Self.percentEncoded(text)
        }
    }

    /// `text` with characters outside a URL path percent-encoded (`/`, `(`, `)` kept).
    public static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "("), UInt8(ascii: ")"):
                out.unicodeScalars.append(UnicodeScalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// The id a person typed, made canonical: "48/113", "resolution 48/113", "1325 (2000)",
    /// "S/RES/1325 (2000)", "217 A (III)", "UNTS 189/2545", "A/58/281", "a/res/48/113.",
    /// read by the extractor itself, so the CLI, the index and the web view agree with it.
    public static func parse(_ typed: String) -> String {
        let trimmed = normalizedTyping(typed)
        for prefix in [ReferenceKind.treatyPrefix, ReferenceKind.leagueTreatyPrefix] where trimmed.uppercased().hasPrefix(prefix.dropLast()) {
            let rest = trimmed.dropFirst(prefix.count - 1).filter { !$0.isWhitespace }
            return prefix + rest
        }
        if trimmed.lowercased().hasPrefix("sales no") {
            return (try? Extractor().extract(text: trimmed).references.first?.target) ?? trimmed
        }
        for text in ["Recalling \(trimmed),", "Recalling resolution \(trimmed),"] {
            if let document = try? Extractor().extract(text: text), let first = document.references.first {
                return first.target
            }
        }
        return trimmed
    }

    /// What people type, tidied before it is read: outer spaces and a closing full stop
    /// dropped ("A/RES/48/113."), spaces around slashes removed ("48 / 113"), and the letters
    /// of a symbol's series in capitals ("a/res/48/113"; "add.1" becomes "Add.1").
    static func normalizedTyping(_ typed: String) -> String {
        var text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = text.last, last == "." || last == "," || last == ";" { text.removeLast() }
        guard text.contains("/"), text.utf8.count <= 200 else { return text }
        let components = text.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let modifiers = ["add", "corr", "rev", "amend", "sup"]
        return components.map { component in
            let lower = component.lowercased()
            if let modifier = modifiers.first(where: { lower.hasPrefix($0 + ".") || lower == $0 }) {
                return modifier.prefix(1).uppercased() + component.dropFirst()
            }
            let startsWithLetter = component.unicodeScalars.first.map { CharacterSet.letters.contains($0) } ?? false
            return startsWithLetter ? component.uppercased() : component
        }.joined(separator: "/")
    }
}

extension CanonicalID {
    /// The kind `id` names. Same as `CanonicalID(id).kind`.
    public static func kind(of id: String) -> ReferenceKind { CanonicalID(id).kind }
    /// The session or year of `id`. Same as `CanonicalID(id).era`.
    public static func era(of id: String) -> String? { CanonicalID(id).era }
    /// The era of `id` as a year. Same as `CanonicalID(id).eraYear`.
    public static func eraNumber(of id: String) -> Int? { CanonicalID(id).eraYear }
    /// The label people use for `id`. Same as `CanonicalID(id).shortLabel`.
    public static func shortLabel(of id: String) -> String { CanonicalID(id).shortLabel }
}
