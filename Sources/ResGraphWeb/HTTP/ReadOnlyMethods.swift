import HTTPTypes
import Hummingbird

/// The view is read-only: any method but GET and HEAD is 405 Method Not Allowed with the
/// methods that are, before routing.
struct ReadOnlyMethods<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            var headers = Security.headers
            headers[.allow] = "GET, HEAD"
            return Response(status: .methodNotAllowed, headers: headers)
        }
        return try await next(request, context)
    }
}
