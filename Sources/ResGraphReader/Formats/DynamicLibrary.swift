import Foundation

/// A C library loaded when a format first needs it (`dlopen`), not when the program starts:
/// poppler-glib for PDFs, libgsf for Word 97-2003 files. Each brings dozens of libraries with it,
/// which would cost every command their loading. A library stays loaded for the process.
enum DynamicLibrary {
    /// Why a library could not be loaded, as the dynamic loader said it, or which of its
    /// functions it lacks.
    struct LoadFailure: Error {
        let message: String
    }

    /// Loads the first of `names` the dynamic loader finds and hands its handle to `bind`,
    /// which finds the library's functions: 1 when all were found, else 0 with what is missing
    /// written into the buffer it is given. When none loads, the loader's words on the first
    /// name, the library's own, are the failure.
    static func load(firstOf names: [String], bind: (UnsafeMutableRawPointer, UnsafeMutablePointer<CChar>, Int) -> Int32) -> Result<Void, LoadFailure> {
        var firstFailure: String?
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
                let why = dlerror().map { String(cString: $0) } ?? "cannot be loaded"
                if firstFailure == nil { firstFailure = why }
                continue
            }
            var message = [CChar](repeating: 0, count: 512)
            let found = message.withUnsafeMutableBufferPointer { bind(handle, $0.baseAddress!, $0.count) }
            guard found == 1 else {
                let lacking = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                return .failure(LoadFailure(message: "\(names[0]) lacks \(lacking)"))
            }
            return .success(())
        }
        return .failure(LoadFailure(message: firstFailure ?? "no library named"))
    }
}
