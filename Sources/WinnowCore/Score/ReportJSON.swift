/// The JSON report of CONTRACT §3, with optional keys added: `shingle` (the ScrapingHub
/// metric), `sites`, `worst`, `per_document` and `problems`.
extension Report {
    public var json: JSONValue {
        func prf(_ p: PRF) -> JSONValue {
            .object(["precision": .number(round4(p.precision)), "recall": .number(round4(p.recall)), "f1": .number(round4(p.f1))])
        }
        func field(_ kp: KeyPath<DocumentScore, Bool?>) -> JSONValue {
            let a = accuracy(kp)
            return .object(["accuracy": .number(round4(a.accuracy)), "scored": .number(Double(a.scored))])
        }
        let au = authors
        var o: [String: JSONValue] = [
            "documents": .number(Double(documents.count)),
            "body": .object(["micro": prf(bodyMicro), "macro": prf(bodyMacro)]),
            "fields": .object(["title": field(\.title), "date": field(\.date), "site": field(\.siteName)]),
            "authors": .object([
                "precision": .number(round4(au.prf.precision)), "recall": .number(round4(au.prf.recall)),
                "f1": .number(round4(au.prf.f1)), "scored": .number(Double(au.scored)),
            ]),
            "shingle": prf(shingle),
            "problems": .array(problems.map(JSONValue.string)),
        ]
        if documents.count > 0 {
            o["sites"] = .object(
                Dictionary(
                    uniqueKeysWithValues: bySite.map { site, r in
                        (site, JSONValue.object(["documents": .number(Double(r.documents.count)), "body": .object(["micro": prf(r.bodyMicro)])]))
                    }))
            o["worst"] = .array(
                worst(10).map { d in
                    .object([
                        "document": .string(d.id), "f1": .number(round4(d.bodyScores!.f1)),
                        "precision": .number(round4(d.bodyScores!.precision)), "recall": .number(round4(d.bodyScores!.recall)),
                    ])
                })
            o["per_document"] = .object(
                Dictionary(
                    uniqueKeysWithValues: documents.map { d in
                        var e: [String: JSONValue] = [:]
                        if let b = d.bodyScores {
                            e["f1"] = .number(round4(b.f1))
                            e["precision"] = .number(round4(b.precision))
                            e["recall"] = .number(round4(b.recall))
                        }
                        if let t = d.title { e["title"] = .bool(t) }
                        if let t = d.date { e["date"] = .bool(t) }
                        if let t = d.siteName { e["site"] = .bool(t) }
                        if d.predictionMissing { e["prediction_missing"] = .bool(true) }
                        return (d.id, JSONValue.object(e))
                    }))
        }
        return .object(o)
    }
}

/// Four decimals: enough to gate on, short enough to diff. Every JSON figure Winnow writes.
public func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
