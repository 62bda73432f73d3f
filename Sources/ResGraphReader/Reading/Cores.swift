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

    /// The cores the affinity mask in `/proc/self/status` allows ("Cpus_allowed:\t3", as `nproc`
    /// counts them), or nil where there is no such file. Read with one system call and its bytes
    /// looked through: through `String(contentsOfFile:)` and a split into lines it cost 650,000
    /// instructions at the start of every run over more than one file.
    private static var allowedByAffinity: Int? {
        let descriptor = open("/proc/self/status", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: statusRoom) { buffer -> Int? in
            var filled = 0
            while filled < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if got < 0 { if errno == EINTR { continue }; return nil }
                if got == 0 { break }
                filled += got
            }
            return allowed(inStatus: UnsafeBufferPointer(rebasing: buffer[..<filled]))
        }
    }

    /// Room for `/proc/self/status`, ten times what it holds (about 1,400 bytes, the mask at about 1,000).
    private static let statusRoom = 16_384

    /// The cores the "Cpus_allowed:" line of `status` (the text of `/proc/self/status`) allows: the
    /// set bits of its hexadecimal mask ("ff", or "00000000,00000003" on machines of many cores).
    static func allowed(inStatus status: UnsafeBufferPointer<UInt8>) -> Int? {
        let key = Array("Cpus_allowed:".utf8)
        var start = 0
        while start + key.count <= status.count {
            if start == 0 || status[start - 1] == UInt8(ascii: "\n"), (0..<key.count).allSatisfy({ status[start + $0] == key[$0] }) { break }
            start += 1
        }
        guard start + key.count <= status.count else { return nil }
        var count = 0
        var index = start + key.count
        while index < status.count, status[index] != UInt8(ascii: "\n") {
            if let digit = Character(UnicodeScalar(status[index])).hexDigitValue { count += digit.nonzeroBitCount }
            index += 1
        }
        return count
    }
}
