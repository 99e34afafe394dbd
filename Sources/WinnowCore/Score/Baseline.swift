/// Pinned figures that `winnow eval` gates on: a drop of more than `epsilon` in any figure
/// fails the run. Pinning again refuses to lower a figure unless told to.
public struct Baseline: Sendable, Equatable {
    /// How far a figure may fall before the gate fails: rounding noise, not a regression.
    public static let epsilon = 0.002

    public var figures: [String: Double]
    /// Pinned body F1 per document, for JUnit failures and the drift list.
    public var documents: [String: Double]

    public init(figures: [String: Double], documents: [String: Double]) {
        self.figures = figures
        self.documents = documents
    }

    public init(report: Report) {
        figures = report.figures.mapValues(round4)
        documents = Dictionary(uniqueKeysWithValues: report.documents.compactMap { d in d.bodyScores.map { (d.id, round4($0.f1)) } })
    }

    public init(json: JSONValue) throws(ArticleFormatError) {
        guard let f = json["figures"]?.objectValue else { throw ArticleFormatError(message: "baseline has no 'figures' object") }
        figures = f.compactMapValues(\.numberValue)
        documents = json["documents"]?.objectValue?.compactMapValues(\.numberValue) ?? [:]
    }

    public var json: JSONValue {
        .object([
            "figures": .object(figures.mapValues(JSONValue.number)),
            "documents": .object(documents.mapValues(JSONValue.number)),
        ])
    }

    /// Figures of `report` that fell below this baseline by more than epsilon.
    public func regressions(in report: Report) -> [(name: String, pinned: Double, now: Double)] {
        let now = report.figures
        return figures.keys.sorted().compactMap { k in
            guard let pinned = figures[k] else { return nil }
            let value = now[k] ?? 0
            return value < pinned - Baseline.epsilon ? (k, pinned, value) : nil
        }
    }

    /// Figures that a new pin would lower (by any amount beyond rounding).
    public func lowered(by newer: Baseline) -> [(name: String, old: Double, new: Double)] {
        figures.keys.sorted().compactMap { k in
            guard let old = figures[k] else { return nil }
            let new = newer.figures[k] ?? 0
            return new < old - 0.00005 ? (k, old, new) : nil
        }
    }
}
