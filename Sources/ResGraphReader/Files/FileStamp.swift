import Foundation

/// What a file's status says of its content without reading it: a fingerprint of its size, the
/// time its content was last written, the time it last changed in any way, its inode and its
/// device. Writing a file changes the last two times, and no program can set the time of change
/// back, so a file whose stamp is the one it had when it was read holds the same bytes: an index
/// run passes such a file over without reading it.
///
/// Times are coarse (a few milliseconds on ext4, two seconds on FAT): a file changed in the
/// same tick as it was stamped could keep its stamp. So a stamp is trusted only when the file
/// had settled, unchanged for ``settlingSeconds`` before the run that read it began.
///
///     let stamp = FileStamp.of(path)   // nil if the file cannot be looked at
public struct FileStamp: Equatable, Sendable {
    /// The fingerprint stored in the index and compared at the next run.
    public let fingerprint: Int64
    /// The later of the file's times of last writing and last change, in nanoseconds since 1970.
    let lastChange: Int64

    /// How long a file must have been left alone before a run for its stamp to be trusted.
    public static let settlingSeconds: Int64 = 3

    /// The stamp of the file `status` describes.
    init(_ status: stat) {
        let written = Self.nanoseconds(status.st_mtim), changed = Self.nanoseconds(status.st_ctim)
        var mix = FingerprintMix(seed: UInt64(bitPattern: Int64(status.st_size)))
        for part in [UInt64(bitPattern: written), UInt64(bitPattern: changed), UInt64(status.st_ino), UInt64(status.st_dev)] {
            mix.add(part)
        }
        fingerprint = Int64(bitPattern: mix.value)
        lastChange = max(written, changed)
    }

    /// The stamp of the file at `path` (links followed), or nil when it cannot be looked at.
    public static func of(_ path: String) -> FileStamp? {
        var status = stat()
        guard path.withCString({ stat($0, &status) }) == 0 else { return nil }
        return FileStamp(status)
    }

    /// Whether the file had been left alone for ``settlingSeconds`` at `instant` (nanoseconds
    /// since 1970, the start of a run), so that its stamp can be trusted later.
    public func isSettled(at instant: Int64) -> Bool {
        lastChange < instant - Self.settlingSeconds * 1_000_000_000
    }

    /// Now, in nanoseconds since 1970, by the clock file times are set from.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int64 {
        Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }
}
