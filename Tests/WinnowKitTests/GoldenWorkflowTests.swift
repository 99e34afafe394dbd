import Foundation
import Testing
import WinnowCore

@testable import WinnowKit

/// The golden loop in temporary folders: drift found, proposal written, reviewed goldens
/// protected, accept and reject, edits in the meantime detected, paths outside refused.
@Suite(.serialized) struct GoldenWorkflowTests {
    /// A corpus of one dump whose golden is stale: it lacks the last paragraph, has a wrong
    /// title and carries a note and an unknown key that must survive.
    static func staleTree(reviewed: Bool = false) throws -> (TempTree, GoldenTree) {
        let t = try TempTree()
        try t.write("Corpus/dailyledger/harbour.txt", Harbour.dump)
        var golden = Article(
            title: "Old title", authors: ["Jane Roe"], date: "2021-03-04", site: "The Daily Ledger", body: Array(Harbour.body.dropLast()))
        golden.notes = "checked the lead by hand"
        golden.extra["x_source"] = .string("hand")
        if reviewed { golden.reviewed = true }
        try t.write("Goldens/dailyledger/harbour.json", golden.prettyJSON)
        return (t, try GoldenTree(corpus: t.url("Corpus"), goldens: t.url("Goldens")))
    }

    static let path = "dailyledger/harbour.json"

    @Test func driftIsFoundAndAProposalWrittenBesideTheGolden() throws {
        let (t, tree) = try Self.staleTree()
        defer { t.remove() }
        let status = GoldenStatus.compute(tree: tree)
        #expect(status.documents.map(\.state) == [.drifted(["title", "body"])])
        let before = try Data(contentsOf: tree.goldenURL(Self.path))
        let outcome = GoldenWriter.update(status, tree: tree, force: false)
        #expect(outcome.written == [Self.path])
        #expect(try Data(contentsOf: tree.goldenURL(Self.path)) == before, "update never touches the golden")
        let proposal = try Proposal.read(tree.proposalURL(Self.path))
        #expect(proposal.article.body == Harbour.body)
        #expect(proposal.article.title == Harbour.title)
        #expect(proposal.article.notes == "checked the lead by hand")
        #expect(proposal.article.extra["x_source"] == .string("hand"))
        #expect(proposal.source == "dailyledger/harbour.txt")
    }

    @Test func acceptMakesTheProposalTheGoldenAndKeepsUnknownKeys() throws {
        let (t, tree) = try Self.staleTree()
        defer { t.remove() }
        _ = GoldenWriter.update(GoldenStatus.compute(tree: tree), tree: tree, force: false)
        try GoldenWriter.accept(Self.path, tree: tree)
        #expect(!FileManager.default.fileExists(atPath: tree.proposalURL(Self.path).path))
        let golden = try ArticleFile.read(tree.goldenURL(Self.path))
        #expect(golden.body == Harbour.body)
        #expect(golden.extra["x_source"] == .string("hand"))
        #expect(golden.extra[Proposal.key] == nil)
        #expect(GoldenStatus.compute(tree: tree).documents.map(\.state) == [.matches])
        // Pretty, sorted keys, one paragraph per line (CONTRACT §2).
        #expect(try String(contentsOf: tree.goldenURL(Self.path), encoding: .utf8) == JSONWriter.pretty(golden.json))
    }

    @Test func rejectDropsTheProposalAndKeepsTheGolden() throws {
        let (t, tree) = try Self.staleTree()
        defer { t.remove() }
        let before = try Data(contentsOf: tree.goldenURL(Self.path))
        _ = GoldenWriter.update(GoldenStatus.compute(tree: tree), tree: tree, force: false)
        try GoldenWriter.reject(Self.path, tree: tree)
        #expect(!FileManager.default.fileExists(atPath: tree.proposalURL(Self.path).path))
        #expect(try Data(contentsOf: tree.goldenURL(Self.path)) == before)
        #expect(throws: WinnowError.self) { try GoldenWriter.reject(Self.path, tree: tree) }
    }

    @Test func reviewedGoldensAreProtectedUnlessForced() throws {
        let (t, tree) = try Self.staleTree(reviewed: true)
        defer { t.remove() }
        let outcome = GoldenWriter.update(GoldenStatus.compute(tree: tree), tree: tree, force: false)
        #expect(outcome.protected == [Self.path])
        #expect(outcome.written.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: tree.proposalURL(Self.path).path))
        // A proposal made without --force (say, before the golden was marked) is still refused.
        var stale = try Proposal.read(try Self.writeForced(tree))
        stale.forced = false
        try FileIO.writeAtomically(JSONWriter.pretty(stale.json), to: tree.proposalURL(Self.path))
        #expect(throws: WinnowError.self) { try GoldenWriter.accept(Self.path, tree: tree) }
        _ = try Self.writeForced(tree)
        try GoldenWriter.accept(Self.path, tree: tree)
        #expect(try ArticleFile.read(tree.goldenURL(Self.path)).body == Harbour.body)
    }

    static func writeForced(_ tree: GoldenTree) throws -> URL {
        let outcome = GoldenWriter.update(GoldenStatus.compute(tree: tree), tree: tree, force: true)
        #expect(outcome.written == [path])
        return tree.proposalURL(path)
    }

    @Test func aGoldenEditedAfterTheProposalIsNotOverwritten() throws {
        let (t, tree) = try Self.staleTree()
        defer { t.remove() }
        _ = GoldenWriter.update(GoldenStatus.compute(tree: tree), tree: tree, force: false)
        var edited = try ArticleFile.read(tree.goldenURL(Self.path))
        edited.title = "Fixed by hand meanwhile"
        try FileIO.writeAtomically(edited.prettyJSON, to: tree.goldenURL(Self.path))
        #expect(throws: WinnowError.self) { try GoldenWriter.accept(Self.path, tree: tree) }
        #expect(try ArticleFile.read(tree.goldenURL(Self.path)).title == "Fixed by hand meanwhile")
    }

    @Test func corruptGoldensAreReportedAndNotReplacedUnlessForced() throws {
        let (t, tree) = try Self.staleTree()
        defer { t.remove() }
        try t.write("Goldens/dailyledger/harbour.json", Harbour.brokenGolden)
        let status = GoldenStatus.compute(tree: tree)
        guard case .badGolden(let why) = status.documents[0].state else {
            Issue.record("expected a bad golden, got \(status.documents[0].state)")
            return
        }
        #expect(why.contains("harbour.json:3:3"))
        let outcome = GoldenWriter.update(status, tree: tree, force: false)
        #expect(outcome.written.isEmpty)
        #expect(outcome.refused.count == 1)
        #expect(GoldenWriter.update(status, tree: tree, force: true).written == [Self.path])
        try GoldenWriter.accept(Self.path, tree: tree)
        #expect(try ArticleFile.read(tree.goldenURL(Self.path)).body == Harbour.body)
    }

    @Test func missingAndOrphanGoldensAreListed() throws {
        let (t, tree) = try Self.staleTree()
        defer { t.remove() }
        try t.write("Corpus/dailyledger/new.txt", Harbour.dump)
        try t.write("Goldens/dailyledger/gone.json", Harbour.golden)
        let status = GoldenStatus.compute(tree: tree)
        #expect(status.documents.first { $0.id == "dailyledger/new.txt" }?.state == .noGolden)
        #expect(status.orphans == ["dailyledger/gone.json"])
        let outcome = GoldenWriter.update(GoldenStatus.compute(tree: tree, only: ["dailyledger/new.json"]), tree: tree, force: false)
        #expect(outcome.written == ["dailyledger/new.json"])
        try GoldenWriter.accept("dailyledger/new.json", tree: tree)
        #expect(try ArticleFile.read(tree.goldenURL("dailyledger/new.json")).body == Harbour.body)
    }

    @Test func pathsOutsideCorpusAndGoldensAreRefused() throws {
        let (t, tree) = try Self.staleTree()
        defer { t.remove() }
        try t.write("elsewhere/x.json", Harbour.golden)
        #expect(throws: WinnowError.self) { try tree.goldenPaths(named: t.url("elsewhere/x.json").path) }
        #expect(throws: WinnowError.self) { try tree.goldenPaths(named: t.url("Goldens/../elsewhere/x.json").path) }
        try FileManager.default.createSymbolicLink(at: t.url("Goldens/link"), withDestinationURL: t.url("elsewhere"))
        #expect(throws: WinnowError.self) { try tree.goldenPaths(named: t.url("Goldens/link/x.json").path) }
        #expect(try tree.goldenPaths(named: t.url("Corpus/dailyledger/harbour.txt").path) == [Self.path])
        #expect(try tree.goldenPaths(named: t.url("Goldens/dailyledger").path) == [Self.path])
        #expect(try tree.goldenPaths(named: t.url("Goldens/dailyledger/harbour.json.new").path) == [Self.path])
    }

    @Test func anUnwritableProposalIsAnErrorNamingThePath() throws {
        let (t, tree) = try Self.staleTree()
        defer { t.remove() }
        // A folder where the proposal should go: the rename fails whoever runs the test.
        try FileManager.default.createDirectory(at: tree.proposalURL(Self.path), withIntermediateDirectories: true)
        try t.write("Goldens/dailyledger/harbour.json.new/keep", "x")
        let outcome = GoldenWriter.update(GoldenStatus.compute(tree: tree), tree: tree, force: false)
        #expect(outcome.written.isEmpty)
        #expect(outcome.errors.count == 1)
        #expect(outcome.errors.first?.contains("harbour.json.new") == true)
    }

    /// Root writes anywhere, so a read-only folder only bites for other users.
    @Test(.enabled(if: geteuid() != 0, "root ignores folder permissions")) func aReadOnlyGoldensFolderIsAnErrorAndNothingIsLost() throws {
        let (t, tree) = try Self.staleTree()
        defer {
            chmod(t.url("Goldens/dailyledger").path, 0o755)
            t.remove()
        }
        let before = try Data(contentsOf: tree.goldenURL(Self.path))
        chmod(t.url("Goldens/dailyledger").path, 0o555)
        let outcome = GoldenWriter.update(GoldenStatus.compute(tree: tree), tree: tree, force: false)
        #expect(outcome.written.isEmpty)
        #expect(outcome.errors.first?.contains("dailyledger") == true)
        #expect(try Data(contentsOf: tree.goldenURL(Self.path)) == before)
    }

    @Test func twinsThatDisagreeGetNoProposal() throws {
        let (t, tree) = try Self.staleTree()
        defer { t.remove() }
        // The HTML twin reproduces the stale golden exactly; the dump does not.
        let html =
            "<html><head><meta property=\"og:site_name\" content=\"The Daily Ledger\"></head><body><h1>Old title</h1><p>By Jane Roe</p><time datetime=\"2021-03-04\">4 March 2021</time>"
            + Harbour.body.dropLast().map { "<p>\($0)</p>" }.joined() + "</body></html>"
        try t.write("Corpus/dailyledger/harbour.html", html)
        let status = GoldenStatus.compute(tree: tree)
        let outcome = GoldenWriter.update(status, tree: tree, force: false)
        #expect(outcome.written.isEmpty)
        #expect(outcome.refused.count == 1)
    }

    @Test func proposalDiffNamesTheRuleForEveryParagraphThatGoes() throws {
        let t = try TempTree()
        defer { t.remove() }
        try t.write("Corpus/dailyledger/harbour.txt", Harbour.dump + "\nShare on Facebook\n")
        // The golden wrongly holds the share line: the proposal drops it and says which rule did.
        let golden = Article(
            title: Harbour.title, authors: ["Jane Roe"], date: "2021-03-04", site: "The Daily Ledger", body: Harbour.body + ["Share on Facebook"])
        try t.write("Goldens/dailyledger/harbour.json", golden.prettyJSON)
        let tree = try GoldenTree(corpus: t.url("Corpus"), goldens: t.url("Goldens"))
        _ = GoldenWriter.update(GoldenStatus.compute(tree: tree), tree: tree, force: false)
        let proposal = try Proposal.read(tree.proposalURL(Self.path))
        let text = ProposalDiff.render(path: Self.path, golden: golden, proposal: proposal, color: false)
        #expect(text.contains("  - [share] Share on Facebook"))
        #expect(text.contains("4 paragraphs unchanged"))
        #expect(!text.contains("\u{1B}["))
        #expect(ProposalDiff.render(path: Self.path, golden: golden, proposal: proposal, color: true).contains("\u{1B}[31m"))
    }
}
