@testable import ResGraphExtractor
import Testing

/// The bit set of footnote numbers the ledger keeps, the ledger's bound on numbers, and how it
/// joins markers to bodies.
struct FootnoteNumbersTests {
    @Test func holdsWhatWasInsertedAndNothingElse() {
        var numbers = FootnoteNumbers()
        #expect(!numbers.contains(0))
        #expect(!numbers.contains(-1))
        // Each side of the numbers kept in the set itself and of those kept in its array.
        let inserted = [3, 64, 0, 255, FootnoteNumbers.inlineLimit, 319, 320, FootnoteLedger.largestNumber]
        let firstTimes = inserted.map { numbers.insert($0) }
        let again = [64, 255, 256, 320].map { numbers.insert($0) }
        #expect(firstTimes == inserted.map { _ in true })
        #expect(again == [false, false, false, false])
        let held = (-2...FootnoteLedger.largestNumber + 70).filter(numbers.contains)
        #expect(held == inserted.sorted())
    }

    @Test func theLedgerRefusesNumbersAboveItsBound() {
        var ledger = FootnoteLedger()
        let tooLarge = ledger.acceptMarker(FootnoteLedger.largestNumber + 1, start: 0, relation: .cites, form: .explicit)
        let first = ledger.acceptMarker(1, start: 5, relation: .recalls, form: .explicit)
        #expect(!tooLarge)
        #expect(first)
        #expect(!ledger.canBeginBody(FootnoteLedger.largestNumber + 1, withoutMarker: true))
        #expect(ledger.canBeginBody(1))
        ledger.beginBody(1, at: 40)
        #expect(ledger.bodyStart(1) == 40)
        #expect(ledger.bodyStart(2) == nil)
        #expect(ledger.bodyStart(FootnoteLedger.largestNumber + 1) == nil)
    }

    /// Without a single body, each footnote firmly marked is said to lack its body once, at its
    /// first marker, whatever the clauses its markers stand in; a number standing apart is no
    /// marker. The same as where a body of another footnote makes the ledger join them in full.
    @Test func markersOfATextWithoutBodiesAreEachReportedOnceAtTheirFirst() {
        func ledger(withBodyOf body: Int?) -> FootnoteLedger {
            var ledger = FootnoteLedger()
            let markers: [(Int, Int, Relation, MarkerForm)] = [
                (1, 10, .recalls, .explicit), (2, 20, .notes, .explicit), (1, 30, .notes, .explicit),
                (7, 40, .cites, .spaced), (3, 50, .recalls, .explicit), (2, 60, .recalls, .explicit),
            ]
            for (number, start, relation, form) in markers {
                _ = ledger.acceptMarker(number, start: start, relation: relation, form: form)
            }
            if let body { ledger.beginBody(body, at: 100) }
            return ledger
        }
        let withoutBodies = ledger(withBodyOf: nil).resolve()
        #expect(withoutBodies.references.isEmpty)
        #expect(withoutBodies.diagnostics.map(\.offset) == [10, 20, 50])
        #expect(withoutBodies.diagnostics.map(\.message) == [1, 2, 3].map { "footnote marker \($0) has no footnote body" })
        #expect(withoutBodies.diagnostics.allSatisfy { $0.problem == .markerWithoutBody })
        // A body of footnote 4 (no marker has it) sends the ledger down its full join.
        let withABody = ledger(withBodyOf: 4).resolve()
        #expect(Array(withABody.diagnostics.filter { $0.problem == .markerWithoutBody }) == withoutBodies.diagnostics)
        #expect(withABody.diagnostics.map(\.problem) == [.markerWithoutBody, .markerWithoutBody, .markerWithoutBody, .bodyWithoutMarker])
    }

    /// A footnote whose markers stand in clauses of two relations gives its references once per
    /// relation, each with its own anchors, in the order the relations first appear.
    @Test func aFootnoteCitedUnderTwoVerbsGivesOneReferencePerVerb() {
        var ledger = FootnoteLedger()
        let accepted = [(10, Relation.recalls), (20, .notes), (30, .recalls)].map {
            ledger.acceptMarker(1, start: $0.0, relation: $0.1, form: .explicit)
        }
        #expect(accepted == [true, true, true])
        ledger.beginBody(1, at: 100)
        ledger.add(Reference(target: "A/RES/48/113", kind: .gaResolution, relation: .cites, text: "48/113", start: 110, end: 116), toBody: 1)
        let resolved = ledger.resolve()
        #expect(resolved.diagnostics.isEmpty)
        #expect(resolved.references.map(\.relation) == [.recalls, .notes])
        #expect(resolved.references.map(\.anchor) == [10, 20])
        #expect(resolved.references.map(\.anchors) == [[10, 30], nil])
    }
}
