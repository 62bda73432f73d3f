import ResGraphExtractor
import ResGraphOutput

extension IndexStatistics {
    /// The figures as one JSON object, the shape `resgraph stats --format json` prints and
    /// `/api/stats` answers (docs/json-output.md).
    public var json: [UInt8] {
        let t = totals
        var out = JSONBytes()
        out.raw("{\"documents\":"); out.integer(t.documents)
        out.raw(",\"files\":"); out.integer(t.files)
        out.raw(",\"references\":"); out.integer(t.references)
        out.raw(",\"languages\":"); out.array(t.languages) { $0.string($1) }
        out.raw(",\"dangling\":"); out.integer(t.dangling)
        out.raw(",\"mostCited\":")
        out.array(mostCited) { out, row in
            out.raw("{\"id\":"); out.string(row.id); out.raw(",\"citing\":"); out.integer(row.citing)
            out.raw(row.present ? ",\"present\":true}" : ",\"present\":false}")
        }
        out.raw(",\"inDegree\":")
        out.array(inDegree) { out, row in
            out.raw("{\"citedBy\":"); out.string(row.range); out.raw(",\"ids\":"); out.integer(row.ids); out.raw("}")
        }
        out.raw(",\"perYear\":")
        out.array(perYear) { out, row in
            out.raw("{\"year\":"); out.integer(row.year); out.raw(",\"relation\":"); out.string(row.relation)
            out.raw(",\"citations\":"); out.integer(row.citations); out.raw("}")
        }
        out.raw("}")
        return out.bytes
    }
}
