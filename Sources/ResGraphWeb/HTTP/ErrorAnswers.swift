import HTTPTypes
import Hummingbird

/// Every error answered in the shape its reader expects, at the error's status: under `/api/` the
/// API's one shape, `{"error": "..."}` (as the answers that name the nearest or candidate ids
/// are), for a drawing an image saying what went wrong (a page shows it where the drawing would
/// stand), elsewhere a page of the site saying it. Hummingbird's own answers would be
/// `{"error": {"message": "..."}}` for a wrong parameter, even to a browser, and an empty body for
/// an address with no route. Added to the router before its routes, it sees those too.
struct ErrorAnswers: RouterMiddleware {
    typealias Context = BasicRequestContext
    let site: Site

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let message = error.body ?? Self.message(for: error.status, path: request.uri.path)
            return try answer(message, status: error.status, to: request, context: context)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            // Answered here, it no longer reaches Hummingbird's own log of failed requests.
            context.logger.error("\(request.uri.path): \(error)")
            return try answer("\(error)", status: .internalServerError, to: request, context: context)
        }
    }

    /// Whether `path` is the JSON API's.
    static func isAPI(_ path: String) -> Bool {
        path == "/api" || path.hasPrefix("/api/")
    }

    /// What an error that says nothing itself means: a route missing, as a rule.
    static func message(for status: HTTPResponse.Status, path: String) -> String {
        status == .notFound ? "there is nothing at \(path)" : status.reasonPhrase
    }

    private func answer(_ message: String, status: HTTPResponse.Status, to request: Request, context: Context) throws -> Response {
        if Self.isAPI(request.uri.path) {
            return try JSONBody(APIRoutes.Problem(error: message), status: status).response(from: request, context: context)
        }
        if request.uri.path == SiteLinks.drawingPath {
            return try SVGImage.saying(Self.sentence(message), status: status).response(from: request, context: context)
        }
        let problem = ProblemContext(heading: status.reasonPhrase, message: Self.sentence(message), nearest: [])
        return try HTMLPage(html: site.page("problem", title: status.reasonPhrase, context: problem), status: status)
            .response(from: request, context: context)
    }

    /// `message` as a sentence on a page: a capital first, a full stop last.
    static func sentence(_ message: String) -> String {
        guard let first = message.first else { return message }
        let capitalized = first.uppercased() + message.dropFirst()
        return capitalized.hasSuffix(".") ? capitalized : capitalized + "."
    }
}
