import WinnowCore

/// The state of one pass over a page's SAX events: open elements, the block being filled,
/// what was found. Events come in document order and balanced (libxml2 closes what the page
/// leaves open), so the walk needs no recursion however deep the page nests.
struct PageWalker {
    struct Frame {
        var info: TagInfo
        /// This element's own hints (tag, class/id words, role, hidden); they reach its blocks
        /// through a `HintSpan` when the element closes.
        var hints: MarkupHints
        var inArticle: Bool
        var inLink: Bool
        /// Inside `head`: text is not page text, child elements may carry metadata.
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
        /// For a hidden inline element: the text buffer's state when it opened.
        var rollback: (text: Int, links: Int, pendingSpace: Bool)?
    }

    /// A block-level element, for choosing the main text container.
    struct Element {
        var parent: Int
        var blocks: Range<Int> = 0..<0
        var score = 0.0
        /// The part of `score` from paragraphs directly inside (not from grandchildren).
        var direct = 0.0
    }

    /// An element with hints and the blocks it holds.
    struct HintSpan {
        var blocks: Range<Int>
        var bytes: Int
        var hints: MarkupHints
        var hard: Bool
    }

    /// Text of an element wanted whole, as metadata: the first `h1`, a `rel=author` link.
    struct Capture {
        enum Kind { case heading, relAuthor }
        var depth: Int
        var kind: Kind
        var bytes: [UInt8] = []
    }

    /// What an element whose content is not page text (script, style, title, svg, br...) is
    /// read for while its events are swallowed.
    enum Opaque { case ignore, title, jsonLD }

    var page = Page()
    var elements: [Element] = []
    var spans: [HintSpan] = []
    /// Per block: the container it credits and by how much (see `credit`).
    var credits: [(block: Int, element: Int, score: Double)] = []
    var emittedBytes = 0

    var stack: [Frame] = []
    var text: [UInt8] = []
    var linkBytes = 0
    var pendingSpace = false

    var captures: [Capture] = []
    /// Nesting inside an opaque element: its descendants' events are swallowed.
    var opaqueDepth = 0
    var opaque = Opaque.ignore
    var opaqueText: [UInt8] = []

    init() {
        text.reserveCapacity(4096)
        stack.reserveCapacity(64)
    }

    static let rootFrame = Frame(info: HTMLTags.inlineDefault, hints: [], inArticle: false, inLink: false, skip: false, kind: .other, isH1: false)

    var top: Frame { stack.last ?? PageWalker.rootFrame }

    // MARK: Events

    mutating func start(_ name: UnsafePointer<UInt8>, _ atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        if opaqueDepth > 0 {
            opaqueDepth += 1
            return
        }
        let info = HTMLTags.table[HTMLTags.hash(name)] ?? HTMLTags.inlineDefault
        switch info.role {
        case .skip:
            if HTMLTags.hash(name) == HTMLTags.headHash { break }
            startOpaque(info: info, name: name, atts: atts)
            return
        case .lineBreak:
            flush()
            opaqueDepth = 1
            opaque = .ignore
            return
        case .block:
            flush()
        case .inline:
            break
        }
        let parent = top
        var frame = Frame(
            info: info, hints: info.hints, inArticle: parent.inArticle || info.isArticle,
            inLink: parent.inLink || info.isLink, skip: parent.skip || info.role == .skip, kind: info.role == .block ? info.kind : parent.kind,
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
        if let atts { readAttributes(atts, info: info, into: &frame) }
        // (Links are what a reader clicks, so they stay: "rollover-link" is the card's trigger.)
        if info.role == .inline, !info.isLink, frame.hints.contains(.hidden) {
            frame.rollback = (text.count, linkBytes, pendingSpace)
        }
        if info.headingLevel == 1, page.meta.firstH1 == nil, !frame.hints.contains(.hidden) {
            captures.append(Capture(depth: stack.count + 1, kind: .heading))
        }
        stack.append(frame)
    }

    mutating func end() {
        if opaqueDepth > 0 {
            opaqueDepth -= 1
            if opaqueDepth == 0 { endOpaque() }
            return
        }
        guard let frame = stack.last else { return }
        if frame.info.role == .block { flush() }
        // Hidden text inside a paragraph (a hover card's teasers, a screen-reader label) would
        // run into the sentence round it: an inline element marked hidden takes its text back,
        // unless blocks ended inside it (then it is no inline detail: an unclosed custom
        // element can hold the rest of the page). Only the innermost goes: a hover component's
        // wrapper ("tooltip", holding the trigger and the card) keeps the trigger's text.
        if let r = frame.rollback, frame.startBlock == page.blocks.count, r.text <= text.count {
            text.removeSubrange(r.text...)
            linkBytes = r.links
            pendingSpace = r.pendingSpace
            for k in stack.indices { stack[k].rollback = nil }
        }
        if frame.element >= 0 {
            elements[frame.element].blocks = frame.startBlock..<page.blocks.count
            if page.blocks.count - frame.startBlock >= 2, page.blocks[frame.startBlock].boxEnd == nil {
                page.blocks[frame.startBlock].boxEnd = page.blocks.count - 1
            }
        }
        if !frame.hints.isEmpty, frame.startBlock < page.blocks.count {
            spans.append(
                HintSpan(blocks: frame.startBlock..<page.blocks.count, bytes: emittedBytes - frame.startBytes, hints: frame.hints, hard: frame.hard))
        }
        while let c = captures.last, c.depth >= stack.count {
            captures.removeLast()
            endCapture(c)
        }
        stack.removeLast()
    }

    mutating func characters(_ chunk: UnsafeBufferPointer<UInt8>) {
        if opaqueDepth > 0 {
            if opaque != .ignore { opaqueText.append(contentsOf: chunk) }
            return
        }
        if top.skip { return }
        for i in captures.indices { captures[i].bytes.append(contentsOf: chunk) }
        append(chunk)
    }

    /// Script, style, title, media and form controls: nothing inside is page text.
    mutating func startOpaque(info: TagInfo, name: UnsafePointer<UInt8>, atts: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        opaqueDepth = 1
        opaque = .ignore
        let h = HTMLTags.hash(name)
        if info.isTitle {
            if page.meta.titleTag == nil { opaque = .title }
        } else if h == HTMLTags.metaHash {
            if let atts { readMeta(atts) }
        } else if h == HTMLTags.scriptHash, let atts, let type = PageWalker.attribute(atts, HTMLTags.typeHash), type.lowercased().contains("ld+json")
        {
            opaque = .jsonLD
        }
        if opaque != .ignore { opaqueText.removeAll(keepingCapacity: true) }
    }

    mutating func endOpaque() {
        switch opaque {
        case .ignore: return
        case .title: page.meta.titleTag = PageWalker.collapsed(opaqueText)
        case .jsonLD: page.meta.jsonLD.append(String(decoding: opaqueText, as: UTF8.self))
        }
        opaque = .ignore
    }

    mutating func endCapture(_ c: Capture) {
        guard let t = PageWalker.collapsed(c.bytes) else { return }
        switch c.kind {
        case .heading: if page.meta.firstH1 == nil { page.meta.firstH1 = t }
        case .relAuthor: page.meta.relAuthors.append(t)
        }
    }

    /// Text with runs of whitespace collapsed to one space; nil when empty.
    static func collapsed(_ bytes: [UInt8]) -> String? {
        let s = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return s.isEmpty ? nil : s
    }

    // MARK: Text

    /// Appends a text chunk's bytes, collapsing whitespace (spaces, tabs, line ends and
    /// no-break spaces) to single spaces.
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        let inLink = top.inLink
        let n = chunk.count
        var i = 0
        let before = text.count
        while i < n {
            let c = chunk[i]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C {
                pendingSpace = true
            } else if c == 0xC2 && i + 1 < n && chunk[i + 1] == 0xA0 {
                pendingSpace = true
                i += 1
            } else {
                if pendingSpace && !text.isEmpty { text.append(0x20) }
                pendingSpace = false
                text.append(c)
            }
            i += 1
        }
        if inLink { linkBytes += text.count - before }
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

    /// Readability's measure of a paragraph: longer and more commas, more likely article text.
    /// It counts for the paragraph's container in full and for the one above it by half, so
    /// the element holding the article's paragraphs side by side outscores one holding
    /// teasers each in its own box.
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
}
