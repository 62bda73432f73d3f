import Foundation
import Hummingbird

/// A request's query parameters, read and checked: a bad value is a 400 that says which and why.
struct QueryParameters {
    /// The parameters decoded as forms encode them: "+" is a space, "%2B" a plus sign (so "+"
    /// is read before percent-decoding, which the framework's own decoding does first).
    private let values: [String: String]

    init(request: Request) {
        var values: [String: String] = [:]
        for pair in (request.uri.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String? {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
            }
            guard let key = decoded(parts[0]), values[key] == nil else { continue }
            values[key] = parts.count > 1 ? decoded(parts[1]) ?? "" : ""
        }
        self.values = values
    }

    /// The text of `name`, trimmed; nil when absent or empty.
    func text(_ name: String) -> String? {
        guard let raw = values[name] else { return nil }
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// The text of `name`, which must be given.
    func required(_ name: String) throws -> String {
        guard let value = text(name) else { throw HTTPError(.badRequest, message: "the query needs ?\(name)=") }
        guard value.utf8.count <= Self.maxLength else {
            throw HTTPError(.badRequest, message: "\(name) is longer than \(Self.maxLength) bytes")
        }
        return value
    }

    /// Whether `name` is given at all, even empty (`?offset=`): given empty, a value is wrong.
    func isGiven(_ name: String) -> Bool {
        values[name] != nil
    }

    /// The integer `name` within `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws -> Int {
        guard let text = text(name) else {
            if isGiven(name) { throw HTTPError(.badRequest, message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not empty") }
            return fallback
        }
        guard let value = Int(text), range.contains(value) else {
            throw HTTPError(.badRequest, message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(text)")
        }
        return value
    }

    /// The value of `name` among `choices` (raw values), or `fallback` when absent.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws -> T where T.RawValue == String {
        guard let text = text(name) else {
            if isGiven(name) { throw HTTPError(.badRequest, message: "\(name) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not empty") }
            return fallback
        }
        guard let value = T(rawValue: text) else {
            throw HTTPError(.badRequest, message: "\(name) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not \(text)")
        }
        return value
    }

    /// The longest query value read: ids and title words are short; anything longer is no question.
    static let maxLength = 300
}

