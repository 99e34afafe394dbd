internal import CLibXML2
import Foundation
import WinnowCore

/// What the HTML front end reads off a page: its text blocks with their markup features, and
/// the metadata the head and structured data give.
struct Page {
    var blocks: [Block] = []
    var meta = PageMeta()
    /// The tree reached libxml2's nesting limit: the rest of the page may be missing.
    var truncated = false
    /// A text node reached libxml2's 10,000,000-byte limit: it was cut there.
    var textCut = false
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

/// Parses a page with libxml2 and walks the tree once, without recursion (a page nested ten
/// thousand deep must not overflow the stack). libxml2 pointers never leave this file.
enum HTMLPageReader {
    private static let silenced: Bool = {
        LibXML.ensureInitialised()
        winnow_xml_silence()
        return true
    }()

    /// libxml2 stops at 256 levels of nesting and keeps the tree so far (STYLE.md).
    static let libxmlDepthLimit = 255
    /// libxml2 cuts a text node at 10,000,000 bytes (STYLE.md).
    static let libxmlTextLimit = 10_000_000

    static func parseOnly(_ input: HTMLInput) -> Bool {
        _ = silenced
        guard let doc = parse(input) else { return false }
        xmlFreeDoc(doc)
        return true
    }

    /// The libxml2 tree of the page; the caller frees it.
    static func parse(_ input: HTMLInput) -> htmlDocPtr? {
        var options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        options |= Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        if input.libxmlEncoding == nil { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        let encoding = input.libxmlEncoding ?? "UTF-8"
        let doc: htmlDocPtr? = input.bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress, !buf.isEmpty else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buf.count) { htmlReadMemory($0, Int32(buf.count), nil, encoding, options) }
        }
        return doc
    }

    static func read(_ input: HTMLInput) -> Page? {
        _ = silenced
        guard let doc = parse(input) else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return Page() }
        var walker = Walker()
        walker.walk(root)
        return walker.page
    }
}

/// The state of one walk: open elements, the block being filled, what was found.
private struct Walker {
    struct Frame {
        var info: TagInfo
        /// This element's own hints (tag, class/id words, role, hidden); they reach its blocks
        /// through a `HintSpan` when the element closes.
        var hints: MarkupHints
        var inArticle: Bool
        var inLink: Bool
        var skip: Bool
        /// Kind of the innermost block element at or above this one.
        var kind: Block.Kind
        var isH1: Bool
        /// First block and text bytes emitted inside this element.
        var startBlock = 0
        var startBytes = 0
        /// Hidden by the `hidden` attribute or an inline style: no doubt about it.
        var hard = false
        /// Index in `elements` of this block-level element (-1 for inline ones), and of the
        /// nearest block-level element at or above it.
        var element = -1
        var blockElement = -1
    }

    /// A block-level element, for choosing the main text container.
    struct Element {
        var parent: Int
        var blocks: Range<Int> = 0..<0
        var score = 0.0
        /// The part of `score` from paragraphs directly inside (not from grandchildren).
        var direct = 0.0
    }

    var elements: [Element] = []

    /// An element with hints and the blocks it holds.
    struct HintSpan {
        var blocks: Range<Int>
        var bytes: Int
        var hints: MarkupHints
        var hard: Bool
    }

    /// A hinted element holding more than this share of the page's text is a wrapper round the
    /// article ("content-with-sidebar", "page-ad-margins"), not a part to drop.
    static let wrapperShare = 0.4
    /// How many levels above the best container `chooseMainText` looks for sibling parts.
    static let climbLevels = 3

    var spans: [HintSpan] = []
    var emittedBytes = 0

    var page = Page()
    var stack: [Frame] = []
    var text: [UInt8] = []
    var linkBytes = 0
    var pendingSpace = false
    var maxDepth = 0

    init() {
        text.reserveCapacity(4096)
        stack.reserveCapacity(64)
    }

    var top: Frame {
        stack.last ?? Frame(info: HTMLTags.inlineDefault, hints: [], inArticle: false, inLink: false, skip: false, kind: .other, isH1: false)
    }

    mutating func walk(_ root: xmlNodePtr) {
        var node: xmlNodePtr? = root
        while let n = node {
            let pushed = enter(n)
            if pushed, let child = n.pointee.children {
                node = child
                continue
            }
            // Leave `n` (an element with no children still has its frame to pop) and every
            // ancestor whose children are done.
            var cur: xmlNodePtr? = n
            var descended = pushed
            node = nil
            while let c = cur {
                if descended { exit() } else { leaveLeaf(c) }
                if c == root { break }
                if let next = c.pointee.next {
                    node = next
                    break
                }
                cur = c.pointee.parent
                descended = true
            }
        }
        flush()
        // Hints first as if there were no main text, so comment threads and related lists
        // cannot be chosen as it; then again, sparing the wrappers of what was chosen.
        applySpans(mainText: nil)
        // A comment section is named as such even when it outweighs the article.
        for span in spans where span.hints.contains(.comment) { for i in span.blocks { page.blocks[i].markupHints.insert(.comment) } }
        let main = chooseMainText()
        for i in page.blocks.indices { page.blocks[i].markupHints = [] }
        applySpans(mainText: main)
        page.truncated = maxDepth >= HTMLPageReader.libxmlDepthLimit
    }

    /// Returns true when the walk should go into the node's children (a frame was pushed).
    mutating func enter(_ n: xmlNodePtr) -> Bool {
        let type = n.pointee.type
        if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
            if !top.skip, let content = n.pointee.content { append(content) }
            return false
        }
        guard type == XML_ELEMENT_NODE, let name = n.pointee.name else { return false }
        let info = HTMLTags.table[HTMLTags.hash(name)] ?? HTMLTags.inlineDefault
        let parent = top
        var frame = Frame(
            info: info, hints: info.hints, inArticle: parent.inArticle || info.isArticle,
            inLink: parent.inLink || info.isLink, skip: parent.skip, kind: info.role == .block ? info.kind : parent.kind,
            isH1: parent.isH1 || info.headingLevel == 1)
        frame.startBlock = page.blocks.count
        frame.startBytes = emittedBytes
        if info.role == .block {
            frame.element = elements.count
            elements.append(Element(parent: parent.blockElement))
            frame.blockElement = frame.element
        } else {
            frame.blockElement = parent.blockElement
        }
        readAttributes(n, info: info, into: &frame)
        switch info.role {
        case .skip:
            readSkipped(n, info: info, name: name)
            // The head holds the metadata: walk it for `meta`, `title` and JSON-LD, as skipped text.
            guard HTMLTags.hash(name) == HTMLTags.headHash else { return false }
            frame.skip = true
        case .lineBreak:
            flush()
            return false
        case .block:
            flush()
        case .inline:
            break
        }
        if info.isTime, frame.hints.contains(.date) == false { frame.hints.insert(.date) }
        stack.append(frame)
        maxDepth = max(maxDepth, stack.count)
        return true
    }

    mutating func exit() {
        guard let frame = stack.last else { return }
        if frame.info.role == .block { flush() }
        if frame.element >= 0 { elements[frame.element].blocks = frame.startBlock..<page.blocks.count }
        if !frame.hints.isEmpty, frame.startBlock < page.blocks.count {
            spans.append(
                HintSpan(blocks: frame.startBlock..<page.blocks.count, bytes: emittedBytes - frame.startBytes, hints: frame.hints, hard: frame.hard))
        }
        stack.removeLast()
    }

    /// Readability's measure of a paragraph: longer and more commas, more likely article text.
    /// It counts for the paragraph's container in full and for the one above it by half, so
    /// the element holding the article's paragraphs side by side outscores one holding
    /// teasers each in its own box.
    /// Blocks in markup marked as a part that is never the article (comments, related and
    /// promo lists, asides, navigation, footers, ads, hidden) earn no credit.
    static let notArticle: MarkupHints = [.comment, .related, .promo, .aside, .navigation, .footer, .advertisement, .hidden, .share]

    mutating func credit(_ b: Block, element: Int) {
        let length = b.text.utf8.count
        guard element >= 0, length >= 25, b.linkDensity < 0.5, b.kind != .heading, b.kind != .cell else { return }
        let commas = b.text.utf8.count(where: { $0 == 0x2C })
        let score = 1 + Double(commas) + min(Double(length) / 100, 3)
        let parent = elements[element].parent
        let target = b.kind == .paragraph || b.kind == .quote || b.kind == .listItem || b.kind == .pre ? parent : element
        guard target >= 0 else { return }
        credits.append((page.blocks.count, target, score))
    }

    /// Per block: the container it credits and by how much (see `credit`).
    var credits: [(block: Int, element: Int, score: Double)] = []

    /// Element scores from the credits of blocks not marked as other parts of the page.
    mutating func scoreElements() {
        for k in elements.indices {
            elements[k].score = 0
            elements[k].direct = 0
        }
        for c in credits where page.blocks[c.block].markupHints.isDisjoint(with: Walker.notArticle) {
            elements[c.element].score += c.score
            elements[c.element].direct += c.score
            let grand = elements[c.element].parent
            if grand >= 0 { elements[grand].score += c.score / 2 }
        }
    }

    /// Marks the blocks of the best-scoring container (scaled down by its link density) and of
    /// its siblings that score at least a fifth as well: `Block.inMainText`.
    /// Returns the blocks of the densest container, before any climbing: the article's core.
    @discardableResult
    mutating func chooseMainText() -> Range<Int>? {
        guard !page.blocks.isEmpty else { return nil }
        scoreElements()
        func linkDensity(_ r: Range<Int>) -> Double {
            var all = 0.0
            var links = 0.0
            for i in r {
                let n = Double(page.blocks[i].text.utf8.count)
                all += n
                links += n * page.blocks[i].linkDensity
            }
            return all > 0 ? links / all : 0
        }
        var best = -1
        var bestScore = 0.0
        for (k, e) in elements.enumerated() where e.score > 0 {
            let s = e.score * (1 - linkDensity(e.blocks))
            if s > bestScore {
                best = k
                bestScore = s
            }
        }
        guard best >= 0, bestScore >= 10 else { return nil }
        let bestDirect = elements[best].direct * (1 - linkDensity(elements[best].blocks))
        // The densest container itself: whatever holds it is a wrapper of the article.
        let core = elements[best].blocks
        // An article split into sections ("companion columns", one per few paragraphs) has its
        // other sections beside the best one: climb while the parent holds another container
        // scoring at least a third as well. Teaser boxes, one excerpt each, score far less.
        func effective(_ k: Int) -> Double { elements[k].score * (1 - linkDensity(elements[k].blocks)) }
        // Live blogs and split articles put each part in its own box, the boxes in a list:
        // look up to `climbLevels` levels for an ancestor holding another strong container.
        var top = best
        var levels = 0
        while levels < Walker.climbLevels {
            let p = elements[top].parent
            guard p >= 0 else { break }
            let range = elements[p].blocks
            top = p
            // A wrapper round the same blocks changes nothing: look further up for free.
            if range == elements[best].blocks { continue }
            levels += 1
            let strong = elements.indices.contains { k in
                k != best && k != p && elements[k].score > 0 && range.contains(elements[k].blocks.lowerBound)
                    && !elements[best].blocks.contains(elements[k].blocks.lowerBound)
                    && elements[k].direct * (1 - linkDensity(elements[k].blocks)) >= bestDirect / 3
            }
            if strong {
                best = p
                levels = 0
            }
        }
        let parent = elements[best].parent
        var chosen = [elements[best].blocks]
        if parent >= 0 {
            // Siblings count by the paragraphs they hold themselves: a teaser list's score comes
            // from its boxes' excerpts, one level down.
            for (k, e) in elements.enumerated() where k != best && e.parent == parent && e.direct * (1 - linkDensity(e.blocks)) >= bestDirect / 5 {
                chosen.append(e.blocks)
            }
        }
        for i in page.blocks.indices { page.blocks[i].inMainText = chosen.contains { $0.contains(i) } }
        return core.isEmpty ? nil : core
    }

    /// Gives each block the hints of the elements round it, except wrappers: elements that
    /// hold the whole main text (`mainText`, when one was chosen) or most of the page's text
    /// (see `wrapperShare`). A "with-sidebar" column round a short article is not an aside.
    mutating func applySpans(mainText: Range<Int>?) {
        let limit = Int(Double(emittedBytes) * Walker.wrapperShare)
        for span in spans where span.hard || span.bytes <= limit {
            if let main = mainText, !span.hard, span.blocks.lowerBound <= main.lowerBound, span.blocks.upperBound >= main.upperBound { continue }
            for i in span.blocks { page.blocks[i].markupHints.formUnion(span.hints) }
        }
    }

    /// An element that was not descended into (empty, skipped, a line break) or a text node.
    mutating func leaveLeaf(_ n: xmlNodePtr) {
        guard n.pointee.type == XML_ELEMENT_NODE, let name = n.pointee.name else { return }
        let info = HTMLTags.table[HTMLTags.hash(name)] ?? HTMLTags.inlineDefault
        if info.role == .block { flush() }
    }

    mutating func readAttributes(_ n: xmlNodePtr, info: TagInfo, into frame: inout Frame) {
        var a = n.pointee.properties
        while let attr = a {
            defer { a = attr.pointee.next }
            guard let an = attr.pointee.name, let value = attr.pointee.children?.pointee.content else {
                // Valueless attributes: `hidden`.
                if let an = attr.pointee.name, HTMLTags.hash(an) == HTMLTags.hiddenHash {
                    frame.hints.insert(.hidden)
                    frame.hard = true
                }
                continue
            }
            let h = HTMLTags.hash(an)
            let v = UnsafePointer(value)
            switch h {
            case HTMLTags.classHash, HTMLTags.idHash:
                // Classes on `html` and `body` describe the page or its feature flags, not a part
                // of it; so do class lists too long to be a description.
                if !info.isPageRoot, HTMLTags.wordCount(v) <= HTMLTags.maxDescriptiveClasses {
                    frame.hints.formUnion(HTMLTags.hints(fromClassOrID: v))
                }
            case HTMLTags.hiddenHash:
                frame.hints.insert(.hidden)
                frame.hard = true
            case HTMLTags.styleHash:
                if Walker.stylesHide(v) {
                    frame.hints.insert(.hidden)
                    frame.hard = true
                }
            case HTMLTags.itempropHash:
                let s = String(cString: v).lowercased()
                if s == "articlebody" { frame.inArticle = true }
                if s == "author", info.isLink == false { frame.hints.insert(.byline) }
            case HTMLTags.roleHash:
                switch String(cString: v).lowercased() {
                case "navigation", "menu", "menubar": frame.hints.insert(.navigation)
                case "contentinfo": frame.hints.insert(.footer)
                case "complementary": frame.hints.insert(.aside)
                case "banner": frame.hints.insert(.header)
                case "main", "article": frame.inArticle = true
                default: break
                }
            case HTMLTags.ariaHiddenHash:
                if String(cString: v).lowercased() == "true" { frame.hints.insert(.hidden) }
            case HTMLTags.datetimeHash:
                if info.isTime, page.meta.timeDatetime == nil { page.meta.timeDatetime = String(cString: v) }
            case HTMLTags.relHash:
                if info.isLink, String(cString: v).lowercased().split(separator: " ").contains("author"), let t = Walker.text(of: n) {
                    page.meta.relAuthors.append(t)
                }
            default:
                break
            }
        }
        if info.headingLevel == 1, page.meta.firstH1 == nil, !frame.hints.contains(.hidden), let t = Walker.text(of: n) { page.meta.firstH1 = t }
    }

    /// Elements whose text is not page text but may carry metadata.
    mutating func readSkipped(_ n: xmlNodePtr, info: TagInfo, name: UnsafePointer<UInt8>) {
        let h = HTMLTags.hash(name)
        if info.isTitle {
            if page.meta.titleTag == nil, let t = Walker.text(of: n) { page.meta.titleTag = t }
        } else if h == HTMLTags.metaHash {
            readMeta(n)
        } else if h == HTMLTags.scriptHash, let type = Walker.attribute(n, HTMLTags.typeHash), type.lowercased().contains("ld+json"),
            let body = Walker.rawText(of: n)
        {
            page.meta.jsonLD.append(body)
        }
    }

    mutating func readMeta(_ n: xmlNodePtr) {
        let key =
            (Walker.attribute(n, HTMLTags.propertyHash) ?? Walker.attribute(n, HTMLTags.nameHash) ?? Walker.attribute(n, HTMLTags.itempropHash))?
            .lowercased()
        guard let key, let content = Walker.attribute(n, HTMLTags.contentHash) else { return }
        let value = content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return }
        switch key {
        case "og:title", "twitter:title": if page.meta.ogTitle == nil { page.meta.ogTitle = value }
        case "og:site_name", "application-name": if page.meta.siteName == nil { page.meta.siteName = value }
        case "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
            "sailthru.date", "parsely-pub-date":
            if page.meta.published == nil { page.meta.published = value }
        case "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author":
            page.meta.metaAuthors.append(value)
        default: break
        }
    }

    // MARK: Text

    /// Appends a text node's bytes, collapsing whitespace (spaces, tabs, line ends and
    /// no-break spaces) to single spaces.
    mutating func append(_ p: UnsafePointer<UInt8>) {
        let inLink = top.inLink
        var q = p
        while q.pointee != 0 {
            let c = q.pointee
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                pendingSpace = true
            } else if c == 0xC2 && q[1] == 0xA0 {
                pendingSpace = true
                q += 1
            } else {
                if pendingSpace && !text.isEmpty {
                    text.append(0x20)
                    if inLink { linkBytes += 1 }
                }
                pendingSpace = false
                text.append(c)
                if inLink { linkBytes += 1 }
            }
            q += 1
        }
        if q - p >= HTMLPageReader.libxmlTextLimit { page.textCut = true }
    }

    /// Ends the block being filled (if it holds any text) with the features of where it stands.
    mutating func flush() {
        defer {
            text.removeAll(keepingCapacity: true)
            linkBytes = 0
            pendingSpace = false
        }
        guard !text.isEmpty else { return }
        let f = top
        guard !f.skip else { return }
        var b = Block(text: String(decoding: text, as: UTF8.self), line: page.blocks.count + 1, kind: f.kind)
        b.linkDensity = Double(linkBytes) / Double(text.count)
        emittedBytes += text.count
        b.inArticleContainer = f.inArticle
        b.isMainHeading = f.isH1 && f.kind == .heading
        credit(b, element: f.blockElement)  // before the append: the credit names this block's index
        page.blocks.append(b)
    }

    // MARK: Attribute and text helpers (libxml2 pointers stay in this file)

    static func attribute(_ n: xmlNodePtr, _ nameHash: UInt64) -> String? {
        var a = n.pointee.properties
        while let attr = a {
            if let an = attr.pointee.name, HTMLTags.hash(an) == nameHash {
                guard let v = attr.pointee.children?.pointee.content else { return "" }
                return String(cString: UnsafePointer(v))
            }
            a = attr.pointee.next
        }
        return nil
    }

    /// The element's text with whitespace collapsed; nil when empty.
    static func text(of n: xmlNodePtr) -> String? {
        guard let raw = xmlNodeGetContent(n) else { return nil }
        defer { winnow_xml_free(raw) }
        let s = String(cString: UnsafePointer(raw)).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return s.isEmpty ? nil : s
    }

    /// The element's text as is (a script's JSON).
    static func rawText(of n: xmlNodePtr) -> String? {
        guard let raw = xmlNodeGetContent(n) else { return nil }
        defer { winnow_xml_free(raw) }
        return String(cString: UnsafePointer(raw))
    }

    /// `style` values that hide the element.
    static func stylesHide(_ v: UnsafePointer<UInt8>) -> Bool {
        let s = String(cString: v).lowercased().filter { $0 != " " }
        return s.contains("display:none") || s.contains("visibility:hidden")
    }
}

extension HTMLTags {
    static let headHash = hash("head")
    static let metaHash = hash("meta")
    static let scriptHash = hash("script")
    static let classHash = hash("class")
    static let idHash = hash("id")
    static let hiddenHash = hash("hidden")
    static let styleHash = hash("style")
    static let itempropHash = hash("itemprop")
    static let roleHash = hash("role")
    static let ariaHiddenHash = hash("aria-hidden")
    static let datetimeHash = hash("datetime")
    static let relHash = hash("rel")
    static let typeHash = hash("type")
    static let propertyHash = hash("property")
    static let nameHash = hash("name")
    static let contentHash = hash("content")
}
