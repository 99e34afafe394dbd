import Foundation
import WinnowCore

/// Writes proposals, and turns them into goldens or drops them. Goldens and proposals are
/// written atomically and durably (temporary file, fsync, rename, fsync of the folder): a
/// killed run leaves the old file or the new one, never part of one.
public enum GoldenWriter {
    public struct UpdateOutcome: Sendable {
        /// Golden paths with a new proposal.
        public var written: [String] = []
        /// Documents whose output already matches their golden.
        public var unchanged = 0
        /// Reviewed goldens left alone (`--force` replaces them).
        public var protected: [String] = []
        /// Messages about documents not proposed for (twins that disagree, corrupt goldens,
        /// files that cannot be cleaned or written).
        public var refused: [String] = []
        public var errors: [String] = []
    }

    /// Proposals for the drifted documents of `status` (and for documents without a golden).
    public static func update(_ status: GoldenStatus, tree: GoldenTree, force: Bool) -> UpdateOutcome {
        var out = UpdateOutcome()
        let groups = Dictionary(grouping: status.documents, by: \.goldenPath)
        for path in groups.keys.sorted() {
            let docs = groups[path]!
            let golden = docs.first?.golden
            if let bad = docs.first(where: { if case .badGolden = $0.state { return true } else { return false } }), !force {
                if case .badGolden(let why) = bad.state {
                    out.refused.append("\(why) (not replaced; --force writes a proposal from the output alone)")
                }
                continue
            }
            if let failed = docs.first(where: { if case .uncleanable = $0.state { return true } else { return false } }) {
                if case .uncleanable(let why) = failed.state { out.errors.append(why) }
                continue
            }
            let drifted = docs.filter(\.isDrift)
            if drifted.isEmpty {
                out.unchanged += docs.count
                continue
            }
            if golden?.reviewed == true && !force {
                out.protected.append(path)
                continue
            }
            if drifted.count < docs.count {
                let ok = docs.filter { !$0.isDrift }.map(\.id).joined(separator: ", ")
                out.refused.append(
                    "\(tree.goldenURL(path).path): \(ok) matches it but \(drifted.map(\.id).joined(separator: ", ")) does not: the twins disagree, fix the rule rather than the golden"
                )
                continue
            }
            let outputs = drifted.compactMap(\.output)
            guard let first = outputs.first, outputs.allSatisfy({ proposed(golden: golden, output: $0) == proposed(golden: golden, output: first) })
            else {
                out.refused.append(
                    "\(tree.goldenURL(path).path): its twins \(drifted.map(\.id).joined(separator: ", ")) give different outputs: not proposed")
                continue
            }
            let source = drifted[0]
            let proposal = Proposal(
                article: proposed(golden: golden, output: first), base: source.goldenHash, source: source.id, removedBy: source.removedBy,
                forced: force && golden?.reviewed == true)
            do {
                try FileIO.writeAtomically(JSONWriter.pretty(proposal.json), to: tree.proposalURL(path))
                out.written.append(path)
            } catch { out.errors.append("\(error)") }
        }
        return out
    }

    /// The golden as the output would make it: each field the golden annotates takes the
    /// output's value, fields it leaves out stay out, its other keys (`reviewed`, `notes`,
    /// unknown ones) stay as they are. A document without a golden gets every field.
    public static func proposed(golden: Article?, output o: Article) -> Article {
        guard var g = golden else {
            var a = Article(title: o.title ?? "", authors: o.authors ?? [], date: o.date ?? "", site: o.site ?? "", body: o.body ?? [])
            a.dateline = o.dateline
            return a
        }
        if g.title != nil { g.title = o.title ?? "" }
        if g.authors != nil { g.authors = o.authors ?? [] }
        if g.date != nil { g.date = o.date ?? "" }
        if g.site != nil { g.site = o.site ?? "" }
        if g.dateline != nil { g.dateline = o.dateline ?? "" }
        if g.body != nil { g.body = o.body ?? [] }
        return g
    }

    /// Makes the proposal for `path` the golden. Refuses when the golden changed since the
    /// proposal was made, or when it is reviewed and the proposal was not forced.
    public static func accept(_ path: String, tree: GoldenTree) throws(WinnowError) {
        let proposalURL = tree.proposalURL(path)
        guard FileManager.default.fileExists(atPath: proposalURL.path) else {
            throw .badInput(path: proposalURL.path, reason: "no proposal to accept")
        }
        let proposal = try Proposal.read(proposalURL)
        let goldenURL = tree.goldenURL(path)
        var current = Proposal.noGolden
        var reviewed = false
        if FileManager.default.fileExists(atPath: goldenURL.path) {
            let bytes = try FileIO.readBytes(goldenURL)
            current = Proposal.hash(bytes)
            reviewed = (try? ArticleFile.read(goldenURL))?.reviewed == true
        }
        guard current == proposal.base else {
            throw .badInput(
                path: goldenURL.path,
                reason: "changed since the proposal was made: not overwritten (run `winnow goldens update` again to propose anew)")
        }
        guard !reviewed || proposal.forced else {
            throw .badInput(path: goldenURL.path, reason: "reviewed golden: not overwritten (propose with `winnow goldens update --force`)")
        }
        try FileIO.writeAtomically(JSONWriter.pretty(proposal.article.json), to: goldenURL)
        guard unlink(proposalURL.path) == 0 else { throw .unwritable(path: proposalURL.path, reason: String(cString: strerror(errno))) }
    }

    /// Drops the proposal for `path`; the golden stays as it is.
    public static func reject(_ path: String, tree: GoldenTree) throws(WinnowError) {
        let proposalURL = tree.proposalURL(path)
        guard FileManager.default.fileExists(atPath: proposalURL.path) else {
            throw .badInput(path: proposalURL.path, reason: "no proposal to reject")
        }
        guard unlink(proposalURL.path) == 0 else { throw .unwritable(path: proposalURL.path, reason: String(cString: strerror(errno))) }
    }
}
