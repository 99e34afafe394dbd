import ArgumentParser
import Foundation
import WinnowCore
import WinnowKit

/// `winnow learn PATH... --out PROFILE [--merge PROFILE...]`: per-site template profiles.
struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Learn per-site template profiles: the lines most of a site's pages share, whatever their words.",
        discussion: """
            A document's site is the first folder under each PATH. Lines are normalised (case folded, digits as #); \
            a line is template when it is in at least --min-share of a site's distinct documents and in --min-count of them, \
            for sites with at least --min-documents. Copies of one article count once. Profiles merge exactly: \
            `winnow learn A/ --out a.json`, `winnow learn B/ --out b.json`, `winnow learn --merge a.json b.json --out ab.json` \
            equals learning A/ and B/ together. Use a profile with `winnow clean --profiles`.
            """
    )

    @Argument(help: "Corpus folders (or files) to learn from.") var paths: [String] = []
    @Option(help: "Write the profile here.") var out: String
    @Option(parsing: .upToNextOption, help: "Profiles to merge into this one.") var merge: [String] = []
    @Option(help: "Sites with fewer distinct documents learn nothing.") var minDocuments = 5
    @Option(help: "Share of a site's distinct documents a template line is in.") var minShare = 0.5
    @Option(help: "Distinct documents a template line is in, at least.") var minCount = 3

    func validate() throws {
        if paths.isEmpty && merge.isEmpty { throw ValidationError("give corpus folders to learn from, or --merge profiles") }
        if minShare <= 0 || minShare > 1 { throw ValidationError("--min-share must be in (0, 1]") }
    }

    func run() throws {
        var failed = false
        var state = TemplateState()
        var documents = 0
        if !paths.isEmpty {
            let (roots, missing) = existingPaths(paths)
            failed = missing
            // Nothing to learn from: no profile is written (an empty one would pass for a result).
            if roots.isEmpty && merge.isEmpty { throw ExitCode.badInput }
            let outcome = TemplateLearning.learn(roots)
            for p in outcome.problems { Console.error(p) }
            failed = failed || !outcome.problems.isEmpty
            state = outcome.state
            documents = outcome.documents.count
        }
        for m in merge {
            do { state = state.merged(with: try TemplateLearning.read(URL(fileURLWithPath: m)).0) } catch {
                Console.error("\(error)")
                throw ExitCode.badInput
            }
        }
        let thresholds = TemplateProfile.Thresholds(minDocuments: minDocuments, minShare: minShare, minCount: minCount)
        try FileIO.writeAtomically(JSONWriter.pretty(TemplateLearning.json(state, thresholds: thresholds)), to: URL(fileURLWithPath: out))
        let profile = TemplateProfile(state: state, thresholds: thresholds)
        var s = "learned from \(documents) document(s)\(merge.isEmpty ? "" : " and \(merge.count) profile(s)") → \(out)\n"
        for name in state.sites.keys.sorted() {
            let n = state.sites[name]!.documents.count
            if let p = profile.sites[name] {
                s += "  \(name): \(n) distinct documents, \(p.lines.count) template line(s)\n"
            } else {
                s += "  \(name): \(n) distinct documents (under \(minDocuments): nothing learned)\n"
            }
        }
        Console.out(s)
        if failed { throw ExitCode.badInput }
    }
}
