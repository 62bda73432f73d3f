import CZip

/// The parts of a zip archive held in memory (a `.docx` is one), read by name through libzip.
///
/// Every read is bounded: a part is read in chunks up to `limit` bytes and refused past it,
/// whatever size the archive declares (a zip bomb), and libzip checks each part against the
/// archive's directory (its size and CRC-32) as it reaches the end. A damaged archive or part
/// gives a ``Failure``, never a trap or a loop. libzip is loaded the first time a zip is opened
/// (see `Sources/CZip/shim.h`).
struct ZipPackage: ~Copyable {
    /// Why a zip archive or one of its parts could not be read.
    enum Failure: Error, Equatable {
        /// libzip could not be loaded: the dynamic loader's words.
        case libraryMissing(String)
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

        /// libzip's words for `error` ("Zip archive inconsistent").
        static func words(of error: UnsafeMutablePointer<zip_error_t>, api: rg_zip) -> String {
            api.error_strerror(error).map { String(cString: $0) } ?? "unknown error"
        }

        /// The problem of libzip's `error`, told by `api`.
        init(_ error: UnsafeMutablePointer<zip_error_t>, api: rg_zip) {
            switch api.error_code_zip(error) {
            case ZIP_ER_INVAL, ZIP_ER_SEEK, ZIP_ER_EOF, ZIP_ER_READ, ZIP_ER_INCONS: self = .outsideTheFile
            case ZIP_ER_COMPRESSED_DATA, ZIP_ER_ZLIB: self = .damagedData
            case ZIP_ER_COMPNOTSUPP: self = .unsupportedCompression
            case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: self = .encrypted
            default: self = .other(Self.words(of: error, api: api))
            }
        }
    }

    /// libzip's functions, from the library loaded once for the process, or why it could not be.
    static let library: Result<rg_zip, DynamicLibrary.LoadFailure> = load(from: libraryNames)

    /// The names libzip goes by: its Linux soname first, then the development link, then macOS's.
    static let libraryNames = ["libzip.so.4", "libzip.so", "libzip.5.dylib", "libzip.dylib"]

    /// Loads the first library of `names` the dynamic loader finds, and finds its functions.
    static func load(from names: [String]) -> Result<rg_zip, DynamicLibrary.LoadFailure> {
        var api = rg_zip()
        return DynamicLibrary.load(firstOf: names) { rg_zip_bind(&api, $0, $1, $2) }.map { api }
    }

    /// libzip's functions.
    private let api: rg_zip
    /// The archive libzip opened, for ``part(_:)``.
    private let archive: OpaquePointer
    /// The most bytes a part may hold, inflated.
    private let limit: Int

    private init(api: rg_zip, archive: OpaquePointer, limit: Int) {
        self.api = api
        self.archive = archive
        self.limit = limit
    }

    /// Opens the zip archive `bytes` for `body` to read parts from, each refused past `limit`
    /// bytes inflated, with the functions of `library`; returns what `body` returns. Throws
    /// ``Failure/unreadableArchive(_:)`` when the bytes are not a zip,
    /// ``Failure/libraryMissing(_:)`` when libzip could not be loaded, and what `body` throws.
    static func open<Value>(_ bytes: [UInt8], limit: Int, library: Result<rg_zip, DynamicLibrary.LoadFailure> = library,
                            _ body: (borrowing ZipPackage) throws(Failure) -> Value) throws(Failure) -> Value {
        let api: rg_zip
        switch library {
        case .success(let loaded): api = loaded
        case .failure(let failure): throw .libraryMissing(failure.message)
        }
        let result: Result<Value, Failure> = bytes.withUnsafeBytes { raw in
            var error = zip_error_t()
            api.error_init(&error)
            defer { api.error_fini(&error) }
            guard let source = api.source_buffer_create(raw.baseAddress, zip_uint64_t(raw.count), 0, &error) else {
                return .failure(.unreadableArchive(PartProblem.words(of: &error, api: api)))
            }
            guard let archive = api.open_from_source(source, ZIP_RDONLY, &error) else {
                api.source_free(source)
                return .failure(.unreadableArchive(PartProblem.words(of: &error, api: api)))
            }
            defer { api.discard(archive) }
            do throws(Failure) {
                return .success(try body(ZipPackage(api: api, archive: archive, limit: limit)))
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
        let index = api.name_locate(archive, name, zip_flags_t(ZIP_FL_NOCASE))
        guard index >= 0 else { return nil }
        return try read(entry: zip_uint64_t(index), named: name).get()
    }

    /// Bytes asked of libzip at a time.
    private static let chunkSize = 65_536

    /// The inflated entry `index` of the archive, called `name` in failures, read to its end.
    private func read(entry index: zip_uint64_t, named name: String) -> Result<[UInt8], Failure> {
        guard let file = api.fopen_index(archive, index, 0) else {
            return .failure(.unreadablePart(name: name, reason: api.get_error(archive).map { PartProblem($0, api: api) } ?? .other("unknown error")))
        }
        defer { _ = api.fclose(file) }
        var stat = zip_stat_t()
        api.stat_init(&stat)
        let declared = api.stat_index(archive, index, 0, &stat) == 0 && stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 ? stat.size : 0
        guard declared <= zip_uint64_t(limit) else { return .failure(.tooLarge(name: name)) }
        var part: [UInt8] = []
        part.reserveCapacity(Int(declared))
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { api.fread(file, $0.baseAddress!, zip_uint64_t($0.count)) }
            if count == 0 { return .success(part) }
            guard count > 0 else {
                guard let error = api.file_get_error(file) else { return .failure(.unreadablePart(name: name, reason: .other("unknown error"))) }
                if api.error_code_zip(error) == ZIP_ER_CRC { return .failure(.checksumMismatch(name: name)) }
                return .failure(.unreadablePart(name: name, reason: PartProblem(error, api: api)))
            }
            guard part.count + Int(count) <= limit else { return .failure(.tooLarge(name: name)) }
            part.append(contentsOf: chunk[..<Int(count)])
        }
    }
}
