import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport
import Testing

/// One home for the grammar of canonical ids: kinds own their prefixes, and every module reads
/// kind, era, year, label and address off the same type.
struct CanonicalIDTests {
    @Test(arguments: ReferenceKind.allCases)
    func everyKindIsReadBackFromItsOwnPrefix(kind: ReferenceKind) {
        let examples: [ReferenceKind: String] = [
            .gaResolution: "A/RES/48/113", .gaDecision: "A/DEC/58/555", .scResolution: "S/RES/1325(2000)",
            .ecosocResolution: "E/RES/2004/27", .ecosocDecision: "E/DEC/1995/313", .hrcResolution: "A/HRC/RES/5/1",
            .hrcDecision: "A/HRC/DEC/5/101", .chrResolution: "E/CN.4/RES/2004/27", .document: "A/58/281",
            .treaty: "UNTS 189/2545", .publication: "Sales No. 95.XIII.18",
        ]
        let id = CanonicalID(examples[kind]!)
        #expect(id.kind == kind)
        if let prefix = kind.prefix { #expect(id.text.hasPrefix(prefix)) }
        #expect((kind.act != nil) == kind.isResolutionOrDecision)
    }

    @Test func erasYearsAndLabels() {
        #expect(CanonicalID("A/RES/217A(III)").era == "III")
        #expect(CanonicalID("A/RES/217A(III)").eraYear == 1948)
        #expect(CanonicalID("A/RES/217A(III)").shortLabel == "217A (III)")
        #expect(CanonicalID("A/RES/S-21/2").era == "S-21")
        #expect(CanonicalID("S/RES/1325(2000)").year == 2000)
        #expect(CanonicalID("S/RES/1325(2000)").shortLabel == "1325 (2000)")
        #expect(CanonicalID("A/HRC/RES/5/1").shortLabel == "5/1")
        #expect(CanonicalID("A/58/281").year == 2003)
        #expect(CanonicalID("S/2000/809").year == 2000)
        #expect(CanonicalID("UNTS 189/2545").year == nil)
        #expect(CanonicalID("A/58/281").shortLabel == "A/58/281")
    }

    @Test func addresses() {
        #expect(CanonicalID("S/RES/1325(2000)").documentURL == "https://undocs.org/S/RES/1325(2000)")
        #expect(CanonicalID("UNTS 189/2545").documentURL == "https://treaties.un.org/doc/Publication/UNTS/Volume%20189/volume-189-I-2545-English.pdf")
        #expect(CanonicalID("LNTS 108/2137").documentURL == "https://treaties.un.org/doc/Publication/UNTS/LON/Volume%20108/v108.pdf")
        #expect(CanonicalID("Sales No. 95.XIII.18").documentURL == "https://digitallibrary.un.org/search?p=95.XIII.18")
        #expect(CanonicalID("file:/tmp/a b.txt").documentURL == nil)
        #expect(CanonicalID("A/C.3/58/L.5 Add").documentURL == "https://undocs.org/A/C.3/58/L.5%20Add")
    }

    @Test(arguments: [
        ("48/113", "A/RES/48/113"), ("a/res/48/113.", "A/RES/48/113"), ("48 / 113", "A/RES/48/113"),
        ("resolution 48/113", "A/RES/48/113"), ("1325 (2000)", "S/RES/1325(2000)"), ("S/RES/1325 (2000)", "S/RES/1325(2000)"),
        ("217 A (III)", "A/RES/217A(III)"), ("UNTS 189/2545", "UNTS 189/2545"), ("unts 189 / 2545", "UNTS 189/2545"),
        ("A/58/281", "A/58/281"), ("a/58/281/add.1", "A/58/281/Add.1"),
    ])
    func whatPeopleTypeIsMadeCanonical(typed: String, canonical: String) {
        #expect(CanonicalID.parse(typed) == canonical)
    }

    /// An id typed exactly as the extractor writes it reads back as itself: the index looks a
    /// typed text up as it is before reading it (`KnownIDs.resolve`), which must not change the
    /// answer. Every id cited in the seeds and the real texts of the fixtures.
    @Test func everyCitedIDTypedAsItIsReadsBackAsItself() throws {
        let corpus = CorpusWalk(paths: [Seeds.folder.path, Seeds.fixture("corpus")])
        var ids = Set<String>()
        for result in Extractor().extract(filesAt: corpus.files.map(\.path)) {
            for reference in try result.get().references { ids.insert(reference.target) }
        }
        #expect(ids.count == 146)
        for id in ids.sorted() { #expect(CanonicalID.parse(id) == id) }
    }
}
