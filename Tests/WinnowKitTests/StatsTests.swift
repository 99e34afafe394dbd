import Foundation
import Testing
import WinnowCore

@testable import WinnowKit

/// `winnow stats` on a temporary corpus with planted problems: each is found, and nothing
/// else is reported as one.
@Suite(.serialized) struct StatsTests {
    static let sentences = [
        "The council approved the harbour budget on Tuesday after a long debate about the cost of dredging the channel.",
        "Officials said the work would begin in spring and last two years, with the quay closed for six months of it.",
        "Fishermen welcomed the plan but asked for compensation while their boats are moved to the northern basin.",
        "The opposition said the estimate was too low and called for an independent review before any contract is signed.",
        "A public meeting will be held at the town hall next week so residents can see the plans and ask questions.",
        "The port handles about two million tonnes of cargo a year and employs some four hundred people directly.",
    ]

    static func dump(title: String, _ paragraphs: [String]) -> String { ([title] + paragraphs).joined(separator: "\n\n") + "\n" }

    static func corpus() throws -> TempTree {
        let t = try TempTree()
        let base = Array(sentences[0..<5])
        try t.write("Corpus/ledger/a.txt", dump(title: "Harbour Budget Approved", base))
        try t.write("Corpus/ledger/a-copy.txt", dump(title: "Harbour Budget Approved", base))  // exact copy
        var near = base
        near[4] = "A public meeting will be held at the town hall next month so residents can see the plans and ask questions."  // a copy edited
        try t.write("Corpus/courier/a-near.txt", dump(title: "Budget for the Harbour Approved", near))  // near copy, other site
        try t.write(
            "Corpus/ledger/other.txt",
            dump(
                title: "Port Figures Published",
                [
                    sentences[5], "Cargo numbers rose by a tenth, the port said, while passenger numbers fell for a third year.",
                    "The harbour master expects the new quay to bring larger ships and more work for the town once it opens.",
                ]))
        try t.write(
            "Corpus/courier/short.txt", dump(title: "Road Closed", ["The coast road is closed until Friday after a landslip near the bridge."]))
        try t.write(
            "Corpus/courier/mojibake.txt",
            dump(
                title: "CafÃ© Reopens",
                ["The cafÃ© on the quay reopened on Tuesday, its owner said, after the winter works were finished â€” on time and under budget."]))
        return t
    }

    @Test func plantedProblemsAreFound() throws {
        let t = try Self.corpus()
        defer { t.remove() }
        let (s, problems) = StatsReport.compute([t.url("Corpus")])
        #expect(problems.isEmpty)
        #expect(s.documents == 6)
        #expect(s.sites.map(\.site) == ["courier", "ledger"])
        #expect(s.exactDuplicates == [["ledger/a-copy.txt", "ledger/a.txt"]])
        // The edited copy on another site: a near duplicate of the pair (not of itself).
        #expect(s.nearDuplicates.count == 1)
        #expect(s.nearDuplicates.first?.contains("courier/a-near.txt") == true)
        #expect(s.shortBodies.map(\.id) == ["courier/mojibake.txt", "courier/short.txt"])
        #expect(s.damaged.map(\.id) == ["courier/mojibake.txt"])
        #expect((s.damaged.first?.mojibake ?? 0) >= 2)
        // The unedited paragraphs of the copy are on both sites: agency copy.
        #expect(s.shared.count == 4)
        #expect(s.shared.allSatisfy { $0.sites == ["courier", "ledger"] })
        #expect(!s.removed.isEmpty)
    }

    @Test func statsDoNotDependOnFileOrder() throws {
        let t = try Self.corpus()
        defer { t.remove() }
        let a = StatsReport.text(StatsReport.compute([t.url("Corpus")]).stats)
        // The same files under other names in another order give the same report.
        try FileManager.default.moveItem(at: t.url("Corpus/ledger/a.txt"), to: t.url("Corpus/ledger/z.txt"))
        try FileManager.default.moveItem(at: t.url("Corpus/ledger/z.txt"), to: t.url("Corpus/ledger/a.txt"))
        #expect(StatsReport.text(StatsReport.compute([t.url("Corpus")]).stats) == a)
        let json = StatsReport.json(StatsReport.compute([t.url("Corpus")]).stats)
        #expect(json["exact_duplicates"]?.arrayValue?.count == 1)
        #expect(StatsReport.text(StatsReport.compute([t.url("Corpus")]).stats, markdown: true).contains("| site | documents |"))
    }

    @Test func distinctArticlesAreNotDuplicates() {
        let docs = (0..<6).map { k in
            CorpusStats.Document(
                id: "s/\(k).txt", site: "s",
                result: try! Cleaner.cleanText(
                    Array(Self.dump(title: "Story \(k)", [Self.sentences[k], Self.sentences[(k + 1) % 6] + " Day \(k)."]).utf8)))
        }
        let s = CorpusStats(docs)
        #expect(s.exactDuplicates.isEmpty)
        #expect(s.nearDuplicates.isEmpty)
        #expect(s.damaged.isEmpty)
    }

    @Test func minHashEstimatesJaccard() {
        let a = MinHash(Self.sentences.joined(separator: " "))!
        let b = MinHash(Self.sentences.joined(separator: " "))!
        #expect(a.similarity(b) == 1)
        let c = MinHash(Self.sentences.reversed().joined(separator: " "))!
        #expect(a.similarity(c) > 0.6)
        let d = MinHash("Completely different words about football, weather and the price of bread in the valley towns.")!
        #expect(a.similarity(d) < 0.1)
        #expect(MinHash("too short") == nil)
    }
}
