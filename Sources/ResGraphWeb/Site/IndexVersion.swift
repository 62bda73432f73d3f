import Foundation

/// The state of an index file on disk, cheap to read: its size and modification time and those of
/// its write-ahead log. Every committed write changes one of them, so figures computed for one
/// version are stale when the version changes.
struct IndexVersion: Hashable, Sendable {
    private var parts: [Int64]

    /// The version of the index at `path` now.
    init(path: String) {
        parts = []
        for file in [path, path + "-wal"] {
            var info = stat()
            if stat(file, &info) == 0 {
                parts += [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)]
            } else {
                parts += [-1, -1, -1]
            }
        }
    }
}
