import Foundation

/// The temporary file runs of findings are written to, made in a folder of its own under
/// `TMPDIR` and removed from it at once: only its descriptor keeps it, so its room (gigabytes at
/// a million documents) is given back however the process ends, Ctrl-C and kill included.
/// One thread at a time uses it: the sorter hands it to the thread that writes a run or merges
/// the runs, and waits for that thread before it touches the file again.
final class SpillFile: @unchecked Sendable {
    let descriptor: Int32
    /// Where the file was made (it is there no longer), named in errors.
    let folder: URL
    /// `folder`'s path, named in errors (worked out once: runs read back millions of findings).
    let folderPath: String
    private var size = 0

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resgraph-check-\(UUID().uuidString)")
        folderPath = folder.path
        let path = folder.appendingPathComponent("findings").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Self.unusable(folder, error.localizedDescription)
        }
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: folder)
            throw Self.unusable(folder, reason)
        }
        unlink(path)
        rmdir(folderPath)
    }

    deinit {
        close(descriptor)
    }

    /// Writes `bytes` at the end of the file; returns where they begin.
    func append(_ bytes: [UInt8]) throws -> Int {
        let start = size
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(start + written))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { throw Self.unusable(folder, String(cString: strerror(count < 0 ? errno : ENOSPC))) }
                written += count
            }
        }
        size += bytes.count
        return start
    }

    /// Reads up to `count` bytes at `offset` into `buffer` (replacing what it held; its storage
    /// is reused when it has that size, as a run read a megabyte at a time has).
    func read(at offset: Int, count: Int, into buffer: inout [UInt8]) throws {
        if buffer.count != count { buffer = [UInt8](repeating: 0, count: count) }
        var filled = 0
        try buffer.withUnsafeMutableBytes { target in
            while filled < count {
                let got = pread(descriptor, target.baseAddress! + filled, count - filled, off_t(offset + filled))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { throw IndexError(path: folderPath, problem: "the temporary file of findings to sort was cut short") }
                filled += got
            }
        }
    }

    private static func unusable(_ folder: URL, _ reason: String) -> IndexError {
        IndexError(path: folder.deletingLastPathComponent().path,
                   problem: "cannot hold the findings to sort in a temporary file here (set TMPDIR to a writable folder): \(reason)")
    }
}
