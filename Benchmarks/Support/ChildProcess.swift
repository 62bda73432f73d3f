import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run to its end, for timing it from outside.
///
/// Foundation's `Process.waitUntilExit` waits by polling its run loop every 50 ms on Linux, so a
/// run timed with it ends at the next poll; this waits in `waitpid`, which returns when the
/// child exits.
///
/// ```swift
/// let status = try ChildProcess.run(["/usr/bin/true"], standardOutput: "/dev/null")
/// ```
public enum ChildProcess {
    /// Runs `arguments[0]` with the rest as its arguments, standard output to the file at
    /// `standardOutput`; returns its exit status (128 + the signal when a signal ended it).
    public static func run(_ arguments: [String], standardOutput: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))"])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno)) }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
