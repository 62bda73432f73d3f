import ResGraphExtractor

/// The SQL of the questions that look up one id or a few: each is answered through an index
/// (`reference_on_target`, `file_on_node`) or a range of ids, never by a scan of the
/// `reference` table, which a test checks with `EXPLAIN QUERY PLAN`. What a node cites is found
/// through its files (`file_on_node`, then each file's range of references), so that no second
/// index on `reference` makes every insert dearer.
enum IndexSQL {
    /// The nodes that cite a target.
    static let citingNodes = "SELECT DISTINCT node FROM reference WHERE target = ?"
    /// The targets a node cites.
    static let citedTargets = "SELECT DISTINCT r.target FROM file f JOIN reference r ON \(IndexSchema.referenceOfFile) WHERE f.node = ?"
    /// The citers of a target, with their files (add ` AND r.relation = ?` for one relation).
    static let citers = citers(of: "?")
    /// ``citers`` with the target's placeholder given (`?1` where the target is used again).
    private static func citers(of target: String) -> String {
        """
        SELECT r.node AS other, r.relation, f.path, f.language, f.date, f.title, f.symbol,
               f.path AS place, r.start, r."end"
        FROM reference r JOIN file f ON f.id = r.file WHERE r.target = \(target) AND r.node != r.target
        """
    }
    /// What a node cites, with the cited node's files when the corpus holds them.
    static let cited = """
        SELECT r.target AS other, r.relation, t.path, t.language, t.date, t.title, r.kind,
               f.path AS place, r.start, r."end"
        FROM file f JOIN reference r ON \(IndexSchema.referenceOfFile) LEFT JOIN file t ON t.node = r.target
        WHERE f.node = ? AND r.target != f.node
        """
    /// The citing node and relation of each reference to a target, from the target index alone.
    static let citingNodeOfEachReference = "SELECT r.node, r.relation FROM reference r WHERE r.target = ? AND r.node != r.target"
    /// ``citers`` from one citing node under one relation (the target, the relation, the node):
    /// the whole target index's key, so that a target cited 200,000 times is not read through.
    static let citersByLink = citers + " AND r.relation = ? AND r.node = ?"
    /// ``citers`` under one relation (the target, the relation), in the order of the citing
    /// nodes: the target index's order, so nothing is sorted.
    static let citersUnderRelation = citers + " AND r.relation = ? ORDER BY r.node"
    /// ``citers`` under relations outside the vocabulary (the target, `?1`): none in an index
    /// this version wrote; read to report them. Each gap between the vocabulary's relations is a
    /// range of the target index, sought, not read through (`NOT IN` read all 800,000 entries of
    /// a much-cited target, 0.18 s).
    static let citersUnderUnknownRelations: String = {
        let known = Relation.allCases.map(\.rawValue).sorted()
        let gaps = ["r.relation < '\(known[0])'"] + zip(known, known.dropFirst()).map { "r.relation > '\($0)' AND r.relation < '\($1)'" }
            + ["r.relation > '\(known[known.count - 1])'"]
        return gaps.map { citers(of: "?1") + " AND " + $0 }.joined(separator: " UNION ALL ")
    }()
    /// A relation this version does not know under which a node (`?1`) is cited, if any: for an
    /// answer that reads the relations it knows one by one to report it, as one reading them
    /// all would.
    static let unknownRelationOfCiters = "SELECT relation FROM (\(citersUnderUnknownRelations)) LIMIT 1"
    /// The target and relation of each reference a node makes.
    static let citedTargetOfEachReference = """
        SELECT r.target, r.relation FROM file f JOIN reference r ON \(IndexSchema.referenceOfFile) WHERE f.node = ? AND r.target != f.node
        """
    /// The first nodes (by id) that cite a target, at most a number of them (the target `?2`, the
    /// number `?3`): the first of each relation's, each read in order from the target index
    /// (target, relation, node), then merged. One DISTINCT over all the target's citing nodes
    /// sorted every one of them: 800,000 for a treaty at a million documents, 0.15 s.
    static let firstCitingNodes = "SELECT node FROM ("
        + Relation.allCases.map {
            "SELECT * FROM (SELECT DISTINCT node FROM reference WHERE target = ?2 AND relation = '\($0.rawValue)' AND node != ?2 ORDER BY node LIMIT ?3)"
        }.joined(separator: " UNION ")
        + ") ORDER BY node LIMIT ?3"
    /// ``citers`` of the first citing nodes only (the target, then the target and the number
    /// again), each looked up by the target index's whole key: every relation is named, so the
    /// rows of the 800,000 other citers are not read through. The rows under relations this
    /// version does not know follow, to be reported.
    static let firstCiters = citers(of: "?1") + " AND r.relation IN (\(Relation.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")))"
        + " AND r.node IN (\(firstCitingNodes)) UNION ALL " + citersUnderUnknownRelations
    /// The references to a target (`?1`) from other nodes under one relation (`?2`), with the
    /// citing file's path and language, in the order of the citing nodes: the target index's
    /// order, so nothing is sorted, read relation by relation and merged for ``CitationIndex/star(of:limit:head:arriving:)``.
    static let arrivingUnderRelation = """
        SELECT r.node AS other, r.relation, r.file, r.id, r.text, r.start, r."end", r.footnote, f.path, f.language
        FROM reference r JOIN file f ON f.id = r.file WHERE r.target = ?1 AND r.relation = ?2 AND r.node != ?1 ORDER BY r.node
        """
    /// The kind and cited date of every reference to a target (`?1`) from other nodes, with the
    /// citing file's number and the reference's: what a node takes from the references to it.
    static let kindsAndDatesToTarget = "SELECT file, id, kind, citedDate FROM reference WHERE target = ?1 AND node != ?1"
    /// How many edges arrive at a target (`?1`) from other nodes: its distinct (relation, node)
    /// pairs, read from the target index alone.
    static let arrivingEdgeCount = "SELECT COUNT(*) FROM (SELECT DISTINCT relation, node FROM reference WHERE target = ?1 AND node != ?1)"
    /// How many nodes other than a target (`?1`) cite it under each relation, from the target
    /// index alone, in its order.
    static let citersOfTarget = "SELECT relation, node FROM reference WHERE target = ?1 AND node != ?1 ORDER BY relation, node"
    /// The path of the file of a number.
    static let pathOfFile = "SELECT path FROM file WHERE id = ?"

    /// Whether an id is a document of the corpus.
    static let isDocument = "SELECT EXISTS (SELECT 1 FROM file WHERE node = ?)"
    /// Whether an id is a document or a cited target.
    static let knows = "SELECT EXISTS (SELECT 1 FROM file WHERE node = ?) OR EXISTS (SELECT 1 FROM reference WHERE target = ?)"
    /// Known ids in a range (for a prefix), at most a number of them. Each side is cut to the
    /// number before the union, which would otherwise gather and sort every id of the range: a
    /// short prefix ("A/RES/3") spans 119,389 of them at a million documents (half a second).
    static let idsInRange = """
        SELECT id FROM (SELECT * FROM (SELECT node AS id FROM file WHERE node >= ? AND node < ? ORDER BY node LIMIT ?)
                        UNION SELECT * FROM (SELECT DISTINCT target FROM reference WHERE target >= ? AND target < ?
                                             ORDER BY target LIMIT ?))
        ORDER BY id LIMIT ?
        """

    /// The files of every node with several files, in node order (for `check`).
    static let filesOfSharedNodes = """
        SELECT node, path, language FROM file WHERE node IN (SELECT node FROM file GROUP BY node HAVING count(*) > 1)
        ORDER BY node, path
        """

    /// What the files of every node with several files cite, in node order (for `check`).
    static let targetsOfSharedNodes = """
        SELECT f.node, f.path, r.target FROM file f JOIN reference r ON \(IndexSchema.referenceOfFile)
        WHERE f.node IN (SELECT node FROM file GROUP BY node HAVING count(*) > 1) ORDER BY f.node
        """

    /// The files of SC resolutions in node order, in the order they were indexed (for `check`).
    static let councilFiles = "SELECT node, path, date FROM file WHERE node >= 'S/RES/' AND node < 'S/RES0' ORDER BY node, id"

    /// Citations that date their target, by target and in stored order (for `check`). The table
    /// is read in its own order and sorted once: going through the target index would read
    /// the rows in random order, ten times slower on a large index.
    static let datedCitations = """
        SELECT r.target, r.citedDate, f.path, r.start FROM reference r NOT INDEXED JOIN file f ON f.id = r.file
        WHERE r.citedDate IS NOT NULL AND r.target != r.node ORDER BY r.target, r.id
        """

    /// The dates files give their nodes, in node order and, within a node, in the order the
    /// files were indexed (for `check`: a node's own date is its first file's).
    static let ownDates = "SELECT node, date FROM file WHERE date IS NOT NULL ORDER BY node, id"

    /// Diagnostics with the node of their file (for `check`).
    static let diagnosticsWithNodes = "SELECT d.path, d.problem, d.offset, d.message, f.node FROM diagnostic d JOIN file f ON f.path = d.path"

    /// Every node id, sorted: the nodes of the files and every id they cite but their own.
    static let allNodeIDs = "SELECT node FROM file UNION SELECT target FROM reference WHERE target != node ORDER BY 1"

    /// The files of one node in the order they were indexed.
    static let filesOfNodeInOrder = "SELECT id AS fileOrder, path, language, title, date FROM file WHERE node = ? ORDER BY id"

    /// The first reference to a node from another node's file, with its file's place in the
    /// order of indexing: its id from the target index alone, then its one row (ordering the
    /// references to the node read every one of their rows).
    static let firstCitation = """
        SELECT kind, file AS fileOrder FROM reference
        WHERE id = (SELECT min(id) FROM reference WHERE target = ?1 AND node != ?1)
        """

    /// One file by its path.
    static let fileAtPath = "SELECT * FROM file WHERE path = ?"

    /// Nodes whose title matches a LIKE pattern (escaped with a backslash), one title each.
    static let titlesLike = """
        SELECT node, min(title) AS title FROM file WHERE title LIKE ? ESCAPE '\\' GROUP BY node ORDER BY node LIMIT ?
        """

    /// Every reference with its file's path, in the order stored.
    static let allReferences = "SELECT \(ReferenceRecord.columns) FROM reference r JOIN file f ON f.id = r.file ORDER BY r.id"

    /// Every diagnostic.
    static let allDiagnostics = "SELECT * FROM diagnostic"

    /// The diagnostics of `count` files.
    static func diagnosticsOfPaths(_ count: Int) -> String {
        "SELECT * FROM diagnostic WHERE path IN (\(placeholders(count)))"
    }

    /// The files of `count` nodes.
    static func filesOfNodes(_ count: Int) -> String {
        "SELECT * FROM file WHERE node IN (\(placeholders(count)))"
    }

    /// The references of `count` files with their paths, in the order they were stored.
    static func referencesOfPaths(_ count: Int) -> String {
        "SELECT \(ReferenceRecord.columns) FROM file f JOIN reference r ON \(IndexSchema.referenceOfFile) WHERE f.path IN (\(placeholders(count))) ORDER BY f.path, r.id"
    }

    /// Every node a file gives.
    static let fileNodes = "SELECT DISTINCT node FROM file"

    /// Every node a file gives, in byte order (the node index's).
    static let fileNodesInOrder = "SELECT DISTINCT node FROM file ORDER BY node"

    /// Every reference as (cited id, relation, citing node), read from the target index alone,
    /// in its order.
    static let referencesByTarget = "SELECT target, relation, node FROM reference INDEXED BY reference_on_target ORDER BY target"

    /// ``referencesByTarget`` with each reference's number, which the target index holds too:
    /// reading it from every row takes a third longer (2.8 s against 2.1 s at a million
    /// documents, in the `sqlite3` shell).
    static let numberedReferencesByTarget = "SELECT target, relation, node, id FROM reference INDEXED BY reference_on_target ORDER BY target"

    /// Every reference to another node as (cited node, relation, citing node), read from the
    /// target index alone, in its order: an edge's references one after another. Telling its
    /// repeats apart in SQL (`GROUP BY` the three) took 8 s of 8.1 at a million documents.
    static let edgesByTarget = """
        SELECT target, relation, node FROM reference INDEXED BY reference_on_target WHERE node != target
        """

    /// The kind of a cited id, as a reference to it gives it.
    static let kindOfTarget = "SELECT kind FROM reference WHERE target = ? LIMIT 1"

    /// Every dated reference as (cited id, date, file number), read in the table's own order: a
    /// drawing keeps the most cited nodes, whose references are most of the table (10.7 of 17.9
    /// million at a million documents), and reading each through the target index was a random
    /// read of its row (14 s there, 1.9 s so).
    static let citedDates = "SELECT target, citedDate, file FROM reference NOT INDEXED WHERE citedDate IS NOT NULL"

    /// The paths of the files whose numbers a JSON array holds, as (number, path).
    static let pathsOfFiles = "SELECT id, path FROM file WHERE id IN (SELECT value FROM json_each(?))"

    /// Every query above with as many arguments as it takes, for the plan test.
    static var pointQueries: [(sql: String, arguments: Int)] {
        [(citingNodes, 1), (citedTargets, 1), (citers, 1), (citers + " AND r.relation = ?", 2), (cited, 1),
         (knows, 2), (isDocument, 1), (firstCiters, 3), (citingNodeOfEachReference, 1),
         (citersByLink, 3), (citersUnderRelation, 2), (citersUnderUnknownRelations, 1), (unknownRelationOfCiters, 1), (citedTargetOfEachReference, 1), (arrivingUnderRelation, 2), (kindsAndDatesToTarget, 1), (arrivingEdgeCount, 1), (citersOfTarget, 1), (pathOfFile, 1), (idsInRange, 7),
         (filesOfNodes(3), 3), (referencesOfPaths(3), 3), (fileAtPath, 1)]
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
