import ArgumentParser
import Foundation
import WinnowCore
import WinnowKit

/// `winnow score --goldens DIR --predictions DIR [--report FILE]`
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score any extractor's Article JSON files against goldens (missing prediction = empty article)."
    )

    @Option(help: "Folder of golden Article JSON files.") var goldens: String
    @Option(help: "Folder of predicted Article JSON files, same relative paths.") var predictions: String
    @Option(help: "Write the JSON report here.") var report: String?

    func run() throws {
        for (name, dir) in [("--goldens", goldens), ("--predictions", predictions)] {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                Console.error("\(dir): \(name) is not a folder")
                throw ExitCode.badInput
            }
        }
        let outcome = Evaluation.score(goldens: URL(fileURLWithPath: goldens), predictions: URL(fileURLWithPath: predictions))
        Console.out(outcome.report.textSummary())
        if let report {
            try FileIO.writeAtomically(JSONWriter.pretty(outcome.report.json), to: URL(fileURLWithPath: report))
        }
        if outcome.hadBadGoldens { throw ExitCode.gateFailed }
    }
}
