import Foundation
import ResGraphExtractor

/// Reads whole files into memory, safely: never mapped (a file truncated under a mapping kills
/// the process with SIGBUS), bounded in size, and checked not to have changed while read.
public enum FileBytes {
    /// The largest file read: 256 MB. A resolution is a few hundred kilobytes; a larger file is
    /// not one document, and refusing it keeps memory bounded.
    public static let maxFileSize = 256 * 1_048_576

    /// The bytes of the file at `path`.
    ///
    /// Throws, naming the file, when there is no such file, it is a folder, it cannot be read,
    /// it is larger than ``maxFileSize`` (or `limit`), or its size or modification time changed
    /// while it was read.
    public static func read(_ path: String, limit: Int = maxFileSize) throws(ExtractionError) -> [UInt8] {
        try readStamped(path, limit: limit).bytes
    }

    /// The bytes of the file at `path` and its ``FileStamp`` as they were read, for a later run
    /// to know it unchanged without reading it; throws as ``read(_:limit:)`` does.
    public static func readStamped(_ path: String, limit: Int = maxFileSize) throws(ExtractionError) -> (bytes: [UInt8], stamp: FileStamp) {
        let (descriptor, before) = try opened(path)
        defer { close(descriptor) }
        let size = Int(before.st_size)
        guard size <= limit else { throw ExtractionError(path: path, reason: .tooLarge(size: size, limit: limit)) }
        var filled = 0
        var status: Int32 = 0
        // Read into the array's storage as it is made (the bytes are not first set to zero), asking
        // for one byte more than the file holds: a read that stops at its size has met the end of
        // the file (no further call is needed to find it), and a byte more means it grew.
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while filled <= size {
                let got = Foundation.read(descriptor, buffer.baseAddress! + filled, size + 1 - filled)
                if got < 0 { if errno == EINTR { continue }; status = errno; break }
                if got == 0 { break }
                filled += got
                if filled == size { break }
            }
            count = min(filled, size)
        }
        guard status == 0 else { throw unreadable(path, status) }
        var after = stat()
        guard fstat(descriptor, &after) == 0 else { throw unreadable(path, errno) }
        guard filled == size, after.st_size == before.st_size,
              after.st_mtim.tv_sec == before.st_mtim.tv_sec, after.st_mtim.tv_nsec == before.st_mtim.tv_nsec
        else { throw ExtractionError(path: path, reason: .changedWhileReading) }
        return (bytes, FileStamp(after))
    }

    /// The bytes of the stream at `path` read to its end: standard input for `-`, else a pipe
    /// or a device named to be read (``CorpusFile/isStream``), opened waiting for its writer.
    /// Throws, naming it, when it cannot be opened or read, or gives more than `limit` bytes.
    public static func readStream(_ path: String, limit: Int = maxFileSize) throws(ExtractionError) -> [UInt8] {
        let isStandardInput = path == StandardInput.path
        let descriptor = isStandardInput ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(path, errno) }
        defer { if !isStandardInput { close(descriptor) } }
        var bytes: [UInt8] = []
        let chunk = 1 << 16
        while true {
            var failure: Int32 = 0
            let got = append(chunk, from: descriptor, to: &bytes, failure: &failure)
            if got < 0 {
                if failure == EINTR { continue }
                if failure == EAGAIN || failure == EWOULDBLOCK {
                    // Standard input inherited without waiting: wait here for it to be readable.
                    var wanted = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&wanted, 1, -1)
                    continue
                }
                throw unreadable(path, failure)
            }
            if got == 0 { return bytes }
            guard bytes.count <= limit else { throw ExtractionError(path: path, reason: .streamTooLarge(limit: limit)) }
        }
    }

    /// Whether `path` names a stream to read to its end with ``readStream(_:limit:)``: `-`
    /// (standard input), a pipe or a device (`/dev/stdin` piped, `<(command)`).
    public static func isStream(_ path: String) -> Bool {
        guard path != StandardInput.path else { return true }
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFCHR
    }

    /// Reads at most `count` bytes from `descriptor` onto the end of `bytes`: how many, 0 at the
    /// end, -1 with `failure` set on an error.
    private static func append(_ count: Int, from descriptor: Int32, to bytes: inout [UInt8], failure: inout Int32) -> Int {
        var got = 0
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        bytes.withUnsafeMutableBufferPointer { buffer in
            got = Foundation.read(descriptor, buffer.baseAddress! + start, count)
            if got < 0 { failure = errno }
        }
        bytes.removeLast(count - max(got, 0))
        return got
    }

    /// The first `count` bytes of the file at `path`, or all of them when it is shorter: for
    /// what needs only the start of a large file (the lines before an offset), read without
    /// the rest. Throws, naming the file, when there is no such file, it is a folder or it
    /// cannot be read.
    public static func read(_ path: String, prefix count: Int) throws(ExtractionError) -> [UInt8] {
        let (descriptor, status) = try opened(path)
        defer { close(descriptor) }
        let wanted = max(0, min(count, Int(status.st_size)))
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, filled in
            filled = 0
            while filled < wanted {
                let got = Foundation.read(descriptor, buffer.baseAddress! + filled, wanted - filled)
                if got < 0 { if errno == EINTR { continue }; failure = errno; break }
                if got == 0 { break }
                filled += got
            }
        }
        guard failure == 0 else { throw unreadable(path, failure) }
        return bytes
    }

    /// The file at `path` opened for reading, with its status; throws, naming it, when there
    /// is no such file, it is a folder or it cannot be read. The caller closes it.
    private static func opened(_ path: String) throws(ExtractionError) -> (descriptor: Int32, status: stat) {
        // Without O_NONBLOCK, opening a named pipe would wait for a writer that never comes (a
        // stray FIFO in a corpus folder hung the whole run). On a regular file the flag does
        // nothing (open(2)), so it is left set.
        // Through the path's own bytes: passed as a string, it is copied into a new array first
        // (and released before `errno` could be read).
        let (descriptor, code) = path.withCString { path in (open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK), errno) }
        guard descriptor >= 0 else { throw openError(path, code) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw unreadable(path, code)
        }
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG else {
            close(descriptor)
            throw ExtractionError(path: path, reason: type == S_IFDIR ? .directory : .notAFile(Self.name(ofType: type)))
        }
        return (descriptor, status)
    }

    /// What a file of type `type` (the `S_IFMT` bits of its mode) is, in words.
    static func name(ofType type: mode_t) -> String {
        switch type {
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "an object of an unknown type"
        }
    }

    private static func openError(_ path: String, _ code: Int32) -> ExtractionError {
        switch code {
        case ENOENT, ENOTDIR: ExtractionError(path: path, reason: .missing)
        case EISDIR: ExtractionError(path: path, reason: .directory)
        default: unreadable(path, code)
        }
    }

    private static func unreadable(_ path: String, _ code: Int32) -> ExtractionError {
        ExtractionError(path: path, reason: .unreadable(String(cString: strerror(code))))
    }
}
