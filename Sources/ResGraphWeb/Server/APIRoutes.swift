import Foundation
import Hummingbird
import ResGraphExtractor
import ResGraphGraph
import ResGraphIndex

/// The JSON API: every page's answer under `/api/`, with the same parameters (docs/openapi.yaml).
struct APIRoutes {
    let site: Site

    /// An error the API answers with: what went wrong, and the nearest or candidate ids.
    struct Problem: Encodable {
        var error: String
        var nearest: [String]?
        var candidates: [String]?
    }

    /// The answer of `/api/check`: one page of the findings.
    struct CheckAnswer: Encodable {
        var ready: Bool
        var current: Bool
        var total: Int
        var offset: Int
        var findings: [FindingLine]
    }

    /// The most findings one answer of `/api/check` holds.
    static let checkPageLimit = 10_000

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("api")
        api.get("search") { request, _ in try await search(QueryParameters(request: request)) }
        api.get("node") { request, _ in try await node(QueryParameters(request: request)) }
        api.get("dangling") { request, _ in try await dangling(QueryParameters(request: request)) }
        api.get("check") { request, _ in try await check(QueryParameters(request: request)) }
        api.get("stats") { _, _ in try await stats() }
    }

    private func search(_ query: QueryParameters) async throws -> JSONBody {
        let site = self.site
        let typed = try query.required("q")
        return try await Offload.run { try JSONBody(try SearchResults.of(typed, in: site.index)) }
    }

    private func node(_ query: QueryParameters) async throws -> JSONBody {
        let site = self.site
        let typed = try query.required("id")
        return try await Offload.run {
            switch try site.index.resolve(typed) {
            case .found(let id):
                let findings = site.findings.snapshot(for: site.version)
                return try JSONBody(try NodeDetails.of(id, in: site.index, findings: findings))
            case .ambiguous(let ids):
                return try JSONBody(Problem(error: "\(typed) matches \(ids.count) ids; give one of them", candidates: ids), status: .multipleChoices)
            case .unknown(let id, let nearest):
                return try JSONBody(Problem(error: "\(id) is not in this index", nearest: nearest), status: .notFound)
            }
        }
    }

    private func dangling(_ query: QueryParameters) async throws -> JSONBody {
        let site = self.site
        if query.isGiven("kind"), query.text("kind") == nil {
            throw HTTPError(.badRequest, message: "kind must be one of \(ReferenceKind.allCases.map(\.rawValue).joined(separator: ", ")), not empty")
        }
        let kind: ReferenceKind? = try query.text("kind").map { text in
            guard let kind = ReferenceKind(rawValue: text) else {
                throw HTTPError(.badRequest, message: "kind must be one of \(ReferenceKind.allCases.map(\.rawValue).joined(separator: ", ")), not \(text)")
            }
            return kind
        }
        let limit = try query.integer("limit", in: 1...1_000_000, default: 1_000_000)
        return try await Offload.run {
            let all = site.dangling.snapshot(for: site.version, waitingAtMost: Site.apiWait).value ?? []
            return try JSONBody(Array(all.lazy.filter { kind == nil || $0.node.kind == kind }.prefix(limit).map(DanglingLine.init)))
        }
    }

    /// A page of all the findings, or with `node`, of one node's.
    private func check(_ query: QueryParameters) async throws -> JSONBody {
        let site = self.site
        let offset = try query.integer("offset", in: 0...Int(Int32.max), default: 0)
        let limit = try query.integer("limit", in: 1...Self.checkPageLimit, default: 1_000)
        let typed = query.isGiven("node") ? try query.required("node") : nil
        return try await Offload.run {
            var node: String?
            switch try typed.map({ try site.index.resolve($0) }) {
            case nil: break
            case .found(let id): node = id
            case .ambiguous(let ids):
                return try JSONBody(Problem(error: "\(typed ?? "") matches \(ids.count) ids; give one of them", candidates: ids), status: .multipleChoices)
            case .unknown(let id, let nearest):
                return try JSONBody(Problem(error: "\(id) is not in this index", nearest: nearest), status: .notFound)
            }
            let snapshot = site.findings.snapshot(for: site.version)
            if let failure = snapshot.failure, snapshot.value == nil { throw HTTPError(.internalServerError, message: failure) }
            let store = snapshot.value
            let page = try node.map { try store?.findings(of: $0, offset: offset, limit: limit) } ?? store?.page(offset: offset, limit: limit)
            let total = try node.map { try store?.count(of: $0) } ?? store?.count
            return try JSONBody(CheckAnswer(ready: store != nil, current: snapshot.isCurrent, total: total ?? 0,
                                            offset: offset, findings: (page ?? []).map(FindingLine.init)))
        }
    }

    private func stats() async throws -> JSONBody {
        let site = self.site
        return try await Offload.run {
            switch site.statistics(waitingAtMost: Site.apiWait) {
            case .success(let statistics): return JSONBody(raw: statistics.json)
            case .failure(let failure):
                throw HTTPError(failure.message == nil ? .serviceUnavailable : .internalServerError,
                                message: failure.message ?? "the figures of this index are still being computed; ask again")
            }
        }
    }
}
