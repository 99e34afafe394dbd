/// Aggregated scores over a corpus: what `winnow score` and `winnow eval` print and write.
public struct Report: Sendable {
    public var documents: [DocumentScore]
    /// Problems met on the way (unreadable goldens, orphans): reported, never fatal.
    public var problems: [String]

    public init(documents: [DocumentScore], problems: [String] = []) {
        self.documents = documents.sorted { $0.id < $1.id }
        self.problems = problems
    }

    public var bodyMicro: PRF {
        let c = documents.compactMap(\.body).reduce(Counts(), +)
        if c.predicted == 0 && c.expected == 0 { return PRF(precision: 1, recall: 1) }
        return PRF(precision: c.precision, recall: c.recall)
    }

    public var bodyMacro: PRF {
        let per = documents.compactMap(\.bodyScores)
        guard !per.isEmpty else { return PRF(precision: 0, recall: 0) }
        let p = per.map(\.precision).reduce(0, +) / Double(per.count)
        let r = per.map(\.recall).reduce(0, +) / Double(per.count)
        var out = PRF(precision: p, recall: r)
        out.f1 = per.map(\.f1).reduce(0, +) / Double(per.count)
        return out
    }

    public var shingle: PRF { ShingleMetric.aggregate(documents.compactMap(\.shingle)) }

    public func accuracy(_ field: KeyPath<DocumentScore, Bool?>) -> (accuracy: Double, scored: Int) {
        let v = documents.compactMap { $0[keyPath: field] }
        return (v.isEmpty ? 0 : Double(v.filter { $0 }.count) / Double(v.count), v.count)
    }

    public var authors: (prf: PRF, scored: Int) {
        let all = documents.compactMap(\.authors)
        let c = all.reduce(Counts(), +)
        return (PRF(precision: c.precision, recall: c.recall), all.count)
    }

    /// Per-site sub-reports, by site name.
    public var bySite: [(site: String, report: Report)] {
        Dictionary(grouping: documents, by: \.site).sorted { $0.key < $1.key }.map { ($0.key, Report(documents: $0.value)) }
    }

    /// The documents with the lowest body F1, worst first.
    public func worst(_ n: Int) -> [DocumentScore] {
        Array(
            documents.filter { $0.body != nil }.sorted {
                let a = $0.bodyScores!.f1
                let b = $1.bodyScores!.f1
                return a != b ? a < b : $0.id < $1.id
            }.prefix(n))
    }

    /// The figures the baseline gate compares, by stable name.
    public var figures: [String: Double] {
        var f: [String: Double] = [
            "body.micro.f1": bodyMicro.f1, "body.micro.precision": bodyMicro.precision, "body.micro.recall": bodyMicro.recall,
            "body.macro.f1": bodyMacro.f1,
        ]
        for (name, kp) in [("title", \DocumentScore.title), ("date", \DocumentScore.date), ("site", \DocumentScore.siteName)] {
            let a = accuracy(kp)
            if a.scored > 0 { f["fields.\(name).accuracy"] = a.accuracy }
        }
        let au = authors
        if au.scored > 0 { f["authors.f1"] = au.prf.f1 }
        return f
    }
}
