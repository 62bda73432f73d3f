import Foundation

/// Places for the files a test writes, all inside one folder of the test process that is removed
/// when the process exits: a run of the tests leaves nothing behind in the temporary directory.
///
/// ```swift
/// let folder = try Scratch.folder("index")          // …/resgraph-tests-4242/index-1F2E…/
/// let file = Scratch.path("bad-input")              // …/resgraph-tests-4242/bad-input-9C0D…, not created
/// ```
public enum Scratch {
    /// This process's folder of scratch places, made on first use; its removal is registered then.
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("resgraph-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()

    /// A new empty folder whose name starts with `label`.
    public static func folder(_ label: String) throws -> URL {
        let url = path(label)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A new path whose name starts with `label`, in a folder that exists; nothing is made there.
    public static func path(_ label: String) -> URL {
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root.appendingPathComponent("\(label)-\(UUID().uuidString)")
    }
}
