import ArgumentParser
import Foundation
import WinnowCore
import WinnowKit

/// `winnow clean PATH... [--out DIR] [--format json|text] [--explain] [--profiles PROFILE]`
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Clean scraped text dumps and HTML pages into Article JSON.",
        discussion: """
            Folders are walked for .txt, .html and .htm files. With --out, writes DIR/<relative path>.json \
            for every input (a .html twin of a .txt writes <name>.html.json); nothing is written outside DIR. \
            Without --out, prints one article (or JSON Lines for several inputs).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

    @Argument(help: "Files or folders to clean.") var paths: [String]
    @Option(help: "Write one JSON file per input under this folder.") var out: String?
    @Option(help: "Output format on standard output: json or text.") var format: Format = .json
    @Flag(help: "List every removed line or block with the id of the rule that removed it.") var explain = false
    @Option(help: "Site template profile from `winnow learn`: lines template of a page's site are removed (rule profile.template).")
    var profiles: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
    }

    func run() throws {
        var inputs = [(url: URL, relative: String)]()
        // A page's site: the first folder under the folder given, else the folder it is in.
        var sites = [String]()
        var failed = false
        let profile: TemplateProfile?
        do throws(WinnowError) {
            profile = try profiles.map { p throws(WinnowError) in
                let (state, thresholds) = try TemplateLearning.read(URL(fileURLWithPath: p))
                return TemplateProfile(state: state, thresholds: thresholds)
            }
        } catch {
            Console.error("\(error)")
            throw ExitCode.badInput
        }
        for p in paths {
            let url = URL(fileURLWithPath: p)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
                Console.error("\(p): no such file or folder")
                failed = true
                continue
            }
            if isDir.boolValue {
                let found = CorpusLayout.files(under: url, extensions: CorpusLayout.inputExtensions)
                inputs += found
                sites += found.map { f in
                    f.relative.contains("/") ? String(f.relative.prefix { $0 != "/" }) : url.standardizedFileURL.lastPathComponent
                }
            } else {
                inputs.append((url, url.lastPathComponent))
                sites.append(url.standardizedFileURL.deletingLastPathComponent().lastPathComponent)
            }
        }
        let matchers = sites.map { profile?.matcher(site: $0) }
        let outputs = CleanCommand.outputPaths(inputs.map(\.relative))
        let results = Parallel.map(Array(zip(inputs.map(\.url), matchers))) { input -> Result<CleanResult, WinnowError> in
            do throws(WinnowError) { return .success(try FileCleaner.clean(input.0, profiles: input.1)) } catch { return .failure(error) }
        }
        var lines = [String]()
        for (k, r) in results.enumerated() {
            switch r {
            case .failure(let e):
                Console.error(e.description)
                failed = true
            case .success(let result):
                for w in result.warnings { Console.error("\(inputs[k].url.path): warning: \(w)") }
                if let out {
                    let target = URL(fileURLWithPath: out).appendingPathComponent(outputs[k])
                    do { try FileIO.writeAtomically(render(result, pretty: true), to: target, durable: false) } catch {
                        Console.error("\(error)")
                        failed = true
                    }
                } else if format == .text {
                    lines.append(ArticleText.render(result, path: inputs[k].url.path, explain: explain))
                } else if inputs.count == 1 {
                    lines.append(render(result, pretty: true))
                } else {
                    var o = json(result)
                    if case .object(var d) = o {
                        d["path"] = JSONValue.string(inputs[k].url.path)
                        o = .object(d)
                    }
                    lines.append(JSONWriter.compact(o) + "\n")
                }
            }
        }
        Console.out(lines.joined(separator: format == .text ? "\n" : ""))
        if failed { throw ExitCode.badInput }
    }

    func json(_ r: CleanResult) -> JSONValue {
        var o = r.article.json
        if explain, case .object(var d) = o {
            d["ledger"] = .array(
                r.ledger.map { e in
                    .object(["rule": .string(e.rule.rawValue), "line": .number(Double(e.line)), "text": .string(e.text)])
                })
            o = .object(d)
        }
        return o
    }

    func render(_ r: CleanResult, pretty: Bool) -> String { JSONWriter.pretty(json(r)) }

    /// `site/a.txt` → `site/a.json`; when `site/a.html` twins it, the HTML one → `site/a.html.json`.
    static func outputPaths(_ relatives: [String]) -> [String] {
        var taken = Set<String>()
        var out = [String](repeating: "", count: relatives.count)
        let order = relatives.indices.sorted {
            (relatives[$0].hasSuffix(".txt") ? 0 : 1, relatives[$0]) < (relatives[$1].hasSuffix(".txt") ? 0 : 1, relatives[$1])
        }
        for i in order {
            var p = CorpusLayout.goldenPath(for: relatives[i])
            if taken.contains(p) { p = relatives[i] + ".json" }
            taken.insert(p)
            out[i] = p
        }
        return out
    }
}
