import CLibXML2

/// The text of a page's element tree, composed as ``HTMLReader`` describes.
struct PageText {
    private var text: [UInt8] = []
    /// Line feeds owed before the next text: 1 for a line break, 2 for a blank line.
    private var breaks = 0
    private var spaceOwed = false
    private var preformatted = 0

    /// How an element shapes the text around it.
    private enum Role {
        case skipped, paragraph, line, cell, superscript, preformatted, inline
    }

    private static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for name in ["script", "style", "head", "noscript", "template", "title", "iframe", "object"] { roles[name] = .skipped }
        for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center", "table", "ul", "ol", "dl", "hr",
                     "address", "article", "section", "header", "footer", "aside", "nav", "form", "fieldset", "figure", "main"] {
            roles[name] = .paragraph
        }
        for name in ["br", "div", "li", "tr", "dt", "dd", "caption", "figcaption", "thead", "tbody", "tfoot"] { roles[name] = .line }
        for name in ["td", "th"] { roles[name] = .cell }
        roles["sup"] = .superscript
        roles["pre"] = .preformatted
        return roles
    }()

    /// Walks the tree under `root` in document order (without recursion: a page may nest deep).
    mutating func walk(from root: xmlNodePtr?) {
        // An element entered stays on the stack with its role, to be left after its children.
        var stack: [(node: xmlNodePtr, leaving: Role?)] = []
        if let root { stack.append((root, nil)) }
        while let (node, leaving) = stack.popLast() {
            if let leaving {
                leave(leaving)
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { append(text: content) }
            case XML_ELEMENT_NODE:
                let role = Self.role(of: node)
                if role == .skipped { continue }
                if role == .superscript, let marker = Self.footnoteNumber(in: node) {
                    appendMarker(marker)
                    continue
                }
                enter(role)
                stack.append((node, role))
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                for current in children.reversed() { stack.append((current, nil)) }
            default:
                break
            }
        }
    }

    private static func role(of node: xmlNodePtr) -> Role {
        guard let name = node.pointee.name else { return .inline }
        return roles[String(cString: name).lowercased()] ?? .inline
    }

    /// The number a superscript holds when it is a footnote marker: one to three digits alone,
    /// in its text nodes (a link around them included: `<sup><a href="#fn1">1</a></sup>`).
    private static func footnoteNumber(in node: xmlNodePtr) -> [UInt8]? {
        var digits: [UInt8] = []
        var pending: [xmlNodePtr] = node.pointee.children.map { [$0] } ?? []
        while let current = pending.popLast() {
            if let next = current.pointee.next { pending.append(next) }
            if current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children { pending.append(child) }
            guard current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content else { continue }
            var k = 0
            while content[k] != 0 {
                let byte = content[k]
                if byte >= 0x30, byte <= 0x39 { digits.append(byte) } else if !isSpace(byte) { return nil }
                k += 1
            }
            if digits.count > 3 { return nil }
        }
        return digits.isEmpty ? nil : digits
    }

    /// White space as HTML collapses it.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private mutating func enter(_ role: Role) {
        switch role {
        case .paragraph: owe(breaks: 2)
        case .line: owe(breaks: 1)
        case .cell: spaceOwed = true
        case .preformatted:
            owe(breaks: 2)
            preformatted += 1
        default: break
        }
    }

    private mutating func leave(_ role: Role) {
        switch role {
        case .paragraph: owe(breaks: 2)
        case .line: owe(breaks: 1)
        case .cell: spaceOwed = true
        case .preformatted:
            preformatted -= 1
            owe(breaks: 2)
        default: break
        }
    }

    private mutating func owe(breaks count: Int) {
        guard !text.isEmpty else { return }
        breaks = max(breaks, count)
    }

    private mutating func appendMarker(_ digits: [UInt8]) {
        writeOwed()
        text += Array("<sup>".utf8) + digits + Array("</sup>".utf8)
    }

    /// Writes the line feeds and the space owed before more text.
    private mutating func writeOwed() {
        if breaks > 0 {
            while let last = text.last, last == 0x20 { text.removeLast() }
            text += repeatElement(0x0A, count: breaks)
            breaks = 0
            spaceOwed = false
        } else if spaceOwed {
            if let last = text.last, last != 0x20, last != 0x0A { text.append(0x20) }
            spaceOwed = false
        }
    }

    private mutating func append(text content: UnsafePointer<UInt8>) {
        var k = 0
        while content[k] != 0 {
            let byte = content[k]
            let isNoBreakSpace = byte == 0xC2 && content[k + 1] == 0xA0
            if preformatted == 0, Self.isSpace(byte) || isNoBreakSpace {
                if !text.isEmpty || breaks > 0 { spaceOwed = true }
                k += isNoBreakSpace ? 2 : 1
                continue
            }
            if preformatted > 0, byte == 0x0A {
                text.append(0x0A)
                k += 1
                continue
            }
            // A soft hyphen (`&shy;`) shows only where a browser breaks the line: the word is one.
            if byte == 0xC2, content[k + 1] == 0xAD {
                k += 2
                continue
            }
            writeOwed()
            text.append(isNoBreakSpace ? 0x20 : byte)
            k += isNoBreakSpace ? 2 : 1
        }
    }

    /// The text, ending with one line feed.
    mutating func finish() -> [UInt8] {
        while let last = text.last, last == 0x20 || last == 0x0A { text.removeLast() }
        if !text.isEmpty { text.append(0x0A) }
        return text
    }
}
