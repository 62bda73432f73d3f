// libFuzzer entry point over the extractor: compiled together with the sources of the extractor
// and of the output module (its JSON) into one module by `make fuzz` (swiftc
// -sanitize=fuzzer,address), so it needs no import.

/// Extracts one input as a document; any trap, leak of bounds or super-linear run is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let bytes = UnsafeBufferPointer(start: start, count: count)
    if let document = try? Extractor().extract(bytes: bytes, source: "fuzz") {
        for reference in document.references {
            precondition(reference.start >= 0 && reference.end <= count && reference.start <= reference.end)
            precondition(reference.target.utf8.count <= 64)
        }
        _ = document.json
    }
    return 0
}
