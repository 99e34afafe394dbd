internal import CLibXML2
import WinnowCore

/// What the HTML front end reads off a page: its text blocks with their markup features, and
/// the metadata the head and structured data give.
struct Page {
    var blocks: [Block] = []
    var meta = PageMeta()
}

/// Metadata candidates as the page states them (chosen between in `PageMetadata`).
struct PageMeta {
    var titleTag: String?
    var ogTitle: String?
    var siteName: String?
    var published: String?
    var metaAuthors: [String] = []
    var jsonLD: [String] = []
    var firstH1: String?
    var timeDatetime: String?
    var relAuthors: [String] = []
}

/// Runs libxml2's HTML parser as a stream of SAX events into a `PageWalker`. No tree is built:
/// a tree costs about a third more time, and its limits (it stops at 256 levels of nesting and
/// cuts text nodes at 10,000,000 bytes, STYLE.md) belong to tree building, so a page nested ten
/// thousand deep or a 20 MB paragraph is read whole. libxml2 pointers never leave this module's
/// SAX glue and the walker's event handlers.
enum HTMLPageReader {
    private static let silenced: Bool = {
        LibXML.ensureInitialised()
        winnow_xml_silence()
        return true
    }()

    static var options: Int32 {
        Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
    }

    /// libxml2's tokenizer alone, every callback empty: the floor `make bench` reports.
    static func parseOnly(_ input: HTMLInput) -> Bool {
        _ = silenced
        var handler = htmlSAXHandler()
        handler.initialized = 1
        return run(input, handler: &handler, user: nil)
    }

    static func read(_ input: HTMLInput) -> Page? {
        _ = silenced
        var handler = htmlSAXHandler()
        handler.initialized = 1
        handler.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            ctx.assumingMemoryBound(to: PageWalker.self).pointee.start(name, atts)
        }
        handler.endElement = { ctx, _ in
            ctx?.assumingMemoryBound(to: PageWalker.self).pointee.end()
        }
        handler.characters = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            ctx.assumingMemoryBound(to: PageWalker.self).pointee.characters(UnsafeBufferPointer(start: ch, count: Int(len)))
        }
        // Script and style bodies arrive as CDATA: only JSON-LD is kept (as metadata).
        handler.cdataBlock = handler.characters
        var walker = PageWalker()
        let ok = withUnsafeMutablePointer(to: &walker) { run(input, handler: &handler, user: UnsafeMutableRawPointer($0)) }
        guard ok else { return nil }
        walker.finish()
        return walker.page
    }

    private static func run(_ input: HTMLInput, handler: inout htmlSAXHandler, user: UnsafeMutableRawPointer?) -> Bool {
        var options = options
        if input.libxmlEncoding == nil { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        let encoding = input.libxmlEncoding ?? "UTF-8"
        return input.bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, !buf.isEmpty else { return false }
            return base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                winnow_html_sax_parse($0, Int32(buf.count), encoding, options, &handler, user) == 0
            }
        }
    }
}
