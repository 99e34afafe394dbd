/// Removes lines whose normalised form is in a set of known template lines, before any other
/// rule: the seam through which learned per-site profiles will enter the pipeline. Lines it
/// removes carry the `profile.template` rule id.
public struct TemplateMatcher: Sendable {
    /// Normalised line keys known to be template for the document's site.
    public var templateKeys: Set<String>

    public init(templateKeys: Set<String>) { self.templateKeys = templateKeys }

    func apply(to doc: inout Document) {
        guard !templateKeys.isEmpty else { return }
        for i in 0..<doc.count {
            guard doc.keys[i] != nil else { continue }
            if templateKeys.contains(TemplateMatcher.templateKey(LineKey.normalize(doc.blocks[i].text))) { doc.remove(i, .profile) }
        }
    }

    /// The form in which profiles store lines: the line key (case folded, digits as `#`).
    public static func templateKey(_ keyText: String) -> String { keyText }
}
