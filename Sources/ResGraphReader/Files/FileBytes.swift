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
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw openError(path, errno) }
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
