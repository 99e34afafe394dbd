import Foundation
import WinnowCore

/// `winnow stats`: cleans every file under the paths and renders `CorpusStats` as text,
/// JSON or Markdown.
public enum StatsReport {
    public static func compute(_ roots: [URL]) -> (stats: CorpusStats, problems: [String]) {
        var docs: [CorpusStats.Document] = []
        var problems: [String] = []
        for root in roots {
            let files = CorpusLayout.files(under: root, extensions: CorpusLayout.inputExtensions)
            let results = Parallel.map(files) { f in Result { () throws(WinnowError) -> CleanResult in try FileCleaner.clean(f.url) } }
            for (f, r) in zip(files, results) {
                switch r {
                case .success(let result):
                    docs.append(CorpusStats.Document(id: f.relative, site: TemplateLearning.site(of: f.relative, root: root), result: result))
                case .failure(let e): problems.append("\(e)")
                }
            }
        }
        return (CorpusStats(docs), problems)
    }

    static func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    static func buckets() -> [String] {
        let b = CorpusStats.lengthBuckets
        return b.indices.map { i in
            if b[i] == 0 { return "0 (empty)" }
            return i + 1 < b.count ? "\(b[i])-\(b[i + 1] - 1)" : "\(b[i])+"
        }
    }

    public static func text(_ s: CorpusStats, markdown: Bool = false) -> String {
        var out = ""
        func heading(_ t: String) { out += markdown ? "\n## \(t)\n\n" : "\n\(t)\n" }
        func table(_ head: [String], _ rows: [[String]]) {
            if markdown {
                for r in [head, head.map { _ in "---" }] + rows { out += "| " + r.joined(separator: " | ") + " |\n" }
                return
            }
            let widths = head.indices.map { c in ([head] + rows).map { $0[c].count }.max() ?? 0 }
            for r in [head] + rows {
                out +=
                    "  "
                    + r.enumerated().map { c, cell in c == r.count - 1 ? cell : cell.padding(toLength: widths[c], withPad: " ", startingAt: 0) }
                    .joined(separator: "  ") + "\n"
            }
        }
        out +=
            markdown
            ? "# Corpus statistics\n\n\(s.documents) documents, \(s.sites.count) sites\n"
            : "Corpus: \(s.documents) documents, \(s.sites.count) sites\n"
        if s.bodyWords.count == 5 {
            out +=
                "body words: min \(s.bodyWords[0]), p10 \(s.bodyWords[1]), median \(s.bodyWords[2]), p90 \(s.bodyWords[3]), max \(s.bodyWords[4])\n"
        }
        heading("Body length (words)")
        table(["words", "documents"], zip(buckets(), s.lengthHistogram).map { [$0, "\($1)"] })
        heading("Sites")
        table(
            ["site", "documents", "median body words", "input removed"],
            s.sites.map { [$0.site, "\($0.documents)", "\($0.medianWords)", pct($0.removedShare)] })
        heading("Removed, by rule (share of all input characters)")
        table(["rule", "lines", "share"], s.removed.map { [$0.rule, "\($0.lines)", pct($0.share)] })
        heading("Empty bodies (\(s.emptyBodies.count))")
        for id in s.emptyBodies { out += (markdown ? "- " : "  ") + id + "\n" }
        heading("Short bodies, under \(CorpusStats.shortBody) words (\(s.shortBodies.count))")
        for (id, w) in s.shortBodies { out += (markdown ? "- " : "  ") + "\(id) (\(w) words)\n" }
        heading("Encoding damage (\(s.damaged.count))")
        for d in s.damaged {
            out += (markdown ? "- " : "  ") + "\(d.id): \(d.replacementCharacters) replacement character(s), \(d.mojibake) mojibake sequence(s)\n"
        }
        heading("Exact duplicates (\(s.exactDuplicates.count) cluster(s))")
        for c in s.exactDuplicates { out += (markdown ? "- " : "  ") + c.joined(separator: ", ") + "\n" }
        heading("Near duplicates, ≥ \(Int(CorpusStats.nearThreshold * 100))% shared 5-word shingles (\(s.nearDuplicates.count) cluster(s))")
        for c in s.nearDuplicates { out += (markdown ? "- " : "  ") + c.joined(separator: ", ") + "\n" }
        heading("Paragraphs on more than one site, agency copy (\(s.shared.count))")
        for p in s.shared.prefix(20) {
            out += (markdown ? "- " : "  ") + "[\(p.sites.joined(separator: ", "))] \(p.text.prefix(100))\(p.text.count > 100 ? "…" : "")\n"
        }
        return out
    }

    public static func json(_ s: CorpusStats) -> JSONValue {
        func r4(_ x: Double) -> JSONValue { .number(round4(x)) }
        return .object([
            "documents": .number(Double(s.documents)),
            "body_words": .object(
                s.bodyWords.count == 5
                    ? [
                        "min": .number(Double(s.bodyWords[0])), "p10": .number(Double(s.bodyWords[1])), "median": .number(Double(s.bodyWords[2])),
                        "p90": .number(Double(s.bodyWords[3])), "max": .number(Double(s.bodyWords[4])),
                    ] : [:]),
            "length_histogram": .object(Dictionary(uniqueKeysWithValues: zip(buckets(), s.lengthHistogram.map { JSONValue.number(Double($0)) }))),
            "sites": .object(
                Dictionary(
                    uniqueKeysWithValues: s.sites.map {
                        (
                            $0.site,
                            JSONValue.object([
                                "documents": .number(Double($0.documents)), "median_body_words": .number(Double($0.medianWords)),
                                "removed_share": r4($0.removedShare),
                            ])
                        )
                    })),
            "removed_by_rule": .object(
                Dictionary(
                    uniqueKeysWithValues: s.removed.map { ($0.rule, JSONValue.object(["lines": .number(Double($0.lines)), "share": r4($0.share)])) })),
            "empty_bodies": .array(s.emptyBodies.map(JSONValue.string)),
            "short_bodies": .array(s.shortBodies.map { .object(["document": .string($0.id), "words": .number(Double($0.words))]) }),
            "encoding_damage": .array(
                s.damaged.map {
                    .object([
                        "document": .string($0.id), "replacement_characters": .number(Double($0.replacementCharacters)),
                        "mojibake": .number(Double($0.mojibake)),
                    ])
                }),
            "exact_duplicates": .array(s.exactDuplicates.map { .array($0.map(JSONValue.string)) }),
            "near_duplicates": .array(s.nearDuplicates.map { .array($0.map(JSONValue.string)) }),
            "shared_paragraphs": .array(
                s.shared.map {
                    .object(["text": .string($0.text), "sites": .array($0.sites.map(JSONValue.string)), "documents": .number(Double($0.documents))])
                }),
        ])
    }
}
