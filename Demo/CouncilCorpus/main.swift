import Foundation

// Writes a synthetic corpus of Security Council resolutions of 1990-1993, numbered and dated as
// the real ones were (646 to 885), for `make demo` to draw the two cases a real researcher
// meets: a crowded time range, and a much-cited resolution whose neighbours all cite each other.
// The citations are made up (deterministically: the same corpus every run), the forms are real.
//
//   swift run resgraph-demo-corpus DIR

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: resgraph-demo-corpus DIR\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: CommandLine.arguments[1])
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

/// The resolutions of each year, first and last number.
let years: [(year: Int, first: Int, last: Int)] = [(1990, 646, 683), (1991, 684, 725), (1992, 726, 799), (1993, 800, 885)]
/// Resolutions later ones cite often, as 660, 678 and 687 were.
let hubs = [660, 678, 687, 713, 743, 757, 770, 794, 808, 827]
let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
let verbs = ["Recalling", "Reaffirming", "Recalling also", "Taking note of", "Welcoming"]

func adoptionYear(of number: Int) -> Int { years.first { ($0.first...$0.last).contains(number) }!.year }

/// A deterministic choice in 0..<count from two integers (no random generator, so no seed to keep).
func pick(_ a: Int, _ b: Int, _ count: Int) -> Int { ((a &* 7_919) &+ (b &* 104_729) &+ (a &* b)) % count }

var meeting = 2_920
for (year, first, last) in years {
    for number in first...last {
        meeting += 2
        let dayOfYear = (number - first) * 360 / (last - first + 1)
        let date = "\(dayOfYear % 30 + 1) \(months[min(11, dayOfYear / 30)]) \(year)"
        var cited = Set<Int>()
        let earlier = hubs.filter { $0 < number }
        if !earlier.isEmpty {
            for k in 0..<(1 + pick(number, 1, 3)) { cited.insert(earlier[pick(number, k + 7, earlier.count)]) }
        }
        if number > 646 {
            for k in 0..<(1 + pick(number, 2, 3)) { cited.insert(number - 1 - pick(number, k + 11, min(12, number - 646))) }
        }
        var text = "Resolution \(number) (\(year))\n\nAdopted by the Security Council at its \(meeting)th meeting, on \(date)\n\n"
        text += "The Security Council,\n\n"
        for (k, target) in cited.sorted().enumerated() {
            let verb = verbs[pick(number, target, verbs.count)]
            text += "\(verb) its resolution \(target) (\(adoptionYear(of: target))),\n\n"
        }
        if number % 5 == 0 { text += "Reaffirming its resolutions 242 (1967) and 338 (1973),\n\n" }
        text += "1. Decides to remain seized of the matter.\n"
        let name = String(format: "S_RES_%04d_%d.en.txt", number, year)
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
}
