import ArgumentParser
import Foundation
import WinnowCore
import WinnowKit

/// `winnow goldens status|update|review|accept|reject`: the loop after a rule fix. Proposals
/// are written beside goldens (`*.json.new`), never over them; a person accepts them.
struct GoldensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goldens",
        abstract: "See which documents drifted from their goldens, propose new goldens, review them.",
        discussion: """
            The loop: fix a rule, `winnow goldens status`, `winnow goldens update PATH... | --all`, \
            `winnow goldens review`, commit. Goldens marked "reviewed": true are never replaced without --force. \
            With CI set, nothing is ever written under Goldens/.
            """,
        subcommands: [GoldensStatus.self, GoldensUpdate.self, GoldensReview.self, GoldensAccept.self, GoldensReject.self]
    )
}

/// Shared by the goldens subcommands: the tree, the CI guard, path resolution.
struct GoldenOptions: ParsableArguments {
    @OptionGroup var locations: CorpusLocations

    func tree() throws -> GoldenTree {
        try locations.check()
        do { return try GoldenTree(corpus: locations.corpusURL, goldens: locations.goldensURL) } catch {
            Console.error("\(error)")
            throw ExitCode.badInput
        }
    }

    /// Golden paths named by `paths`; a path outside Corpus/ and Goldens/ is refused.
    func goldenPaths(_ paths: [String], in tree: GoldenTree) throws -> [String] {
        var out: [String] = []
        var bad = false
        for p in paths {
            do { out += try tree.goldenPaths(named: p) } catch {
                Console.error("\(error)")
                bad = true
            }
        }
        if bad { throw ExitCode.badInput }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// Goldens are written by people on their machines, never by CI (a run that records its
    /// own expectations always passes).
    static func refuseInCI(_ what: String) throws {
        let ci = ProcessInfo.processInfo.environment["CI"] ?? ""
        guard ci.isEmpty || ci == "0" || ci.lowercased() == "false" else {
            Console.error("\(what): CI is set, and goldens are never written in CI. Run it on your machine, review, and commit the goldens.")
            throw ExitCode.badInput
        }
    }

    static var colour: Bool {
        let env = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) == 1 && (env["NO_COLOR"] ?? "").isEmpty && env["TERM"] != "dumb"
    }
}

struct GoldensStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "For every document: does the output match its golden? Missing and orphan goldens, pending proposals.",
        discussion: "Exits 1 when anything drifted (or a golden is missing, orphan or unreadable), 0 when all match."
    )

    @OptionGroup var options: GoldenOptions
    @Option(help: "An earlier `winnow eval --report` file: the F1 change is measured against it.") var since: String = "eval/report.json"
    @Option(help: "text or json.") var format: CleanCommand.Format = .text
    @Argument(help: "Limit to these documents or folders (under Corpus/ or Goldens/).") var paths: [String] = []

    func run() throws {
        let tree = try options.tree()
        let only = paths.isEmpty ? nil : Set(try options.goldenPaths(paths, in: tree))
        let status = GoldenStatus.compute(tree: tree, only: only, previous: Self.previousF1(since))
        Console.out(format == .json ? JSONWriter.pretty(GoldenStatusText.json(status)) : GoldenStatusText.render(status, tree: tree, since: since))
        let clean = status.documents.allSatisfy { !$0.isDrift } && status.orphans.isEmpty
        if !clean { throw ExitCode.gateFailed }
    }

    /// Per-document body F1 from a report `winnow eval --report` wrote; empty when absent.
    static func previousF1(_ path: String) -> [String: Double] {
        guard let bytes = try? FileIO.readBytes(URL(fileURLWithPath: path)), let report = try? JSONParser.parse(bytes: bytes),
            let docs = report["per_document"]?.objectValue
        else { return [:] }
        var out: [String: Double] = [:]
        for (id, v) in docs { if let f1 = v["f1"]?.numberValue { out[id] = f1 } }
        return out
    }
}

struct GoldensUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Write proposals (<golden>.json.new) for drifted documents; goldens themselves are not touched.",
        discussion: "Reviewed goldens, corrupt goldens and twins that disagree are skipped and listed; --force proposes over the first two."
    )

    @OptionGroup var options: GoldenOptions
    @Flag(help: "Every drifted document.") var all = false
    @Flag(help: "Also propose over reviewed or corrupt goldens.") var force = false
    @Argument(help: "Documents or folders (under Corpus/ or Goldens/).") var paths: [String] = []

    func run() throws {
        try GoldenOptions.refuseInCI("goldens update")
        guard all || !paths.isEmpty else {
            Console.error("goldens update: name the documents to propose for (PATH...), or pass --all")
            throw ExitCode.badInput
        }
        let tree = try options.tree()
        let only = all ? nil : Set(try options.goldenPaths(paths, in: tree))
        let status = GoldenStatus.compute(tree: tree, only: only)
        let outcome = GoldenWriter.update(status, tree: tree, force: force)
        var s = "proposals written: \(outcome.written.count); unchanged: \(outcome.unchanged)\n"
        for path in outcome.written {
            let golden = try? ArticleFile.read(tree.goldenURL(path))
            guard let proposal = try? Proposal.read(tree.proposalURL(path)) else { continue }
            let sum = ProposalDiff.summary(golden: golden, proposal: proposal)
            s += "  \(path).new  \(sum.fields.joined(separator: ", "))  (-\(sum.paragraphsOut) +\(sum.paragraphsIn) paragraphs)\n"
        }
        if !outcome.protected.isEmpty {
            s += "reviewed goldens kept as they are (--force to propose anyway): \(outcome.protected.count)\n"
            for p in outcome.protected { s += "  \(p)\n" }
        }
        for r in outcome.refused { s += "not proposed: \(r)\n" }
        if !outcome.written.isEmpty { s += "next: `winnow goldens review` (or `make review`), then commit the goldens\n" }
        Console.out(s)
        for e in outcome.errors { Console.error(e) }
        if !outcome.errors.isEmpty { throw ExitCode.badInput }
    }
}

struct GoldensReview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Walk the proposals one document at a time: accept, reject or skip each.",
        discussion: """
            Answers: a accept, r reject, s skip, A accept all remaining (after their summary, confirmed with "yes"), q quit. \
            Every decision is applied at once, so a review that stops is resumed by running it again.
            """
    )

    @OptionGroup var options: GoldenOptions
    @Argument(help: "Limit to these documents or folders.") var paths: [String] = []

    func run() throws {
        try GoldenOptions.refuseInCI("goldens review")
        let tree = try options.tree()
        let only = paths.isEmpty ? nil : Set(try options.goldenPaths(paths, in: tree))
        let pending = CorpusLayout.files(under: tree.goldens, extensions: ["new"]).compactMap { Proposal.goldenPath(ofFile: $0.relative) }
            .filter { only?.contains($0) ?? true }
        guard !pending.isEmpty else {
            Console.out("no proposals to review\n")
            return
        }
        let colour = GoldenOptions.colour
        var accepted = 0
        var rejected = 0
        var skipped = 0
        var failed = false
        var k = 0
        review: while k < pending.count {
            let path = pending[k]
            let golden = try? ArticleFile.read(tree.goldenURL(path))
            let proposal: Proposal
            do { proposal = try Proposal.read(tree.proposalURL(path)) } catch {
                Console.error("\(error)")
                failed = true
                k += 1
                continue
            }
            Console.out("\n[\(k + 1)/\(pending.count)] " + ProposalDiff.render(path: path, golden: golden, proposal: proposal, color: colour))
            Console.out("accept [a], reject [r], skip [s], accept all remaining [A], quit [q]? ")
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces) else { break review }
            switch answer {
            case "a":
                if apply(GoldenWriter.accept, path, tree) { accepted += 1 } else { failed = true }
            case "r":
                if apply(GoldenWriter.reject, path, tree) { rejected += 1 } else { failed = true }
            case "s", "":
                skipped += 1
            case "q":
                break review
            case "A":
                // Bulk acceptance only after the summary of everything it would accept.
                let rest = pending[k...]
                Console.out("\nremaining proposals (\(rest.count)):\n")
                for p in rest {
                    guard let pr = try? Proposal.read(tree.proposalURL(p)) else { continue }
                    let sum = ProposalDiff.summary(golden: try? ArticleFile.read(tree.goldenURL(p)), proposal: pr)
                    Console.out("  \(p)  \(sum.fields.joined(separator: ", "))  (-\(sum.paragraphsOut) +\(sum.paragraphsIn) paragraphs)\n")
                }
                Console.out("accept all \(rest.count)? type yes: ")
                guard readLine()?.trimmingCharacters(in: .whitespaces) == "yes" else { continue review }
                for p in rest { if apply(GoldenWriter.accept, p, tree) { accepted += 1 } else { failed = true } }
                k = pending.count
                continue review
            default:
                Console.out("answer a, r, s, A or q\n")
                continue review
            }
            k += 1
        }
        let left = CorpusLayout.files(under: tree.goldens, extensions: ["new"]).count
        Console.out("\naccepted \(accepted), rejected \(rejected), skipped \(skipped); \(left) proposal(s) left\n")
        if failed { throw ExitCode.badInput }
    }

    func apply(_ action: (String, GoldenTree) throws(WinnowError) -> Void, _ path: String, _ tree: GoldenTree) -> Bool {
        do {
            try action(path, tree)
            return true
        } catch {
            Console.error("\(error)")
            return false
        }
    }
}

struct GoldensAccept: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept", abstract: "Make proposals the goldens (for scripts; `review` is the interactive way).")
    @OptionGroup var options: GoldenOptions
    @Argument(help: "Documents, goldens, proposals or folders.") var paths: [String]

    func run() throws {
        try GoldenOptions.refuseInCI("goldens accept")
        try GoldenProposalAction.run(options: options, paths: paths, verb: "accepted", action: GoldenWriter.accept)
    }
}

struct GoldensReject: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Drop proposals; the goldens stay as they are.")
    @OptionGroup var options: GoldenOptions
    @Argument(help: "Documents, goldens, proposals or folders.") var paths: [String]

    func run() throws {
        try GoldenOptions.refuseInCI("goldens reject")
        try GoldenProposalAction.run(options: options, paths: paths, verb: "rejected", action: GoldenWriter.reject)
    }
}

enum GoldenProposalAction {
    static func run(options: GoldenOptions, paths: [String], verb: String, action: (String, GoldenTree) throws(WinnowError) -> Void) throws {
        let tree = try options.tree()
        var targets = try options.goldenPaths(paths, in: tree)
        // A folder stands for the proposals in it; a file named on its own must have one.
        let named = Set(paths.filter { !isDirectory($0) }.flatMap { (try? tree.goldenPaths(named: $0)) ?? [] })
        targets = targets.filter { named.contains($0) || FileManager.default.fileExists(atPath: tree.proposalURL($0).path) }
        var failed = false
        for path in targets {
            do {
                try action(path, tree)
                Console.out("\(verb) \(tree.goldenURL(path).path)\n")
            } catch {
                Console.error("\(error)")
                failed = true
            }
        }
        if targets.isEmpty { Console.out("no proposals there\n") }
        if failed { throw ExitCode.badInput }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
