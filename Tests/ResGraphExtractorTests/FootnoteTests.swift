import ResGraphExtractor
import Testing

/// Footnote markers in every form PDF and Word text gives them, bodies in mid-text, Ibid.
struct FootnoteTests {
    @Test(arguments: [
        ("Taking note of the report of the Secretary-General,1\n\n1 A/58/281.\n", "A/58/281"),
        ("Prenant acte du rapport du Secrétaire général1, \n_______________\n1 A/58/281.\n", "A/58/281"),
        ("Taking note of the report<sup>1</sup>\n\n<sup>1</sup> A/58/281.\n", "A/58/281"),
        (" 注意到秘书长的报告，\n1\n \n                                                           \n1\n A/58/281。 \n", "A/58/281"),
        ("Taking note of the Convention of 19881 on refugees,\n1 United Nations, Treaty Series, vol. 189, No. 2545.\n", "UNTS 189/2545"),
        ("Prenant note de la Convention de 19514 ;\n", ""),
    ])
    func markerFormsAnchorTheirBody(text: String, target: String) throws {
        let got = try citations(text)
        #expect(got == (target.isEmpty ? [] : ["notes: \(target)"]))
    }

    @Test func bodyInMidTextDoesNotBreakTheParagraph() throws {
        let text = """
             Rappelant sa résolution 48/113 et le rapport1 
            _______________ 
            1 A/58/281. 
             qui conserve toute sa validité, 

             1. Invite les États ;
            """
        #expect(try citations(text) == ["recalls: A/58/281", "recalls: A/RES/48/113"])
    }

    @Test func repeatedMarkerCitesTheFootnoteAgain() throws {
        let text = "Having considered the report,1\n\t1. Takes note of the report;1\n1 A/58/12.\n"
        #expect(try citations(text) == ["notes: A/58/12", "considers: A/58/12"])
    }

    @Test func ibidContinuesTheTreatySeries() throws {
        let text = "Recalling the Convention1 and the Protocol2,\n1 United Nations, Treaty Series, vol. 189, No. 2545.\n2 Ibid., vol. 606, No. 8791.\n"
        #expect(try targets(text) == ["UNTS 189/2545", "UNTS 606/8791"])
        // In more than one volume: not the footnote before's treaty again (A/RES/80/9, footnote 8).
        let volumes = "Recalling the Convention1 and its Protocols2,\n1 United Nations, Treaty Series, vol. 1577, No. 27531.\n2 Ibid., vols. 2171 and 2173, No. 27531.\n"
        #expect(try targets(volumes) == ["UNTS 1577/27531", "UNTS 2171/27531", "UNTS 2173/27531"])
    }

    @Test func ibidPointsToThePreviousFootnotesDocument() throws {
        let text = "Noting the report1 and its chapter III,2\n1 A/59/12.\n2 Ibid., chap. III.\n"
        let document = try Extractor().extract(text: text)
        #expect(document.references.map(\.target) == ["A/59/12", "A/59/12"])
        #expect(document.references.map(\.footnote) == [1, 2])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func ibidWithNothingBeforeIsReported() throws {
        let document = try Extractor().extract(text: "Noting the report,1\n1 Ibid., chap. III.\n")
        #expect(document.references.isEmpty)
        #expect(document.diagnostics.map(\.problem) == [.ibidWithoutAntecedent])
        let treaty = try Extractor().extract(text: "Noting the Protocol,1\n1 Ibid., vol. 606, No. 8791.\n")
        #expect(treaty.diagnostics.map(\.problem).contains(.ibidWithoutAntecedent))
    }

    /// A body whose number a typeset PDF glued to its first word opens where its marker awaits
    /// it, and its first word is read as a word: a symbol, or the Official Records' session.
    @Test func aBodyGluedToItsFirstWordIsABody() throws {
        let text = """
            Recalling the Treaty on Principles Governing the Activities of States1 (Outer Space Treaty),
            	Noting the report of the Committee on its forty-second session2 and the report of the Legal Subcommittee,3
            	1United Nations, Treaty Series, vol. 610, No. 8843.
            	2Official Records of the General Assembly, Fifty-fourth Session, Supplement No. 20.
            	3A/AC.105/787, annex IV, appendix.

            """
        let document = try Extractor().extract(text: text)
        #expect(document.references.map { "\($0.footnote ?? 0) \($0.relation.rawValue): \($0.target)" }
                == ["1 recalls: UNTS 610/8843", "2 notes: A/54/20", "3 notes: A/AC.105/787"])
        #expect(document.diagnostics.isEmpty)
        // Without a marker awaiting it, such a line is running text.
        let alone = try Extractor().extract(text: "The General Assembly,\n1United Nations, Treaty Series, vol. 610, No. 8843.\n")
        #expect(alone.references.map(\.footnote) == [nil])
        #expect(alone.diagnostics.isEmpty)
    }

    /// A page's number alone on its line below its footnotes is not a body, though a number
    /// standing apart in the text ("1986 62") made it a possible marker: far beyond the markers
    /// the text gave, it would shut out the bodies after it.
    @Test func aPageNumberBelowTheFootnotesIsNoBody() throws {
        let text = """
            The General Assembly,
            Recalling its resolution 41/65 of 3 December 1986 62 and the report,
            Noting the report of the Committee on its twenty-ninth session1 and the text,
            1 Official Records of the General Assembly, Forty-first Session, Supplement No. 20 (A/41/20).
            62
            Welcoming the agreement reached by the Committee;2
            2 A/AC.105/738, annex III.

            """
        let document = try Extractor().extract(text: text)
        #expect(document.references.map { "\($0.footnote ?? 0) \($0.relation.rawValue): \($0.target)" }
                == ["0 recalls: A/RES/41/65", "1 notes: A/41/20", "2 welcomes: A/AC.105/738"])
    }

    /// Typewritten texts, as the Official Document System keeps those of the 1970s and 1980s,
    /// mark footnotes with a slash ("Refugees 4/") and number the bodies below a rule the same
    /// way ("4/  United Nations, Treaty Series, …"), indented.
    @Test func typewrittenMarkersAndBodiesTakeASlash() throws {
        let text = """
                 Taking note of Commission on Human Rights resolution 1989/57 of 8 March 1989,
            1/ by which the Commission decided to transmit the draft convention,

                 Reaffirming the Universal Declaration of Human Rights 2/ and the
            International Covenants on Human Rights, 3/ and the Convention relating to
            the Status of Refugees 4/,

                 Recalling its resolutions 48/ 113 and 49/ 173,

            _______________

                 1/  See Official Records of the Economic and Social Council, 1989,
            Supplement No. 2 (E/1989/20), chap. II, sect. A.

                 2/  Resolution 217 A (III).

                 3/  Resolution 2200 A (XXI), annex.

                 4/  United Nations, Treaty Series, vol. 189, No. 2545.

            """
        let document = try Extractor().extract(text: text)
        #expect(document.references.map { "\($0.footnote ?? 0) \($0.relation.rawValue): \($0.target)" }
                == ["0 notes: E/CN.4/RES/1989/57", "0 recalls: A/RES/48/113", "0 recalls: A/RES/49/173", "1 notes: E/1989/20",
                    "2 reaffirms: A/RES/217A(III)", "3 reaffirms: A/RES/2200A(XXI)", "4 reaffirms: UNTS 189/2545"])
        #expect(document.diagnostics.isEmpty)
        // Without its marker and a rule above, a line opening "1/" in lower case is text.
        let text2 = "Recalling its resolution 1989/57 of 8 March 1989,\n1/ by which the Commission decided,\n\n1/  See E/1989/20.\n"
        let markerAtLineStart = try Extractor().extract(text: text2)
        #expect(markerAtLineStart.references.map { "\($0.footnote ?? 0) \($0.relation.rawValue): \($0.target)" }
                == ["0 recalls: E/RES/1989/57", "1 recalls: E/1989/20"])
    }

    /// A line that a conversion broke before a range of days ("from" / "11 to 13 March 1993", as
    /// in resolution 814 (1993) of CR-UNSC; "on" / "8 and 9 December 2014" in A/RES/80/24) is
    /// running text, though its first number is a marker's: read as that marker's body, it shut
    /// out the real bodies after it.
    @Test(arguments: ["2 to 3 March 1993", "2 and 3 December 2014", "2, 3 and 4 May", "2-3 March 1993", "2–3 March 1993"])
    func aLineOpeningWithARangeOfDaysIsNoBody(range: String) throws {
        let text = """
            Noting the report of the Secretary-General,1

            Welcomes his letter,2 and the Meeting held at Addis Ababa from
            \(range) and the willingness expressed by Governments.

            1 S/25354 and Add.1 and 2.
            2 S/25168.

            """
        let document = try Extractor().extract(text: text)
        #expect(document.references.map { "\($0.footnote ?? 0) \($0.relation.rawValue): \($0.target)" }
                == ["1 notes: S/25354", "1 notes: S/25354/Add.1", "1 notes: S/25354/Add.2", "2 welcomes: S/25168"], "\(range)")
        #expect(document.diagnostics.isEmpty, "\(range)")
    }

    /// Markers a conversion left apart carry the numbering for the firm marker after them
    /// (A/RES/80/53: "verification, 1", "experts, 2 as well as", "of 1990 3  and 1995, 4  and",
    /// "General Assembly,5"): 5 is no jump of four, and the bodies after it keep their markers.
    @Test func markersLeftApartCarryTheNumbering() throws {
        let text = """
            Recalling the Final Document of the Tenth Special Session, in particular the paragraphs relevant to verification, 1

            Recalling also the report of the Panel of Governmental Experts, 2 as well as the reports of the Secretary-General of 1990 3  and 1995, 4  and the report of the Disarmament Commission to the General Assembly,5

            Noting the reports of the groups of governmental experts,6

            [^1]: Resolution S-10/2.

            [^2]: A/61/1028.

            [^3]: A/45/372 and A/45/372/Corr.1.

            [^4]: A/50/377.

            [^5]: A/51/182/Rev.1.

            [^6]: A/74/90.

            """
        let document = try Extractor().extract(text: text)
        #expect(document.references.map { "\($0.footnote ?? 0) \($0.relation.rawValue): \($0.target)" }
                == ["1 recalls: A/RES/S-10/2", "2 recalls: A/61/1028", "3 recalls: A/45/372", "3 recalls: A/45/372/Corr.1",
                    "4 recalls: A/50/377", "5 recalls: A/51/182/Rev.1", "6 notes: A/74/90"])
        #expect(document.diagnostics.isEmpty)
    }

    /// A/RES/80/17 and A/RES/80/46 as the Markdown conversion gives them: a marker after the comma
    /// that follows a resolution's number, and one glued to the word after it.
    @Test func markersAfterANumbersCommaAndBeforeAWord() throws {
        let text = """
            Taking note of the report of the Secretary-General on the implementation of resolution 79/16,1

            Welcoming the reports of the relevant States Parties, 2and welcoming also their efforts,

            [^1]: A/80/130 (Part I).

            [^2]: A/80/131.

            """
        let document = try Extractor().extract(text: text)
        #expect(document.references.map { "\($0.footnote ?? 0) \($0.relation.rawValue): \($0.target)" }
                == ["0 notes: A/RES/79/16", "1 notes: A/80/130", "2 welcomes: A/80/131"])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func markerWithoutBodyAndBodyWithoutMarkerAreReported() throws {
        let document = try Extractor().extract(text: "Noting the report<sup>1</sup> and the note<sup>2</sup>,\n\n<sup>1</sup> A/58/281.\n")
        #expect(document.diagnostics.map(\.problem) == [.markerWithoutBody])
        let orphan = try Extractor().extract(text: "Noting the report,1\n\n1 A/58/281.\n\n2 A/58/282.\n")
        #expect(orphan.references.map(\.target) == ["A/58/281", "A/58/282"])
        #expect(orphan.references.map(\.footnote) == [1, 2])
        #expect(orphan.diagnostics.map(\.problem) == [.bodyWithoutMarker])
    }
}
