/// Counts behind precision and recall: matched, predicted and expected units.
public struct Counts: Sendable, Equatable {
    public var matched: Double = 0
    public var predicted: Double = 0
    public var expected: Double = 0

    public init(matched: Double = 0, predicted: Double = 0, expected: Double = 0) {
        self.matched = matched
        self.predicted = predicted
        self.expected = expected
    }

    /// An empty prediction against an empty golden is perfect (CONTRACT §4); an empty
    /// prediction against text has precision 1 by convention (it claimed nothing false) and
    /// recall 0; text against an empty golden has precision 0 and recall 1.
    public var precision: Double { predicted == 0 ? 1 : matched / predicted }
    public var recall: Double { expected == 0 ? 1 : matched / expected }
    public var f1: Double { PRF.f1(precision, recall) }

    public static func + (a: Counts, b: Counts) -> Counts {
        Counts(matched: a.matched + b.matched, predicted: a.predicted + b.predicted, expected: a.expected + b.expected)
    }
}

/// Precision, recall and F1.
public struct PRF: Sendable, Equatable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        f1 = PRF.f1(precision, recall)
    }

    public static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
}

/// CONTRACT §4 body metric: bags of tokens.
public enum BodyMetric {
    public static func counts(predicted: [String], golden: [String]) -> Counts {
        let p = bag(predicted)
        let g = bag(golden)
        var matched = 0
        for (t, n) in p { if let m = g[t] { matched += min(n, m) } }
        let pc = p.values.reduce(0, +)
        let gc = g.values.reduce(0, +)
        return Counts(matched: Double(matched), predicted: Double(pc), expected: Double(gc))
    }

    static func bag(_ paragraphs: [String]) -> [String: Int] {
        var b = [String: Int]()
        for para in paragraphs { for t in Tokenizer.contractTokens(para) { b[t, default: 0] += 1 } }
        return b
    }

    /// Token-level document F1 with an empty/empty document scoring 1.
    public static func documentScores(_ c: Counts) -> PRF {
        if c.predicted == 0 && c.expected == 0 { return PRF(precision: 1, recall: 1) }
        if c.predicted == 0 { return PRF(precision: 0, recall: 0) }
        return PRF(precision: c.precision, recall: c.recall)
    }
}
