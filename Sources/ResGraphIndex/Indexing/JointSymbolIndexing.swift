import GRDB
import ResGraphExtractor
import ResGraphGraph

/// Joint symbols in the index: after each run, every id that a joint symbol joins to a smaller
/// one ("S/2000/809" of "A/55/305-S/2000/809") is replaced by it, in the citations' targets and
/// in the files' nodes, so that every query (citers, check, exports, the web view) sees one node
/// without knowing of joint symbols. What the text wrote stays: a replaced target is kept in
/// `reference.written`, a file's own symbol in `file.symbol`; each run undoes the last run's
/// replacements (listed in `joint`) and makes them anew, so a joint symbol that is gone from the
/// corpus stops joining its ids. An index without joint symbols pays one look at an empty list.
enum JointSymbolIndexing {
    /// Brings the replacements up to date with the joint symbols the index holds; says whether
    /// they changed (an id joined or parted since the last run).
    @discardableResult static func apply(in db: Database) throws -> Bool {
        let previous = try Row.fetchAll(db, sql: "SELECT id, canonical FROM joint").map { (id: $0["id"] as String, canonical: $0["canonical"] as String) }
        var joint = JointSymbols()
        let pairs = try Row.fetchCursor(db, sql: "SELECT COALESCE(written, target) AS target, aliases FROM reference WHERE aliases IS NOT NULL")
        while let pair = try pairs.next() {
            let target: String = pair["target"]
            for alias in (pair["aliases"] as String).split(separator: ",") { joint.join(target, String(alias)) }
        }
        let renamed = joint.renamed
        guard !(previous.isEmpty && renamed.isEmpty) else { return false }
        let changed = Set(previous.map { [$0.id, $0.canonical] }) != Set(renamed.map { [$0.id, $0.canonical] })
        try db.execute(sql: "UPDATE reference SET target = written, written = NULL WHERE written IS NOT NULL")
        let rename = try db.cachedStatement(sql: "UPDATE reference SET written = target, target = ? WHERE target = ?")
        for (id, canonical) in renamed { try rename.execute(arguments: [canonical, id]) }
        // The files whose node may change: those under an id joined now or before, or its canonical id.
        var nodes = Set(previous.flatMap { [$0.id, $0.canonical] })
        nodes.formUnion(renamed.flatMap { [$0.id, $0.canonical] })
        for node in nodes.sorted() {
            for file in try Row.fetchAll(db, sql: "SELECT path, symbol, firstReference, referenceCount FROM file WHERE node = ?", arguments: [node]) {
                let path: String = file["path"]
                let wanted = joint.canonical((file["symbol"] as String?) ?? "file:\(path)")
                guard wanted != node else { continue }
                try db.execute(sql: "UPDATE file SET node = ? WHERE path = ?", arguments: [wanted, path])
                let first: Int = file["firstReference"], count: Int = file["referenceCount"]
                try db.execute(sql: "UPDATE reference SET node = ? WHERE id >= ? AND id < ?", arguments: [wanted, first, first + count])
            }
        }
        try db.execute(sql: "DELETE FROM joint")
        for (id, canonical) in renamed { try db.execute(sql: "INSERT INTO joint (id, canonical) VALUES (?, ?)", arguments: [id, canonical]) }
        return changed
    }

    /// The joint symbols the index applied last (none in an index made before they were).
    static func current(in db: Database) throws -> JointSymbols {
        var joint = JointSymbols()
        guard try db.tableExists("joint") else { return joint }
        for row in try Row.fetchAll(db, sql: "SELECT id, canonical FROM joint") { joint.join(row["id"], row["canonical"]) }
        return joint
    }
}
