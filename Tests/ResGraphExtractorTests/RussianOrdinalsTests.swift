@testable import ResGraphExtractor
import Testing

/// The Russian ordinals a session is numbered with, in both cases and both spellings of "ё".
struct RussianOrdinalsTests {
    @Test func everyOrdinalFromOneToNinetyNineIsThereInBothCases() {
        let table = RussianOrdinals.table
        // 99 numbers in the nominative and the genitive, and "четвёрт-" beside "четверт-" in the
        // 9 numbers ending in four.
        #expect(table.count == 99 * 2 + 9 * 2)
        #expect(Set(table.values) == Set(1...99))
        #expect(table["первая"] == 1 && table["третьей"] == 3 && table["двадцатая"] == 20)
        #expect(table["четвертая"] == 4 && table["четвёртой"] == 4)
        #expect(table["пятьдесят восьмой"] == 58 && table["пятьдесят четвёртая"] == 54 && table["девяносто девятой"] == 99)
        #expect(table["сороковой"] == 40 && table["сорок четвертой"] == 44)
    }
}
