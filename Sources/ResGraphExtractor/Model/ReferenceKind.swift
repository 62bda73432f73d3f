/// What sort of thing a canonical id names.
public enum ReferenceKind: String, CaseIterable, Sendable, Codable {
    /// A General Assembly resolution, `A/RES/48/113`, `A/RES/217A(III)`.
    case gaResolution = "ga-resolution"
    /// A General Assembly decision, `A/DEC/58/555`.
    case gaDecision = "ga-decision"
    /// A Security Council resolution, `S/RES/1325(2000)`.
    case scResolution = "sc-resolution"
    /// An Economic and Social Council resolution, `E/RES/2004/27`.
    case ecosocResolution = "ecosoc-resolution"
    /// An Economic and Social Council decision, `E/DEC/1995/313`.
    case ecosocDecision = "ecosoc-decision"
    /// A Human Rights Council resolution, `A/HRC/RES/5/1`.
    case hrcResolution = "hrc-resolution"
    /// A Human Rights Council decision, `A/HRC/DEC/5/101`.
    case hrcDecision = "hrc-decision"
    /// A Commission on Human Rights resolution, `E/CN.4/RES/2004/27`.
    case chrResolution = "chr-resolution"
    /// Any other United Nations document, by its symbol: `A/58/281`.
    case document
    /// A treaty by its Treaty Series volume and number: `UNTS 189/2545`.
    case treaty
    /// A United Nations publication by its sales number: `Sales No. 95.XIII.18`.
    case publication

    /// The prefix of its canonical ids, for resolutions and decisions (`A/RES/`, `S/RES/`,
    /// `E/CN.4/RES/`); treaties and publications have their own (``treatyPrefix``,
    /// ``salesNumberPrefix``); documents have none.
    public var prefix: String? {
        switch self {
        case .gaResolution: "A/RES/"
        case .gaDecision: "A/DEC/"
        case .scResolution: "S/RES/"
        case .ecosocResolution: "E/RES/"
        case .ecosocDecision: "E/DEC/"
        case .hrcResolution: "A/HRC/RES/"
        case .hrcDecision: "A/HRC/DEC/"
        case .chrResolution: "E/CN.4/RES/"
        case .treaty: Self.treatyPrefix
        case .publication: Self.salesNumberPrefix
        case .document: nil
        }
    }

    /// The prefix of a United Nations Treaty Series id: `UNTS 189/2545`.
    public static let treatyPrefix = "UNTS "
    /// The prefix of a League of Nations Treaty Series id: `LNTS 108/2137`.
    public static let leagueTreatyPrefix = "LNTS "
    /// The prefix of a publication id: `Sales No. 95.XIII.18`.
    public static let salesNumberPrefix = "Sales No. "

    /// The organ whose act it is, and whether a decision, for resolution and decision kinds.
    public var act: (organ: Organ, isDecision: Bool)? {
        switch self {
        case .gaResolution: (.generalAssembly, false)
        case .gaDecision: (.generalAssembly, true)
        case .scResolution: (.securityCouncil, false)
        case .ecosocResolution: (.economicAndSocialCouncil, false)
        case .ecosocDecision: (.economicAndSocialCouncil, true)
        case .hrcResolution: (.humanRightsCouncil, false)
        case .hrcDecision: (.humanRightsCouncil, true)
        case .chrResolution: (.commissionOnHumanRights, false)
        case .document, .treaty, .publication: nil
        }
    }

    /// Resolution and decision kinds with their prefixes, longest prefix first (so that
    /// `A/HRC/RES/` is tried before `A/RES/` could be).
    static let byLongestPrefix: [(prefix: String, kind: ReferenceKind)] = allCases
        .compactMap { kind in kind.isResolutionOrDecision ? kind.prefix.map { ($0, kind) } : nil }
        .sorted { $0.prefix.count > $1.prefix.count }

    /// The kind of a symbol series read in a text (`A/RES`, `E/CN.4/RES`, no final slash), for
    /// numbers written after it ("A/RES/58/154").
    static let bySeries: [String: ReferenceKind] = Dictionary(
        uniqueKeysWithValues: byLongestPrefix.map { (String($0.prefix.dropLast()), $0.kind) })

    /// The series whose resolutions were numbered in one run across years or sessions, so that
    /// the number alone names one ("S/RES/1373" is 1373 (2001), "A/RES/3314" 3314 (XXIX)).
    static let seriesNumberedInOneRun: [[UInt8]] = [ReferenceKind.scResolution, .gaResolution, .ecosocResolution]
        .compactMap { $0.prefix.map { Array($0.utf8.dropLast()) } }

    /// Whether `id`, a document's symbol, is a number of such a series without the year or
    /// session its id needs: "S/RES/1373", "A/RES/3314" (not "A/RES/48", a symbol of its own).
    static func isActWithoutPeriod(_ id: String) -> Bool {
        id.withUTF8InPlace { bytes in
            var end = bytes.count
            while end > 0, ByteClass.isDigit(bytes[end - 1]) { end -= 1 }
            guard end < bytes.count, end > 0, bytes[end - 1] == UInt8(ascii: "/") else { return false }
            let series = bytes[..<(end - 1)]
            return seriesNumberedInOneRun.contains { series.elementsEqual($0) }
        }
    }

    /// Each series of ``bySeries`` as its bytes ("A/HRC/RES"), with its kind.
    private static let seriesBytes: [(series: [UInt8], kind: ReferenceKind)] = bySeries.map { (Array($0.key.utf8), $0.value) }

    /// The kind of the series whose bytes are `series` ("A/RES" of "A/RES/58/154"), as
    /// ``bySeries`` gives it, found without making a string of them: every series ends in "RES"
    /// or "DEC", so most symbols are turned away by their last three bytes.
    static func kind(ofSeries series: UnsafeBufferPointer<UInt8>) -> ReferenceKind? {
        guard series.count > 3 else { return nil }
        let last = series[(series.count - 3)...]
        guard last.elementsEqual("RES".utf8) || last.elementsEqual("DEC".utf8) else { return nil }
        return seriesBytes.first { $0.series.elementsEqual(series) }?.kind
    }

    /// Whether the kind is a resolution or decision of some organ.
    public var isResolutionOrDecision: Bool {
        switch self {
        case .document, .treaty, .publication: false
        default: true
        }
    }
}
