import Foundation

/// What every benchmark does with its command line before it starts: `-h` or `--help` prints
/// its usage and stops, and an option it does not take is refused by name, so a mistyped flag
/// never starts a run of minutes or is read as a folder.
///
/// ```swift
/// BenchmarkArguments.check(usage: "resgraph-render-bench [N ...]", options: [])
/// ```
public enum BenchmarkArguments {
    /// Prints `usage` and exits 0 when help is asked for; exits 64 naming the first argument
    /// that starts with `-` and is not one of `options`.
    public static func check(usage: String, options: Set<String>) {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.contains("-h") || arguments.contains("--help") {
            print("usage: \(usage)")
            exit(0)
        }
        if let unknown = arguments.first(where: { $0.hasPrefix("-") && !options.contains($0) }) {
            FileHandle.standardError.write(Data("error: unknown option \(unknown)\nusage: \(usage)\n".utf8))
            exit(64)
        }
    }

    /// Exits 1 with a message naming `folder` when it is not a folder that can be listed.
    public static func requireFolder(_ folder: String, holding what: String) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            FileHandle.standardError.write(Data("error: \(folder): not a folder (expected \(what))\n".utf8))
            exit(1)
        }
    }
}
