/// The citations of real texts as established by reading them, "relation: target" each: the
/// expectations the reader tests check exactly and the scoring report measures against.
public enum HandReadExpectations {
    /// A hand-read text: its fixture path (under `Tests/Fixtures/` or `examples/`), language and citations.
    public struct Text: Sendable {
        /// The path of the file.
        public let path: String
        /// The language's code ("en", "fr", "zh", "ar").
        public let language: String
        /// Every distinct "relation: target".
        public let citations: Set<String>

        /// Creates a hand-read text.
        public init(path: String, language: String, citations: Set<String>) {
            self.path = path
            self.language = language
            self.citations = citations
        }
    }

    static let cubaResolutions = ["47/19", "48/16", "49/9", "50/10", "51/17", "52/10", "53/4", "54/21", "55/20", "56/9",
                                  "57/11", "58/7", "59/11", "60/12", "61/11", "62/3", "63/7", "64/6", "65/6", "66/6",
                                  "67/4", "68/8", "69/5", "70/5", "71/5", "72/4"].map { "A/RES/" + $0 }

    /// A/RES/73/8 (ODS PDF).
    public static let resolution73_8: Set<String> = Set(["cites: A/73/L.3", "notes: A/RES/72/4", "notes: A/73/85"]
        + cubaResolutions.map { "cites: \($0)" } + cubaResolutions.map { "recalls: \($0)" })

    /// A/RES/73/3 (ODS PDF).
    public static let resolution73_3: Set<String> = [
        "cites: A/73/L.4", "reaffirms: A/RES/71/3", "reaffirms: A/RES/70/266", "reaffirms: A/RES/68/300",
        "reaffirms: A/RES/72/139", "notes: A/HRC/RES/33/11", "cites: A/RES/71/3", "reaffirms: A/RES/70/175",
        "reaffirms: A/RES/70/1", "reaffirms: A/RES/69/313", "notes: A/71/53/Add.1", "notes: A/71/53/Add.1/Corr.1",
        "cites: A/RES/55/2",
    ]

    /// The Arabic resolution of `Tests/Fixtures/pdf/make_arabic.py`, in Word and in PDF.
    public static let arabic: Set<String> = [
        "recalls: S/RES/1325(2000)", "recalls: S/RES/2242(2015)", "recalls: S/RES/2178(2014)",
        "notes: S/2015/716", "reaffirms: S/RES/1624(2005)", "recalls: UNTS 189/2545",
    ]

    /// The PDF and Word texts, with their expectations.
    public static let formatTexts: [Text] = [
        Text(path: Seeds.fixture("pdf/A_RES_73_8-EN.pdf"), language: "en", citations: resolution73_8),
        Text(path: Seeds.fixture("pdf/A_RES_73_3-EN.pdf"), language: "en", citations: resolution73_3),
        Text(path: Seeds.fixture("pdf/arabic.docx"), language: "ar", citations: arabic),
        Text(path: Seeds.fixture("pdf/arabic.pdf"), language: "ar", citations: arabic),
    ]
}
