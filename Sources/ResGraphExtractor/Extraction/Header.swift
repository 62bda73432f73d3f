/// How a text states its own symbol, strongest first: when two statements disagree, the
/// stronger one is the document's symbol.
enum SymbolEvidence: Int, Comparable, Sendable {
    /// A tag the document system writes before the symbol ("ODS JOB NO." headers, `.ownSymbolFollows`).
    case documentTag
    /// A YAML front matter's symbol key (``FrontMatter``): the record a converter wrote above the text.
    case frontMatter
    /// A title line: "58/154. Title", "51 (1948). Resolution of 3 June 1948".
    case titleLine
    /// A Security Council heading on its own line: "Resolution 1325 (2000)".
    case councilHeading
    /// A resolution symbol standing alone on a line, anywhere in the text.
    case symbolAloneOnLine

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How a text states its adoption date, strongest first.
enum DateEvidence: Int, Comparable, Sendable {
    /// Words that say so: "Resolution adopted by the General Assembly on 22 December 2003".
    case adoptionPhrase
    /// A header's date: "Resolution 521 (1982) of 19 June 1982".
    case headerDate
    /// A date alone on a line within three lines of "plenary meeting".
    case nearPlenaryMeeting

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The number and year a Security Council heading gave ("Resolution 434 (1973)", "51 (1948).",
/// "Resolution 290" with no year), with the evidence it was.
struct CouncilHeading {
    var number: Int
    var writtenYear: Int?
    var evidence: SymbolEvidence
}

/// What a text has said about itself so far: its own symbol and adoption date, each with the
/// evidence for it (a weaker statement never replaces a stronger one), and its title as read.
struct Header {
    private(set) var symbol: (id: String, evidence: SymbolEvidence)? {
        didSet { symbolOrgan = symbol.flatMap { own in ReferenceKind.byLongestPrefix.first { own.id.hasPrefix($0.prefix) }?.kind.act?.organ } }
    }
    /// The organ whose act the document's own symbol names ("A/HRC/RES/16/21": the Human Rights Council).
    private(set) var symbolOrgan: Organ?
    private(set) var adoption: (date: CalendarDate, evidence: DateEvidence)?
    /// The organ the text names on a line of its own above its clauses ("The Human Rights
    /// Council,", "Le Conseil de sécurité,") or as the one that adopted it ("Resolution adopted by
    /// the Human Rights Council"): the one whose acts "its resolution" cites.
    var organLine: Organ?
    /// The organ named last alone on a line above the clauses, as a heading ("Human Rights
    /// Council" below the distribution line's "General Assembly").
    var headingOrgan: Organ?
    /// The organ that adopts the text: the one named on a line of its own above its clauses,
    /// else the one its own symbol tells, else its heading's.
    var actingOrgan: Organ? { organLine ?? symbolOrgan ?? headingOrgan }
    /// The organ whose act a title line's number is: the text's own council or commission
    /// ("16/21. Review of the work …" in the Human Rights Council's), else the Assembly.
    var titleLineOrgan: Organ { actingOrgan.flatMap { $0.numbersNameItsActs ? nil : $0 } ?? .generalAssembly }
    /// The line where a heading gave the document's own number (its date and draft symbol follow).
    var line = Int.min / 2
    /// The stretches of text that make the title (a title line and its continuation lines).
    var titlePieces: [Range<Int>] = []
    /// The title a front matter gives, which the title read from the text does not replace.
    var statedTitle: String?
    /// Where the title line's text starts, while it is being read.
    var titleCaptureFrom: Int?
    /// Whether the title is being read, from a title line on.
    var capturingTitle = false
    /// How far into its line the title line's text starts: a typewritten title goes on in lines
    /// indented as far ("45/158.  International Convention …" / "        of All Migrant Workers").
    var titleColumn: Int?
    /// Whether a clause has begun ("Recalling …", "Decides …"): past it, "adopted by the General
    /// Assembly on 24 October 1970" tells when another text was adopted, not this one (a treaty
    /// quoted in a compilation said so of the Declaration it names).
    var clausesBegan = false
    /// The Council heading read, if any: its year may be settled by the date (``settleCouncilYear()``).
    var councilHeading: CouncilHeading?

    /// Stops reading the title: the line being read is not part of it.
    mutating func endTitle() {
        capturingTitle = false
        titleCaptureFrom = nil
    }

    /// Takes `id` as the document's symbol unless a statement as strong or stronger came first.
    mutating func state(symbol id: String, _ evidence: SymbolEvidence) {
        if symbol == nil || evidence < symbol!.evidence { symbol = (id, evidence) }
    }

    /// Takes `date` as the adoption date unless a statement as strong or stronger came first.
    mutating func state(adoption date: CalendarDate, _ evidence: DateEvidence) {
        if adoption == nil || evidence < adoption!.evidence { adoption = (date, evidence) }
    }

    /// Gives a Council heading the adoption date's year where OCR misread its year ("Resolution
    /// 434 (1973)" / "of 18 September 1978") or the heading gives none ("Resolution 290" / "of 8
    /// December 1970"): only where the Council's numbers of the date's year (``CouncilYears``)
    /// hold the number and those of the written year do not, and no stronger statement of the
    /// symbol came.
    mutating func settleCouncilYear() {
        guard let heading = councilHeading, let year = adoption?.date.year, year != heading.writtenYear,
              CouncilYears.numbers(of: year)?.contains(heading.number) == true,
              heading.writtenYear.flatMap(CouncilYears.numbers(of:))?.contains(heading.number) != true,
              symbol.map({ $0.evidence >= heading.evidence }) ?? true else { return }
        symbol = ("S/RES/\(heading.number)(\(year))", heading.evidence)
    }

    /// Whether a title line may still set the symbol (none stated yet, or only by weaker
    /// evidence) or give the title a front matter that stated the symbol left out. Not once a
    /// clause has begun: a number that a line wrap left at a line's start before a full stop
    /// ("… to implement resolution" / "338 (1973).") is cited, not the document's own.
    var awaitsTitleLine: Bool {
        !clausesBegan && (symbol.map { $0.evidence > .titleLine || ($0.evidence == .frontMatter && statedTitle == nil) } ?? true)
    }
}
