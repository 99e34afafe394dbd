/// Removes lines whose normalised form is template of the document's site (a learned
/// `TemplateProfile`). It runs after every rule, on what they kept, so the lines the metadata
/// rules read (crawler header, site name, byline, headline) are theirs first, and the ledger
/// names the rule that removed each line; what a profile removes carries `profile.template`.
public struct TemplateMatcher: Sendable {
    /// `TemplateState.key` hashes of the site's template lines.
    public var keys: Set<UInt64>

    public init(keys: Set<UInt64>) { self.keys = keys }

    /// From lines as they appear (normalised here).
    public init(lines: [String]) { keys = Set(lines.map { TemplateState.key($0).0 }) }

    func apply(to doc: inout Document) {
        guard !keys.isEmpty else { return }
        for i in 0..<doc.count where doc.isKept(i) {
            if keys.contains(TemplateState.key(doc.blocks[i].text).0) { doc.remove(i, .profile) }
        }
    }
}
