import ArgumentParser
import Foundation
import WinnowCore
import WinnowKit

/// `winnow check FILE [--golden PATH] [--format text|json]`: spot-check one scraped file.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Spot-check one file: every block kept or removed with its rule, the fields, and the diff against its golden.",
        discussion: """
            A file under a Corpus/ folder is compared with the golden at the same place under Goldens/ when there is one; \
            --golden names another. Colour on a terminal; plain text when piped or NO_COLOR is set.
            """
    )

    @Argument(help: "A scraped text dump or HTML page.") var file: String
    @Option(help: "Golden Article JSON to compare with.") var golden: String?
    @Option(help: "text or json.") var format: CleanCommand.Format = .text

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let goldenURL = golden.map { URL(fileURLWithPath: $0) } ?? SpotCheck.defaultGolden(for: url)
        do {
            let check = try SpotCheck.run(file: url, golden: goldenURL)
            Console.out(format == .json ? JSONWriter.pretty(check.json) : check.text(color: GoldenOptions.colour))
        } catch {
            Console.error("\(error)")
            throw ExitCode.badInput
        }
    }
}
