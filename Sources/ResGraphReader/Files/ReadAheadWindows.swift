/// Files to be read one after another in a known order, asked of the disk (``ReadAhead``) a
/// window ahead of the reads: never more than two windows ahead, so that asking does not push
/// out of memory what is about to be read.
///
/// ```swift
/// var ahead = ReadAheadWindows(paths)
/// defer { ahead.stop() }
/// for (k, path) in paths.enumerated() {
///     ahead.reach(k)        // the window after k's is asked for, if it was not yet
///     read(path)
/// }
/// ```
public struct ReadAheadWindows {
    /// Files asked for together, a window ahead of the one being read.
    public static let defaultWindow = 256
    /// The fewest files for which the disk is asked ahead: for fewer (a `show` of a few edges),
    /// starting a thread costs more than the reads could gain.
    public static let fewestFiles = 16

    private let paths: [String]
    private let window: Int
    private let ahead: ReadAhead?
    /// The windows asked for so far, from the first.
    private var windowsAsked = 0

    /// Readies the files of `paths`, in the order they will be read, and asks for the first
    /// window; nothing is asked when there are fewer than ``fewestFiles``.
    public init(_ paths: [String], window: Int = ReadAheadWindows.defaultWindow) {
        self.paths = paths
        self.window = max(1, window)
        ahead = paths.count >= Self.fewestFiles ? ReadAhead() : nil
        askNext()
    }

    /// Says that the file at `index` of the paths is about to be read: the window after its
    /// own is asked for, with any before it not asked yet.
    public mutating func reach(_ index: Int) {
        while windowsAsked <= index / window + 1, windowsAsked * window < paths.count { askNext() }
    }

    /// Ends the asking; call it once the reads are done.
    public func stop() {
        ahead?.stop()
    }

    private mutating func askNext() {
        let start = windowsAsked * window
        guard start < paths.count else { return }
        ahead?.warm(Array(paths[start..<min(start + window, paths.count)]))
        windowsAsked += 1
    }
}
