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

    @Test func markerWithoutBodyAndBodyWithoutMarkerAreReported() throws {
        let document = try Extractor().extract(text: "Noting the report<sup>1</sup> and the note<sup>2</sup>,\n\n<sup>1</sup> A/58/281.\n")
        #expect(document.diagnostics.map(\.problem) == [.markerWithoutBody])
        let orphan = try Extractor().extract(text: "Noting the report,1\n\n1 A/58/281.\n\n2 A/58/282.\n")
        #expect(orphan.references.map(\.target) == ["A/58/281", "A/58/282"])
        #expect(orphan.references.map(\.footnote) == [1, 2])
        #expect(orphan.diagnostics.map(\.problem) == [.bodyWithoutMarker])
    }
}
