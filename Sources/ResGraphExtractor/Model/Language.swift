/// The language a document is written in, as its ISO 639-1 code.
public enum Language: String, CaseIterable, Sendable, Codable {
    case english = "en"
    case french = "fr"
    case chinese = "zh"
    case spanish = "es"
    case russian = "ru"
    case arabic = "ar"
}

extension Language {
    /// A position 0..<6 for counting tables; a switch, because the scanner asks at every phrase.
    var index: Int {
        switch self {
        case .english: 0
        case .french: 1
        case .chinese: 2
        case .spanish: 3
        case .russian: 4
        case .arabic: 5
        }
    }
}
