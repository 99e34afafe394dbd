import Foundation
import WinnowCore

/// `winnow learn`: reads a corpus through the front ends (no rules) into a `TemplateState`,
/// and reads and writes profile files.
public enum TemplateLearning {
    public struct Outcome: Sendable {
        public var state: TemplateState
        /// Per document id: its site and fingerprint (for leave-one-out profiles).
        public var documents: [String: (site: String, fingerprint: UInt64)]
        public var problems: [String]
    }

    /// Learns from every corpus file under `roots`. A document's site is the first folder of
    /// its path under the root (the folder's own name for files directly in it, the parent
    /// folder's for a root that is a file).
    public static func learn(_ roots: [URL]) -> Outcome {
        var state = TemplateState()
        var documents: [String: (site: String, fingerprint: UInt64)] = [:]
        var problems: [String] = []
        for root in roots {
            let files = CorpusLayout.files(under: root, extensions: CorpusLayout.inputExtensions)
            // In chunks, so a large corpus never holds more than a chunk of pages in memory.
            var start = 0
            while start < files.count {
                let chunk = Array(files[start..<min(files.count, start + 512)])
                start += chunk.count
                let read = Parallel.map(chunk) { f -> Result<[String], WinnowError> in
                    Result { () throws(WinnowError) -> [String] in try FileCleaner.blocks(f.url).map(\.text) }
                }
                for (f, r) in zip(chunk, read) {
                    switch r {
                    case .failure(let e): problems.append("\(e)")
                    case .success(let lines):
                        let site = site(of: f.relative, root: root)
                        documents[f.relative] = (site, state.add(site: site, lines: lines))
                    }
                }
            }
        }
        state.finish()
        return Outcome(state: state, documents: documents, problems: problems)
    }

    static func site(of relative: String, root: URL) -> String {
        let parts = relative.split(separator: "/")
        if parts.count > 1 { return String(parts[0]) }
        var isDir: ObjCBool = false
        let folder =
            FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir) && isDir.boolValue ? root : root.deletingLastPathComponent()
        return folder.standardizedFileURL.lastPathComponent
    }

    /// `winnow eval`'s second run: every document cleaned with its site's profile learned
    /// from the site's other documents (never from itself or its copies).
    public static func leaveOneOut(corpus: URL, goldens: URL, thresholds: TemplateProfile.Thresholds = .init()) -> (Evaluation.Outcome, removed: Int)
    {
        let learned = learn([corpus])
        let outcome = Evaluation.run(corpus: corpus, goldens: goldens) { entry in
            guard let d = learned.documents[entry.id] else { return nil }
            return TemplateProfile(state: learned.state, thresholds: thresholds, excluding: d.fingerprint, site: d.site).matcher(site: d.site)
        }
        return (outcome, outcome.report.documents.reduce(0) { $0 + $1.profileRemoved })
    }

    // MARK: Profile files

    public static let format = "winnow-template-profile"

    /// The state (what merging needs) and, for people, each site's template lines under the
    /// thresholds.
    public static func json(_ state: TemplateState, thresholds: TemplateProfile.Thresholds) -> JSONValue {
        let profile = TemplateProfile(state: state, thresholds: thresholds)
        func hex(_ x: UInt64) -> String {
            let s = String(x, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        var sites: [String: JSONValue] = [:]
        for (name, s) in state.sites {
            let index = Dictionary(uniqueKeysWithValues: s.documents.enumerated().map { ($1, $0) })
            var lines: [JSONValue] = []
            var i = 0
            while i < s.pairs.count {
                let key = s.pairs[i].key
                var docs: [JSONValue] = []
                while i < s.pairs.count, s.pairs[i].key == key {
                    docs.append(.number(Double(index[s.pairs[i].document]!)))
                    i += 1
                }
                lines.append(.array([.string(hex(key)), .array(docs)]))
            }
            var site: [String: JSONValue] = [
                "documents": .number(Double(s.documents.count)),
                "state": .object([
                    "documents": .array(s.documents.map { .string(hex($0)) }), "lines": .array(lines),
                    "texts": .object(Dictionary(uniqueKeysWithValues: s.texts.map { (hex($0.key), JSONValue.string($0.value)) })),
                ]),
            ]
            site["template"] = .array(
                (profile.sites[name]?.lines ?? []).map { l in
                    .object(["line": .string(l.text ?? "#" + hex(l.key)), "documents": .number(Double(l.documents))])
                })
            sites[name] = .object(site)
        }
        return .object([
            "format": .string(format), "version": .number(1),
            "thresholds": .object([
                "min_documents": .number(Double(thresholds.minDocuments)), "min_share": .number(thresholds.minShare),
                "min_count": .number(Double(thresholds.minCount)),
            ]),
            "sites": .object(sites),
        ])
    }

    public static func read(_ url: URL) throws(WinnowError) -> (TemplateState, TemplateProfile.Thresholds) {
        let bytes = try FileIO.readBytes(url)
        let v: JSONValue
        do { v = try JSONParser.parse(bytes: bytes) } catch {
            throw .badJSON(path: url.path, line: error.line, column: error.column, reason: error.message)
        }
        func bad(_ why: String) -> WinnowError { .badInput(path: url.path, reason: "not a Winnow template profile: \(why)") }
        guard v["format"]?.stringValue == format else { throw bad("no \"format\": \"\(format)\"") }
        let t = v["thresholds"]
        let thresholds = TemplateProfile.Thresholds(
            minDocuments: Int(t?["min_documents"]?.numberValue ?? 5), minShare: t?["min_share"]?.numberValue ?? 0.5,
            minCount: Int(t?["min_count"]?.numberValue ?? 3))
        var state = TemplateState()
        for (name, site) in v["sites"]?.objectValue ?? [:] {
            guard let st = site["state"], let docs = st["documents"]?.arrayValue, let lines = st["lines"]?.arrayValue else {
                throw bad("site \(name) has no state")
            }
            var s = TemplateState.Site()
            s.documents = docs.compactMap { $0.stringValue.flatMap { UInt64($0, radix: 16) } }
            for l in lines {
                guard let pair = l.arrayValue, pair.count == 2, let key = pair[0].stringValue.flatMap({ UInt64($0, radix: 16) }),
                    let ds = pair[1].arrayValue
                else { throw bad("a line of site \(name) is malformed") }
                for d in ds {
                    guard let k = d.numberValue.map(Int.init), k >= 0, k < s.documents.count else {
                        throw bad("a document index of site \(name) is out of range")
                    }
                    s.pairs.append(TemplateState.Pair(key: key, document: s.documents[k]))
                }
            }
            for (k, text) in st["texts"]?.objectValue ?? [:] { if let key = UInt64(k, radix: 16), let t = text.stringValue { s.texts[key] = t } }
            state.sites[name] = s
        }
        state.finish()
        return (state, thresholds)
    }
}
