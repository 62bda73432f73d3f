import ResGraphExtractor
import Testing

/// A date after a list's numbers dates the undated numbers before it, as UN texts group the acts
/// of one day: "resolutions 72/179 and 72/180 of 19 December 2017". Only where every one of them
/// has a session that tells a year fitting the date.
struct SharedDateTests {
    @Test(arguments: [
        ("Recalling its resolutions 72/179 and 72/180 of 19 December 2017,", ["A/RES/72/179 2017-12-19", "A/RES/72/180 2017-12-19"]),
        ("Recalling its resolutions 60/1 and 60/2 of 16 September 2005 and 61/16 of 9 November 2006,",
         ["A/RES/60/1 2005-09-16", "A/RES/60/2 2005-09-16", "A/RES/61/16 2006-11-09"]),
        ("Recordando sus resoluciones 72/179 y 72/180, de 19 de diciembre de 2017,", ["A/RES/72/179 2017-12-19", "A/RES/72/180 2017-12-19"]),
        ("Rappelant ses résolutions 72/179 et 72/180 du 19 décembre 2017,", ["A/RES/72/179 2017-12-19", "A/RES/72/180 2017-12-19"]),
        ("ссылаясь на свои резолюции 72/179 и 72/180 от 19 декабря 2017 года,", ["A/RES/72/179 2017-12-19", "A/RES/72/180 2017-12-19"]),
        ("إذ تشير إلى قراريها 72/179 و 72/180 المؤرخين 19 كانون الأول/ديسمبر 2017،", ["A/RES/72/179 2017-12-19", "A/RES/72/180 2017-12-19"]),
        // Chinese puts the date before the list's first number.
        ("回顾其2017年12月19日第72/179和72/180号决议，", ["A/RES/72/179 2017-12-19", "A/RES/72/180 2017-12-19"]),
        ("回顾其2003年12月22日第58/154和48/113号决议，", ["A/RES/58/154 2003-12-22", "A/RES/48/113 -"]),
        // A year spaced out or set apart by blanks (a PDF's conversion), a run of sixteen bytes and more before 年.
        ("回顾其2 0 0 3   年12月22日第58/154号决议，", ["A/RES/58/154 2003-12-22"]),
        ("回顾其2003              年12月22日第58/154号决议，", ["A/RES/58/154 2003-12-22"]),
        // A later date of the clause may leave out its year; where each number has its own, none is shared.
        ("回顾其2018年12月19日第73/195号和12月17日第73/151号决议，", ["A/RES/73/195 2018-12-19", "A/RES/73/151 2018-12-17"]),
        ("回顾其1994年12月23日第49/110号、第49/170号和1995年12月21日第50/150号决议，", ["A/RES/49/110 1994-12-23", "A/RES/49/170 -", "A/RES/50/150 1995-12-21"]),
        // A date one number before it cannot have is the last number's alone (A/RES/80/44: 73/72 is of 5 December).
        ("its resolutions 69/38, 71/90, 73/72, 73/91 of 7 December 2018, 76/55 and 78/52,",
         ["A/RES/69/38 -", "A/RES/71/90 -", "A/RES/73/72 -", "A/RES/73/91 2018-12-07", "A/RES/76/55 -", "A/RES/78/52 -"]),
        ("Recalling its resolutions 60/1, 60/2 and 60/3 of 16 September 2005,", ["A/RES/60/1 2005-09-16", "A/RES/60/2 2005-09-16", "A/RES/60/3 2005-09-16"]),
        // A session whose year does not fit the date keeps none.
        ("Recalling its resolutions 48/113, 50/154 and 58/154 of 22 December 2003,", ["A/RES/48/113 -", "A/RES/50/154 -", "A/RES/58/154 2003-12-22"]),
        ("Recalling its resolutions 56/190, 58/154 and 58/155 of 22 December 2003,", ["A/RES/56/190 -", "A/RES/58/154 -", "A/RES/58/155 2003-12-22"]),
        ("Recalling Economic and Social Council resolutions 2004/27 and 2010/24 of 23 July 2010,", ["E/RES/2004/27 -", "E/RES/2010/24 2010-07-23"]),
        ("Recalling resolutions 2004/27 and 2010/24 of 23 July 2010,", ["E/RES/2004/27 -", "E/RES/2010/24 2010-07-23"]),
        // Nor does a number whose year the date does not tell.
        ("Recalling its resolutions S-27/2 and 57/190 of 18 December 2002,", ["A/RES/S-27/2 -", "A/RES/57/190 2002-12-18"]),
    ])
    func anUndatedRunTakesTheDateAfterIt(text: String, expected: [String]) throws {
        let references = try Extractor().extract(text: text).references
        #expect(references.map { "\($0.target) \($0.citedDate ?? "-")" } == expected)
    }

    /// Dates listed after a run's last number, as many as its numbers, are theirs one each, and
    /// the first is not the last number's own.
    @Test(arguments: [
        ("Recalling its resolutions 73/195 and 73/151 of 19 and 17 December 2018, respectively,", ["A/RES/73/195 2018-12-19", "A/RES/73/151 2018-12-17"]),
        ("Rappelant ses résolutions 73/195 et 73/151 des 19 et 17 décembre 2018,", ["A/RES/73/195 2018-12-19", "A/RES/73/151 2018-12-17"]),
        ("Recordando sus resoluciones 73/195 y 73/151, de 19 y 17 de diciembre de 2018, respectivamente,", ["A/RES/73/195 2018-12-19", "A/RES/73/151 2018-12-17"]),
        ("ссылаясь на свои резолюции 73/195 и 73/151 от 19 и 17 декабря 2018 года, соответственно,", ["A/RES/73/195 2018-12-19", "A/RES/73/151 2018-12-17"]),
        ("إذ تشير إلى قراريها 73/195 و 73/151 المؤرخين 19 و 17 كانون الأول/ديسمبر 2018، على التوالي،", ["A/RES/73/195 2018-12-19", "A/RES/73/151 2018-12-17"]),
        ("Recalling its resolutions 70/1, 71/313 and 72/10 of 25 September 2015, 6 July 2017 and 30 October 2017,",
         ["A/RES/70/1 2015-09-25", "A/RES/71/313 2017-07-06", "A/RES/72/10 2017-10-30"]),
        ("ссылаясь на резолюции 70/1 и 72/10 от 25 сентября 2015 года и 30 октября 2017 года,", ["A/RES/70/1 2015-09-25", "A/RES/72/10 2017-10-30"]),
        // Chinese gives them before the list.
        ("回顾其2018年12月19日和17日第73/195和73/151号决议，", ["A/RES/73/195 2018-12-19", "A/RES/73/151 2018-12-17"]),
        ("回顾其2018年12月19日和17日第73/195号决议，", ["A/RES/73/195 -"]),
        ("回顾其2018年12月19日和17日第73/195、73/151和73/152号决议，", ["A/RES/73/195 -", "A/RES/73/151 -", "A/RES/73/152 -"]),
        // As many dates as numbers, or none is given.
        ("Recalling its resolutions 60/1, 73/195 and 73/151 of 19 and 17 December 2018,", ["A/RES/60/1 -", "A/RES/73/195 -", "A/RES/73/151 -"]),
        ("Recalling its resolution 70/1 of 25 September 2015 and 6 July 2017,", ["A/RES/70/1 -"]),
    ])
    func datesListedAfterARunAreItsOneEach(text: String, expected: [String]) throws {
        let references = try Extractor().extract(text: text).references
        #expect(references.map { "\($0.target) \($0.citedDate ?? "-")" } == expected)
    }

    /// In the Human Rights Council's text, the shared date tells the Council's acts from the
    /// Assembly's of the same numbers (the Assembly's 31/1 is of 1976).
    @Test func theSharedDateTellsTheCouncilsActs() throws {
        let text = "A/HRC/RES/34/1\n\nThe Human Rights Council,\n\nRecalling resolutions 31/1 and 31/2 of 23 March 2016,\n"
        let references = try Extractor().extract(text: text).references
        #expect(references.map { "\($0.target) \($0.citedDate ?? "-")" } == ["A/HRC/RES/31/1 2016-03-23", "A/HRC/RES/31/2 2016-03-23"])
    }
}
