/// Keeps the footnote markers and footnote bodies of one document apart until the end,
/// then gives each reference in a body the relation of the clause around each of its markers.
///
/// Markers run 1, 2, 3, ... in reading order: a marker candidate is accepted when it is the
/// next number, or (for unambiguous forms) a number already seen, as texts cite a footnote
/// again. Bodies run in the same order.
struct FootnoteLedger {
    /// A marker in the text.
    struct Marker {
        var number: Int
        var start: Int
        var relation: Relation
        var isTentative = false
    }

    /// How many marker numbers may be skipped at once: a text that lost a marker or two (OCR,
    /// conversion) goes on; a bigger jump is a number, not a marker.
    static let maxSkippedMarkers = 3

    private struct Body {
        var start: Int
        var references: [Reference] = []
        var ibid: (range: Range<Int>, text: String, namesAnotherWork: Bool)?
    }

    private(set) var markers: [Marker] = []
    private var seenMarkers = FootnoteNumbers()
    private var tentativeCount = 0
    private var firmNumbers = FootnoteNumbers()

    /// How many numbers standing apart are kept as possible markers (most are just numbers).
    static let maxTentativeMarkers = 2_000

    /// The largest footnote number: markers and bodies are read with at most four digits.
    static let largestNumber = 9_999

    /// The bodies opened, by number (nil where none was). Bodies open in rising order of their
    /// numbers, so these are also in the order of the text.
    private var bodies: [Body?] = []

    /// The numbers of the bodies opened, in the order of the text.
    private var bodyNumbers: [Int] { bodies.indices.filter { bodies[$0] != nil } }

    /// The number a new marker must have.
    private(set) var nextMarker = 1
    /// The number the next footnote body must have.
    private(set) var nextBody = 1

    /// Records a marker if its number fits the sequence for its form; returns whether it did.
    mutating func acceptMarker(_ number: Int, start: Int, relation: Relation, form: MarkerForm) -> Bool {
        guard number >= 1, number <= Self.largestNumber else { return false }
        if form.isTentative {
            // Kept aside, outside the numbering, until a body with its number turns up.
            guard tentativeCount < Self.maxTentativeMarkers else { return false }
            tentativeCount += 1
            seenMarkers.insert(number)
            record(Marker(number: number, start: start, relation: relation, isTentative: true))
            return true
        }
        if number == nextMarker || (markers.isEmpty && form.mayStartAnywhere && number < 1_000)
            || (number > nextMarker && number - sequenceReach <= form.maySkip) {
            nextMarker = number + 1
        } else if !(form.mayRepeat && number < nextMarker && seenMarkers.contains(number)) {
            return false
        }
        seenMarkers.insert(number)
        firmNumbers.insert(number)
        record(Marker(number: number, start: start, relation: relation))
        return true
    }

    /// Room made for a document's markers at its first: most have fewer.
    private static let reservedMarkers = 16

    private mutating func record(_ marker: Marker) {
        if markers.isEmpty { markers.reserveCapacity(Self.reservedMarkers) }
        markers.append(marker)
    }

    /// The first number from the next marker's on that no marker had, firm or standing apart: a
    /// run of markers a conversion left apart ("verification, 1", "1990 3  and", "1995, 4  and")
    /// carries the numbering, so the firm marker after them ("Assembly,5") is no jump.
    private var sequenceReach: Int {
        var reach = nextMarker
        while reach < nextMarker + Self.maxSequenceLookahead, seenMarkers.contains(reach) { reach += 1 }
        return reach
    }

    /// How far past the next marker ``sequenceReach`` looks.
    private static let maxSequenceLookahead = 64

    /// Whether a body numbered `number` may start here: the next in order, and its marker
    /// already seen unless the layout says a body stands here (after a rule, in a block of bodies).
    func canBeginBody(_ number: Int, withoutMarker: Bool = false) -> Bool {
        guard number <= Self.largestNumber else { return false }
        if number == nextBody { return number < nextMarker || withoutMarker }
        // Bodies of markers whose earlier footnotes the text lost, or numbered from a volume's count.
        return number > nextBody && seenMarkers.contains(number)
    }

    /// Whether `number` may be a body's where only a tentative marker gave it: not far beyond the
    /// markers the text gave firmly, if it gave any. A page number alone on its line below a
    /// typeset page's footnotes is such a number ("62" under the bodies of 14 to 17 shut out
    /// those of 18 to 31); the next body's, a firm marker's, or one a marker or two past them is
    /// believed, as are the numbers of a text without firm markers (an annual volume's OCR).
    func mayBeBodyNumber(_ number: Int) -> Bool {
        number == nextBody || firmNumbers.contains(number) || nextMarker == 1 || number <= nextMarker + Self.maxSkippedMarkers
    }

    /// Opens body `number` at `start`, once ``canBeginBody(_:withoutMarker:)`` said it may.
    mutating func beginBody(_ number: Int, at start: Int) {
        // One at a time: appended from `repeatElement`, the empty places went through the generic
        // path of an optional, hundreds of instructions a document with footnotes.
        while bodies.count < number { bodies.append(nil) }
        if number == bodies.count { bodies.append(Body(start: start)) } else { bodies[number] = Body(start: start) }
        nextBody = number + 1
    }

    /// Adds a reference found in body `number`.
    mutating func add(_ reference: consuming Reference, toBody number: Int) {
        guard bodies.indices.contains(number) else { return }
        bodies[number]?.references.append(reference)
    }

    /// Calls `body` with each reference the footnote bodies hold so far, in the order of the text.
    func forEachReference(_ body: (Reference) -> Void) {
        for opened in bodies { opened?.references.forEach(body) }
    }

    /// Body `number`, if one was opened.
    private func body(_ number: Int) -> Body? {
        bodies.indices.contains(number) ? bodies[number] : nil
    }

    /// Whether body `number` was opened.
    private func hasBody(_ number: Int) -> Bool {
        guard bodies.indices.contains(number), case .some = bodies[number] else { return false }
        return true
    }

    /// How many markers of one footnote are believed: a text cites a footnote again a few
    /// times, not thousands, and each believed marker costs one anchor per body reference.
    static let maxRepeatedMarkers = 32

    /// The markers of one footnote in clauses of one relation: the first marker's offset, and
    /// every marker's when there is more than one (a footnote cited again), in text order.
    private struct AnchorGroup {
        let number: Int
        let relation: Relation
        let first: Int
        /// Nil for a single marker, as most are: no array is made for it.
        var all: [Int]?
    }

    /// The markers grouped by footnote and by the relation of their clause, in text order:
    /// a body's references are made once per relation, with every marker as an anchor.
    private func anchorsByFootnoteAndRelation() -> [AnchorGroup] {
        guard !markers.isEmpty else { return [] }
        // A footnote's groups are chained: its first group's index by number, then each group's
        // next one of the same footnote (-1 ends a chain). No more groups than markers.
        var groups: [AnchorGroup] = []
        var nextGroup: [Int] = []
        groups.reserveCapacity(markers.count)
        nextGroup.reserveCapacity(markers.count)
        // The table is as long as the largest number kept.
        var numbers = 1
        for marker in markers where isKept(marker) { numbers = max(numbers, marker.number + 1) }
        var byNumber = [(firstGroup: Int, believed: Int)](repeating: (-1, 0), count: numbers)
        for marker in markers where isKept(marker) {
            guard byNumber[marker.number].believed < Self.maxRepeatedMarkers else { continue }
            byNumber[marker.number].believed += 1
            var index = byNumber[marker.number].firstGroup
            var last = -1
            while index >= 0, groups[index].relation != marker.relation { (last, index) = (index, nextGroup[index]) }
            if index >= 0 {
                if groups[index].all == nil { groups[index].all = [groups[index].first] }
                groups[index].all?.append(marker.start)
            } else {
                if last >= 0 { nextGroup[last] = groups.count } else { byNumber[marker.number].firstGroup = groups.count }
                nextGroup.append(-1)
                groups.append(AnchorGroup(number: marker.number, relation: marker.relation, first: marker.start))
            }
        }
        return groups
    }

    /// Whether `marker` is believed: a number standing apart is kept as a possible marker only
    /// when a body of its number turned up and no firm marker has it.
    private func isKept(_ marker: Marker) -> Bool {
        !(marker.isTentative && (!hasBody(marker.number) || firmNumbers.contains(marker.number)))
    }

    /// Notes that body `number` starts with "Ibid." standing at `range`; `namesAnotherWork` when
    /// it goes on to name another part of the same series ("Ibid., Fourth Year, Special
    /// Supplement No. 2"), which is not the previous footnote's document.
    mutating func markIbid(body number: Int, at range: Range<Int>, text: String, namesAnotherWork: Bool) {
        guard bodies.indices.contains(number) else { return }
        if bodies[number]?.ibid == nil { bodies[number]?.ibid = (range, text, namesAnotherWork) }
    }

    /// The start of body `number`.
    func bodyStart(_ number: Int) -> Int? { body(number)?.start }

    /// What ``resolve()`` finds in a text without footnote bodies (most texts), without the
    /// tables it joins markers and bodies with: each footnote firmly marked lacks its body, said
    /// once, at its first marker; numbers standing apart are no markers without a body.
    private func markersWithoutBodies() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported = FootnoteNumbers()
        for marker in markers where !marker.isTentative && reported.insert(marker.number) {
            diagnostics.append(Diagnostic(
                problem: .markerWithoutBody, offset: marker.start,
                message: Self.message("footnote marker ", marker.number, " has no footnote body")))
        }
        return diagnostics
    }

    /// `head`, `number` in decimal digits and `tail`: a diagnostic's message, as interpolation
    /// would write it at a tenth of the cost (a text with many footnotes has many of them).
    private static func message(_ head: String, _ number: Int, _ tail: String) -> String {
        var text = IDBytes()
        text.append(head)
        text.append(decimal: number)
        text.append(tail)
        return text.string
    }

    /// The references the footnotes make, one per marker and body reference, and the
    /// problems found: Ibid. with nothing before it, markers without a body, bodies without a marker.
    func resolve() -> (references: [Reference], diagnostics: [Diagnostic]) {
        guard !bodies.isEmpty else { return ([], markersWithoutBodies()) }
        var diagnostics: [Diagnostic] = []
        var resolved = [[Reference]?](repeating: nil, count: bodies.count)
        var previous: [Reference] = []
        // The previous footnote named a work without an id ("Ibid., Fourth Year, …"): an Ibid.
        // after it continues that work, which gives no reference and is no problem.
        var previousHasNoID = false
        let numbers = bodyNumbers
        for number in numbers {
            guard let body = body(number) else { continue }
            var references = body.references
            if references.isEmpty, let ibid = body.ibid {
                if ibid.namesAnotherWork {
                    previousHasNoID = true
                } else if previousHasNoID {
                    // It continues the work without an id.
                } else if previous.isEmpty {
                    diagnostics.append(Diagnostic(
                        problem: .ibidWithoutAntecedent, offset: ibid.range.lowerBound,
                        message: "footnote \(number) says Ibid. but no earlier footnote cites anything"))
                } else if var copy = previous.last {
                    copy.start = ibid.range.lowerBound
                    copy.end = ibid.range.upperBound
                    copy.text = ibid.text
                    references = [copy]
                }
            }
            resolved[number] = references
            if !references.isEmpty {
                previous = references
                previousHasNoID = false
            }
        }
        let groups = anchorsByFootnoteAndRelation()
        var output: [Reference] = []
        output.reserveCapacity(groups.reduce(0) { $0 + ($1.number < resolved.count ? resolved[$1.number]?.count ?? 0 : 0) })
        var reported = FootnoteNumbers()
        var anchored = FootnoteNumbers()
        for group in groups {
            let number = group.number
            anchored.insert(number)
            guard number < resolved.count, let references = resolved[number] else {
                if reported.insert(number) {
                    diagnostics.append(Diagnostic(
                        problem: .markerWithoutBody, offset: group.first,
                        message: Self.message("footnote marker ", number, " has no footnote body")))
                }
                continue
            }
            for var reference in references {
                reference.relation = group.relation
                reference.footnote = number
                reference.anchor = group.first
                reference.anchors = group.all
                output.append(reference)
            }
        }
        for number in numbers where !anchored.contains(number) {
            diagnostics.append(Diagnostic(
                problem: .bodyWithoutMarker, offset: body(number)?.start ?? 0,
                message: Self.message("footnote ", number, " has no marker in the text")))
            for var reference in resolved[number] ?? [] {
                reference.footnote = number
                output.append(reference)
            }
        }
        return (output, diagnostics)
    }
}
