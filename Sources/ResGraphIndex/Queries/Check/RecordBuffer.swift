import ResGraphGraph

/// Findings as records (``FindingCoding``), one after another, with where each begins: a run
/// as it fills and as it is sorted. Findings are encoded as they come, so a run holds no
/// `String`s. A class: a run handed to the thread that writes it comes back emptied, its
/// storage kept, to be filled again instead of allocated anew for every run.
final class RecordBuffer: @unchecked Sendable {
    /// The records.
    private(set) var bytes: [UInt8] = []
    /// Where each record begins in `bytes`, in the order added.
    private(set) var starts: [Int] = []

    /// How many findings the buffer holds.
    var count: Int { starts.count }

    /// Adds `finding` at the end.
    func append(_ finding: Finding) {
        starts.append(bytes.count)
        FindingCoding.append(finding, to: &bytes)
    }

    /// Adds, at the end, the finding that `source` dates `node` `date`, against `disagreement`,
    /// at `offset`: written from its pieces, without being made.
    func appendDateContradiction(source: String, offset: Int?, node: String, date: String, disagreement: DateDisagreement) {
        starts.append(bytes.count)
        FindingCoding.append(problem: .dateContradiction, source: source, offset: offset, node: node,
                             messageCount: disagreement.messageCount(source: source, node: node, date: date), to: &bytes) { write in
            disagreement.forEachPiece(source: source, node: node, date: date, write)
        }
    }

    /// Empties the buffer, keeping its storage.
    func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
    }
}
