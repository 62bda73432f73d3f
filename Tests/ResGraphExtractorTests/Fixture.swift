import Foundation
import ResGraphExtractor
import ResGraphReader
import ResGraphTestSupport

/// The seed resolutions shipped with the tests.
enum Fixture {
    static func path(_ name: String) -> String { Seeds.path(name) }

    static func extract(_ name: String) throws -> ExtractedDocument {
        try Extractor().extract(fileAt: path(name))
    }
}

/// Extracts `text` and returns its distinct (target, relation) pairs as "relation: target".
func citations(_ text: String) throws -> [String] {
    try Extractor().extract(text: text).citations.map(\.description)
}

/// Extracts `text` and returns the distinct targets, sorted.
func targets(_ text: String) throws -> [String] {
    Array(Set(try Extractor().extract(text: text).references.map(\.target))).sorted()
}
