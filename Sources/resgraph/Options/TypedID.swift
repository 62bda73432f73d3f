import ResGraphGraph

extension IDResolution {
    /// The one id `typed` names, or an error listing the candidates or the nearest ids, where
    /// `place` says what was searched ("the index resgraph.sqlite", "the given files").
    func id(typed: String, within place: String) throws -> String {
        switch self {
        case .found(let id):
            return id
        case .ambiguous(let ids):
            throw CommandError("\(typed) matches \(ids.count) ids in \(place): \(ids.joined(separator: ", ")); give one of them")
        case .unknown(let id, let near):
            let shown = id.count > 80 ? id.prefix(80) + "… (\(id.count) characters)" : id
            throw CommandError("\(shown) is not in \(place)" + (near.isEmpty ? "" : "; nearest: \(near.joined(separator: ", "))"))
        }
    }
}
