import ArgumentParser

/// The `winnow` command: parses options, does I/O, maps errors to exit codes
/// (0 success, 1 a gate failed, 2 usage error or unreadable input). All logic is in the
/// libraries.
@main
struct Winnow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Clean scraped news, score extractors against goldens, and gate corpus quality.",
        version: "0.2.0",
        subcommands: [
            CleanCommand.self, CheckCommand.self, ScoreCommand.self, EvalCommand.self, BaselineCommand.self, GoldensCommand.self, StatsCommand.self,
            LearnCommand.self,
            RulesCommand.self,
            ImportCommand.self, ExportCommand.self,
        ]
    )
}
