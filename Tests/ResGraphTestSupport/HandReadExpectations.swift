/// The citations of real texts as established by reading them, "relation: target" each: the
/// expectations the reader tests check exactly and the scoring report measures against.
public enum HandReadExpectations {
    /// A hand-read text: its fixture path (under `Tests/Fixtures/` or `examples/`), language and citations.
    public struct Text: Sendable {
        /// The path of the file.
        public let path: String
        /// The language's code ("en", "fr", "zh", "ar"), with " SC" for Security Council texts,
        /// which the report scores apart.
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

    /// The real texts of `Tests/Fixtures/corpus` (see its README), read by hand: the General
    /// Assembly's outer-space resolutions (no header; A/RES/47/68 cites nothing an id names, its
    /// footnote bodies are not in the extract), five Security Council resolutions of 1948-1992 as
    /// the annual volumes print them, and A/RES/80/3 and 80/34 converted to Markdown.
    public static let corpusTexts: [Text] = [
        Text(path: Seeds.fixture("corpus/en/A_RES_1962_XVIII.txt"), language: "en", citations: [
            "cites: A/RES/1721(XVI)",
            "cites: A/RES/1802(XVII)",
            "recalls: A/RES/110(II)",
        ]),
        Text(path: Seeds.fixture("corpus/en/A_RES_37_92.txt"), language: "en", citations: [
            "recalls: A/RES/2916(XXVII)",
            "recalls: A/RES/31/8",
            "recalls: A/RES/3182(XXVIII)",
            "recalls: A/RES/32/196",
            "recalls: A/RES/3234(XXIX)",
            "recalls: A/RES/33/16",
            "recalls: A/RES/3388(XXX)",
            "recalls: A/RES/34/66",
            "recalls: A/RES/35/14",
            "recalls: A/RES/36/35",
        ]),
        Text(path: Seeds.fixture("corpus/en/A_RES_41_65.txt"), language: "en", citations: [
            "recalls: A/RES/31/8",
            "recalls: A/RES/32/196A",
            "recalls: A/RES/3234(XXIX)",
            "recalls: A/RES/33/16",
            "recalls: A/RES/3388(XXX)",
            "recalls: A/RES/34/66",
            "recalls: A/RES/35/14",
            "recalls: A/RES/36/35",
            "recalls: A/RES/37/89",
            "recalls: A/RES/38/80",
            "recalls: A/RES/39/96",
            "recalls: A/RES/40/162",
        ]),
        Text(path: Seeds.fixture("corpus/en/A_RES_47_68.txt"), language: "en", citations: []),
        Text(path: Seeds.fixture("corpus/en/A_RES_51_122.txt"), language: "en", citations: [
            "cites: A/CONF.101/10",
            "cites: A/CONF.101/10/Corr.1",
            "cites: A/CONF.101/10/Corr.2",
        ]),
        Text(path: Seeds.fixture("corpus/sc-en/S_RES_0051_1948_EN_GOLD.txt"), language: "en SC", citations: [
            "cites: S/1100",
            "cites: S/RES/39(1948)",
            "cites: S/RES/47(1948)",
            "reaffirms: S/RES/38(1948)",
            "reaffirms: S/RES/39(1948)",
            "reaffirms: S/RES/47(1948)",
        ]),
        Text(path: Seeds.fixture("corpus/sc-en/S_RES_0111_1956_EN_GOLD.txt"), language: "en SC", citations: [
            "cites: S/3516",
            "cites: S/3516/Add.1",
            "cites: S/RES/54(1948)",
            "recalls: S/RES/101(1953)",
            "recalls: S/RES/106(1955)",
            "recalls: S/RES/54(1948)",
            "recalls: S/RES/73(1949)",
            "recalls: S/RES/93(1951)",
        ]),
        Text(path: Seeds.fixture("corpus/sc-en/S_RES_0194_1964_EN_GOLD.txt"), language: "en SC", citations: [
            "cites: S/RES/186(1964)",
            "cites: S/RES/187(1964)",
            "cites: S/RES/192(1964)",
            "notes: S/5950",
            "notes: S/5950/Add.1",
            "notes: S/5950/Add.2",
            "notes: S/RES/186(1964)",
            "reaffirms: S/RES/186(1964)",
            "reaffirms: S/RES/187(1964)",
            "reaffirms: S/RES/192(1964)",
            "reaffirms: S/RES/193(1964)",
        ]),
        Text(path: Seeds.fixture("corpus/sc-en/S_RES_0459_1979_EN_GOLD.txt"), language: "en SC", citations: [
            "cites: S/13691",
            "cites: S/RES/426(1978)",
            "notes: S/RES/425(1978)",
            "reaffirms: S/RES/425(1978)",
            "reaffirms: S/RES/450(1979)",
            "recalls: S/12958",
            "recalls: S/13272",
            "recalls: S/RES/425(1978)",
            "recalls: S/RES/426(1978)",
            "recalls: S/RES/427(1978)",
            "recalls: S/RES/434(1978)",
            "recalls: S/RES/444(1979)",
            "recalls: S/RES/450(1979)",
        ]),
        Text(path: Seeds.fixture("corpus/sc-en/S_RES_0757_1992_EN_GOLD.txt"), language: "en SC", citations: [
            "cites: S/RES/713(1991)",
            "cites: S/RES/724(1991)",
            "cites: S/RES/727(1992)",
            "cites: S/RES/752(1992)",
            "reaffirms: S/RES/713(1991)",
            "reaffirms: S/RES/721(1991)",
            "reaffirms: S/RES/724(1991)",
            "reaffirms: S/RES/727(1992)",
            "reaffirms: S/RES/740(1992)",
            "reaffirms: S/RES/743(1992)",
            "reaffirms: S/RES/749(1992)",
            "reaffirms: S/RES/752(1992)",
            "recalls: S/RES/752(1992)",
        ]),
        Text(path: Seeds.fixture("corpus/ga-md/A_RES_80_3.md"), language: "en", citations: [
            "cites: A/80/L.4",
            "cites: A/RES/63/239",
            "cites: A/RES/79/1",
            "cites: Sales No. 02.II.A.7",
            "reaffirms: A/RES/69/283",
            "reaffirms: A/RES/70/1",
            "reaffirms: A/RES/71/256",
            "reaffirms: FCCC/CP/2015/10/Add.1",
            "reaffirms: UNTS 1760/30619",
            "reaffirms: UNTS 1771/30822",
            "recalls: A/RES/76/217",
            "recalls: A/RES/77/246",
            "recalls: A/RES/77/329",
            "recalls: A/RES/78/266",
            "recalls: A/RES/78/315",
            "recalls: A/RES/79/279",
            "welcomes: A/CONF.202/3",
            "welcomes: A/RES/69/137",
            "welcomes: A/RES/69/313",
            "welcomes: A/RES/79/233",
            "welcomes: A/RES/79/279",
            "welcomes: A/RES/79/323",
        ]),
        Text(path: Seeds.fixture("corpus/ga-md/A_RES_80_34.md"), language: "en", citations: [
            "cites: S/2016/738/Rev.1",
            "cites: S/2016/888",
            "cites: S/2017/904",
            "cites: S/2020/310",
            "cites: S/2021/371",
            "cites: S/2023/81",
            "cites: S/2024/200",
            // Footnotes 3 to 6, "S/2338/2024" and the like, are notes of the OPCW's Technical
            // Secretariat (number, then year), not Security Council documents.
            "on-report-of: A/80/534",
            "recalls: A/RES/79/56",
            "recalls: LNTS 94/2138",
            "recalls: S/2017/931",
            "recalls: S/2018/478",
            "recalls: S/2018/620",
            "recalls: S/2019/208",
            "recalls: S/2022/116",
            "recalls: S/2022/85",
            "recalls: S/2023/508",
            "recalls: S/2024/214",
            "recalls: S/2024/486",
            "cites: S/RES/2118(2013)",
            "recalls: S/RES/2235(2015)",
            "recalls: S/RES/2319(2016)",
            "recalls: UNTS 1974/33757",
            "welcomes: UNTS 2160/1240",
        ]),
    ]
}
