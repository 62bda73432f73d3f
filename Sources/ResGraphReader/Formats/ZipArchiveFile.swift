import Foundation
import ZIPFoundation

/// Opens a zip held in memory with ZIPFoundation as a file, not as `Data`.
///
/// ZIPFoundation 0.9.20 reads an archive given as `Data` through a reader that traps when an
/// entry says it lies past the end of the data: a damaged download (a local header's offset
/// changed, a file cut short) stopped the whole run, every other file with it
/// (weichsel/ZIPFoundation#394, not yet in a release). Reading a file, it meets the end of the
/// file instead and reports the entry unreadable. So the bytes are copied into an anonymous
/// file in memory (Linux's `memfd_create`), opened by its path under `/proc/self/fd`; where
/// that is not to be had, the archive is read as `Data`.
enum ZipArchiveFile {
    /// The archive of `bytes`, for reading; throws as `Archive(url:accessMode:)` does.
    static func open(_ bytes: [UInt8]) throws -> Archive {
        func inMemory() throws -> Archive { try Archive(data: Data(bytes), accessMode: .read) }
        guard let create = memfdCreate else { return try inMemory() }
        let descriptor = "resgraph-zip".withCString { create($0, closeOnExec) }
        guard descriptor >= 0 else { return try inMemory() }
        // ZIPFoundation opens the path again; this descriptor is not needed past that.
        defer { close(descriptor) }
        guard write(bytes, to: descriptor) else { return try inMemory() }
        do {
            return try Archive(url: URL(fileURLWithPath: "/proc/self/fd/\(descriptor)"), accessMode: .read)
        } catch {
            // Without /proc (some containers) the path cannot be opened; a damaged archive
            // fails the same way read as Data.
            return try inMemory()
        }
    }

    /// Writes all of `bytes` to `descriptor`; false when the system refuses.
    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let count = Foundation.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                written += count
            }
            return true
        }
    }

    /// `MFD_CLOEXEC`: the file is not handed on to programs the process runs.
    private static let closeOnExec: UInt32 = 1

    /// glibc's `memfd_create(name, flags)`, which Swift's Glibc module does not declare, found
    /// by name; nil where the C library has none.
    private static let memfdCreate: (@convention(c) (UnsafePointer<CChar>, UInt32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memfd_create") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafePointer<CChar>, UInt32) -> Int32).self)
    }()
}
