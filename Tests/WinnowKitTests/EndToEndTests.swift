import Foundation
import Testing
import WinnowCore

@testable import WinnowKit

/// A throwaway folder under the system temporary directory.
struct TempTree {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL { try write(relative, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> URL {
        let u = url(relative)
        try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: u)
        return u
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// One small article, its dump and its golden.
enum Harbour {
    static let title = "Harbour workers walk out over pay"
    static let body = [
        "Dock workers at the harbour walked out on Thursday morning after talks with the port authority over a new pay deal broke down late on Wednesday night.",
        "The union said the strike would continue until the authority returned to the table with an offer that matched the rising cost of living in the town.",
        "A spokesman for the port authority said the offer on the table was fair, and that the authority remained open to further talks with the union next week.",
        "Ships waiting to unload were being diverted to neighbouring ports, and several hauliers said they expected delays to last into the weekend at least.",
    ]
    static let dump = (["date 2021-03-04 The Daily Ledger", title, "By Jane Roe"] + body).joined(separator: "\n\n") + "\n"
    static let golden = Article(title: title, authors: ["Jane Roe"], date: "2021-03-04", site: "The Daily Ledger", body: body).prettyJSON
    /// A golden whose second line lacks its comma: the error is at line 3, column 3.
    static let brokenGolden = "{\n  \"title\": \"Harbour workers walk out over pay\"\n  \"body\": []\n}\n"
}

@Suite(.serialized) struct EvaluationTests {
    @Test func problemsAreListedAndTheRestIsScored() throws {
        let t = try TempTree()
        defer { t.remove() }
        try t.write("corpus/dailyledger/harbour.txt", Harbour.dump)
        try t.write("goldens/dailyledger/harbour.json", Harbour.golden)
        try t.write("corpus/dailyledger/broken.txt", Harbour.dump)
        try t.write("goldens/dailyledger/broken.json", Harbour.brokenGolden)
        try t.write("corpus/dailyledger/orphan.txt", Harbour.dump)
        try t.write("goldens/dailyledger/lonely.json", Harbour.golden)
        try t.write("corpus/misc/binary.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42])
        try t.write("goldens/misc/binary.json", #"{"body": ["Dock workers walked out."]}"#)
        try t.write("corpus/misc/empty.txt", bytes: [])
        try t.write("goldens/misc/empty.json", #"{"title": "", "authors": [], "body": []}"#)
        let corpus = t.url("corpus")
        let goldens = t.url("goldens")

        let outcome = Evaluation.run(corpus: corpus, goldens: goldens)
        let report = outcome.report
        #expect(outcome.hadBadGoldens)
        #expect(report.documents.map(\.id) == ["dailyledger/harbour.txt", "misc/binary.txt", "misc/empty.txt"])

        let problems = report.problems
        #expect(problems.count == 5, "\(problems)")
        #expect(problems.contains { $0.hasSuffix("misc/empty.txt: warning: empty file") })
        #expect(problems.contains("\(goldens.path)/dailyledger/broken.json:3:3: invalid JSON: expected ',' or '}' in object"))
        #expect(problems.contains("\(goldens.path)/dailyledger/lonely.json: golden without corpus file"))
        #expect(
            problems.contains {
                $0.hasSuffix("dailyledger/orphan.txt: corpus file without golden (expected \(goldens.path)/dailyledger/orphan.json)")
            })
        #expect(problems.contains { $0.hasSuffix("misc/binary.txt: binary file skipped (contains NUL bytes) (scored as an empty prediction)") })

        let byID = Dictionary(uniqueKeysWithValues: report.documents.map { ($0.id, $0) })
        let harbour = try #require(byID["dailyledger/harbour.txt"])
        #expect(harbour.bodyScores?.f1 == 1)
        #expect(harbour.title == true)
        #expect(harbour.date == true)
        #expect(harbour.siteName == true)
        #expect(harbour.authors == Counts(matched: 1, predicted: 1, expected: 1))
        #expect(!harbour.predictionMissing)
        #expect(harbour.site == "dailyledger")

        let binary = try #require(byID["misc/binary.txt"])
        #expect(binary.predictionMissing)
        #expect(binary.body == Counts(matched: 0, predicted: 0, expected: 4))
        #expect(binary.bodyScores?.recall == 0)

        let empty = try #require(byID["misc/empty.txt"])
        #expect(!empty.predictionMissing)
        #expect(empty.bodyScores?.f1 == 1)
        #expect(empty.title == true)
        #expect(empty.authors == Counts())
    }

    @Test func cleanCorpusHasNoProblems() throws {
        let t = try TempTree()
        defer { t.remove() }
        try t.write("corpus/dailyledger/harbour.txt", Harbour.dump)
        try t.write("goldens/dailyledger/harbour.json", Harbour.golden)
        let outcome = Evaluation.run(corpus: t.url("corpus"), goldens: t.url("goldens"))
        #expect(!outcome.hadBadGoldens)
        #expect(outcome.report.problems == [])
        #expect(outcome.report.bodyMicro.f1 == 1)
        #expect(outcome.report.documents.count == 1)
    }

    @Test func missingPredictionScoresAsEmpty() throws {
        let t = try TempTree()
        defer { t.remove() }
        try t.write("goldens/s/a.json", #"{"title": "Alpha", "body": ["alpha beta gamma"]}"#)
        try t.write("goldens/s/b.json", #"{"title": "Beta", "body": ["delta epsilon"]}"#)
        try t.write("predictions/s/a.json", #"{"title": "Alpha", "body": ["alpha beta gamma"]}"#)
        try t.write("predictions/s/extra.json", #"{"title": "Extra"}"#)
        let predictions = t.url("predictions")

        let outcome = Evaluation.score(goldens: t.url("goldens"), predictions: predictions)
        #expect(!outcome.hadBadGoldens)
        #expect(outcome.report.problems == ["\(predictions.path)/s/extra.json: prediction without golden"])
        let docs = outcome.report.documents
        #expect(docs.map(\.id) == ["s/a.json", "s/b.json"])
        #expect(!docs[0].predictionMissing)
        #expect(docs[0].bodyScores?.f1 == 1)
        #expect(docs[0].title == true)
        #expect(docs[1].predictionMissing)
        #expect(docs[1].body == Counts(matched: 0, predicted: 0, expected: 2))
        #expect(docs[1].bodyScores?.f1 == 0)
        #expect(docs[1].title == false)
        // matched 3, predicted 3, expected 5
        #expect(outcome.report.bodyMicro.precision == 1)
        #expect(abs(outcome.report.bodyMicro.recall - 0.6) < 1e-12)
    }

    @Test func unreadablePredictionIsAProblemNotABadGolden() throws {
        let t = try TempTree()
        defer { t.remove() }
        try t.write("goldens/s/a.json", #"{"body": ["alpha"]}"#)
        try t.write("predictions/s/a.json", "{\"body\": [\"alpha\"")
        let outcome = Evaluation.score(goldens: t.url("goldens"), predictions: t.url("predictions"))
        #expect(!outcome.hadBadGoldens)
        #expect(outcome.report.problems.count == 1)
        #expect(outcome.report.problems.first?.hasSuffix("(scored as an empty prediction)") == true)
        #expect(outcome.report.problems.first?.contains("s/a.json:1:") == true)
        #expect(outcome.report.documents.first?.bodyScores?.f1 == 0)
    }

    @Test func writeAtomicallyReplacesAndLeavesNoTemporaryFiles() throws {
        let t = try TempTree()
        defer { t.remove() }
        let target = t.url("out/deeper/a.json")
        try FileIO.writeAtomically("one\n", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "one\n")
        try FileIO.writeAtomically("two: Müller\n", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "two: Müller\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: t.url("out/deeper").path) == ["a.json"])

        try t.write("blocker", "a file where a folder should be")
        #expect(throws: WinnowError.self) { try FileIO.writeAtomically("x", to: t.url("blocker/a.json")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: t.root.path).sorted() == ["blocker", "out"])
    }

    @Test func articleFileNamesFileLineAndColumn() throws {
        let t = try TempTree()
        defer { t.remove() }
        let url = try t.write("g.json", Harbour.brokenGolden)
        #expect(throws: WinnowError.self) { try ArticleFile.read(url) }
        do { _ = try ArticleFile.read(url) } catch {
            #expect(error.description == "\(url.path):3:3: invalid JSON: expected ',' or '}' in object")
        }
        let missing = t.url("nope.json")
        do { _ = try ArticleFile.read(missing) } catch {
            #expect(error.description.hasPrefix("\(missing.path): cannot read"))
        }
    }
}

/// Runs the built `winnow` (`swift build` puts it in `.build/debug`) on tiny inputs.
@Suite(.serialized) struct CommandLineTests {
    static let winnow = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../.build/debug/winnow").standardizedFileURL
    static let built = FileManager.default.isExecutableFile(atPath: winnow.path)

    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        // Standard error goes to a file, so neither stream can fill a pipe and block the child.
        let scratch = try TempTree()
        defer { scratch.remove() }
        let errFile = try scratch.write("stderr", "")
        let p = Process()
        p.executableURL = winnow
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = try FileHandle(forWritingTo: errFile)
        try p.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let err = try String(contentsOf: errFile, encoding: .utf8)
        return Run(status: p.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: err)
    }

    static func tree(brokenGolden: Bool = false) throws -> TempTree {
        let t = try TempTree()
        try t.write("corpus/dailyledger/harbour.txt", Harbour.dump)
        try t.write("goldens/dailyledger/harbour.json", Harbour.golden)
        if brokenGolden {
            try t.write("corpus/dailyledger/broken.txt", Harbour.dump)
            try t.write("goldens/dailyledger/broken.json", Harbour.brokenGolden)
        }
        return t
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func cleanPrintsArticleJSON() throws {
        let t = try TempTree()
        defer { t.remove() }
        let file = try t.write("harbour.txt", Harbour.dump)
        let r = try Self.run(["clean", file.path])
        #expect(r.status == 0, "\(r.err)")
        let article = try Article(json: try JSONParser.parse(r.out))
        #expect(article.title == Harbour.title)
        #expect(article.authors == ["Jane Roe"])
        #expect(article.date == "2021-03-04")
        #expect(article.site == "The Daily Ledger")
        #expect(article.body == Harbour.body)
        #expect(r.out.hasSuffix("}\n"))
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func cleanExplainsRemovals() throws {
        let t = try TempTree()
        defer { t.remove() }
        let file = try t.write("harbour.txt", Harbour.dump)
        let r = try Self.run(["clean", "--format", "text", "--explain", file.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("title:    \(Harbour.title)\n"))
        #expect(r.out.contains("[header.crawler] L1: date 2021-03-04 The Daily Ledger"))
        #expect(r.out.contains("[byline] L5: By Jane Roe"))
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func cleanWritesOneFilePerInput() throws {
        let t = try Self.tree()
        defer { t.remove() }
        let r = try Self.run(["clean", t.url("corpus").path, "--out", t.url("out").path])
        #expect(r.status == 0, "\(r.err)")
        let written = try String(contentsOf: t.url("out/dailyledger/harbour.json"), encoding: .utf8)
        #expect(written == Harbour.golden)
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func cleanOfUnreadableInputExitsTwo() throws {
        let t = try TempTree()
        defer { t.remove() }
        let missing = try Self.run(["clean", t.url("no-such-file.txt").path])
        #expect(missing.status == 2)
        #expect(missing.err.contains("no such file or folder"))
        #expect(missing.out == "")

        let binary = try t.write("binary.txt", bytes: [0x00, 0x01, 0x02, 0x03])
        let b = try Self.run(["clean", binary.path])
        #expect(b.status == 2)
        #expect(b.err.contains("binary file skipped"))
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func badHTMLFilesAreNamedAndTheOthersStillCleaned() throws {
        let t = try TempTree()
        defer { t.remove() }
        _ = try t.write(
            "pages/good.html",
            "<html><body><h1>Harbour Plan Agreed</h1><p>The council agreed the plan on Tuesday after a long debate.</p></body></html>")
        _ = try t.write("pages/empty.html", "")
        _ = try t.write("pages/image.html", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        _ = try t.write("pages/truncated.html", "<html><body><h1>Dock Strike Ends</h1><p>Dock workers went back to work on Monday after")
        let r = try Self.run(["clean", t.url("pages").path, "--out", t.url("out").path])
        #expect(r.status == 2)
        #expect(r.err.contains("pages/empty.html"))
        #expect(r.err.contains("pages/image.html"))
        let good = try JSONParser.parse(String(contentsOf: t.url("out/good.json"), encoding: .utf8))
        #expect(good["body"] == .array([.string("The council agreed the plan on Tuesday after a long debate.")]))
        let cut = try JSONParser.parse(String(contentsOf: t.url("out/truncated.json"), encoding: .utf8))
        #expect(cut["title"] == .string("Dock Strike Ends"))
        #expect(!FileManager.default.fileExists(atPath: t.url("out/empty.json").path))
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func evalSucceedsAndWritesTheReport() throws {
        let t = try Self.tree()
        defer { t.remove() }
        let report = t.url("eval/report.json")
        let r = try Self.run(["eval", "--corpus", t.url("corpus").path, "--goldens", t.url("goldens").path, "--report", report.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("Winnow evaluation: 1 documents\n"))
        let json = try JSONParser.parse(String(contentsOf: report, encoding: .utf8))
        #expect(json["documents"] == .number(1))
        #expect(json["body"]?["micro"]?["f1"] == .number(1))
        #expect(json["fields"]?["title"]?["accuracy"] == .number(1))
        #expect(json["authors"]?["scored"] == .number(1))
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func evalWithABadGoldenExitsOne() throws {
        let t = try Self.tree(brokenGolden: true)
        defer { t.remove() }
        let goldens = t.url("goldens")
        let r = try Self.run(["eval", "--corpus", t.url("corpus").path, "--goldens", goldens.path])
        #expect(r.status == 1)
        #expect(r.out.hasPrefix("Winnow evaluation: 1 documents\n"))
        #expect(r.out.contains("\(goldens.path)/dailyledger/broken.json:3:3: invalid JSON"))
        #expect(r.err.contains("some goldens could not be read"))
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func evalBelowTheBaselineExitsOne() throws {
        let t = try Self.tree()
        defer { t.remove() }
        // The golden wants one more paragraph than the article has: recall falls below 1.
        let golden = Article(title: Harbour.title, body: Harbour.body + ["A paragraph the scrape never had in it at all."])
        try t.write("goldens/dailyledger/harbour.json", golden.prettyJSON)
        let baseline = try t.write("baseline.json", #"{"figures": {"body.micro.f1": 1.0}, "documents": {}}"#)
        let r = try Self.run(["eval", "--corpus", t.url("corpus").path, "--goldens", t.url("goldens").path, "--baseline", baseline.path])
        #expect(r.status == 1)
        #expect(r.out.contains("baseline: 1 figure(s) fell below"))
        #expect(r.out.contains("body.micro.f1"))
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func evalOfAMissingFolderExitsTwo() throws {
        let t = try Self.tree()
        defer { t.remove() }
        let r = try Self.run(["eval", "--corpus", t.url("nowhere").path, "--goldens", t.url("goldens").path])
        #expect(r.status == 2)
        #expect(r.err.contains("--corpus folder not found"))
    }

    @Test(.enabled(if: built, "winnow is not built at .build/debug/winnow: run `swift build` first"))
    func scoreCountsAMissingPredictionAsEmpty() throws {
        let t = try TempTree()
        defer { t.remove() }
        try t.write("goldens/s/a.json", #"{"body": ["alpha beta gamma"]}"#)
        try t.write("goldens/s/b.json", #"{"body": ["delta epsilon"]}"#)
        try t.write("predictions/s/a.json", #"{"body": ["alpha beta gamma"]}"#)
        let r = try Self.run(["score", "--goldens", t.url("goldens").path, "--predictions", t.url("predictions").path])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Winnow evaluation: 2 documents"))
        #expect(r.out.contains("s/b.json  (no prediction)"))
    }
}
