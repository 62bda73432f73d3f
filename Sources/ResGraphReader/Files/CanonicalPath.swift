import Foundation
import ResGraphExtractor

/// One spelling per file: absolute, with `.`, `..` and symbolic links resolved.
public enum CanonicalPath {
    /// The canonical form of `path`; for a path that does not exist, the absolute path
    /// with `.` and `..` removed.
    public static func of(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (absolute as NSString).standardizingPath
    }

    /// `path` as people would like to read it: relative to the current folder when that is
    /// shorter ("examples/a.txt" rather than "/home/me/p/examples/a.txt"), with any control
    /// character in it written out (``VisibleText``).
    public static func display(_ path: String, from folder: String = FileManager.default.currentDirectoryPath) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        guard path.hasPrefix(prefix) else { return VisibleText.of(path) }
        return VisibleText.of(String(path.dropFirst(prefix.count)))
    }
}
