import Foundation

/// The cores this process may run on.
///
/// `ProcessInfo.activeProcessorCount` counts the machine's cores; a process started with
/// `taskset -c 1`, or in a container pinned to one core, may use fewer. Work spread over
/// more threads than that only takes turns on the same cores.
///
/// ```swift
/// let workers = Cores.available   // 1 under `taskset -c 1 resgraph …`
/// ```
public enum Cores {
    /// How many cores the process may run on: its CPU affinity's count (Linux), at most the
    /// machine's, at least one.
    public static let available: Int = {
        let machine = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard let allowed = allowedByAffinity, allowed > 0 else { return machine }
        return min(allowed, machine)
    }()

    /// The cores the affinity mask in `/proc/self/status` allows ("Cpus_allowed:\t3"), or nil
    /// where there is no such file.
    private static var allowedByAffinity: Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") })
        else { return nil }
        var count = 0
        for character in line.dropFirst("Cpus_allowed:".count) {
            guard let digit = character.hexDigitValue else { continue }
            count += digit.nonzeroBitCount
        }
        return count
    }
}
