import Foundation
import ResGraphExtractor
import ResGraphOutput

/// Standard output, buffered, with every failed write noticed.
///
/// Everything the commands print goes here (the module's ``print(_:separator:terminator:)``
/// stands in for the standard library's). The first write that fails (a full disk,
/// `/dev/full`, a closed pipe) is remembered, and ``finish()`` reports it when the command
/// ends, so a command never exits 0 after losing output.
final class StandardOutput: @unchecked Sendable {
    /// The one instance, for the process's standard output.
    static let shared = StandardOutput(descriptor: STDOUT_FILENO)

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: Int32?
    private let lock = NSLock()

    /// Output to `descriptor`; the commands use ``shared``.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.capacity)
    }

    /// Bytes held before they are written.
    private static let capacity = 1 << 16

    /// Appends bytes to standard output.
    func write<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        lock.lock(); defer { lock.unlock() }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { flushLocked() }
    }

    /// Hands over what `out` holds, and empties it, once it holds at least `threshold` bytes:
    /// commands that write their answer into one buffer pass it on a piece at a time, and
    /// all of it at the end (`threshold` 0).
    func take(_ out: inout JSONBytes, atLeast threshold: Int = 1 << 16) {
        guard out.bytes.count >= threshold else { return }
        defer { out.bytes.removeAll(keepingCapacity: true) }
        guard out.bytes.count >= Self.capacity else { return write(out.bytes) }
        lock.lock(); defer { lock.unlock() }
        // What is held goes first; a piece as large as the buffer then goes as it is, not copied into it.
        flushLocked()
        out.bytes.withUnsafeBytes { writeLocked($0) }
    }

    /// Appends `data` to standard output as it is.
    static func write(_ data: Data) { shared.write(data) }

    /// Writes what is held; throws when anything written to standard output was lost.
    static func finish() throws {
        try shared.finish()
    }

    /// Writes what is held; throws when anything written to this output was lost.
    func finish() throws {
        lock.lock(); defer { lock.unlock() }
        flushLocked()
        if let failure {
            throw CommandError("cannot write to standard output: \(String(cString: strerror(failure)))")
        }
    }

    private func flushLocked() {
        defer { buffer.removeAll(keepingCapacity: true) }
        buffer.withUnsafeBytes { writeLocked($0) }
    }

    /// Writes `raw` whole, unless a write failed before; the first failure is remembered.
    private func writeLocked(_ raw: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        var written = 0
        while written < raw.count {
            let n = Foundation.write(descriptor, raw.baseAddress! + written, raw.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            written += n
        }
    }
}

/// Prints to standard output through ``StandardOutput``, as the standard library's `print` does.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    var text = ""
    for (index, item) in items.enumerated() {
        if index > 0 { text += separator }
        text += item as? String ?? "\(item)"
    }
    text += terminator
    StandardOutput.shared.write(text.utf8)
}

/// Writes lines to standard error.
enum StandardError {
    /// Writes `line`, any control character in it (a file name's) written out (``VisibleText``).
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((VisibleText.of(line) + "\n").utf8))
    }
}
