import Foundation
import WinnowCore

/// `winnow eval`: clean every corpus file, score it against its golden, report.
///
/// Nothing here stops at a bad file: unreadable goldens, corpus files without goldens,
/// goldens without corpus files and files that cannot be cleaned are listed as problems and
/// the rest is still scored.
public enum Evaluation {
    public struct Outcome: Sendable {
        public var report: Report
        /// Whether any golden could not be read (the run must then exit 1).
        public var hadBadGoldens: Bool
    }

    public static func run(corpus: URL, goldens: URL, profiles: (@Sendable (CorpusLayout.Entry) -> TemplateMatcher?)? = nil) -> Outcome {
        let entries = CorpusLayout.corpus(corpus)
        let goldenFiles = CorpusLayout.files(under: goldens, extensions: ["json"])
        let goldenSet = Set(goldenFiles.map(\.relative))
        var problems = [String]()
        let used = Set(entries.map(\.goldenPath))
        for g in goldenFiles where !used.contains(g.relative) {
            problems.append("\(goldens.appendingPathComponent(g.relative).path): golden without corpus file")
        }
        let results = Parallel.map(entries) { entry -> (DocumentScore?, [String], Bool) in
            guard goldenSet.contains(entry.goldenPath) else {
                return (
                    nil, ["\(entry.url.path): corpus file without golden (expected \(goldens.appendingPathComponent(entry.goldenPath).path))"], false
                )
            }
            let golden: Article
            do { golden = try ArticleFile.read(goldens.appendingPathComponent(entry.goldenPath)) } catch {
                return (nil, ["\(error)"], true)
            }
            var notes = [String]()
            var predicted = Article.empty
            var missing = false
            var profileRemoved = 0
            do {
                let result = try FileCleaner.clean(entry.url, profiles: profiles?(entry))
                predicted = result.article
                profileRemoved = result.ledger.count { $0.rule == .profile }
                notes += result.warnings.map { "\(entry.url.path): warning: \($0)" }
            } catch {
                notes.append("\(error)" + " (scored as an empty prediction)")
                missing = true
            }
            var score = Scorer.score(id: entry.id, golden: golden, predicted: predicted)
            score.predictionMissing = missing
            score.profileRemoved = profileRemoved
            return (score, notes, false)
        }
        var scores = [DocumentScore]()
        var bad = false
        for (s, notes, isBad) in results {
            if let s { scores.append(s) }
            problems += notes
            bad = bad || isBad
        }
        return Outcome(report: Report(documents: scores, problems: problems.sorted()), hadBadGoldens: bad)
    }

    /// `winnow score`: any extractor's predictions against goldens; a missing prediction
    /// scores as an empty article.
    public static func score(goldens: URL, predictions: URL) -> Outcome {
        let goldenFiles = CorpusLayout.files(under: goldens, extensions: ["json"])
        let predFiles = Set(CorpusLayout.files(under: predictions, extensions: ["json"]).map(\.relative))
        var problems = [String]()
        let goldenRel = Set(goldenFiles.map(\.relative))
        for p in predFiles.sorted() where !goldenRel.contains(p) {
            problems.append("\(predictions.appendingPathComponent(p).path): prediction without golden")
        }
        let results = Parallel.map(goldenFiles.map(\.relative)) { rel -> (DocumentScore?, [String], Bool) in
            let golden: Article
            do { golden = try ArticleFile.read(goldens.appendingPathComponent(rel)) } catch { return (nil, ["\(error)"], true) }
            var predicted = Article.empty
            var notes = [String]()
            var missing = true
            if predFiles.contains(rel) {
                do {
                    predicted = try ArticleFile.read(predictions.appendingPathComponent(rel))
                    missing = false
                } catch {
                    notes.append("\(error)" + " (scored as an empty prediction)")
                }
            }
            var s = Scorer.score(id: rel, golden: golden, predicted: predicted)
            s.predictionMissing = missing
            return (s, notes, false)
        }
        var scores = [DocumentScore]()
        var bad = false
        for (s, notes, isBad) in results {
            if let s { scores.append(s) }
            problems += notes
            bad = bad || isBad
        }
        return Outcome(report: Report(documents: scores, problems: problems.sorted()), hadBadGoldens: bad)
    }
}
