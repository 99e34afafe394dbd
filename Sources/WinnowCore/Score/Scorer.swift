/// Scores one prediction against its golden, field by field (CONTRACT §4).
public struct DocumentScore: Sendable {
    /// The document's id: its path relative to the corpus (or goldens) root.
    public var id: String
    /// The first path component: the per-site breakdown key.
    public var site: String
    public var body: Counts?
    public var shingle: ShingleMetric.Page?
    public var title: Bool?
    public var date: Bool?
    public var siteName: Bool?
    public var authors: Counts?
    public var predictionMissing = false
    /// Lines a site profile removed (`profile.template`), when cleaned with one.
    public var profileRemoved = 0

    public var bodyScores: PRF? { body.map(BodyMetric.documentScores) }
}

public enum Scorer {
    public static func score(id: String, golden: Article, predicted: Article) -> DocumentScore {
        var s = DocumentScore(id: id, site: id.split(separator: "/").first.map(String.init) ?? id)
        if let gb = golden.body {
            let pb = predicted.body ?? []
            s.body = BodyMetric.counts(predicted: pb, golden: gb)
            s.shingle = ShingleMetric.page(golden: gb.joined(separator: "\n\n"), predicted: pb.joined(separator: "\n\n"))
        }
        if let t = golden.title { s.title = foldText(t) == foldText(predicted.title ?? "") }
        if let d = golden.date { s.date = dayOf(d) == dayOf(predicted.date ?? "") }
        if let site = golden.site { s.siteName = foldText(site) == foldText(predicted.site ?? "") }
        if let ga = golden.authors {
            let g = Set(ga.map(foldText))
            let p = Set((predicted.authors ?? []).map(foldText))
            s.authors = Counts(matched: Double(g.intersection(p).count), predicted: Double(p.count), expected: Double(g.count))
        }
        return s
    }

    /// Case folded, every run of whitespace (including no-break spaces) one space, trimmed.
    public static func foldText(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The calendar day: the `YYYY-MM-DD` prefix.
    public static func dayOf(_ s: String) -> String { String(s.trimmingCharacters().prefix(10)) }
}
