@testable import ResGraphExtractor
import Testing

/// The kind of a symbol's series, found from its bytes without making a string of them.
struct SeriesKindTests {
    private func kind(ofSeries series: String) -> ReferenceKind? {
        Array(series.utf8).withUnsafeBufferPointer { ReferenceKind.kind(ofSeries: $0) }
    }

    @Test(arguments: ReferenceKind.bySeries.keys.sorted())
    func everySeriesIsFoundByItsBytes(series: String) {
        #expect(kind(ofSeries: series) == ReferenceKind.bySeries[series])
        #expect(kind(ofSeries: "X/" + series) == nil)
        #expect(kind(ofSeries: "X" + series) == nil)
        #expect(kind(ofSeries: String(series.drop { $0 != "/" }.dropFirst())) == nil)
        #expect(kind(ofSeries: series + "/RES") == nil)
    }

    @Test func otherSeriesHaveNoKind() {
        #expect(kind(ofSeries: "A/C.3/RES") == nil)
        #expect(kind(ofSeries: "A/res") == nil)
        #expect(kind(ofSeries: "A/XRES") == nil)
        #expect(kind(ofSeries: "E/CN.4/Sub.2") == nil)
        #expect(kind(ofSeries: "RES") == nil)
        #expect(kind(ofSeries: "") == nil)
        #expect(kind(ofSeries: "E/CN.4/RES") == .chrResolution)
    }

    @Test func modifierNames() {
        #expect(SymbolParser.modifierName(of: "Add.1") == "Add")
        #expect(SymbolParser.modifierName(of: "Corr.12") == "Corr")
        #expect(SymbolParser.modifierName(of: "Summary.3") == "Summary")
        #expect(SymbolParser.modifierName(of: "add.1") == nil)
        #expect(SymbolParser.modifierName(of: "Add.1A") == nil)
        #expect(SymbolParser.modifierName(of: "Add1") == nil)
        #expect(SymbolParser.modifierName(of: "CONF.101") == nil)
        #expect(SymbolParser.modifierName(of: "154") == nil)
        #expect(SymbolParser.modifierName(of: "") == nil)
    }

    @Test(arguments: [
        ("A/59/12/Add.1", "A/59/12", "Add"),
        ("E/CN.4/2004/127/Corr.2", "E/CN.4/2004/127", "Corr"),
        ("A/59/12/Add.1/Rev.3", "A/59/12/Add.1", "Rev"),
    ])
    func aSymbolEndingInAModifierIsItsBaseAndTheModifiersName(id: String, base: String, name: String) throws {
        let modifier = try #require(SymbolParser.lastModifier(of: id))
        #expect(modifier.base == base)
        #expect(modifier.name == name)
    }

    @Test(arguments: ["A/59/12", "A/59/Add", "A/59/add.1", "Add.1", ""])
    func aSymbolEndingInNoModifierHasNone(id: String) {
        #expect(SymbolParser.lastModifier(of: id) == nil)
    }
}
