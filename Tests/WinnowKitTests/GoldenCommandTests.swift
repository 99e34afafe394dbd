import Foundation
import Testing
import WinnowCore

@testable import WinnowKit

/// The goldens and check commands as a user types them (the built `.build/debug/winnow`).
@Suite(.serialized) struct GoldenCommandTests {
    static let built = CommandLineTests.built

    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs winnow in `cwd` with extra environment and standard input.
    static func run(_ arguments: [String], in cwd: URL, env: [String: String] = [:], stdin: String = "") throws -> Run {
        let scratch = try TempTree()
        defer { scratch.remove() }
        let errFile = try scratch.write("stderr", "")
        let inFile = try scratch.write("stdin", stdin)
        let p = Process()
        p.executableURL = CommandLineTests.winnow
        p.arguments = arguments
        p.currentDirectoryURL = cwd
        var environment = ProcessInfo.processInfo.environment
        environment["CI"] = nil
        environment["NO_COLOR"] = "1"
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let out = Pipe()
        p.standardOutput = out
        p.standardError = try FileHandle(forWritingTo: errFile)
        p.standardInput = try FileHandle(forReadingFrom: inFile)
        try p.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: try String(contentsOf: errFile, encoding: .utf8))
    }

    /// Two stale documents in Corpus/ and Goldens/ under one root.
    static func tree() throws -> TempTree {
        let t = try TempTree()
        for name in ["harbour", "strike"] {
            try t.write("Corpus/dailyledger/\(name).txt", Harbour.dump)
            let stale = Article(
                title: Harbour.title, authors: ["Jane Roe"], date: "2021-03-04", site: "The Daily Ledger", body: Array(Harbour.body.dropLast()))
            try t.write("Goldens/dailyledger/\(name).json", stale.prettyJSON)
        }
        return t
    }

    static func files(_ t: TempTree) -> [String] {
        CorpusLayout.files(under: t.url("Goldens"), extensions: ["json", "new"]).map(\.relative)
    }

    @Test(.enabled(if: built)) func statusExitsOneOnDriftAndZeroWhenAllMatch() throws {
        let t = try Self.tree()
        defer { t.remove() }
        let drift = try Self.run(["goldens", "status"], in: t.root)
        #expect(drift.status == 1)
        #expect(drift.out.contains("2 documents: 0 match, 2 drifted"))
        #expect(drift.out.contains("dailyledger/harbour.txt  body"))
        let json = try JSONParser.parse(try Self.run(["goldens", "status", "--format", "json"], in: t.root).out)
        #expect(json["documents"]?.arrayValue?.first?["state"] == .string("drifted"))
        try t.write("Goldens/dailyledger/harbour.json", Harbour.golden)
        try t.write("Goldens/dailyledger/strike.json", Harbour.golden)
        let clean = try Self.run(["goldens", "status"], in: t.root)
        #expect(clean.status == 0, "\(clean.out)")
    }

    @Test(.enabled(if: built)) func inCINothingIsWrittenUnderGoldens() throws {
        let t = try Self.tree()
        defer { t.remove() }
        let before = Self.files(t)
        for args in [["goldens", "update", "--all"], ["goldens", "review"], ["goldens", "accept", "Goldens"], ["goldens", "reject", "Goldens"]] {
            let r = try Self.run(args, in: t.root, env: ["CI": "true"])
            #expect(r.status == 2, "\(args)")
            #expect(r.err.contains("CI is set"))
        }
        #expect(Self.files(t) == before)
        // Reading is allowed: status still reports.
        #expect(try Self.run(["goldens", "status"], in: t.root, env: ["CI": "true"]).status == 1)
    }

    @Test(.enabled(if: built)) func updateNeedsPathsOrAllAndRefusesPathsOutside() throws {
        let t = try Self.tree()
        defer { t.remove() }
        #expect(try Self.run(["goldens", "update"], in: t.root).status == 2)
        let outside = try Self.run(["goldens", "update", "../"], in: t.root)
        #expect(outside.status == 2)
        #expect(outside.err.contains("refused"))
        let one = try Self.run(["goldens", "update", "Corpus/dailyledger/harbour.txt"], in: t.root)
        #expect(one.status == 0, "\(one.err)")
        #expect(Self.files(t) == ["dailyledger/harbour.json", "dailyledger/harbour.json.new", "dailyledger/strike.json"])
    }

    @Test(.enabled(if: built)) func reviewIsResumableAndBulkAcceptNeedsTheSummaryAndYes() throws {
        let t = try Self.tree()
        defer { t.remove() }
        #expect(try Self.run(["goldens", "update", "--all"], in: t.root).status == 0)
        // Accept the first, then standard input ends: the second waits for the next review.
        let first = try Self.run(["goldens", "review"], in: t.root, stdin: "a\n")
        #expect(first.out.contains("[1/2]"))
        #expect(first.out.contains("+ [kept: no rule removes it]"))
        #expect(first.out.contains("accepted 1, rejected 0, skipped 0; 1 proposal(s) left"))
        #expect(try ArticleFile.read(t.url("Goldens/dailyledger/harbour.json")).body == Harbour.body)
        // "A" shows what it would accept and takes nothing without "yes".
        let refused = try Self.run(["goldens", "review"], in: t.root, stdin: "A\nno\nq\n")
        #expect(refused.out.contains("remaining proposals (1):"))
        #expect(refused.out.contains("1 proposal(s) left"))
        let bulk = try Self.run(["goldens", "review"], in: t.root, stdin: "A\nyes\n")
        #expect(bulk.out.contains("accepted 1"))
        #expect(Self.files(t) == ["dailyledger/harbour.json", "dailyledger/strike.json"])
        #expect(try Self.run(["goldens", "status"], in: t.root).status == 0)
    }

    @Test(.enabled(if: built)) func acceptAndRejectForScripts() throws {
        let t = try Self.tree()
        defer { t.remove() }
        _ = try Self.run(["goldens", "update", "--all"], in: t.root)
        let rejected = try Self.run(["goldens", "reject", "Goldens/dailyledger/strike.json.new"], in: t.root)
        #expect(rejected.status == 0, "\(rejected.err)")
        let accepted = try Self.run(["goldens", "accept", "Goldens"], in: t.root)
        #expect(accepted.status == 0, "\(accepted.err)")
        #expect(accepted.out.contains("accepted "))
        #expect(Self.files(t) == ["dailyledger/harbour.json", "dailyledger/strike.json"])
        #expect(try ArticleFile.read(t.url("Goldens/dailyledger/strike.json")).body == Array(Harbour.body.dropLast()))
        // Nothing left to accept for a named file: an error, not silence.
        #expect(try Self.run(["goldens", "accept", "Goldens/dailyledger/strike.json"], in: t.root).status == 2)
    }

    @Test(.enabled(if: built)) func aWriterKilledMidWriteLeavesAValidGolden() throws {
        let t = try TempTree()
        defer { t.remove() }
        // A large golden so that kills land while it is being written.
        let long = (0..<4000).map { "Paragraph \($0) of a very long report on the harbour strike and the talks that followed it." }
        let old = Article(title: "Old", authors: [], date: "2021-03-04", site: "The Daily Ledger", body: long).prettyJSON
        let new = Article(title: "New", authors: [], date: "2021-03-04", site: "The Daily Ledger", body: long.reversed())
        try t.write("Corpus/dailyledger/harbour.txt", Harbour.dump)
        try FileManager.default.createDirectory(at: t.url("Goldens/dailyledger"), withIntermediateDirectories: true)
        var outcomes = Set<String>()
        for k in 0..<12 {
            try t.write("Goldens/dailyledger/harbour.json", old)
            let proposal = Proposal(
                article: new, base: Proposal.hash(Array(old.utf8)), source: "dailyledger/harbour.txt", removedBy: [:], forced: false)
            try t.write("Goldens/dailyledger/harbour.json.new", JSONWriter.pretty(proposal.json))
            let p = Process()
            p.executableURL = CommandLineTests.winnow
            p.arguments = ["goldens", "accept", "Goldens/dailyledger/harbour.json"]
            p.currentDirectoryURL = t.root
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32(2_000 * k))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let golden = try ArticleFile.read(t.url("Goldens/dailyledger/harbour.json"))
            #expect(golden.title == "Old" || golden.title == "New")
            #expect(golden.body?.count == long.count)
            outcomes.insert(golden.title ?? "")
        }
        #expect(!outcomes.isEmpty)
    }

    @Test(.enabled(if: built)) func checkShowsBlocksFieldsAndTheGoldenDiff() throws {
        let t = try Self.tree()
        defer { t.remove() }
        try t.write("Corpus/dailyledger/harbour.txt", Harbour.dump + "\nShare on Facebook\n")
        let r = try Self.run(["check", "Corpus/dailyledger/harbour.txt"], in: t.root)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("drop L"))
        #expect(r.out.contains("[share] Share on Facebook"))
        #expect(r.out.contains("keep L"))
        #expect(r.out.contains("-- golden "))
        #expect(r.out.contains("extra (extracted, not in the golden):"))
        #expect(r.out.contains("«ships waiting to unload"))
        #expect(!r.out.contains("\u{1B}["), "NO_COLOR gives plain text")
        let json = try JSONParser.parse(try Self.run(["check", "Corpus/dailyledger/harbour.txt", "--format", "json"], in: t.root).out)
        #expect(json["body"]?["recall"] == .number(1))
        #expect(json["blocks"]?.arrayValue?.contains { $0["rule"] == .string("share") } == true)
        let missing = try Self.run(["check", "Corpus/nope.txt"], in: t.root)
        #expect(missing.status == 2)
        #expect(missing.err.contains("nope.txt"))
    }
}
