import Testing

@testable import WinnowCore

/// The gate `make eval` applies and the refusal `winnow baseline` makes.
@Suite struct BaselineTests {
    static func report(f1: Double) -> Report {
        // One document whose body matches `f1` of its tokens: 10 golden tokens, k predicted right.
        let golden = Article(body: ["a b c d e f g h i j"])
        let k = Int((f1 * 10).rounded())
        let predicted = Article(body: [["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"].prefix(k).joined(separator: " ")])
        return Report(documents: [Scorer.score(id: "site/doc.txt", golden: golden, predicted: predicted)])
    }

    @Test func aDropBeyondEpsilonIsARegression() {
        let pinned = Baseline(report: Self.report(f1: 1.0))
        let regressions = pinned.regressions(in: Self.report(f1: 0.8))
        #expect(regressions.map(\.name).contains("body.micro.f1"))
        #expect(pinned.regressions(in: Self.report(f1: 1.0)).isEmpty)
    }

    @Test func aSmallerDropIsNoise() {
        var pinned = Baseline(report: Self.report(f1: 1.0))
        pinned.figures["body.micro.f1"] = (pinned.figures["body.micro.f1"] ?? 0) + Baseline.epsilon / 2
        #expect(!pinned.regressions(in: Self.report(f1: 1.0)).map(\.name).contains("body.micro.f1"))
    }

    @Test func repinningReportsLoweredFigures() {
        let old = Baseline(report: Self.report(f1: 1.0))
        let lower = Baseline(report: Self.report(f1: 0.8))
        #expect(old.lowered(by: lower).map(\.name).contains("body.micro.f1"))
        #expect(lower.lowered(by: old).isEmpty)
    }

    @Test func roundTripsThroughJSON() throws {
        let b = Baseline(report: Self.report(f1: 0.8))
        let again = try Baseline(json: try JSONParser.parse(JSONWriter.pretty(b.json)))
        #expect(again == b)
    }

    @Test func junitFailsDocumentsBelowTheirPinnedFigure() {
        let pinned = Baseline(report: Self.report(f1: 1.0))
        let xml = JUnitXML.render(Self.report(f1: 0.8), baseline: pinned)
        #expect(xml.contains(#"tests="1" failures="1""#))
        #expect(xml.contains("<failure message=\"body F1"))
        #expect(!JUnitXML.render(Self.report(f1: 1.0), baseline: pinned).contains("<failure"))
    }
}
