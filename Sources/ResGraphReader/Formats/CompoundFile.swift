import CGSF
import Foundation

/// libgsf's functions, from the library loaded the first time a Word 97-2003 file is read (see
/// `Sources/CGSF/shim.h`): an OLE2 compound file's streams, by name.
struct CompoundFile {
    /// The library, loaded once for the process, or why it could not be. GLib's messages are
    /// dropped from then on (`rg_gsf_drop_messages`): a damaged file is reported by name, not
    /// also by a warning of libgsf's on standard error.
    static let loaded: Result<CompoundFile, LoadFailure> = {
        let library = load(from: libraryNames)
        if case .success(let loaded) = library { withUnsafePointer(to: loaded.api) { rg_gsf_drop_messages($0) } }
        return library
    }()

    /// The names libgsf goes by: its Linux soname first, then the development link, then macOS's.
    static let libraryNames = ["libgsf-1.so.114", "libgsf-1.so", "libgsf-1.114.dylib", "libgsf-1.dylib"]

    /// Loads the first library of `names` the dynamic loader finds, and finds its functions.
    static func load(from names: [String]) -> Result<CompoundFile, LoadFailure> {
        var api = rg_gsf()
        return DynamicLibrary.load(firstOf: names) { rg_gsf_bind(&api, $0, $1, $2) }.map { CompoundFile(api: api) }
    }

    /// Why libgsf could not be loaded.
    typealias LoadFailure = DynamicLibrary.LoadFailure

    /// Why a compound file's streams could not be read.
    enum ReadFailure: Error, Equatable {
        /// The file could not be opened: libgsf's message.
        case unopened(String)
        /// The file lists the stream, but its content cannot be read (a damaged file).
        case unreadableStream(String)
    }

    /// Every function of `api` was found by the loader, so the calls below unwrap them.
    let api: rg_gsf

    /// The names of the streams and folders at the root of the compound file `bytes`, and the
    /// content of those of them that `names` name, by name. A stream is read whole, and no
    /// larger than the file itself.
    func streams(_ names: Set<String>, of bytes: [UInt8]) throws(ReadFailure) -> (listed: [String], content: [String: [UInt8]]) {
        var message = [CChar](repeating: 0, count: 256)
        var found: [String: [UInt8]] = [:]
        var listed: [String] = []
        var unreadable: String?
        let opened: Bool = withUnsafePointer(to: api) { api in
            bytes.withUnsafeBytes { raw in
                guard let file = rg_gsf_open(api, raw.baseAddress, raw.count, &message, message.count) else { return false }
                defer { api.pointee.object_unref(UnsafeMutableRawPointer(file)) }
                for index in 0..<max(0, Int(api.pointee.infile_num_children(file))) {
                    guard let child = api.pointee.infile_name_by_index(file, Int32(index)) else { continue }
                    let name = String(cString: child)
                    listed.append(name)
                    guard names.contains(name) else { continue }
                    guard let content = Self.read(api, stream: api.pointee.infile_child_by_name(file, name), limit: raw.count) else {
                        unreadable = name
                        return true
                    }
                    found[name] = content
                }
                return true
            }
        }
        guard opened else { throw .unopened(Self.string(message)) }
        if let unreadable { throw .unreadableStream(unreadable) }
        return (listed, found)
    }

    /// The whole content of `stream` (released here), or nil when it cannot be read or is
    /// larger than `limit`.
    private static func read(_ api: UnsafePointer<rg_gsf>, stream: OpaquePointer?, limit: Int) -> [UInt8]? {
        guard let stream else { return nil }
        defer { api.pointee.object_unref(UnsafeMutableRawPointer(stream)) }
        let size = Int(api.pointee.input_size(stream))
        guard size >= 0, size <= limit else { return nil }
        var content = [UInt8](repeating: 0, count: size)
        let read = size == 0 || content.withUnsafeMutableBufferPointer { api.pointee.input_read(stream, size, $0.baseAddress) != nil }
        return read ? content : nil
    }

    /// A compound file holding `streams` (name and bytes, at its root), as libgsf writes it: for
    /// the tests, which make Word 97-2003 files of their own.
    func write(_ streams: [(name: String, bytes: [UInt8])]) -> [UInt8]? {
        guard let sink = api.output_memory_new() else { return nil }
        defer { api.object_unref(UnsafeMutableRawPointer(sink)) }
        guard let file = api.outfile_msole_new(sink) else { return nil }
        var written = true
        for (name, bytes) in streams {
            guard let child = api.outfile_new_child(file, name, 0) else { written = false; continue }
            written = bytes.withUnsafeBufferPointer { api.output_write(child, $0.count, $0.baseAddress) != 0 } && written
            written = api.output_close(child) != 0 && written
            api.object_unref(UnsafeMutableRawPointer(child))
        }
        // libgsf's files are OutputFiles: closing one writes the directory and allocation tables.
        written = api.output_close(file) != 0 && written
        api.object_unref(UnsafeMutableRawPointer(file))
        let size = Int(api.output_size(sink))
        guard written, size > 0, let start = api.output_memory_bytes(sink) else { return nil }
        return Array(UnsafeBufferPointer(start: start, count: size))
    }

    private static func string(_ message: [CChar]) -> String {
        String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
