@testable import ResGraphExtractor
import Testing

/// The kind of a symbol's series, found from its components without joining them.
struct SeriesKindTests {
    @Test(arguments: ReferenceKind.bySeries.keys.sorted())
    func everySeriesIsFoundByItsComponents(series: String) {
        let components = series.split(separator: "/").map(String.init)
        #expect(ReferenceKind.kind(ofSeries: components[...]) == ReferenceKind.bySeries[series])
        #expect(ReferenceKind.kind(ofSeries: (["X"] + components)[...]) == nil)
        #expect(ReferenceKind.kind(ofSeries: components.dropFirst()) == nil)
    }

    @Test func otherSeriesHaveNoKind() {
        #expect(ReferenceKind.kind(ofSeries: ["A", "C.3", "RES"][...]) == nil)
        #expect(ReferenceKind.kind(ofSeries: ["A", "res"][...]) == nil)
        #expect(ReferenceKind.kind(ofSeries: ["E", "CN.4", "Sub.2"][...]) == nil)
        #expect(ReferenceKind.kind(ofSeries: [][...]) == nil)
        #expect(ReferenceKind.kind(ofSeries: ["E", "CN.4", "RES"][...]) == .chrResolution)
    }

    @Test func modifierNames() {
        #expect(SymbolParser.modifierName(of: "Add.1") == "Add")
        #expect(SymbolParser.modifierName(of: "Corr.12") == "Corr")
        #expect(SymbolParser.modifierName(of: "add.1") == nil)
        #expect(SymbolParser.modifierName(of: "Add.1A") == nil)
        #expect(SymbolParser.modifierName(of: "CONF.101") == nil)
        #expect(SymbolParser.modifierName(of: "154") == nil)
        #expect(SymbolParser.modifierName(of: "") == nil)
    }
}
