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
    /// read once, by one core, its offsets taken in increasing order.
    public static func of(_ offsets: [(path: String, offset: Int)]) -> [(line: Int, column: Int)?] {
        var positions: [String: [Int]] = [:]
        var files: [String] = []
        for (position, item) in offsets.enumerated() {
            if positions[item.path] == nil { files.append(item.path) }
            positions[item.path, default: []].append(position)
        }
        let found = Parallel.map(files.count) { [positions, files] file -> [(Int, (line: Int, column: Int)?)] in
            var locator = SourceLocator()
            let path = files[file]
            return positions[path, default: []].sorted { offsets[$0].offset < offsets[$1].offset }.map { position in
                (position, locator.lineAndColumn(of: offsets[position].offset, in: path))
            }
        }
        var places = [(line: Int, column: Int)?](repeating: nil, count: offsets.count)
        for file in found {
            for (position, place) in file { places[position] = place }
        }
        return places
    }
}
