import ArgumentParser
import Foundation
import WinnowCore
import WinnowKit

/// `winnow eval [--corpus Corpus] [--goldens Goldens] [--report FILE] [--baseline FILE] [--junit FILE]`
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Clean the corpus, score it against the goldens, print the summary, gate on the baseline.",
        discussion: "Exits 1 when a figure falls below the baseline by more than \(Baseline.epsilon), or a golden is unreadable."
    )

    @OptionGroup var locations: CorpusLocations
    @Option(help: "Write the JSON report here.") var report: String?
    @Option(help: "Pinned figures to gate on (see `winnow baseline`).") var baseline: String?
    @Option(help: "Write a JUnit XML file with one test case per document.") var junit: String?

    func run() throws {
        try locations.check()
        let outcome = Evaluation.run(corpus: locations.corpusURL, goldens: locations.goldensURL)
        let rep = outcome.report
        Console.out(rep.textSummary())
        let pinned = try baseline.flatMap(BaselineFile.readIfPresent)
        // The same corpus cleaned with learned site profiles, each document's learned from its
        // site's other documents: what `winnow learn` would add, measured without cheating.
        let (loo, removed) = TemplateLearning.leaveOneOut(corpus: locations.corpusURL, goldens: locations.goldensURL)
        let with = loo.report.bodyMicro
        let without = rep.bodyMicro
        Console.out(
            "\nwith learned site profiles (leave-one-out: each document's from its site's other documents)\n"
                + String(
                    format:
                        "  body micro          P %.3f  R %.3f  F1 %.3f   (F1 %+.4f against no profiles; %d line(s) removed by profile.template)\n",
                    with.precision, with.recall, with.f1, with.f1 - without.f1, removed))
        var json = rep.json
        if case .object(var o) = json {
            func prf(_ p: PRF) -> JSONValue {
                .object(["precision": .number(round4(p.precision)), "recall": .number(round4(p.recall)), "f1": .number(round4(p.f1))])
            }
            o["profiles"] = .object([
                "method": .string("leave-one-out"),
                "body": .object(["micro": prf(with), "macro": prf(loo.report.bodyMacro)]),
                "difference": .object([
                    "micro_f1": .number(round4(with.f1 - without.f1)), "macro_f1": .number(round4(loo.report.bodyMacro.f1 - rep.bodyMacro.f1)),
                ]),
                "removed_lines": .number(Double(removed)),
            ])
            json = .object(o)
        }
        if let report { try FileIO.writeAtomically(JSONWriter.pretty(json), to: URL(fileURLWithPath: report)) }
        if let junit { try FileIO.writeAtomically(JUnitXML.render(rep, baseline: pinned), to: URL(fileURLWithPath: junit)) }
        var failed = outcome.hadBadGoldens
        if let pinned {
            let regressions = pinned.regressions(in: rep)
            if regressions.isEmpty {
                Console.out("\nbaseline: all \(pinned.figures.count) figures at or above \(baseline!) (epsilon \(Baseline.epsilon))\n")
            } else {
                Console.out("\nbaseline: \(regressions.count) figure(s) fell below \(baseline!):\n")
                for r in regressions { Console.out("  \(r.name): \(String(format: "%.4f", r.now)) < pinned \(String(format: "%.4f", r.pinned))\n") }
                failed = true
            }
        } else if let baseline {
            Console.out("\nbaseline: \(baseline) not found; nothing to gate on (pin one with `make baseline`)\n")
        }
        if outcome.hadBadGoldens { Console.error("eval: some goldens could not be read (listed under problems)") }
        if failed { throw ExitCode.gateFailed }
    }
}

/// Where the corpus and goldens are.
struct CorpusLocations: ParsableArguments {
    @Option(help: "Folder of scraped files.") var corpus: String = "Corpus"
    @Option(help: "Folder of golden Article JSON files.") var goldens: String = "Goldens"

    var corpusURL: URL { URL(fileURLWithPath: corpus) }
    var goldensURL: URL { URL(fileURLWithPath: goldens) }

    func check() throws {
        for (name, dir) in [("--corpus", corpus), ("--goldens", goldens)] {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                Console.error("\(dir): \(name) folder not found")
                throw ExitCode.badInput
            }
        }
    }
}

enum BaselineFile {
    static func readIfPresent(_ path: String) throws -> Baseline? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let bytes = try FileIO.readBytes(URL(fileURLWithPath: path))
            return try Baseline(json: try JSONParser.parse(bytes: bytes))
        } catch let e as JSONSyntaxError {
            Console.error("\(path):\(e.line):\(e.column): invalid JSON: \(e.message)")
            throw ExitCode.badInput
        } catch {
            Console.error("\(path): \(error)")
            throw ExitCode.badInput
        }
    }
}
