import Foundation

/// The command line's arguments checked as UTF-8 before they are parsed.
///
/// An argument in another encoding (a file name in Latin-1, typed or completed from an old
/// archive) reaches Swift's `CommandLine.arguments` with U+FFFD in place of its bytes. It then
/// names another file: a file to read was "no such file", and `--db` wrote an index under a
/// name with U+FFFD in it, beside the one meant. Such an argument is refused, saying which.
enum ArgumentEncoding {
    /// Why the first argument that is not valid UTF-8 is refused, or nil when all are.
    static func problem(in arguments: [[UInt8]]) -> String? {
        for (position, bytes) in arguments.enumerated().dropFirst() where String(validating: bytes, as: UTF8.self) == nil {
            let shown = String(decoding: bytes, as: UTF8.self)
            return "argument \(position), \u{201C}\(shown)\u{201D}, is not UTF-8 (a name in another encoding, such as Latin-1?): "
                + "resgraph takes names in UTF-8; rename the file if it exists (e.g. convmv -f latin1 -t utf8 --notest) and give its new name"
        }
        return nil
    }

    /// The process's arguments as the bytes it was given, the program's name first.
    static var processArguments: [[UInt8]] {
        (0..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return [] }
            return Array(UnsafeBufferPointer(start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self), count: strlen(argument)))
        }
    }
}
