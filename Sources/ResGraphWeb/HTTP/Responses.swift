import Foundation
import HTTPTypes
import Hummingbird

/// An HTML page as a response, `text/html; charset=utf-8`, with the headers every page carries.
struct HTMLPage: ResponseGenerator {
    var html: String
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = Security.headers
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// JSON bytes as a response, `application/json`.
struct JSONBody: ResponseGenerator {
    var json: Data
    var status: HTTPResponse.Status = .ok

    /// Encodes `value` with sorted keys, so answers compare byte for byte.
    init(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        json = try encoder.encode(value)
        self.status = status
    }

    init(raw: [UInt8], status: HTTPResponse.Status = .ok) {
        json = Data(raw)
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = Security.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json)))
    }
}

/// An SVG drawing as a response.
struct SVGImage: ResponseGenerator {
    var svg: Data
    var status: HTTPResponse.Status = .ok

    /// A drawing of one line of text, `message`: what stands where a drawing could not be made,
    /// so that a page shows why instead of a broken image.
    static func saying(_ message: String, status: HTTPResponse.Status) -> SVGImage {
        let width = 16 + 8 * min(message.count, 150)
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="40" viewBox="0 0 \(width) 40" role="img">\
            <text x="8" y="25" font-family="sans-serif" font-size="14">\(HTMLEscaping.escape(message))</text></svg>

            """
        return SVGImage(svg: Data(svg.utf8), status: status)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = Security.headers
        headers[.contentType] = "image/svg+xml"
        headers[.cacheControl] = "no-cache"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: svg)))
    }
}

/// The headers that keep pages from running anything but our own script, and from being framed.
enum Security {
    static let contentPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"

    static var headers: HTTPFields {
        var fields = HTTPFields()
        fields[.contentSecurityPolicy] = contentPolicy
        fields[.xContentTypeOptions] = "nosniff"
        fields[.referrerPolicy] = "same-origin"
        return fields
    }
}

extension HTTPField.Name {
    static let contentSecurityPolicy = Self("Content-Security-Policy")!
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
}

/// A page, or a redirect to the page that answers (an id typed loosely, a search with one answer).
enum PageAnswer: ResponseGenerator {
    case page(HTMLPage)
    case redirect(String)

    func response(from request: Request, context: some RequestContext) throws -> Response {
        switch self {
        case .page(let page): return try page.response(from: request, context: context)
        case .redirect(let location): return .redirect(to: location, type: .found)
        }
    }
}
