import Foundation
import NIOCore

/// Why ``WebServer`` could not listen where it was asked to, in words a user can act on, not
/// the socket layer's ("bind(descriptor:ptr:bytes:): Address already in use) (errno: 98)").
///
/// ```swift
/// ListeningError(host: "127.0.0.1", port: 8080, cause: IOError(errnoCode: EADDRINUSE, reason: "bind")).description
/// // "cannot serve on 127.0.0.1:8080: the port is in use (another server?); choose another
/// //  with --port, or --port 0 for any free one"
/// ```
public struct ListeningError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public enum Reason: Equatable, Sendable {
        /// Another program listens on the port.
        case portInUse
        /// The port is below 1024, which only a privileged user may listen on.
        case portNeedsPrivilege
        /// The address is not one of this machine's.
        case addressNotHere
        /// The host name does not resolve.
        case unknownHost
        /// Anything else, as the system said it.
        case other(String)
    }

    /// The host asked for.
    public var host: String
    /// The port asked for.
    public var port: Int
    /// What went wrong.
    public var reason: Reason

    /// The problem of listening on `host`:`port` that `cause`, thrown by the server, stands for.
    public init(host: String, port: Int, cause: any Error) {
        self.host = host
        self.port = port
        reason = Self.reason(of: cause)
    }

    /// The reason `cause` gives: the system's error number of a failed `bind`, or a name that
    /// did not resolve.
    static func reason(of cause: any Error) -> Reason {
        if let error = cause as? IOError {
            switch error.errnoCode {
            case EADDRINUSE: return .portInUse
            case EACCES, EPERM: return .portNeedsPrivilege
            case EADDRNOTAVAIL: return .addressNotHere
            default: return .other(String(cString: strerror(error.errnoCode)))
            }
        }
        if cause is SocketAddressError.UnknownHost { return .unknownHost }
        return .other("\(cause)")
    }

    /// The sentence a user reads: where, what went wrong, and what to do instead.
    public var description: String {
        let shown = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        let why = switch reason {
        case .portInUse: "the port is in use (another server?); choose another with --port, or --port 0 for any free one"
        case .portNeedsPrivilege: "ports below 1024 need privileges; choose one from 1024 up with --port"
        case .addressNotHere: "\(host) is not an address of this machine; give one of its own with --host (127.0.0.1, or 0.0.0.0 for all)"
        case .unknownHost: "the host name \(host) is not known; give an address of this machine with --host"
        case .other(let said): said
        }
        return "cannot serve on \(shown): \(why)"
    }
}
