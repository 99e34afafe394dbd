import ArgumentParser
import Foundation
import WinnowCore
import WinnowKit

/// `winnow baseline [--baseline FILE] [--allow-lower]`: re-pin the figures `eval` gates on.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Evaluate the corpus and pin its figures as the new baseline.",
        discussion: "Refuses to lower any pinned figure unless --allow-lower is given: a drop must be a decision, not an accident."
    )

    @OptionGroup var locations: CorpusLocations
    @Option(help: "The baseline file to write.") var baseline: String = "eval/baseline.json"
    @Flag(help: "Accept figures lower than the ones pinned now.") var allowLower = false

    func run() throws {
        try locations.check()
        let outcome = Evaluation.run(corpus: locations.corpusURL, goldens: locations.goldensURL)
        if outcome.hadBadGoldens {
            Console.error("baseline: some goldens could not be read; fix them first:")
            for p in outcome.report.problems { Console.error("  " + p) }
            throw ExitCode.gateFailed
        }
        let fresh = Baseline(report: outcome.report)
        if let old = try BaselineFile.readIfPresent(baseline) {
            let lowered = old.lowered(by: fresh)
            if !lowered.isEmpty && !allowLower {
                Console.error("baseline: refusing to lower \(lowered.count) figure(s) without --allow-lower:")
                for l in lowered { Console.error("  \(l.name): \(String(format: "%.4f", l.old)) -> \(String(format: "%.4f", l.new))") }
                throw ExitCode.gateFailed
            }
        }
        try FileIO.writeAtomically(JSONWriter.pretty(fresh.json), to: URL(fileURLWithPath: baseline))
        Console.out("pinned \(fresh.figures.count) figures and \(fresh.documents.count) documents to \(baseline)\n")
        for k in fresh.figures.keys.sorted() { Console.out("  \(k): \(String(format: "%.4f", fresh.figures[k]!))\n") }
    }
}

/// `winnow rules`: every rule id with what it removes.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rule ids that ledgers use.")
    func run() {
        for r in RuleCatalog.all { Console.out("\(r.id.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)) \(r.summary)\n") }
    }
}
