import Foundation
import ResGraphExtractor

/// What can be read off a canonical id itself.
public enum CanonicalID {
    /// The kind of thing an id names, from its shape.
    public static func kind(of id: String) -> ReferenceKind {
        if id.hasPrefix("UNTS ") || id.hasPrefix("LNTS ") { return .treaty }
        if id.hasPrefix("Sales No. ") { return .publication }
        let prefixes: [(String, ReferenceKind)] = [
            ("A/RES/", .gaResolution), ("A/DEC/", .gaDecision), ("S/RES/", .scResolution),
            ("E/RES/", .ecosocResolution), ("E/DEC/", .ecosocDecision), ("A/HRC/RES/", .hrcResolution),
            ("A/HRC/DEC/", .hrcDecision), ("E/CN.4/RES/", .chrResolution),
        ]
        return prefixes.first { id.hasPrefix($0.0) }?.1 ?? .document
    }

    /// The session ("58", "III", "S-21") or year ("2000") of a resolution or decision id.
    public static func era(of id: String) -> String? {
        guard kind(of: id).isResolutionOrDecision else { return nil }
        if let open = id.lastIndex(of: "("), id.hasSuffix(")") {
            return String(id[id.index(after: open)..<id.index(before: id.endIndex)])
        }
        let parts = id.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : nil
    }

    /// The session or year as a number, for ordering in time (roman sessions converted).
    public static func eraNumber(of id: String) -> Int? {
        guard let era = era(of: id) else { return nil }
        if let value = Int(era) { return value >= 1946 ? value : 1945 + value }
        let roman = era.hasPrefix("ES-") ? String(era.dropFirst(3)) : era.hasPrefix("S-") ? String(era.dropFirst(2)) : era
        if let value = Int(roman) { return 1945 + value }
        return RomanNumeral.value(of: Array(roman.utf8)).map { 1945 + $0 }
    }

    /// The label people use: `58/154`, `1325 (2000)`, `217 A (III)`, `UNTS 189/2545`, `A/58/281`.
    public static func shortLabel(of id: String) -> String {
        let kind = kind(of: id)
        guard kind.isResolutionOrDecision else { return id }
        let prefixes = ["A/HRC/RES/", "A/HRC/DEC/", "E/CN.4/RES/", "A/RES/", "A/DEC/", "S/RES/", "E/RES/", "E/DEC/"]
        var tail = id
        if let prefix = prefixes.first(where: { id.hasPrefix($0) }) { tail = String(id.dropFirst(prefix.count)) }
        if let open = tail.firstIndex(of: "(") { tail = tail[..<open] + " " + tail[open...] }
        return tail
    }

    /// The id a person typed, made canonical: "48/113", "resolution 48/113", "1325 (2000)",
    /// "S/RES/1325 (2000)", "217 A (III)", "UNTS 189/2545", "A/58/281".
    public static func parse(_ typed: String) -> String {
        let trimmed = normalizedTyping(typed)
        for prefix in ["UNTS", "LNTS"] where trimmed.uppercased().hasPrefix(prefix) {
            let rest = trimmed.dropFirst(prefix.count).filter { !$0.isWhitespace }
            return "\(prefix) \(rest)"
        }
        if trimmed.lowercased().hasPrefix("sales no") {
            return (try? Extractor().extract(text: trimmed).references.first?.target) ?? trimmed
        }
        let candidates = ["Recalling \(trimmed),", "Recalling resolution \(trimmed),"]
        for text in candidates {
            if let document = try? Extractor().extract(text: text), document.references.count >= 1 {
                return document.references[0].target
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
