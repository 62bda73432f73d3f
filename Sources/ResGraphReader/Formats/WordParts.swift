import Foundation

/// The WordprocessingML namespace: an element or attribute is Word's when its namespace is the
/// main one (transitional, as Word writes it, or strict), or when it carries Word's usual
/// prefix `w` in a part that forgot to declare it.
enum WordNamespace {
    /// Whether `prefix` and `uri` name Word's namespace.
    static func contains(prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?) -> Bool {
        XMLTag.equal(prefix, "w")
            || XMLTag.equal(uri, "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
            || XMLTag.equal(uri, "http://purl.oclc.org/ooxml/wordprocessingml/main")
    }

    /// Whether `element` is Word's element `name`.
    static func isElement(_ element: XMLTag, _ name: StaticString) -> Bool {
        element.isNamed(name) && contains(prefix: element.prefix, uri: element.namespaceURI)
    }

    /// Whether a property such as `w:vanish` is on: with no `w:val`, or one that is not false.
    static func isOn(_ element: XMLTag) -> Bool {
        guard let value = attribute("val", of: element) else { return true }
        return !["false", "0", "off"].contains(value)
    }

    /// The value of Word's attribute `name` on `element`.
    static func attribute(_ name: StaticString, of element: XMLTag) -> String? {
        element.attribute(name, in: contains(prefix:uri:))
    }
}

/// A note a Word document refers to: a footnote (`word/footnotes.xml`) or an endnote
/// (`word/endnotes.xml`), by its id in that part.
struct WordNote: Hashable {
    /// The part a note stands in.
    enum Kind: Hashable {
        case footnote
        case endnote
    }

    let kind: Kind
    let id: String
}

/// `word/document.xml`: paragraphs of text with note markers.
///
/// Each paragraph starts with a tab, and a tab in the text (`w:tab`, not the tab stops of a
/// paragraph's properties) is one; a line break ends a line; a non-breaking hyphen (as in
/// "ES-10/2") is a hyphen; hidden text (`w:vanish`) and text removed as a tracked change
/// (``TrackedRemovals``) are left out.
///
/// A footnote or endnote reference becomes `<sup>N</sup>`, the notes of both kinds numbered
/// together in order of first reference, so that the numbers rise through the text as the
/// extractor expects of footnotes. So does a run of text set in superscript by hand that is a
/// number of one to three digits, judged on the whole run of text, however the parser divided it.
///
/// A paragraph inside another (a text box's, anchored in the text) is a line of its own, written
/// before the line of the paragraph it stands in, which goes on after it; a text box is read
/// once, though Word writes it twice (``AlternateContent``).
///
/// Its state is touched only by the parser's callbacks, one at a time, and never while another
/// access to the same property is under way, so its properties go without Swift's run-time
/// exclusivity checks (`@exclusivity(unchecked)`): they were a few per cent of a Word file's time.
final class WordDocumentPart: XMLEventHandler {
    @exclusivity(unchecked) private(set) var paragraphs: [String] = []
    /// Whether the part has Word's `body` element: false for another program's main part
    /// (a spreadsheet's workbook, a presentation's).
    @exclusivity(unchecked) private(set) var hasWordBody = false
    /// The notes referred to, in order of first reference.
    @exclusivity(unchecked) private(set) var noteOrder: [WordNote] = []
    @exclusivity(unchecked) private var noteNumbers: [WordNote: Int] = [:]
    @exclusivity(unchecked) private var paragraph: [UInt8] = []
    @exclusivity(unchecked) private var inParagraph = false
    /// The paragraphs a paragraph inside them interrupted, outermost first, with the format of
    /// the run each was in.
    @exclusivity(unchecked) private var interrupted: [(text: [UInt8], run: RunFormat)] = []
    @exclusivity(unchecked) private var run = RunFormat()
    @exclusivity(unchecked) private var text: [UInt8] = []
    @exclusivity(unchecked) private var inText = false
    @exclusivity(unchecked) private var inTabStops = false
    @exclusivity(unchecked) private var alternates = AlternateContent()
    @exclusivity(unchecked) private var removals = TrackedRemovals()

    /// What a run's properties say of its text; each run (`w:r`) starts afresh.
    private struct RunFormat {
        var superscript = false
        var hidden = false
    }

    /// The paragraphs and note order of the part `xml`.
    static func parse(_ xml: [UInt8]) -> WordDocumentPart {
        let part = WordDocumentPart()
        XMLEvents.parse(xml, into: part)
        part.flushText()
        // A part cut short leaves paragraphs open: what they hold is kept.
        repeat {
            if !part.paragraph.isEmpty { part.endParagraph() }
            part.paragraph = part.interrupted.popLast()?.text ?? []
        } while !part.paragraph.isEmpty
        return part
    }

    func startElement(_ element: XMLTag) {
        guard !alternates.skips(start: element) else { return }
        flushText()
        guard !removals.skips(start: element), WordNamespace.contains(prefix: element.prefix, uri: element.namespaceURI) else { return }
        if element.isNamed("body") {
            hasWordBody = true
        } else if element.isNamed("p") {
            if inParagraph { interrupted.append((paragraph, run)) }
            inParagraph = true
            paragraph = [0x09]
        } else if element.isNamed("r") {
            run = RunFormat()
        } else if element.isNamed("vanish") {
            run.hidden = WordNamespace.isOn(element)
        } else if element.isNamed("vertAlign") {
            run.superscript = WordNamespace.attribute("val", of: element) == "superscript"
        } else if element.isNamed("t") {
            inText = true
        } else if element.isNamed("tab") {
            if !inTabStops, !run.hidden { paragraph.append(0x09) }
        } else if element.isNamed("tabs") {
            inTabStops = true
        } else if element.isNamed("noBreakHyphen") {
            if !run.hidden { paragraph.append(UInt8(ascii: "-")) }
        } else if element.isNamed("br") || element.isNamed("cr") {
            endParagraph()
        } else if element.isNamed("footnoteReference"), let id = WordNamespace.attribute("id", of: element) {
            appendMarker(String(number(of: WordNote(kind: .footnote, id: id))))
        } else if element.isNamed("endnoteReference"), let id = WordNamespace.attribute("id", of: element) {
            appendMarker(String(number(of: WordNote(kind: .endnote, id: id))))
        }
    }

    func endElement(_ element: XMLTag) {
        guard !alternates.skips(end: element) else { return }
        flushText()
        guard !removals.skips(end: element) else { return }
        if WordNamespace.isElement(element, "t") {
            inText = false
        } else if WordNamespace.isElement(element, "p") {
            endParagraph()
            if let outer = interrupted.popLast() { (paragraph, run) = outer } else { inParagraph = false }
        } else if WordNamespace.isElement(element, "tabs") {
            inTabStops = false
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if inText, !alternates.isSkipping, !removals.isSkipping { self.text.append(contentsOf: text) }
    }

    /// Appends the run of text gathered since the last element: as a marker when it is a
    /// superscript number, else as it stands.
    private func flushText() {
        guard !text.isEmpty else { return }
        defer { text.removeAll(keepingCapacity: true) }
        guard !run.hidden else { return }
        if run.superscript {
            let digits = String(decoding: text, as: UTF8.self)
            if digits.count <= 3, digits.allSatisfy(\.isNumber) {
                appendMarker(digits)
                return
            }
        }
        paragraph.append(contentsOf: text)
    }

    /// Appends `<sup>label</sup>` to the paragraph, right after its last word.
    private func appendMarker(_ label: String) {
        while paragraph.last == 0x20 { paragraph.removeLast() }
        paragraph.append(contentsOf: "<sup>".utf8)
        paragraph.append(contentsOf: label.utf8)
        paragraph.append(contentsOf: "</sup>".utf8)
    }

    private func number(of note: WordNote) -> Int {
        if let number = noteNumbers[note] { return number }
        noteOrder.append(note)
        noteNumbers[note] = noteOrder.count
        return noteOrder.count
    }

    private func endParagraph() {
        paragraphs.append(String(decoding: paragraph, as: UTF8.self))
        paragraph.removeAll(keepingCapacity: true)
    }
}

/// `word/footnotes.xml` or `word/endnotes.xml`: the text of each note by its id. Separators
/// and other notes that are not `normal` are left out; a note's paragraphs, and the words a tab
/// or a line break parts, are joined with a space; a non-breaking hyphen is a hyphen; hidden
/// text (`w:vanish`) and text removed as a tracked change (``TrackedRemovals``) are left out; a
/// text box is read once (``AlternateContent``). Its properties
/// go without run-time exclusivity checks, as ``WordDocumentPart``'s do.
final class WordNotesPart: XMLEventHandler {
    private let note: StaticString
    @exclusivity(unchecked) private var bodies: [String: String] = [:]
    @exclusivity(unchecked) private var current: String?
    @exclusivity(unchecked) private var text: [UInt8] = []
    @exclusivity(unchecked) private var inText = false
    @exclusivity(unchecked) private var inTabStops = false
    /// Whether the run (`w:r`) read is hidden.
    @exclusivity(unchecked) private var hidden = false
    @exclusivity(unchecked) private var alternates = AlternateContent()
    @exclusivity(unchecked) private var removals = TrackedRemovals()

    private init(note: StaticString) {
        self.note = note
    }

    /// The notes of the part `xml`, by id: footnotes where `kind` says so, else endnotes.
    static func parse(_ xml: [UInt8], kind: WordNote.Kind) -> [String: String] {
        let part = WordNotesPart(note: kind == .footnote ? "footnote" : "endnote")
        XMLEvents.parse(xml, into: part)
        return part.bodies
    }

    func startElement(_ element: XMLTag) {
        guard !alternates.skips(start: element), !removals.skips(start: element),
              WordNamespace.contains(prefix: element.prefix, uri: element.namespaceURI) else { return }
        if element.isNamed(note) {
            let type = WordNamespace.attribute("type", of: element) ?? "normal"
            current = type == "normal" ? WordNamespace.attribute("id", of: element) : nil
            text.removeAll(keepingCapacity: true)
        } else if element.isNamed("r") {
            hidden = false
        } else if element.isNamed("vanish") {
            hidden = WordNamespace.isOn(element)
        } else if element.isNamed("t") {
            inText = true
        } else if element.isNamed("tabs") {
            inTabStops = true
        } else if current == nil || hidden {
            return
        } else if element.isNamed("p") || element.isNamed("br") || element.isNamed("cr") || (element.isNamed("tab") && !inTabStops) {
            if !text.isEmpty { text.append(0x20) }
        } else if element.isNamed("noBreakHyphen") {
            text.append(UInt8(ascii: "-"))
        }
    }

    func endElement(_ element: XMLTag) {
        guard !alternates.skips(end: element), !removals.skips(end: element) else { return }
        if WordNamespace.isElement(element, "t") {
            inText = false
        } else if WordNamespace.isElement(element, "tabs") {
            inTabStops = false
        } else if WordNamespace.isElement(element, note) {
            if let current { bodies[current] = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespaces) }
            current = nil
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if inText, current != nil, !hidden, !alternates.isSkipping, !removals.isSkipping { self.text.append(contentsOf: text) }
    }
}
