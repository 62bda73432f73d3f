/// The clause the scanner is in: what gives the references in it their relation and organ.
struct Clause {
    /// Numbers introduced by "resolutions"/"decisions" until the clause ends.
    struct ListContext {
        var organ: Organ?
        /// Whether ``organ`` was named before the resolution word with other words between, as
        /// the organ of a citation before it ("la résolution 1373 (2001) du Conseil de sécurité et
        /// la résolution 60/251 de l’Assemblée générale"): an organ named after the numbers is
        /// then theirs, and only where none is does the one before stand.
        var organIsDistant = false
        var isDecision: Bool
        var expires: Int
        /// Whether a number of the list was read: an organ named before the first number
        /// ("قرار المجلس الاقتصادي والاجتماعي 2102") is the list's organ.
        var hasNumbers = false
        /// The organ named after the run of numbers read so far, and where that run ends: looked
        /// for once a run, not again at each of its numbers.
        var organAfter: (organ: Organ?, through: Int)?
        /// The text's own organ, where a possessive ("its resolutions", "ses résolutions",
        /// "قراراتها") made the acts its own: numbers that can be its acts are, unless an organ is
        /// named whose acts they can be ("by the General Assembly by its resolution 47/135").
        var ownOrgan: Organ?
    }

    /// What dates a run of undated numbers: the date of the first dated number after them,
    /// which they share ("resolutions 72/179 and 72/180 of 19 December 2017"), or days given
    /// after the run's last number, one each ("73/195 and 73/151 of 19 and 17 December 2018").
    struct RunDates {
        /// One date all share, or one date each, in the order of the numbers.
        var dates: [CalendarDate] = []
        /// Where the run's numbers end, in their order.
        var numberEnds: [Int]
        /// Where the run was read to.
        var through: Int

        /// The date of the run's number that ends at `end`.
        func date(ofNumberEndingAt end: Int) -> CalendarDate? {
            if dates.count == 1 { return dates[0] }
            guard let index = numberEnds.firstIndex(of: end), index < dates.count else { return nil }
            return dates[index]
        }
    }

    /// The verb that leads the paragraph ("Recalling"): the relation of its references.
    var verb: Relation?
    /// The list a "resolutions"/"decisions" word opened, while it lasts.
    var list: ListContext?
    /// The dates after the list's last run of undated numbers: looked for once a run, not again at
    /// each of its numbers. Kept out of ``ListContext``, which is copied at every number.
    var runDates: RunDates?
    /// The organ named last in the paragraph ("Economic and Social Council"), and where its name ends.
    var lastOrgan: (organ: Organ, end: Int)?
    /// Where the clause last broke (a semicolon, a full stop, a paragraph).
    var lastBreak = 0
    /// Where the last comma stood: an organ named before it no longer qualifies a number.
    var lastComma = 0
    /// Whether the scanner is inside quotation marks (a quoted title): a verb there is part of
    /// the title, not the clause's verb.
    var inQuotation = false

    /// A clause ends (";", "."): a list it opened ends with it.
    mutating func breakClause(at i: Int) {
        list = nil
        lastBreak = i
    }

    /// A paragraph ends: its verb and the organ it named no longer apply.
    mutating func breakParagraph(at i: Int) {
        breakClause(at: i)
        verb = nil
        lastOrgan = nil
        inQuotation = false
    }
}
