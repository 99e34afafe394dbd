import WinnowCore

/// A cleaned article as plain text for people: fields, body, and with `explain` the ledger.
public enum ArticleText {
    public static func render(_ r: CleanResult, path: String, explain: Bool) -> String {
        let a = r.article
        var out = "== \(path)\n"
        out += "title:    \(a.title ?? "")\n"
        out += "authors:  \((a.authors ?? []).joined(separator: "; "))\n"
        out += "date:     \(a.date ?? "")\n"
        out += "site:     \(a.site ?? "")\n"
        if let d = a.dateline { out += "dateline: \(d)\n" }
        out += "\n"
        for p in a.body ?? [] { out += p + "\n\n" }
        if explain {
            out += "-- removed (\(r.ledger.count))\n"
            for e in r.ledger { out += "  [\(e.rule)] L\(e.line): \(e.text.prefix(100))\n" }
        }
        return out
    }
}
