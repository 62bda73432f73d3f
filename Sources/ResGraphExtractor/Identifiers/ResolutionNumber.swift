/// The number of a resolution or decision as texts write it, before the organ is known.
///
/// ```swift
/// ResolutionNumber.sessional(session: "57", number: "270", part: "B")  // 57/270 B
/// ResolutionNumber.roman(number: "217", part: "A", session: "III")     // 217 A (III)
/// ResolutionNumber.yearly(number: "1325", year: 2000)                  // 1325 (2000)
/// ```
public enum ResolutionNumber: Hashable, Sendable {
    /// `session/number`, the session possibly `S-21` or `ES-10`, or a year for ECOSOC (`2004/27`).
    case sessional(session: String, number: String, part: String?)
    /// `number (ROMAN)` of the early General Assembly or ECOSOC, session possibly `S-VI`.
    case roman(number: String, part: String?, session: String)
    /// `number (year)` of the Security Council.
    case yearly(number: String, year: Int)

    /// Whether the General Assembly numbers its resolutions this way (`58/154`, `1514 (XV)`).
    public var isGeneralAssemblyForm: Bool {
        if case .yearly = self { return false }
        return true
    }

    /// The canonical id and kind of this number cited as a resolution (or decision) of `organ`,
    /// or nil when the organ's acts have no id or the number cannot be one of its acts.
    public func identify(organ: Organ?, isDecision: Bool) -> (id: String, kind: ReferenceKind)? {
        switch self {
        case let .yearly(number, year):
            guard !isDecision, organ == nil || organ == .securityCouncil else { return nil }
            return Self.id(.scResolution, "\(number)(\(year))")
        case let .roman(number, part, session):
            let tail = "\(number)\(part ?? "")(\(session))"
            switch organ {
            case .economicAndSocialCouncil:
                return isDecision ? nil : Self.id(.ecosocResolution, tail)
            case nil, .generalAssembly:
                guard !isDecision else { return nil }
                if organ == nil, let value = RomanNumeral.value(of: Array(session.utf8)), value > 30 {
                    return Self.id(.ecosocResolution, tail)
                }
                return Self.id(.gaResolution, tail)
            default:
                return nil
            }
        case let .sessional(session, number, part):
            let tail = "\(session)/\(number)\(part ?? "")"
            let isYear = Int(session).map { $0 >= 1946 } ?? false
            switch organ {
            case .economicAndSocialCouncil:
                return Self.id(isDecision ? .ecosocDecision : .ecosocResolution, tail)
            case .humanRightsCouncil:
                return Self.id(isDecision ? .hrcDecision : .hrcResolution, tail)
            case .commissionOnHumanRights:
                return isDecision ? nil : Self.id(.chrResolution, tail)
            case .securityCouncil, .other:
                return nil
            case nil, .generalAssembly:
                if isYear {
                    guard organ == nil else { return nil }
                    return Self.id(isDecision ? .ecosocDecision : .ecosocResolution, tail)
                }
                if let value = Int(session), value < 31 { return nil }
                return Self.id(isDecision ? .gaDecision : .gaResolution, tail)
            }
        }
    }

    /// The id of the act of `kind` numbered `tail`: the kind owns its prefix.
    private static func id(_ kind: ReferenceKind, _ tail: String) -> (id: String, kind: ReferenceKind) {
        ((kind.prefix ?? "") + tail, kind)
    }
}
