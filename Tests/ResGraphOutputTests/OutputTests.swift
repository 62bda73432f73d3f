import ResGraphExtractor
import ResGraphOutput
import Testing

/// The JSON the CLI prints.
struct OutputTests {
    @Test func jsonHasTheDocumentedShapeInOrder() throws {
        let document = try Extractor().extract(text: "58/154. Title \"quoted\"\n\nRecalling resolution 48/113,\n", source: "a.txt")
        #expect(document.json == """
            {"source":"a.txt","symbol":"A/RES/58/154","language":"en","date":null,"title":"Title \\"quoted\\"",\
            "references":[{"target":"A/RES/48/113","kind":"ga-resolution","relation":"recalls","text":"48/113",\
            "start":45,"end":51}],"diagnostics":[]}
            """)
    }

    /// A document's references are written each as it is alone, in order, across the batches
    /// the writer reserves room for.
    @Test func everyReferenceOfALongListIsWrittenInOrder() throws {
        let numbers = (1...100).map { "48/\($0)" }.joined(separator: ", ")
        let document = try Extractor().extract(text: "Recalling its resolutions \(numbers),\n", source: "b.txt")
        #expect(document.references.map(\.target) == (1...100).map { "A/RES/48/\($0)" })
        let listed = "\"references\":[" + document.references.map(\.json).joined(separator: ",") + "],\"diagnostics\":"
        #expect(document.json.contains(listed))
    }
}
