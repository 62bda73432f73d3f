import Foundation
import ResGraphTestSupport
import Testing

/// `resgraph serve` where it cannot listen: exit 1 and a sentence saying what to do instead.
struct ServeCLITests {
    let cli = CLITests()

    /// A loopback port held by a socket of this process, listening: the port a second server finds in use.
    static func heldPort() throws -> (descriptor: Int32, port: Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { general in
                bind(descriptor, general, length) == 0 && listen(descriptor, 1) == 0 && getsockname(descriptor, general, &length) == 0
            }
        }
        try #require(bound)
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    @Test func aPortInUseIsSaidSo() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db, "-q"]).status == 0)
        let (descriptor, port) = try Self.heldPort()
        defer { close(descriptor) }
        let served = try cli.run(["serve", "--db", db, "--port", String(port)])
        #expect(served.status == 1)
        #expect(served.error == "resgraph: error: cannot serve on 127.0.0.1:\(port): the port is in use (another server?); choose another with --port, or --port 0 for any free one\n")
    }

    /// The warning that others can read the index is given once the server listens, not before
    /// it fails to.
    @Test func anAddressOfAnotherMachineIsSaidSoWithoutTheWarning() throws {
        let folder = try cli.scratch()
        let db = folder.appendingPathComponent("i.sqlite").path
        #expect(try cli.run(["index", Seeds.folder.path, "--db", db, "-q"]).status == 0)
        let served = try cli.run(["serve", "--db", db, "--host", "10.255.255.1", "--port", "8080"])
        #expect(served.status == 1)
        #expect(served.error == "resgraph: error: cannot serve on 10.255.255.1:8080: 10.255.255.1 is not an address of this machine; give one of its own with --host (127.0.0.1, or 0.0.0.0 for all)\n")
    }
}
