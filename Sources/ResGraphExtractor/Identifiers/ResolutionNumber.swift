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
            return ("S/RES/\(number)(\(year))", .scResolution)
        case let .roman(number, part, session):
            let tail = "\(number)\(part ?? "")(\(session))"
            switch organ {
            case .economicAndSocialCouncil:
                return isDecision ? nil : ("E/RES/\(tail)", .ecosocResolution)
            case nil, .generalAssembly:
                guard !isDecision else { return nil }
                if organ == nil, let value = RomanNumeral.value(of: Array(session.utf8)), value > 30 {
                    return ("E/RES/\(tail)", .ecosocResolution)
                }
                return ("A/RES/\(tail)", .gaResolution)
            default:
                return nil
            }
        case let .sessional(session, number, part):
            let tail = "\(session)/\(number)\(part ?? "")"
            let isYear = Int(session).map { $0 >= 1946 } ?? false
            switch organ {
            case .economicAndSocialCouncil:
                return isDecision ? ("E/DEC/\(tail)", .ecosocDecision) : ("E/RES/\(tail)", .ecosocResolution)
            case .humanRightsCouncil:
                return isDecision ? ("A/HRC/DEC/\(tail)", .hrcDecision) : ("A/HRC/RES/\(tail)", .hrcResolution)
            case .commissionOnHumanRights:
                return isDecision ? nil : ("E/CN.4/RES/\(tail)", .chrResolution)
            case .securityCouncil, .other:
                return nil
            case nil, .generalAssembly:
                if isYear {
                    guard organ == nil else { return nil }
                    return isDecision ? ("E/DEC/\(tail)", .ecosocDecision) : ("E/RES/\(tail)", .ecosocResolution)
                }
                if let value = Int(session), value < 31 { return nil }
                return isDecision ? ("A/DEC/\(tail)", .gaDecision) : ("A/RES/\(tail)", .gaResolution)
            }
        }
    }
}
