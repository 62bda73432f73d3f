import HTTPTypes
import Hummingbird

/// Every error under `/api/` in the API's one shape, `{"error": "..."}` at the error's status
/// (a wrong parameter 400, the figures not ready 503), as the answers that name the nearest or
/// candidate ids are: not Hummingbird's own `{"error": {"message": "..."}}`.
struct APIProblems<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return try JSONBody(APIRoutes.Problem(error: error.body ?? error.status.reasonPhrase), status: error.status)
                .response(from: request, context: context)
        }
    }
}
