/// The body that adopted a resolution or decision, as named by the words around a citation.
public enum Organ: Hashable, Sendable {
    case generalAssembly
    case securityCouncil
    case economicAndSocialCouncil
    case humanRightsCouncil
    case commissionOnHumanRights
    /// A body whose acts have no canonical id here (a functional commission, another
    /// organization's council): numbers cited under its name are not UN references.
    case other
}

extension Organ {
    /// Whether a number alone names this organ's acts, so that "its resolution" adds nothing: the
    /// Assembly's numbers carry their session, the Security Council's their year.
    var numbersNameItsActs: Bool { self == .generalAssembly || self == .securityCouncil }

    /// The words that stand for this organ in its own text, without its name: "Council" for a
    /// council, "Commission" for the Commission on Human Rights (see ``CitationWords/councilWords``).
    var wordsInItsOwnText: Literals {
        switch self {
        case .humanRightsCouncil, .economicAndSocialCouncil: Glyph.councilWords
        case .commissionOnHumanRights: Glyph.commissionWords
        case .generalAssembly, .securityCouncil, .other: []
        }
    }
}
