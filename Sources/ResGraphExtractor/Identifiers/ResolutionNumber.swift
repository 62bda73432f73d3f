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
        guard let kind = kind(organ: organ, isDecision: isDecision), let prefix = kind.prefix else { return nil }
        var id = IDBytes()
        id.append(prefix)
        switch self {
        case let .yearly(number, year):
            id.append(number)
            id.append(UInt8(ascii: "("))
            id.append(decimal: year)
            id.append(UInt8(ascii: ")"))
        case let .roman(number, part, session):
            id.append(number)
            if let part { id.append(part) }
            id.append(UInt8(ascii: "("))
            id.append(session)
            id.append(UInt8(ascii: ")"))
        case let .sessional(session, number, part):
            id.append(session)
            id.append(UInt8(ascii: "/"))
            id.append(number)
            if let part { id.append(part) }
        }
        return (id.string, kind)
    }

    /// The kind of act this number is, cited as a resolution (or decision) of `organ`; nil
    /// when the organ's acts have no id or the number cannot be one of its acts.
    private func kind(organ: Organ?, isDecision: Bool) -> ReferenceKind? {
        switch self {
        case .yearly:
            guard !isDecision, organ == nil || organ == .securityCouncil else { return nil }
            return .scResolution
        case let .roman(_, _, session):
            switch organ {
            case .economicAndSocialCouncil:
                return isDecision ? nil : .ecosocResolution
            case nil, .generalAssembly:
                guard !isDecision else { return nil }
                // Read from the string's bytes in place: through its UTF-8 view, backwards, it cost
                // a thousand instructions.
                let bytes = session.utf8
                if organ == nil, let value = bytes.withContiguousStorageIfAvailable(RomanNumeral.value(of:)) ?? RomanNumeral.value(of: bytes),
                   value > 30 { return .ecosocResolution }
                return .gaResolution
            default:
                return nil
            }
        case let .sessional(session, _, _):
            switch organ {
            case .economicAndSocialCouncil:
                return isDecision ? .ecosocDecision : .ecosocResolution
            case .humanRightsCouncil:
                return isDecision ? .hrcDecision : .hrcResolution
            case .commissionOnHumanRights:
                return isDecision ? nil : .chrResolution
            case .securityCouncil, .other:
                return nil
            case nil, .generalAssembly:
                let value = Self.decimalValue(of: session)
                if let value, value >= 1946 {
                    guard organ == nil else { return nil }
                    return isDecision ? .ecosocDecision : .ecosocResolution
                }
                if let value, value < 31 { return nil }
                return isDecision ? .gaDecision : .gaResolution
            }
        }
    }

    /// Whether this number can name an act `organ` adopted in `year`, as far as the number tells:
    /// the Assembly's "31/1" was adopted in 1976 or 1977 (its 31st session), the Human Rights
    /// Council's in 2016 (a year's three sessions from its fourth, in 2007), the Economic and
    /// Social Council's "2004/27" in 2004, the Assembly's "S-28/1" in 2005 (its special sessions'
    /// years are known to the thirty-second). A number that tells no year ("1514 (XV)", the
    /// Council's special sessions') can be any year's.
    ///
    /// ```swift
    /// ResolutionNumber.sessional(session: "31", number: "1", part: nil)
    ///     .mayBeAct(of: .generalAssembly, adoptedIn: 2016)  // false
    /// ```
    public func mayBeAct(of organ: Organ, adoptedIn year: Int) -> Bool {
        guard case let .sessional(session, _, _) = self else { return true }
        guard let value = Self.decimalValue(of: session) else {
            let special = session.utf8.starts(with: "S-".utf8) ? Int(session.dropFirst(2)) : nil
            switch organ {
            case .generalAssembly:
                // "S-28/1": the Assembly's twenty-eighth special session sat in 2005.
                guard let special, let held = Self.assemblySpecialSessionYears[special] else { return true }
                return held == year
            case .humanRightsCouncil:
                return special != nil
            case .economicAndSocialCouncil, .commissionOnHumanRights:
                return false
            case .securityCouncil, .other:
                return true
            }
        }
        switch organ {
        case .generalAssembly:
            return value >= 1946 || (value + 1945...value + 1946).contains(year)
        case .humanRightsCouncil:
            guard value < 1946 else { return false }
            let held = value < 4 ? 2006 : 2007 + (value - 4) / 3
            return abs(year - held) <= 1
        case .economicAndSocialCouncil, .commissionOnHumanRights:
            return value == year
        case .securityCouncil, .other:
            return true
        }
    }

    /// Whether the number's session is written in digits ("72/179", "2004/27"), which tell the
    /// years its act can have; not a special session's ("S-27/2"), nor a year's or a roman one.
    var tellsItsYear: Bool {
        guard case let .sessional(session, _, _) = self else { return false }
        return Self.decimalValue(of: session) != nil
    }

    /// Whether this number, undated in a list, shares `date`, the date of a later number of the
    /// list: only a number whose session tells the year, and a year its act can have ("72/179 and
    /// 72/180 of 19 December 2017"; not "48/113 and 58/154 of 22 December 2003", nor "2004/27 and
    /// 2010/24 of 23 July 2010", numbered by their year).
    func mayShare(_ date: CalendarDate, asActOf organ: Organ) -> Bool {
        guard case let .sessional(session, _, _) = self, let value = Self.decimalValue(of: session) else { return false }
        if value >= 1946 { return value == date.year }
        return mayBeAct(of: organ, adoptedIn: date.year)
    }

    /// The year each of the Assembly's special sessions sat, from the eighth (1978), the first
    /// whose resolutions are numbered "S-8/1", to the thirty-second (2021).
    static let assemblySpecialSessionYears: [Int: Int] = [
        8: 1978, 9: 1978, 10: 1978, 11: 1980, 12: 1982, 13: 1986, 14: 1986, 15: 1988, 16: 1989, 17: 1990, 18: 1990,
        19: 1997, 20: 1998, 21: 1999, 22: 1999, 23: 2000, 24: 2000, 25: 2001, 26: 2001, 27: 2002, 28: 2005, 29: 2014,
        30: 2016, 31: 2020, 32: 2021,
    ]

    /// The value of a session written in decimal digits ("58", "2004"), as `Int(session)` reads
    /// it; nil for "S-21", "ES-10".
    private static func decimalValue(of session: String) -> Int? {
        session.withUTF8InPlace { bytes in
            guard !bytes.isEmpty, bytes.count <= 18 else { return Int(session) }
            var value = 0
            for byte in bytes {
                guard ByteClass.isDigit(byte) else { return Int(session) }
                value = value &* 10 &+ Int(byte &- 0x30)
            }
            return value
        }
    }
}
