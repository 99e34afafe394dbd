import CZlib
import Foundation
import WinnowCore

/// The ScrapingHub article-extraction benchmark's formats, both ways: its pages and ground truth
/// into the Corpus/Goldens layout (so `winnow eval` runs on it), and Winnow's predictions out
/// in the shape its own `evaluate.py` reads, so figures compare with published tables.
public enum AEBInterop {
    public struct ImportSummary: Sendable {
        public var pages = 0
        public var problems: [String] = []
    }

    /// Writes `out/Corpus/<host>/<id>.html` and `out/Goldens/<host>/<id>.json` (body only: the
    /// benchmark annotates nothing else, and an absent key is not scored).
    public static func importBenchmark(groundTruth: URL, pages: URL, out: URL) throws(WinnowError) -> ImportSummary {
        let truth: JSONValue
        do { truth = try JSONParser.parse(bytes: try FileIO.readBytes(groundTruth)) } catch let e as JSONSyntaxError {
            throw .badJSON(path: groundTruth.path, line: e.line, column: e.column, reason: e.message)
        } catch let e as WinnowError { throw e } catch { throw .unreadable(path: groundTruth.path, reason: "\(error)") }
        guard let entries = truth.objectValue else { throw .badGolden(path: groundTruth.path, reason: "expected an object keyed by page id") }
        var summary = ImportSummary()
        for id in entries.keys.sorted() {
            let entry = entries[id]!
            guard let body = entry["articleBody"]?.stringValue else {
                summary.problems.append("\(groundTruth.path): \(id): no articleBody")
                continue
            }
            let host = entry["url"]?.stringValue.flatMap { URL(string: $0)?.host } ?? "unknown"
            let page = pages.appendingPathComponent("\(id).html.gz")
            let plain = pages.appendingPathComponent("\(id).html")
            let html: [UInt8]
            do {
                if FileManager.default.fileExists(atPath: page.path) { html = try gunzip(page) } else { html = try FileIO.readBytes(plain) }
            } catch {
                summary.problems.append(error.description)
                continue
            }
            let paragraphs = body.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            let golden = JSONValue.object([
                "body": .array(paragraphs.map { .string($0) }), "notes": .string("imported from the ScrapingHub benchmark; body only"),
            ])
            try FileIO.writeAtomically(bytes: html, to: out.appendingPathComponent("Corpus/\(host)/\(id).html"))
            try FileIO.writeAtomically(JSONWriter.pretty(golden) + "\n", to: out.appendingPathComponent("Goldens/\(host)/\(id).json"))
            summary.pages += 1
        }
        return summary
    }

    /// `{"<id>": {"articleBody": "..."}}` from a folder of Article JSON predictions, the id being
    /// each file's name without `.json`. Paragraphs are joined with blank lines, as in the
    /// benchmark's ground truth.
    public static func exportPredictions(_ predictions: URL, to out: URL) throws(WinnowError) -> Int {
        var output = [String: JSONValue]()
        for f in CorpusLayout.files(under: predictions, extensions: ["json"]) {
            let article = try ArticleFile.read(f.url)
            let id = f.url.deletingPathExtension().lastPathComponent
            output[id] = .object(["articleBody": .string((article.body ?? []).joined(separator: "\n\n"))])
        }
        try FileIO.writeAtomically(JSONWriter.pretty(.object(output)) + "\n", to: out)
        return output.count
    }

    /// The decompressed bytes of a gzip file.
    public static func gunzip(_ url: URL) throws(WinnowError) -> [UInt8] {
        guard let f = gzopen(url.path, "rb") else { throw .unreadable(path: url.path, reason: "cannot open as gzip") }
        defer { gzclose(f) }
        var out = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { gzread(f, $0.baseAddress, UInt32($0.count)) }
            if n < 0 { throw .unreadable(path: url.path, reason: "corrupt gzip data") }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<Int(n)])
        }
        return out
    }
}
