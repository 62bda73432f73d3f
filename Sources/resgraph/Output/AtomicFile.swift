import Foundation
import ResGraphReader

/// Writes an output file all at once or not at all: the bytes go to a temporary file in the
/// same folder, are flushed to disk, and the temporary file is renamed over the target. A
/// crash or a full disk leaves the previous file (or none), never half a file; Ctrl-C, SIGTERM
/// or SIGHUP while it writes leave no temporary file either (an export of a million documents
/// is gigabytes).
///
/// A path that names something other than a regular file (`/dev/stdout`, `/dev/null`, a pipe)
/// is written to as it is, every write checked: renaming over it would replace the device or
/// the link with a file. A symbolic link to a file is followed, and the file it names replaced.
enum AtomicFile {
    /// Writes `data` to `path`; throws a `CommandError` naming the file and the system's reason.
    static func write(_ data: Data, to path: String) throws {
        try write(to: path) { put in try put(data) }
    }

    /// Writes to `path` what `produce` hands to the function it gets, piece by piece (an export
    /// streamed from the index), all at once or not at all.
    static func write(to path: String, _ produce: (_ put: (Data) throws -> Void) throws -> Void) throws {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            return try writeInPlace(to: path, produce)
        }
        let target = CanonicalPath.of(path)
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let (descriptor, temporary) = try createTemporary(beside: url.lastPathComponent, in: folder, for: path)
        var ok = false
        var closed = false
        defer {
            if !closed { close(descriptor) }
            if !ok { unlink(temporary) }
            UnfinishedFiles.keep()
        }
        try produce { data in try put(data, to: descriptor, path: path) }
        guard fsync(descriptor) == 0 else { throw failure(path, errno) }
        closed = true
        guard close(descriptor) == 0 else { throw failure(path, errno) }
        guard chmod(temporary, 0o644) == 0, rename(temporary, target) == 0 else { throw failure(path, errno) }
        ok = true
    }

    /// Creates a new temporary file in `folder`, named after `name` with a random ending, as
    /// `mkstemp` does, but armed for removal on Ctrl-C before it exists: a signal between the
    /// file's creation and its arming would leave it behind. Open for writing; the caller removes
    /// it or renames it into place, and disarms.
    private static func createTemporary(beside name: String, in folder: String, for path: String) throws -> (Int32, String) {
        for _ in 0..<100 {
            let temporary = folder + "/.\(name).tmp-" + UnfinishedFiles.randomEnding()
            UnfinishedFiles.removeOnInterrupt([temporary])
            let descriptor = open(temporary, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, temporary) }
            let code = errno
            UnfinishedFiles.keep()
            guard code == EEXIST else { throw failure(path, code) }
        }
        throw failure(path, EEXIST)
    }

    /// Writes to a device, a pipe or a socket as it is, every write and the close checked.
    private static func writeInPlace(to path: String, _ produce: (_ put: (Data) throws -> Void) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var closed = false
        defer { if !closed { close(descriptor) } }
        try produce { data in try put(data, to: descriptor, path: path) }
        closed = true
        guard close(descriptor) == 0 else { throw failure(path, errno) }
    }

    private static func put(_ data: Data, to descriptor: Int32, path: String) throws {
        var written = 0
        let status: Int32 = data.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Foundation.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if n < 0 { if errno == EINTR { continue }; return errno }
                written += n
            }
            return 0
        }
        guard status == 0 else { throw failure(path, status) }
    }

    private static func failure(_ path: String, _ code: Int32) -> CommandError {
        CommandError("cannot write \(path): \(String(cString: strerror(code)))")
    }
}
