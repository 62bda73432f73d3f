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

    /// Whether the kind is a resolution or decision of some organ.
    public var isResolutionOrDecision: Bool {
        switch self {
        case .document, .treaty, .publication: false
        default: true
        }
    }
}
