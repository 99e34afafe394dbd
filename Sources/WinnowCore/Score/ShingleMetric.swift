/// The ScrapingHub article-extraction benchmark's body metric, reproduced so Winnow's figures
/// compare with published tables: `\w+` tokens with case kept, multisets of word 4-gram
/// shingles (a text of 1-3 tokens is one shorter shingle), per-page precision and recall
/// averaged over pages, F1 from the two means.
public enum ShingleMetric {
    public struct Page: Sendable, Equatable {
        public var tp: Double
        public var fp: Double
        public var fn: Double
    }

    public static func shingles(_ text: String, n: Int = 4) -> [String: Int] {
        let toks = Tokenizer.pythonWordTokens(text)
        var out = [String: Int]()
        if toks.isEmpty { return out }
        let count = max(1, toks.count - n + 1)
        for i in 0..<count {
            let gram = toks[i..<min(toks.count, i + n)].joined(separator: "\u{1F}")
            out[gram, default: 0] += 1
        }
        return out
    }

    public static func page(golden: String, predicted: String) -> Page {
        let t = shingles(golden)
        let p = shingles(predicted)
        var tp = 0.0
        var fp = 0.0
        var fn = 0.0
        for key in Set(t.keys).union(p.keys) {
            let tc = Double(t[key] ?? 0)
            let pc = Double(p[key] ?? 0)
            tp += min(tc, pc)
            fp += max(0, pc - tc)
            fn += max(0, tc - pc)
        }
        return Page(tp: tp, fp: fp, fn: fn)
    }

    static func precision(_ x: Page) -> Double {
        if x.fp == 0 && x.fn == 0 { return 1 }
        if x.tp == 0 && x.fp == 0 { return 0 }
        return x.tp / (x.tp + x.fp)
    }

    static func recall(_ x: Page) -> Double {
        if x.fp == 0 && x.fn == 0 { return 1 }
        if x.tp == 0 && x.fn == 0 { return 0 }
        return x.tp / (x.tp + x.fn)
    }

    /// Mean precision over pages that predicted something, mean recall over pages with a
    /// golden, F1 of the two means: the benchmark's `metrics_from_tp_fp_fns`.
    public static func aggregate(_ pages: [Page]) -> PRF {
        let ps = pages.filter { $0.tp + $0.fp > 0 }.map(precision)
        let rs = pages.filter { $0.tp + $0.fn > 0 }.map(recall)
        let p = ps.isEmpty ? 0 : ps.reduce(0, +) / Double(ps.count)
        let r = rs.isEmpty ? 0 : rs.reduce(0, +) / Double(rs.count)
        return PRF(precision: p, recall: r)
    }
}
