import WinnowCore

/// Cleans an HTML page: libxml2 front end (charset, tree, blocks with markup features,
/// metadata), then the same rule pipeline as text dumps.
public enum HTMLExtractor {
    public static func clean(_ bytes: [UInt8], profiles: TemplateMatcher? = nil) throws(InputProblem) -> CleanResult {
        if bytes.isEmpty { throw .empty }
        if looksBinary(bytes) { throw .binary(reason: "not HTML: NUL bytes and no markup in the first 4 KB") }
        var input = HTMLCharset.prepare(bytes)
        // libxml2 ends the document at a NUL byte and silently drops the rest; browsers ignore
        // NULs in text. Drop them, and say so.
        if input.libxmlEncoding == nil, let first = input.bytes.firstIndex(of: 0) {
            let count = input.bytes[first...].count(where: { $0 == 0 })
            input.bytes.removeAll { $0 == 0 }
            input.warnings.append("\(count) NUL byte(s) removed")
        }
        let bounded = HTMLGuard.boundAttributes(input.bytes)
        if bounded.cutTags > 0 {
            input.bytes = bounded.bytes
            input.warnings.append(
                "\(bounded.cutTags) tag(s) with over \(HTMLGuard.maxAttributes) attributes cut to their first \(HTMLGuard.maxAttributes)")
        }
        guard let page = HTMLPageReader.read(input) else { throw .binary(reason: "libxml2 could not read the page") }
        var result = Cleaner.clean(blocks: page.blocks, hints: PageMetadata.hints(page.meta), profiles: profiles)
        result.warnings = input.warnings + result.warnings
        if page.truncated { result.warnings.append("partial: nesting deeper than libxml2's limit; the rest of the page may be missing") }
        if page.textCut { result.warnings.append("partial: a text run longer than libxml2's 10,000,000-byte limit was cut") }
        return result
    }

    /// A page with NUL bytes in its first 4 KB and no "<" is not HTML.
    static func looksBinary(_ b: [UInt8]) -> Bool {
        let head = b.prefix(4096)
        return head.contains(0) && !head.contains(0x3C)
    }

    /// libxml2's parse alone (charset handling, tree built and freed, nothing read from it):
    /// the floor `make bench` reports beside the whole extractor. False when libxml2 gave no
    /// tree.
    public static func parseOnly(_ bytes: [UInt8]) -> Bool {
        HTMLPageReader.parseOnly(HTMLCharset.prepare(bytes))
    }
}
