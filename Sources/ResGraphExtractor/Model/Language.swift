/// The language a document is written in, as its ISO 639-1 code.
public enum Language: String, CaseIterable, Sendable, Codable {
    case english = "en"
    case french = "fr"
    case chinese = "zh"
    case spanish = "es"
    case russian = "ru"
    case arabic = "ar"
}
