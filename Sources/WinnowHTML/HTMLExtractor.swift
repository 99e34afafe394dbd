import Foundation
import WinnowCore

/// Cleans an HTML page: libxml2 front end (charset, tree, blocks with markup features,
/// metadata), then the same rule pipeline as text dumps.
public enum HTMLExtractor {
    public static func clean(_ bytes: [UInt8], profiles: TemplateMatcher? = nil) throws(InputProblem) -> CleanResult {
        let (page, warnings) = try read(bytes)
        var result = Cleaner.clean(blocks: page.blocks, hints: PageMetadata.hints(page.meta), profiles: profiles)
        result.warnings = warnings + result.warnings
        return result
    }

    /// The page's blocks as the front end segments them, before any rule: what template
    /// learning counts.
    public static func blocks(_ bytes: [UInt8]) throws(InputProblem) -> [Block] { try read(bytes).page.blocks }

    /// Charset, guard and SAX pass: the page and what went wrong on the way.
    static func read(_ bytes: [UInt8]) throws(InputProblem) -> (page: Page, warnings: [String]) {
        if bytes.isEmpty { throw .empty }
        if looksBinary(bytes) { throw .binary(reason: "not HTML: NUL bytes and no markup in the first 4 KB") }
        // The guard reads ASCII markup, so it runs on the page's own bytes (fewer bytes to
        // validate and transcode after it), except UTF-16, which is decoded first.
        var bytes = bytes
        var warnings: [String] = []
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        if utf16 {
            let decoded = HTMLCharset.prepare(bytes)
            bytes = decoded.bytes
            warnings = decoded.warnings
        }
        // libxml2 ends the document at a NUL byte and silently drops the rest; browsers ignore
        // NULs in text. Drop them, and say so.
        var later: [String] = []
        if let first = firstNUL(bytes) {
            let count = bytes[first...].count(where: { $0 == 0 })
            bytes.removeAll { $0 == 0 }
            later.append("\(count) NUL byte(s) removed")
        }
        let guarded = HTMLGuard.guarded(bytes)
        if guarded.cutTags > 0 {
            later.append("\(guarded.cutTags) tag(s) with over \(HTMLGuard.maxAttributes) attributes cut to their first \(HTMLGuard.maxAttributes)")
        }
        var input = utf16 ? HTMLInput(bytes: guarded.bytes, libxmlEncoding: nil, warnings: []) : HTMLCharset.prepare(guarded.bytes)
        input.warnings = warnings + input.warnings + later
        guard let page = HTMLPageReader.read(input) else { throw .binary(reason: "libxml2 could not read the page") }
        return (page, input.warnings)
    }

    static func firstNUL(_ b: [UInt8]) -> Int? {
        b.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, let hit = memchr(base, 0, buf.count) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        }
    }

    /// A page with NUL bytes in its first 4 KB and no "<" is not HTML.
    static func looksBinary(_ b: [UInt8]) -> Bool {
        let head = b.prefix(4096)
        return head.contains(0) && !head.contains(0x3C)
    }

    /// libxml2's parse alone (charset handling and a SAX pass with every callback empty):
    /// the floor `make bench` reports beside the whole extractor. False when libxml2 could not
    /// start.
    public static func parseOnly(_ bytes: [UInt8]) -> Bool {
        HTMLPageReader.parseOnly(HTMLCharset.prepare(bytes))
    }
}
