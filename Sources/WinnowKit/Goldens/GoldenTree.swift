import Foundation
import WinnowCore

/// The Corpus and Goldens folders the goldens commands work in, and the only places they
/// touch: every path a user names is resolved (symlinks and `..` followed) and refused unless it
/// lies inside one of them.
public struct GoldenTree: Sendable {
    public let corpus: URL
    public let goldens: URL
    let corpusReal: String
    let goldensReal: String

    public init(corpus: URL, goldens: URL) throws(WinnowError) {
        guard let c = GoldenTree.realPath(corpus.path) else { throw .unreadable(path: corpus.path, reason: "no such folder") }
        guard let g = GoldenTree.realPath(goldens.path) else { throw .unreadable(path: goldens.path, reason: "no such folder") }
        self.corpus = URL(fileURLWithPath: c)
        self.goldens = URL(fileURLWithPath: g)
        corpusReal = c
        goldensReal = g
    }

    /// The golden a corpus document is annotated by (`site/a.txt` → `site/a.json`).
    public func goldenURL(_ goldenPath: String) -> URL { goldens.appendingPathComponent(goldenPath) }
    public func proposalURL(_ goldenPath: String) -> URL { goldens.appendingPathComponent(goldenPath + Proposal.suffix) }

    /// Golden paths (`site/a.json`) that a user's path names: a corpus file or folder, a golden,
    /// a proposal or a goldens folder. Anything outside the two folders is refused.
    public func goldenPaths(named path: String) throws(WinnowError) -> [String] {
        guard let real = GoldenTree.realPath(path) ?? GoldenTree.realParent(path) else {
            throw .unreadable(path: path, reason: "no such file or folder")
        }
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: real, isDirectory: &isDir)
        if let rel = GoldenTree.relative(real, to: corpusReal) {
            if exists && isDir.boolValue {
                let prefix = rel.isEmpty ? "" : rel + "/"
                return unique(CorpusLayout.corpus(corpus).filter { $0.id.hasPrefix(prefix) }.map(\.goldenPath))
            }
            let ext = (rel as NSString).pathExtension.lowercased()
            guard CorpusLayout.inputExtensions.contains(ext) else { throw .badInput(path: path, reason: "not a corpus document (.txt, .html, .htm)") }
            return [CorpusLayout.goldenPath(for: rel)]
        }
        if let rel = GoldenTree.relative(real, to: goldensReal) {
            if exists && isDir.boolValue {
                let prefix = rel.isEmpty ? "" : rel + "/"
                let files = CorpusLayout.files(under: goldens, extensions: ["json", "new"]).map(\.relative).filter { $0.hasPrefix(prefix) }
                return unique(files.compactMap { Proposal.goldenPath(ofFile: $0) })
            }
            guard let g = Proposal.goldenPath(ofFile: rel) else {
                throw .badInput(path: path, reason: "not a golden (.json) or a proposal (.json.new)")
            }
            return [g]
        }
        throw .usage("\(path): outside \(corpus.path) and \(goldens.path): refused")
    }

    func unique(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }

    /// `path` with symlinks and `..` resolved, nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    /// A path that does not exist yet (a missing golden): its folder resolved, its name kept.
    static func realParent(_ path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        guard name != "..", name != ".", let parent = realPath(url.deletingLastPathComponent().path) else { return nil }
        return parent + "/" + name
    }

    /// `path` relative to `root` ("" for the root itself), nil when outside it.
    static func relative(_ path: String, to root: String) -> String? {
        if path == root { return "" }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }
}
