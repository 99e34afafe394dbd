/// The readable summary `winnow eval` and `winnow score` print: overall, per field, per
/// site, worst documents.
extension Report {
    public func textSummary(worstCount: Int = 10) -> String {
        var out = ""
        func pct(_ x: Double) -> String { fmt(x * 100, 1) + "%" }
        let mi = bodyMicro
        let ma = bodyMacro
        let sh = shingle
        out += "Winnow evaluation: \(documents.count) documents\n\n"
        out += pad("body", 22) + pad("precision", 11) + pad("recall", 11) + "F1\n"
        out += pad("  micro (tokens)", 22) + pad(fmt(mi.precision), 11) + pad(fmt(mi.recall), 11) + fmt(mi.f1) + "\n"
        out += pad("  macro (tokens)", 22) + pad(fmt(ma.precision), 11) + pad(fmt(ma.recall), 11) + fmt(ma.f1) + "\n"
        out += pad("  shingles (AEB)", 22) + pad(fmt(sh.precision), 11) + pad(fmt(sh.recall), 11) + fmt(sh.f1) + "\n\n"
        out += pad("field", 22) + pad("accuracy", 11) + "scored\n"
        for (name, kp) in [("title", \DocumentScore.title), ("date", \DocumentScore.date), ("site", \DocumentScore.siteName)] {
            let a = accuracy(kp)
            out += pad("  " + name, 22) + pad(a.scored > 0 ? pct(a.accuracy) : "-", 11) + "\(a.scored)\n"
        }
        let au = authors
        out += pad("  authors P/R", 22) + pad(au.scored > 0 ? "\(fmt(au.prf.precision))/\(fmt(au.prf.recall))" : "-", 11) + "\(au.scored)\n\n"
        let sites = bySite
        if sites.count > 1 {
            out += pad("site", 26) + pad("docs", 6) + pad("body F1", 9) + pad("title", 7) + pad("date", 7) + "site\n"
            for (site, r) in sites {
                func acc(_ kp: KeyPath<DocumentScore, Bool?>) -> String {
                    let a = r.accuracy(kp)
                    return a.scored > 0 ? fmt(a.accuracy, 2) : "-"
                }
                out +=
                    pad("  " + site, 26) + pad("\(r.documents.count)", 6) + pad(fmt(r.bodyMicro.f1), 9)
                    + pad(acc(\.title), 7) + pad(acc(\.date), 7) + acc(\.siteName) + "\n"
            }
            out += "\n"
        }
        let w = worst(worstCount)
        if !w.isEmpty {
            out += "worst documents (body F1, precision, recall)\n"
            for d in w {
                let b = d.bodyScores!
                out +=
                    "  " + fmt(b.f1) + "  " + fmt(b.precision) + "  " + fmt(b.recall) + "  " + d.id + (d.predictionMissing ? "  (no prediction)" : "")
                    + "\n"
            }
        }
        if !problems.isEmpty {
            out += "\nproblems (\(problems.count))\n"
            for p in problems { out += "  " + p + "\n" }
        }
        return out
    }
}

func fmt(_ x: Double, _ digits: Int = 3) -> String {
    var s = String(Int((x * pow10(digits)).rounded()))
    let neg = s.hasPrefix("-")
    if neg { s.removeFirst() }
    while s.count <= digits { s = "0" + s }
    let cut = s.index(s.endIndex, offsetBy: -digits)
    return (neg ? "-" : "") + s[..<cut] + (digits > 0 ? "." + s[cut...] : "")
}

func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { x, _ in x * 10 } }

func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count) }
