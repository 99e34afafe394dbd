/// Removes lines that a learned site profile marks as template (issue: `--profiles`).
/// Placeholder type so the pipeline has its seam; profiles are filled in by `winnow learn`.
public struct TemplateMatcher: Sendable {
    /// Normalised line keys known to be template for the document's site.
    public var templateKeys: Set<String>

    public init(templateKeys: Set<String>) { self.templateKeys = templateKeys }

    func apply(to doc: inout Document) {
        guard !templateKeys.isEmpty else { return }
        for i in 0..<doc.count {
            guard let key = doc.keys[i] else { continue }
            if templateKeys.contains(TemplateMatcher.templateKey(key.text)) { doc.remove(i, .profile) }
        }
    }

    /// The form in which profiles store lines: the line key (case folded, digits as `#`).
    public static func templateKey(_ keyText: String) -> String { keyText }
}
