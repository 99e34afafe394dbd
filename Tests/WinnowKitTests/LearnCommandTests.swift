import Foundation
import Testing
import WinnowCore

@testable import WinnowKit

/// `winnow learn` and `winnow clean --profiles` as typed, and profile files.
@Suite(.serialized) struct LearnCommandTests {
    static let towns = ["Ashford", "Brierley", "Calder", "Dunmore", "Elsworth", "Fairholm", "Glenrock", "Hartwell"]

    /// A site of eight dumps sharing a menu line and a footer the rules do not know.
    static func corpus() throws -> TempTree {
        let t = try TempTree()
        for (k, town) in towns.enumerated() {
            let dump = [
                "date 2024-03-0\(k + 1) The Valley Courier", "Harbour Plan Agreed in \(town)",
                "The council of \(town) met on Tuesday and agreed, after a long and lively debate, to fund the plan for its harbour.",
                "Valley Courier Readers Club Members Corner",
                "A second paragraph about \(town) adds that the plan will cost more than officials first said, and that work starts soon.",
            ].joined(separator: "\n\n")
            try t.write("Corpus/courier/\(town.lowercased()).txt", dump)
        }
        return t
    }

    @Test func aProfileFileRoundTripsAndMergesExactly() throws {
        let t = try Self.corpus()
        defer { t.remove() }
        let whole = TemplateLearning.learn([t.url("Corpus")])
        #expect(whole.problems.isEmpty)
        let thresholds = TemplateProfile.Thresholds()
        try FileIO.writeAtomically(JSONWriter.pretty(TemplateLearning.json(whole.state, thresholds: thresholds)), to: t.url("p.json"))
        let (back, th) = try TemplateLearning.read(t.url("p.json"))
        #expect(back == whole.state)
        #expect(th == thresholds)
        // Shards in two folders, merged.
        for (k, town) in Self.towns.enumerated() {
            let dest = k < 5 ? "A/courier" : "B/courier"
            try FileManager.default.createDirectory(at: t.url(dest), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: t.url("Corpus/courier/\(town.lowercased()).txt"), to: t.url("\(dest)/\(town.lowercased()).txt"))
        }
        let a = TemplateLearning.learn([t.url("A")]).state
        let b = TemplateLearning.learn([t.url("B")]).state
        #expect(a.merged(with: b) == whole.state)
        #expect(throws: WinnowError.self) { try TemplateLearning.read(t.url("Corpus/courier/ashford.txt")) }
    }

    @Test(.enabled(if: CommandLineTests.built)) func learnThenCleanWithTheProfile() throws {
        let t = try Self.corpus()
        defer { t.remove() }
        let learn = try GoldenCommandTests.run(["learn", "Corpus", "--out", "profile.json"], in: t.root)
        #expect(learn.status == 0, "\(learn.err)")
        #expect(learn.out.contains("courier: 8 distinct documents"))
        let profile = try JSONParser.parse(String(contentsOf: t.url("profile.json"), encoding: .utf8))
        let template = profile["sites"]?["courier"]?["template"]?.arrayValue?.compactMap { $0["line"]?.stringValue } ?? []
        #expect(template.contains("valley courier readers club members corner"))
        let without = try GoldenCommandTests.run(["clean", "Corpus/courier/ashford.txt", "--format", "text"], in: t.root)
        #expect(without.out.contains("Valley Courier Readers Club Members Corner"))
        let with = try GoldenCommandTests.run(
            ["clean", "Corpus/courier/ashford.txt", "--format", "text", "--explain", "--profiles", "profile.json"], in: t.root)
        #expect(with.status == 0, "\(with.err)")
        #expect(with.out.contains("[profile.template] L7: Valley Courier Readers Club Members Corner"))
        // Merging shard profiles from the command line.
        let a = try GoldenCommandTests.run(["learn", "Corpus/courier/ashford.txt", "--out", "a.json"], in: t.root)
        #expect(a.status == 0)
        let merged = try GoldenCommandTests.run(["learn", "--merge", "a.json", "profile.json", "--out", "m.json"], in: t.root)
        #expect(merged.status == 0, "\(merged.err)")
        let m = try TemplateLearning.read(t.url("m.json")).0
        #expect(m.sites.keys.sorted() == ["courier"], "a file's site is its folder")
        #expect(m.sites["courier"]?.documents.count == 8)
        #expect(try GoldenCommandTests.run(["clean", "Corpus", "--profiles", "nope.json"], in: t.root).status == 2)
    }
}
