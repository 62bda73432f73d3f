/// The Security Council's resolution numbers year by year, 1946 to 1993: the years whose annual
/// volumes are the OCR'd texts of the Council's resolutions, where a number split in two ("24 2
/// (1967)") must be told from two numbers, and a heading's misread year ("Resolution 434 (1973)"
/// of 18 September 1978) from the date's.
///
/// From the CR-UNSC dataset (GitHub SeanFobbe/cr-unsc, `data/res_en_gold/`, commit ba7a562),
/// whose texts are named by number and year: the first number of each year, and of 1994 to close
/// 1993.
///
/// ```swift
/// CouncilYears.numbers(of: 1967)   // 233..<245
/// CouncilYears.numbers(of: 2000)   // nil: not kept
/// ```
enum CouncilYears {
    /// The first resolution of each year from 1946 to 1994.
    private static let firstNumbers: [Int] = [
        1, 16, 38, 67, 79, 90, 97, 99, 104, 106, // 1946-1955
        111, 122, 127, 132, 133, 161, 171, 178, 186, 200, // 1956-1965
        220, 233, 245, 263, 276, 292, 308, 325, 345, 367, // 1966-1975
        385, 403, 423, 444, 462, 485, 500, 529, 546, 560, // 1976-1985
        581, 594, 607, 627, 647, 684, 726, 800, 893, // 1986-1994
    ]

    private static let firstYear = 1946

    /// The numbers of the resolutions adopted in `year`, for the years kept (1946-1993).
    static func numbers(of year: Int) -> Range<Int>? {
        let index = year - firstYear
        guard index >= 0, index + 1 < firstNumbers.count else { return nil }
        return firstNumbers[index]..<firstNumbers[index + 1]
    }
}
