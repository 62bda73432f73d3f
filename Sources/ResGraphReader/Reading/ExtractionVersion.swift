/// The version of what reading and extraction make of a file's bytes: raised whenever the same
/// bytes can give other references, diagnostics, symbol, language, date or title (a reader or
/// the extractor mended or taught a new form). An index stores the version it was made with,
/// and a run with another one reads every file again, whose content has not changed, since what
/// the index holds of it may no longer be what this version makes of it. A test keeps a digest of
/// what the examples and fixtures read as at each version (`ExtractionVersionTests`), and fails
/// when they read otherwise under the same version.
///
/// ```swift
/// if storedVersion != ExtractionVersion.current { /* read every file again */ }
/// ```
public enum ExtractionVersion {
    /// This build's version. 1: Word files read by their relationships, tracked removals left out
    /// (indexes made before have none, and are read again once). 2: a Word note the file does not
    /// hold leaves its marker without a body (`marker-without-body`), where it had an empty one;
    /// a PDF's scanned pages among pages of text are said (`unread-pages`). 3: a footnote body
    /// whose number is glued to its first word ("1United Nations, Treaty Series") opens where its
    /// marker awaits it; a page number below footnotes, far beyond the markers, opens none; an
    /// adoption phrase past the first clause verb dates another text, not this one. 4: a file
    /// named for a document other than a resolution (`ST_SPACE_61_Rev.3-EN.pdf`), or for a
    /// resolution's corrigendum, or for a resolution with its year or session in brackets
    /// (`S_RES_2467(2019)_E.pdf`), whose text states no symbol takes it from its name; a marker
    /// standing apart before doubled spaces, or before a capital or a number where it is the next
    /// marker awaited ("Ltamenah, 14 Saraqib[^15]"), or glued to a semicolon after a number
    /// ("EC-94/DEC.2;22"), finds its body; a part letter after the session ("1721 (XVI) B of
    /// 20 December 1961"), or before the full stop that ends a line ("57/270 B."), is read; a modifier numbered with the letter l or I ("Corr. l") is
    /// read as numbered 1; a symbol with a session in brackets ("ICCD/COP(14)/23") is read whole;
    /// the OPCW's "S/2338/2024" (number, then year) is not taken for a Security Council document.
    /// 5: a title not followed by a blank line ends at the line naming the organ ("The General
    /// Assembly,") or at a paragraph opening with its verb; a YAML front matter gives the
    /// document's symbol and title, and is not read for citations; Russian and Arabic sales
    /// numbers ("в продаже под №", "رقم المبيع") and decisions in more of their forms ("решением",
    /// "بمقرر") are read, with more citing verbs ("Fait sienne", "Acogiendo con satisfacción",
    /// "напоминает", "欣见") and the Russian and Arabic committee-report lines ("[по докладу …]");
    /// a Russian date alone on a line after the plenary meeting dates the resolution ("22 декабря
    /// 2003 года"); Arabic part letters ("217 ألف (د-3)"), duals ("القرارين"), sessions with
    /// spaces ("(د - 1)"), bracketed footnotes ("الإنسان(1)", "(1) القرار …") and quotations
    /// ”…“ are read; a marker glued to an accented or Cyrillic letter ("sécurité1", "человека1")
    /// is a marker; an organ named after the numbers ("resolution 5/1 of the Human Rights Council",
    /// "du Conseil …", "Совета по правам человека") makes them its acts; a financial period
    /// ("biennium 1992/93", "2004/05") is not an act; OCR's "48/ 113", "48 / 113", "(XVll)" and
    /// a Council number split in two ("24 2 (1967)", read whole where its year holds it) are
    /// read; a short Chinese text is told Chinese by its phrases; a web page (.htm, .html, or a text that
    /// opens as one) is read as a page, not as its markup; typewritten footnote markers and bodies
    /// ("Refugees 4/", "4/  United Nations, Treaty Series") are read as footnotes, and a
    /// typewritten title goes on in lines indented as far as its text; Russian part letters typed
    /// in Cyrillic ("217 А (III)") are read; the Trusteeship Council's acts are not taken for the
    /// Economic and Social Council's; organs are read by their abbreviations ("HRC resolution 5/1",
    /// "G.A. Res. 2625 (XXV)"); no title line is read once a clause has begun ("resolution" /
    /// "338 (1973)." at a line's start is cited); a line opening with a range of days ("8 and 9
    /// December 2014") is no footnote body; markers after the comma that follows a resolution's
    /// number ("79/16,2") or glued to the word after them ("Parties, 8and") are read, and markers
    /// left apart carry the numbering for the firm ones after them. 6: legal writing's adoption
    /// date in a Council resolution's bracket ("S.C. Res. 242 (Nov. 22, 1967)", "UNSC Res 1373
    /// (28 September 2001)") gives the resolution and its date; "E.S.C." and "Res" are read; a
    /// resolution's symbol without its year or session ("S/RES/1373", "A/RES/3314") is the
    /// resolution of that number cited before it; a Council heading whose year OCR misread or left
    /// out ("Resolution 434 (1973)" / "of 18 September 1978") takes its date's year where the
    /// Council's numbers of that year hold it; a Russian paragraph opening in lower case after a
    /// blank line, or in a text that keeps its paragraphs on one line each ("исходя из …"), is a
    /// new paragraph, whose citations do not take the verb before; so is an Arabic line opening
    /// with "وإذ" after a finished clause; a Council title line without its full stop ("1 (1946)
    /// Resolution of 25 January 1946") is read, and a date alone on a line just below a Council
    /// heading ("Resolution 883 (1993)" / "11 November 1993") dates it; a Chinese line after an
    /// empty line begins a paragraph; the Chinese "（十八届）第1962号决议" and "联大" are read, and a
    /// number glued between "。" and "." ("。2.本条约") is no footnote marker. 7: a word broken
    /// at a hyphen, at a line's end or inside the line, is read whole where it makes a phrase
    /// ("resolu-" / "tion 242 (1967)", "Human Rights Coun-" / "cil", "Совета Безопас-ности"), and
    /// so is one broken by a soft hyphen (U+00AD), which a web page's text leaves out;
    /// "its resolution" is the act of the organ whose text it is ("its resolution 5/1" in the Human
    /// Rights Council's text is A/HRC/RES/5/1, "its resolution 2004/7" in the Commission on Human
    /// Rights' E/CN.4/RES/2004/7), a number only a council's acts can be is its own, and a council's
    /// title line ("16/21" alone on its line, "Resolution 6/15. Title", "2004/27. Title") gives its
    /// own symbol. 8: a council's word for itself in its own text ("Council resolution 31/1",
    /// "la résolution 31/1 du Conseil", "резолюции Совета 31/1", "理事会第31/1号决议", "قرار المجلس
    /// 31/1"; the Commission on Human Rights' "Commission resolution 2004/7") makes the numbers its
    /// acts; a number dated in a year the Assembly's act of that number cannot have ("resolution 31/1
    /// of 23 March 2016", "resolution S-28/1 of 18 May 2018") is the council's; an organ named after a citation's numbers is theirs,
    /// not the one named for the citation before ("la résolution 1373 (2001) du Conseil de
    /// sécurité et la résolution 60/251 de l’Assemblée générale"); a council's line saying it
    /// adopted the text ("Resolution adopted by the Human Rights Council on 23 March 2017",
    /// "принятая Советом по правам человека …", "اتخذه مجلس حقوق الإنسان في …",
    /// "人权理事会2017年3月23日通过的决议") dates it and names
    /// its organ, and so does its closing meeting with the date beside it ("9th meeting" / "18 June
    /// 2007", "61e séance", "61ª sesión", "61-е заседание"); a Chinese list under one 第 and one 号
    /// ("第 1265(1999)、1296(2000)和 1738(2006)号决议") is read whole. 9: a short text whose only
    /// phrases are Chinese, in no other script ("安全理事会，回顾其第1373（2001）号决议，"), is Chinese,
    /// not English; special sessions past the thirtieth are read ("Human Rights Council resolutions
    /// 52/1 and S-35/1"), and an organ named after a list that holds one is the list's ("резолюции
    /// 52/1 и S-35/1 Совета по правам человека"); a treaty in more than one volume ("Ibid., vols.
    /// 2171 and 2173, No. 27531", "тт. 2171 и 2173", "第 2171 卷和第 2173 卷", "المجلدان 2171 و
    /// 2173") gives each, not the footnote before's treaty; undated numbers of a list take the date
    /// after it where their session fits it ("resolutions 72/179 and 72/180 of 19 December 2017"),
    /// and dates listed after a list's last number are its numbers' one each ("73/195 and 73/151 of
    /// 19 and 17 December 2018, respectively"), not the first the last number's; a Chinese list's
    /// date before its first number is the list's ("2017年12月19日第72/179和72/180号决议"), days
    /// given there its numbers' one each ("2018年12月19日和17日第73/195和73/151号决议"), and a
    /// later date of the clause without its year is read in the year of the one before
    /// ("2018年12月19日第73/195号和12月17日第73/151号决议"); a council's closing meeting line dates
    /// its text in Chinese and Arabic too ("第61次会议", "الجلسة 61"); other organizations'
    /// councils and conferences ("Executive Council decision 2/3 of the African Union", "General
    /// Conference resolution 36/5") name no UN act, and in a council's text are not the council.
    public static let current = 9
}
