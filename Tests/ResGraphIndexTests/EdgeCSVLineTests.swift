import ResGraphExtractor
import ResGraphGraph
import Testing

/// A line of the edge CSV: fields quoted exactly when a comma, a quote or a line feed is in them.
struct EdgeCSVLineTests {
    func line(source: String = "/t/a.txt", text: String) -> String {
        GraphExport.edgeCSVLine(from: "A/RES/58/154", to: "A/RES/48/113", relation: .recalls, source: source,
                                language: .french, start: 12, end: 30, text: text)
    }

    @Test func plainFieldsAreWrittenAsTheyAre() {
        #expect(line(text: "résolution 48/113") == "A/RES/58/154,A/RES/48/113,recalls,/t/a.txt,fr,12,30,résolution 48/113")
        #expect(line(text: "第48/113号决议") == "A/RES/58/154,A/RES/48/113,recalls,/t/a.txt,fr,12,30,第48/113号决议")
    }

    @Test func commasAndQuotesAreQuotedAndQuotesDoubled() {
        #expect(line(text: "resolutions 48/113, 49/1") == "A/RES/58/154,A/RES/48/113,recalls,/t/a.txt,fr,12,30,\"resolutions 48/113, 49/1\"")
        #expect(line(text: "the \"Vienna\" text") == "A/RES/58/154,A/RES/48/113,recalls,/t/a.txt,fr,12,30,\"the \"\"Vienna\"\" text\"")
        #expect(line(source: "/t/a,b \"c\".txt", text: "x") == "A/RES/58/154,A/RES/48/113,recalls,\"/t/a,b \"\"c\"\".txt\",fr,12,30,x")
        #expect(line(source: "/t/a\nb.txt", text: "x") == "A/RES/58/154,A/RES/48/113,recalls,\"/t/a\nb.txt\",fr,12,30,x")
    }

    @Test func lineBreaksAndTabsInTheTextBecomeSpaces() {
        #expect(line(text: "resolution\n48/113\tof\r1993") == "A/RES/58/154,A/RES/48/113,recalls,/t/a.txt,fr,12,30,resolution 48/113 of 1993")
        // A comma a combining mark follows is still a comma to a CSV reader.
        #expect(line(text: "a,\u{301}b") == "A/RES/58/154,A/RES/48/113,recalls,/t/a.txt,fr,12,30,\"a,\u{301}b\"")
    }
}
