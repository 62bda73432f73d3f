@testable import ResGraphExtractor
import Testing

/// The session ordinals of English, French, Spanish and Arabic: every number from one to
/// ninety-nine, in each spelling the Official Records use (Russian's are in ``RussianOrdinalsTests``).
struct SessionOrdinalTablesTests {
    @Test func englishHasEachNumberOnce() {
        let table = EnglishOrdinals.table
        #expect(table.count == 99)
        #expect(Set(table.values) == Set(1...99))
        #expect(table["first"] == 1 && table["twelfth"] == 12 && table["fiftieth"] == 50 && table["fifty-eighth"] == 58)
    }

    @Test func frenchHasBothGendersOfTheFirstAndBothJoinsOfTheOnes() {
        let table = FrenchOrdinals.table
        // 98 numbers from two on, the first in both genders, "et un" spaced and hyphenated for 21 to 71.
        #expect(table.count == 98 + 2 + 6)
        #expect(Set(table.values) == Set(1...99))
        #expect(table["premier"] == 1 && table["première"] == 1 && table["cinquante-huitième"] == 58)
        #expect(table["vingt et unième"] == 21 && table["vingt-et-unième"] == 21 && table["soixante et onzième"] == 71)
        #expect(table["quatre-vingtième"] == 80 && table["quatre-vingt-dix-neuvième"] == 99 && table["cinquième"] == 5)
    }

    @Test func spanishHasTheShortAndLongFormsOfOneAndThree() {
        let table = SpanishOrdinals.table
        // 12 words for one to nine, 15 for the teens' one-word forms, 9 tens, and 12 after each ten.
        #expect(table.count == 12 + 15 + 9 + 9 * 12)
        #expect(Set(table.values) == Set(1...99))
        #expect(table["primer"] == 1 && table["tercero"] == 3 && table["decimoctavo"] == 18 && table["undécimo"] == 11)
        #expect(table["quincuagésimo octavo"] == 58 && table["décimo primero"] == 11 && table["nonagésimo noveno"] == 99)
    }

    @Test func arabicHasTheSessionWordBeforeEachNumber() {
        let table = ArabicOrdinals.table
        #expect(table.count == 99)
        #expect(Set(table.values) == Set(1...99))
        #expect(table.keys.allSatisfy { $0.hasPrefix("الدورة ") })
        #expect(table["الدورة الأولى"] == 1 && table["الدورة العاشرة"] == 10 && table["الدورة الحادية عشرة"] == 11)
        #expect(table["الدورة الثامنة والخمسون"] == 58 && table["الدورة الحادية والستون"] == 61 && table["الدورة الأربعون"] == 40)
    }
}
