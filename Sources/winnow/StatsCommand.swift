import ArgumentParser
import Foundation
import WinnowCore
import WinnowKit

/// `winnow stats PATH... [--format text|json|markdown]`: how clean a whole corpus is.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract:
            "Corpus quality: per-site counts, body lengths, removals per rule, empty and short bodies, encoding damage, duplicates, agency copy.",
        discussion:
            "A document's site is the first folder under each PATH. Files that cannot be read are listed on standard error and the rest is counted."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @Argument(help: "Corpus folders or files.") var paths: [String]
    @Option(help: "text, json or markdown.") var format: Format = .text

    func run() throws {
        let (roots, failed) = existingPaths(paths)
        if roots.isEmpty { throw ExitCode.badInput }
        let (stats, problems) = StatsReport.compute(roots)
        for p in problems { Console.error(p) }
        switch format {
        case .text: Console.out(StatsReport.text(stats))
        case .markdown: Console.out(StatsReport.text(stats, markdown: true))
        case .json: Console.out(JSONWriter.pretty(StatsReport.json(stats)))
        }
        if failed || !problems.isEmpty { throw ExitCode.badInput }
    }
}
