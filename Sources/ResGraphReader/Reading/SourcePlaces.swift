/// The lines and columns of many byte offsets in many files, worked out with the files read on
/// all cores: what `check` prints for every finding of a corpus, where reading a million files
/// one after another is most of the time.
///
/// ```swift
/// let file = "examples/A_RES_58_154.en.txt"
/// SourcePlaces.of([(file, 8779), ("gone.txt", 3), (file, 418)])
/// // [(44, 19), nil, (8, 28)]: one per offset, in the order asked; nil where a file cannot be read
/// ```
public enum SourcePlaces {
    /// The 1-based line and column (in characters) of each `(path, offset)`, in the order
    /// given; nil where the file cannot be read or the offset lies outside it. Each file is
    /// read once, by one core, its offsets taken in increasing order, and only as far as
    /// the last of them.
    public static func of(_ offsets: [(path: String, offset: Int)]) -> [(line: Int, column: Int)?] {
        // Each file with the positions asked of it, in the order files are first met. A file's
        // offsets mostly come together (`check` asks in reading order), so a path is hashed
        // only where it changes, and a position's offset is read from an array of numbers.
        var known: [String: Int] = [:]
        var files: [(path: String, positions: [Int])] = []
        var current = -1
        offsets.withUnsafeBufferPointer { offsets in
            for position in offsets.indices {
                if current < 0 || files[current].path != offsets[position].path {
                    let path = offsets[position].path
                    if let file = known[path] {
                        current = file
                    } else {
                        current = files.count
                        known[path] = current
                        files.append((path, []))
                    }
                }
                files[current].positions.append(position)
            }
        }
        let numbers = offsets.map(\.offset)
        // The files are read a window at a time on the cores, the next window's asked of the
        // disk meanwhile (``ReadAhead``): a `check` of files no longer in memory waits for the
        // disk far less, and never asks for more than two windows ahead of its reads.
        var ahead = ReadAheadWindows(files.map(\.path), window: Self.window)
        defer { ahead.stop() }
        let windows = stride(from: 0, to: files.count, by: Self.window).map { $0..<min($0 + Self.window, files.count) }
        var found: [[(Int, (line: Int, column: Int)?)]] = []
        for window in windows {
            ahead.reach(window.lowerBound)
            found += Parallel.map(window.count) { [files, numbers] offset in
                place(files[window.lowerBound + offset], numbers)
            }
        }
        var places = [(line: Int, column: Int)?](repeating: nil, count: offsets.count)
        for file in found {
            for (position, place) in file { places[position] = place }
        }
        return places
    }

    /// Files read together on the cores while the next as many are asked of the disk.
    static let window = 1_024

    /// The places of the positions asked of one file: each position with its line and column,
    /// or nil.
    private static func place(_ file: (path: String, positions: [Int]), _ numbers: [Int]) -> [(Int, (line: Int, column: Int)?)] {
        let positions = file.positions.sorted { numbers[$0] < numbers[$1] }
        // Only the bytes before the last offset asked are read (of a plain text; a PDF's text is
        // composed from the whole file).
        guard let last = positions.last.map({ numbers[$0] }),
              let text = try? DocumentReader.text(ofFileAt: file.path, through: last).bytes
        else { return positions.map { ($0, nil) } }
        var place = LinePlace()
        return text.withUnsafeBufferPointer { text in
            positions.map { position in
                let offset = numbers[position]
                guard offset >= 0, offset <= text.count else { return (position, nil) }
                place.advance(to: offset, in: text)
                return (position, (place.line, place.column))
            }
        }
    }
}
