import Foundation
import WinnowCore

/// Where each corpus document stands against its golden: the cleaner's output now, compared
/// field by field with what the golden annotates (an absent key is not compared).
public struct DocumentDrift: Sendable {
    public enum State: Sendable, Equatable {
        case matches
        /// The annotated fields whose value differs from the output.
        case drifted([String])
        case noGolden
        case badGolden(String)
        case uncleanable(String)
    }

    /// The corpus file, relative to the corpus root.
    public let id: String
    public let goldenPath: String
    public let state: State
    /// Body F1 of the output against the golden, when both exist and the golden has a body.
    public let f1: Double?
    /// The same figure in the last evaluation report, when there is one.
    public var previousF1: Double?
    public let reviewed: Bool
    public let hasProposal: Bool
    /// The cleaner's output and, for golden paragraphs it lacks, the rule that removed each.
    public let output: Article?
    public let removedBy: [String: String]
    /// Hash of the golden's bytes (`Proposal.noGolden` when there is none).
    public let goldenHash: String
    public let golden: Article?

    public var isDrift: Bool {
        switch state {
        case .matches: return false
        default: return true
        }
    }
}

public struct GoldenStatus: Sendable {
    public var documents: [DocumentDrift]
    /// Goldens with no corpus file (relative paths).
    public var orphans: [String]
    /// Proposals waiting for review (golden paths).
    public var proposals: [String]

    public var drifted: [DocumentDrift] { documents.filter(\.isDrift) }

    /// Cleans the corpus (or the documents of `only`, golden paths) and compares. `previous`
    /// maps document ids to the body F1 of the last evaluation.
    public static func compute(tree: GoldenTree, only: Set<String>? = nil, previous: [String: Double] = [:]) -> GoldenStatus {
        let entries = CorpusLayout.corpus(tree.corpus).filter { only?.contains($0.goldenPath) ?? true }
        let goldenFiles = CorpusLayout.files(under: tree.goldens, extensions: ["json", "new"]).map(\.relative)
        let goldens = Set(goldenFiles.filter { $0.hasSuffix(".json") })
        let proposals = goldenFiles.filter { $0.hasSuffix(".json" + Proposal.suffix) }.compactMap { Proposal.goldenPath(ofFile: $0) }
        let proposalSet = Set(proposals)
        let used = Set(CorpusLayout.corpus(tree.corpus).map(\.goldenPath))
        let orphans = goldens.subtracting(used).filter { only?.contains($0) ?? true }.sorted()
        var docs = Parallel.map(entries) { entry in
            drift(entry, tree: tree, hasGolden: goldens.contains(entry.goldenPath), hasProposal: proposalSet.contains(entry.goldenPath))
        }
        for k in docs.indices { docs[k].previousF1 = previous[docs[k].id] }
        return GoldenStatus(documents: docs, orphans: orphans, proposals: proposals.filter { only?.contains($0) ?? true }.sorted())
    }

    static func drift(_ entry: CorpusLayout.Entry, tree: GoldenTree, hasGolden: Bool, hasProposal: Bool) -> DocumentDrift {
        var golden: Article?
        var goldenHash = Proposal.noGolden
        var badGolden: String?
        if hasGolden {
            let url = tree.goldenURL(entry.goldenPath)
            do {
                let bytes = try FileIO.readBytes(url)
                goldenHash = Proposal.hash(bytes)
                golden = try ArticleFile.read(url)
            } catch { badGolden = "\(error)" }
        }
        let result: CleanResult
        do { result = try FileCleaner.clean(entry.url) } catch {
            return DocumentDrift(
                id: entry.id, goldenPath: entry.goldenPath, state: .uncleanable("\(error)"), f1: nil, reviewed: golden?.reviewed == true,
                hasProposal: hasProposal, output: nil, removedBy: [:], goldenHash: goldenHash, golden: golden)
        }
        let output = result.article
        var state = DocumentDrift.State.noGolden
        var f1: Double?
        var removedBy: [String: String] = [:]
        if let badGolden {
            state = .badGolden(badGolden)
        } else if let golden {
            let fields = driftedFields(golden: golden, output: output)
            state = fields.isEmpty ? .matches : .drifted(fields)
            if let gb = golden.body { f1 = BodyMetric.counts(predicted: output.body ?? [], golden: gb).f1 }
            removedBy = attribution(goldenBody: golden.body ?? [], result: result)
        }
        return DocumentDrift(
            id: entry.id, goldenPath: entry.goldenPath, state: state, f1: f1, reviewed: golden?.reviewed == true, hasProposal: hasProposal,
            output: output, removedBy: removedBy, goldenHash: goldenHash, golden: golden)
    }

    /// The fields the golden annotates whose value the output does not reproduce exactly.
    public static func driftedFields(golden g: Article, output o: Article) -> [String] {
        var out: [String] = []
        if let t = g.title, t != (o.title ?? "") { out.append("title") }
        if let a = g.authors, a != (o.authors ?? []) { out.append("authors") }
        if let d = g.date, d != (o.date ?? "") { out.append("date") }
        if let s = g.site, s != (o.site ?? "") { out.append("site") }
        if let d = g.dateline, d != (o.dateline ?? "") { out.append("dateline") }
        if let b = g.body, b != (o.body ?? []) { out.append("body") }
        return out
    }

    /// For each golden paragraph the output lacks: the id of the rule that removed the block
    /// holding it, or why none did.
    public static func attribution(goldenBody: [String], result: CleanResult) -> [String: String] {
        let kept = Set(result.article.body ?? [])
        var out: [String: String] = [:]
        for p in goldenBody where !kept.contains(p) {
            let fold = Scorer.foldText(p)
            if let b = result.blocks.first(where: { $0.removedBy != nil && Scorer.foldText($0.block.text) == fold }) {
                out[p] = b.removedBy!.rawValue
            } else if let b = result.blocks.first(where: { $0.removedBy != nil && $0.block.text.contains(p) }) {
                out[p] = b.removedBy!.rawValue
            } else if result.blocks.contains(where: { $0.removedBy == nil && ($0.keptText ?? "").contains(p) }) {
                out[p] = "kept, split or joined differently"
            } else {
                out[p] = "not in the source as one block"
            }
        }
        return out
    }
}
