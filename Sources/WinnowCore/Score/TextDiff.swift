/// Longest-common-subsequence diffs: paragraphs for golden review, tokens for the spot-check
/// view's missing and extra spans.
public enum TextDiff {
    public enum Op<T: Equatable & Sendable>: Equatable, Sendable {
        case same(T)
        case removed(T)
        case added(T)
    }

    /// Above this many table cells a region is reported whole instead of token by token.
    public static let maxCells = 4_000_000

    /// `a` turned into `b`: kept, removed and added elements in order. Quadratic in time and
    /// memory; callers keep the inputs small (paragraphs, or the tokens of one changed region).
    public static func diff<T: Equatable & Sendable>(_ a: [T], _ b: [T]) -> [Op<T>] {
        // Common head and tail cost nothing.
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)])
        let y = Array(b[head..<(b.count - tail)])
        var out = a[..<head].map { Op.same($0) }
        if x.isEmpty || y.isEmpty || x.count * y.count > maxCells {
            out += x.map { Op.removed($0) } + y.map { Op.added($0) }
        } else {
            // lcs[i][j]: LCS length of x[i...] and y[j...], in one flat table.
            let w = y.count + 1
            var lcs = [Int32](repeating: 0, count: (x.count + 1) * w)
            for i in stride(from: x.count - 1, through: 0, by: -1) {
                for j in stride(from: y.count - 1, through: 0, by: -1) {
                    lcs[i * w + j] = x[i] == y[j] ? lcs[(i + 1) * w + j + 1] + 1 : max(lcs[(i + 1) * w + j], lcs[i * w + j + 1])
                }
            }
            var i = 0
            var j = 0
            while i < x.count, j < y.count {
                if x[i] == y[j] {
                    out.append(.same(x[i]))
                    i += 1
                    j += 1
                } else if lcs[(i + 1) * w + j] >= lcs[i * w + j + 1] {
                    out.append(.removed(x[i]))
                    i += 1
                } else {
                    out.append(.added(y[j]))
                    j += 1
                }
            }
            out += x[i...].map { Op.removed($0) } + y[j...].map { Op.added($0) }
        }
        out += a[(a.count - tail)...].map { Op.same($0) }
        return out
    }

    /// Token runs of the golden body the prediction lacks (`missing`) and of the prediction
    /// the golden lacks (`extra`), with CONTRACT §4 tokens. Paragraphs are matched first, then
    /// the tokens of each changed stretch.
    public static func tokenSpans(golden: [String], predicted: [String]) -> (missing: [String], extra: [String]) {
        var missing: [String] = []
        var extra: [String] = []
        var removed: [String] = []
        var added: [String] = []
        func flushRegion() {
            guard !removed.isEmpty || !added.isEmpty else { return }
            let g = removed.flatMap(Tokenizer.contractTokens)
            let p = added.flatMap(Tokenizer.contractTokens)
            var runMissing: [String] = []
            var runExtra: [String] = []
            func endRuns() {
                if !runMissing.isEmpty { missing.append(runMissing.joined(separator: " ")) }
                if !runExtra.isEmpty { extra.append(runExtra.joined(separator: " ")) }
                runMissing = []
                runExtra = []
            }
            for op in diff(g, p) {
                switch op {
                case .same: endRuns()
                case .removed(let t): runMissing.append(t)
                case .added(let t): runExtra.append(t)
                }
            }
            endRuns()
            removed = []
            added = []
        }
        for op in diff(golden, predicted) {
            switch op {
            case .same: flushRegion()
            case .removed(let p): removed.append(p)
            case .added(let p): added.append(p)
            }
        }
        flushRegion()
        return (missing, extra)
    }
}
