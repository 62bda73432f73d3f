/// The fields a stretch of Word 97-2003 text is inside: a field is `0x13`, its code, `0x14`, its
/// result, `0x15` (or without a result: `0x13`, code, `0x15`), and fields nest. What shows is
/// the result; the code ("HYPERLINK "http://…"", "PAGE", "REF _Ref123") does not.
struct FieldNesting {
    /// For each field open, outermost first, whether its result has begun.
    private var inResult: [Bool] = []
    /// How many of the open fields are still in their code.
    private var inCode = 0

    /// Takes in `unit`; whether it is a character of the text that shows (not a field's mark,
    /// not inside a field's code).
    mutating func shows(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x13:
            inResult.append(false)
            inCode += 1
            return false
        case 0x14:
            if let last = inResult.last, !last {
                inResult[inResult.count - 1] = true
                inCode -= 1
            }
            return false
        case 0x15:
            if let last = inResult.popLast(), !last { inCode -= 1 }
            return false
        default:
            return inCode == 0
        }
    }
}
