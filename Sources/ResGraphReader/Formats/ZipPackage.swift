import CZip

/// The parts of a zip archive held in memory (a `.docx` is one), read by name through libzip.
///
/// Every read is bounded: a part is read in chunks up to `limit` bytes and refused past it,
/// whatever size the archive declares (a zip bomb), and libzip checks each part against the
/// archive's directory (its size and CRC-32) as it reaches the end. A damaged archive or part
/// gives a ``Failure``, never a trap or a loop.
struct ZipPackage: ~Copyable {
    /// Why a zip archive or one of its parts could not be read.
    enum Failure: Error, Equatable {
        /// The bytes are not a zip archive libzip can open; libzip's reason, e.g. "Not a zip archive".
        case unreadableArchive(String)
        /// The part `name` holds more than the limit once inflated.
        case tooLarge(name: String)
        /// The part `name` does not match the CRC-32 the archive recorded for it.
        case checksumMismatch(name: String)
        /// The part `name` cannot be read, for `reason`.
        case unreadablePart(name: String, reason: PartProblem)
    }

    /// Why a part of a zip archive cannot be read.
    enum PartProblem: Equatable {
        /// Its bytes lie past the end of the archive, or the archive ends inside them.
        case outsideTheFile
        /// Its compressed data does not inflate.
        case damagedData
        /// It is compressed by a method libzip does not read.
        case unsupportedCompression
        /// It is encrypted.
        case encrypted
        /// Anything else; libzip's words.
        case other(String)

        /// The problem of libzip's `error`.
        init(_ error: UnsafeMutablePointer<zip_error_t>) {
            switch zip_error_code_zip(error) {
            case ZIP_ER_INVAL, ZIP_ER_SEEK, ZIP_ER_EOF, ZIP_ER_READ, ZIP_ER_INCONS: self = .outsideTheFile
            case ZIP_ER_COMPRESSED_DATA, ZIP_ER_ZLIB: self = .damagedData
            case ZIP_ER_COMPNOTSUPP: self = .unsupportedCompression
            case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: self = .encrypted
            default: self = .other(String(cString: zip_error_strerror(error)))
            }
        }
    }

    /// The archive libzip opened, for ``part(_:)``.
    private let archive: OpaquePointer
    /// The most bytes a part may hold, inflated.
    private let limit: Int

    private init(archive: OpaquePointer, limit: Int) {
        self.archive = archive
        self.limit = limit
    }

    /// Opens the zip archive `bytes` for `body` to read parts from, each refused past `limit`
    /// bytes inflated; returns what `body` returns. Throws ``Failure/unreadableArchive(_:)`` when
    /// the bytes are not a zip, and what `body` throws.
    static func open<Value>(_ bytes: [UInt8], limit: Int, _ body: (borrowing ZipPackage) throws(Failure) -> Value) throws(Failure) -> Value {
        let result: Result<Value, Failure> = bytes.withUnsafeBytes { raw in
            var error = zip_error_t()
            zip_error_init(&error)
            defer { zip_error_fini(&error) }
            guard let source = zip_source_buffer_create(raw.baseAddress, zip_uint64_t(raw.count), 0, &error) else {
                return .failure(.unreadableArchive(String(cString: zip_error_strerror(&error))))
            }
            guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
                zip_source_free(source)
                return .failure(.unreadableArchive(String(cString: zip_error_strerror(&error))))
            }
            defer { zip_discard(archive) }
            do throws(Failure) {
                return .success(try body(ZipPackage(archive: archive, limit: limit)))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The part `name` (a path inside the archive, such as `word/document.xml`), inflated and
    /// read whole; nil when the archive holds no such part.
    func part(_ name: String) throws(Failure) -> [UInt8]? {
        // Part names are compared without regard to case, as the Open Packaging Conventions have them.
        let index = zip_name_locate(archive, name, zip_flags_t(ZIP_FL_NOCASE))
        guard index >= 0 else { return nil }
        return try Self.read(entry: zip_uint64_t(index), named: name, of: archive, limit: limit).get()
    }

    /// Bytes asked of libzip at a time, and the first allocation for a part of unknown size.
    private static let chunkSize = 65_536

    /// The inflated entry `index` of `archive`, called `name` in failures, read to its end.
    private static func read(entry index: zip_uint64_t, named name: String, of archive: OpaquePointer, limit: Int) -> Result<[UInt8], Failure> {
        guard let file = zip_fopen_index(archive, index, 0) else {
            return .failure(.unreadablePart(name: name, reason: PartProblem(zip_get_error(archive))))
        }
        defer { zip_fclose(file) }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        let declared = zip_stat_index(archive, index, 0, &stat) == 0 && stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 ? stat.size : 0
        guard declared <= zip_uint64_t(limit) else { return .failure(.tooLarge(name: name)) }
        var part: [UInt8] = []
        part.reserveCapacity(Int(declared))
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress!, zip_uint64_t($0.count)) }
            if count == 0 { return .success(part) }
            guard count > 0 else {
                let error = zip_file_get_error(file)!
                if zip_error_code_zip(error) == ZIP_ER_CRC { return .failure(.checksumMismatch(name: name)) }
                return .failure(.unreadablePart(name: name, reason: PartProblem(error)))
            }
            guard part.count + Int(count) <= limit else { return .failure(.tooLarge(name: name)) }
            part.append(contentsOf: chunk[..<Int(count)])
        }
    }
}
