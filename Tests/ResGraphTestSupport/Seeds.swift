import Foundation

/// The seed resolutions of `examples/`, the fixtures of every test target.
public enum Seeds {
    /// The `examples/` folder of the package.
    public static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    /// The package's root folder.
    public static var packageRoot: URL { folder.deletingLastPathComponent() }

    /// The path of a file under `Tests/Fixtures/` (`"pdf/A_RES_73_8-EN.pdf"`).
    public static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }

    /// The path of the seed named `name`.
    public static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The paths of all seeds, sorted.
    public static var paths: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().map(path)
    }

    /// Copies the first `count` seeds (all when nil), in the order of ``paths``, into `target`,
    /// made first if missing; returns the copies' paths.
    ///
    /// ```swift
    /// try Seeds.copy(3, into: scratch.appendingPathComponent("texts"))
    /// ```
    @discardableResult
    public static func copy(_ count: Int? = nil, into target: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        return try paths.prefix(count ?? Int.max).map { path in
            let copy = target.appendingPathComponent((path as NSString).lastPathComponent).path
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            return copy
        }
    }
}
