import Foundation
import NIOCore
import ResGraphIndex
import ResGraphWeb
import Testing

/// Where the server cannot listen, it says why in words a user can act on.
struct ListeningErrorTests {
    /// A port another server holds: the second server throws ``ListeningError`` saying so.
    @Test func aPortInUseIsSaidSo() async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        let port = try #require(Int(server.base.split(separator: ":").last ?? ""))
        let second = try WebServer(index: server.index)
        await #expect {
            try await second.run(host: "127.0.0.1", port: port, logLevel: .critical)
        } throws: { error in
            let listening = error as? ListeningError
            return listening?.reason == .portInUse && listening?.description ==
                "cannot serve on 127.0.0.1:\(port): the port is in use (another server?); choose another with --port, or --port 0 for any free one"
        }
    }

    /// An address of another machine, and a host name that does not resolve.
    @Test(arguments: [("10.255.255.1", ListeningError.Reason.addressNotHere), ("nosuchhost.invalid", .unknownHost)])
    func anAddressThatIsNotHereIsSaidSo(host: String, reason: ListeningError.Reason) async throws {
        let server = try await LiveServer()
        defer { server.stop() }
        let second = try WebServer(index: server.index)
        await #expect {
            try await second.run(host: host, port: 0, logLevel: .critical)
        } throws: { error in
            (error as? ListeningError)?.reason == reason
        }
    }

    /// What each system error stands for, and how it is said.
    @Test func systemErrorsAreSaidInWords() {
        let cases: [(Int32, ListeningError.Reason, String)] = [
            (EADDRINUSE, .portInUse, "cannot serve on [::1]:80: the port is in use (another server?); choose another with --port, or --port 0 for any free one"),
            (EACCES, .portNeedsPrivilege, "cannot serve on [::1]:80: ports below 1024 need privileges; choose one from 1024 up with --port"),
            (EADDRNOTAVAIL, .addressNotHere, "cannot serve on [::1]:80: ::1 is not an address of this machine; give one of its own with --host (127.0.0.1, or 0.0.0.0 for all)"),
            (EMFILE, .other("Too many open files"), "cannot serve on [::1]:80: Too many open files"),
        ]
        for (code, reason, said) in cases {
            let error = ListeningError(host: "::1", port: 80, cause: IOError(errnoCode: code, reason: "bind"))
            #expect(error.reason == reason)
            #expect(error.description == said)
        }
    }
}
