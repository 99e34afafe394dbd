import ArgumentParser
import Foundation
import WinnowCore
import WinnowKit

/// `winnow import aeb <ground-truth.json> <html dir> --out DIR`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring a public benchmark into the Corpus/Goldens layout.",
        subcommands: [ImportAEB.self]
    )
}

struct ImportAEB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aeb",
        abstract: "The ScrapingHub article-extraction benchmark: ground-truth.json and its html/<id>.html.gz pages.",
        discussion: "Writes DIR/Corpus/<host>/<id>.html and DIR/Goldens/<host>/<id>.json (body only).")

    @Argument(help: "The benchmark's ground-truth.json.") var groundTruth: String
    @Argument(help: "The folder of its <id>.html.gz (or .html) pages.") var pages: String
    @Option(help: "Folder to write Corpus/ and Goldens/ into.") var out: String

    func run() throws {
        do {
            let s = try AEBInterop.importBenchmark(
                groundTruth: URL(fileURLWithPath: groundTruth), pages: URL(fileURLWithPath: pages), out: URL(fileURLWithPath: out))
            for p in s.problems { Console.error(p) }
            Console.out("imported \(s.pages) pages into \(out)/Corpus and \(out)/Goldens\n")
            if !s.problems.isEmpty { throw ExitCode.badInput }
        } catch let e as WinnowError {
            Console.error(e.description)
            throw ExitCode.badInput
        }
    }
}

/// `winnow export aeb --predictions DIR --out FILE`
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write predictions in a public benchmark's own format, for its own scorer.",
        subcommands: [ExportAEB.self]
    )
}

struct ExportAEB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aeb",
        abstract: "The ScrapingHub benchmark's prediction file: {\"<id>\": {\"articleBody\": \"…\"}}.")

    @Option(help: "Folder of Article JSON predictions (as `winnow clean --out` writes them).") var predictions: String
    @Option(help: "The JSON file to write.") var out: String

    func run() throws {
        do {
            let n = try AEBInterop.exportPredictions(URL(fileURLWithPath: predictions), to: URL(fileURLWithPath: out))
            Console.out("wrote \(n) predictions to \(out)\n")
        } catch {
            Console.error(error.description)
            throw ExitCode.badInput
        }
    }
}
