import Foundation
import WinnowCore

/// A proposed golden, written beside the golden as `<name>.json.new` (never over it), until a
/// person accepts or rejects it.
///
/// It is the golden as it would be, plus one key, `_proposal`, that accepting strips: the hash
/// of the golden's bytes when it was made (so a golden edited in the meantime is never
/// overwritten), the corpus file it came from, the rule that removed each golden paragraph the
/// output lacks (what review shows), and whether it was forced over a reviewed golden.
public struct Proposal: Sendable {
    public static let suffix = ".new"
    public static let key = "_proposal"
    /// `base` of a proposal for a document that had no golden.
    public static let noGolden = "none"

    public var article: Article
    public var base: String
    public var source: String
    /// Golden paragraph → id of the rule that now removes it (or a reason).
    public var removedBy: [String: String]
    public var forced: Bool

    public init(article: Article, base: String, source: String, removedBy: [String: String], forced: Bool) {
        var a = article
        a.extra[Proposal.key] = nil
        self.article = a
        self.base = base
        self.source = source
        self.removedBy = removedBy
        self.forced = forced
    }

    /// `site/a.json` for `site/a.json` and `site/a.json.new`; nil for other files.
    public static func goldenPath(ofFile relative: String) -> String? {
        if relative.hasSuffix(".json" + suffix) { return String(relative.dropLast(suffix.count)) }
        return relative.hasSuffix(".json") ? relative : nil
    }

    /// FNV-1a over a file's bytes: enough to notice that a golden changed.
    public static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public var json: JSONValue {
        guard case .object(var o) = article.json else { return article.json }
        o[Proposal.key] = .object([
            "base": .string(base), "source": .string(source), "forced": .bool(forced),
            "removed_by": .object(removedBy.mapValues { JSONValue.string($0) }),
        ])
        return .object(o)
    }

    public static func read(_ url: URL) throws(WinnowError) -> Proposal {
        let bytes = try FileIO.readBytes(url)
        let value: JSONValue
        do { value = try JSONParser.parse(bytes: bytes) } catch {
            throw .badJSON(path: url.path, line: error.line, column: error.column, reason: error.message)
        }
        guard case .object(let o) = value, let meta = o[key], let base = meta["base"]?.stringValue else {
            throw .badGolden(path: url.path, reason: "not a proposal (no \(key).base): run `winnow goldens update` again")
        }
        let article: Article
        do { article = try Article(json: value) } catch { throw .badGolden(path: url.path, reason: error.message) }
        var removed: [String: String] = [:]
        for (k, v) in meta["removed_by"]?.objectValue ?? [:] { removed[k] = v.stringValue ?? "" }
        return Proposal(
            article: article, base: base, source: meta["source"]?.stringValue ?? "", removedBy: removed, forced: meta["forced"]?.boolValue ?? false)
    }
}
