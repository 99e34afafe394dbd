import Foundation
import WinnowCore

/// `winnow check`: one scraped file seen whole. Every block kept or removed (with the rule),
/// the extracted fields, and against a golden the token runs it misses and adds, with the
/// document's precision, recall and F1.
public struct SpotCheck: Sendable {
    public let path: String
    public let result: CleanResult
    public let goldenPath: String?
    public let golden: Article?
    public let score: DocumentScore?
    public let missing: [String]
    public let extra: [String]

    public static func run(file: URL, golden goldenURL: URL?) throws(WinnowError) -> SpotCheck {
        let result = try FileCleaner.clean(file)
        guard let goldenURL else {
            return SpotCheck(path: file.path, result: result, goldenPath: nil, golden: nil, score: nil, missing: [], extra: [])
        }
        let golden = try ArticleFile.read(goldenURL)
        let score = Scorer.score(id: file.lastPathComponent, golden: golden, predicted: result.article)
        let spans = TextDiff.tokenSpans(golden: golden.body ?? [], predicted: golden.body == nil ? [] : result.article.body ?? [])
        return SpotCheck(
            path: file.path, result: result, goldenPath: goldenURL.path, golden: golden, score: score, missing: spans.missing, extra: spans.extra)
    }

    /// The golden of a file under a `Corpus` folder: `…/Corpus/site/a.txt` → `…/Goldens/site/a.json`,
    /// when it exists.
    public static func defaultGolden(for file: URL) -> URL? {
        let parts = file.standardizedFileURL.pathComponents
        guard let k = parts.lastIndex(of: "Corpus"), k < parts.count - 1 else { return nil }
        let rel = parts[(k + 1)...].joined(separator: "/")
        let root = NSString.path(withComponents: Array(parts[..<k]))
        let golden = URL(fileURLWithPath: root).appendingPathComponent("Goldens").appendingPathComponent(CorpusLayout.goldenPath(for: rel))
        return FileManager.default.fileExists(atPath: golden.path) ? golden : nil
    }

    public func text(color: Bool) -> String {
        let paint = Paint(on: color)
        let a = result.article
        var s = paint.bold("== \(SpotCheck.shown(path))") + "\n"
        func field(_ name: String, _ value: String?, _ expected: String?, _ ok: Bool?) {
            var line = "\(name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(value ?? "")"
            if let ok { line += ok ? paint.green("   ✓") : paint.red("   ✗ golden: \(expected ?? "")") }
            s += line + "\n"
        }
        field("title:", a.title, golden?.title, score?.title)
        let authorsOK = score?.authors.map { $0.matched == $0.expected && $0.matched == $0.predicted }
        field("authors:", (a.authors ?? []).joined(separator: "; "), golden?.authors?.joined(separator: "; "), authorsOK)
        field("date:", a.date, golden?.date, score?.date)
        field("site:", a.site, golden?.site, score?.siteName)
        if a.dateline != nil || golden?.dateline != nil {
            field("dateline:", a.dateline, golden?.dateline, golden?.dateline.map { $0 == (a.dateline ?? "") })
        }
        let removed = result.blocks.filter { $0.removedBy != nil }.count
        s += "\n-- blocks: \(result.blocks.count - removed) kept, \(removed) removed\n"
        for j in result.blocks {
            if let rule = j.removedBy {
                s += paint.dim("  drop L\(j.block.line)  [\(rule.rawValue)] \(j.block.text)") + "\n"
            } else {
                s += "  keep L\(j.block.line)  \(j.keptText ?? j.block.text)\n"
            }
        }
        if let goldenPath {
            s += "\n-- golden \(SpotCheck.shown(goldenPath))\n"
            if let b = score?.bodyScores {
                s += String(format: "body: precision %.3f  recall %.3f  F1 %.3f\n", b.precision, b.recall, b.f1)
            } else {
                s += "body: not annotated\n"
            }
            if !missing.isEmpty {
                s += "missing (in the golden, not extracted):\n"
                for m in missing { s += paint.red("  «\(m)»") + "\n" }
            }
            if !extra.isEmpty {
                s += "extra (extracted, not in the golden):\n"
                for e in extra { s += paint.green("  «\(e)»") + "\n" }
            }
        }
        for w in result.warnings { s += "warning: \(w)\n" }
        return s
    }

    public var json: JSONValue {
        var o: [String: JSONValue] = [
            "path": .string(path), "article": result.article.json,
            "blocks": .array(
                result.blocks.map { j in
                    var b: [String: JSONValue] = [
                        "line": .number(Double(j.block.line)), "text": .string(j.block.text), "kept": .bool(j.removedBy == nil),
                    ]
                    if let r = j.removedBy { b["rule"] = .string(r.rawValue) }
                    if let t = j.keptText, t != j.block.text { b["kept_text"] = .string(t) }
                    return .object(b)
                }),
            "warnings": .array(result.warnings.map(JSONValue.string)),
        ]
        if let goldenPath {
            o["golden"] = .string(goldenPath)
            if let b = score?.bodyScores {
                o["body"] = .object(["precision": .number(round4(b.precision)), "recall": .number(round4(b.recall)), "f1": .number(round4(b.f1))])
            }
            var fields: [String: JSONValue] = [:]
            if let t = score?.title { fields["title"] = .bool(t) }
            if let t = score?.date { fields["date"] = .bool(t) }
            if let t = score?.siteName { fields["site"] = .bool(t) }
            if let c = score?.authors {
                fields["authors"] = .object(["precision": .number(round4(c.precision)), "recall": .number(round4(c.recall))])
            }
            o["fields"] = .object(fields)
            o["missing"] = .array(missing.map(JSONValue.string))
            o["extra"] = .array(extra.map(JSONValue.string))
        }
        return .object(o)
    }

    /// Paths under the current folder are shown relative to it, as the user typed them.
    static func shown(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
