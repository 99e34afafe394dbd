import WinnowCore

/// What the block builder needs to know about an element name.
enum TagRole: UInt8 {
    /// Text flows through it (`span`, `a`, `em`…).
    case inline
    /// Starts and ends a block (`p`, `div`, `li`…).
    case block
    /// A line break inside a block: ends the current block's run of text.
    case lineBreak
    /// Never read: its text is not page text (`script`, `style`, `svg`…).
    case skip
}

/// Element names the HTML front end recognises, looked up by a hash of the name's bytes so no
/// `String` is built per element.
struct TagInfo {
    var role: TagRole
    var kind: Block.Kind = .other
    var hints: MarkupHints = []
    var headingLevel = 0
    var isLink = false
    var isArticle = false
    var isTitle = false
    var isTime = false
    /// `html` and `body`.
    var isPageRoot = false
}

enum HTMLTags {
    static func hash(_ p: UnsafePointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var q = p
        while q.pointee != 0 {
            h = (h ^ UInt64(q.pointee | 0x20)) &* 0x0000_0100_0000_01B3
            q += 1
        }
        return h
    }

    /// The same hash over `count` bytes (a name inside a tag, not NUL-terminated).
    static func hash(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<count { h = (h ^ UInt64(p[k] | 0x20)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    static func hash(_ s: String) -> UInt64 { s.withCString { $0.withMemoryRebound(to: UInt8.self, capacity: s.utf8.count + 1) { hash($0) } } }

    /// Tags not listed are inline.
    static let table: [UInt64: TagInfo] = {
        var t = [UInt64: TagInfo]()
        func add(_ names: [String], _ info: TagInfo) { for n in names { t[hash(n)] = info } }
        add(
            [
                "div", "section", "center", "details", "summary", "dl", "fieldset", "form", "body", "html", "table", "tbody", "thead", "tfoot", "tr",
                "caption", "menu", "hgroup", "dialog", "legend", "address", "dd", "dt", "ul", "ol",
            ],
            TagInfo(role: .block))
        t[hash("html")]?.isPageRoot = true
        t[hash("body")]?.isPageRoot = true
        add(["p"], TagInfo(role: .block, kind: .paragraph))
        add(["li"], TagInfo(role: .block, kind: .listItem))
        add(["blockquote"], TagInfo(role: .block, kind: .quote))
        add(["pre"], TagInfo(role: .block, kind: .pre))
        add(["td", "th"], TagInfo(role: .block, kind: .cell))
        for level in 1...6 { add(["h\(level)"], TagInfo(role: .block, kind: .heading, headingLevel: level)) }
        add(["article"], TagInfo(role: .block, isArticle: true))
        add(["main"], TagInfo(role: .block, isArticle: true))
        add(["nav"], TagInfo(role: .block, hints: .navigation))
        add(["footer"], TagInfo(role: .block, hints: .footer))
        add(["header"], TagInfo(role: .block, hints: .header))
        add(["aside"], TagInfo(role: .block, hints: .aside))
        add(["figure"], TagInfo(role: .block))
        add(["figcaption"], TagInfo(role: .block, hints: .caption))
        add(["hr"], TagInfo(role: .lineBreak))
        add(["br"], TagInfo(role: .lineBreak))
        add(
            [
                "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "select",
                "textarea", "button", "input", "head", "map", "picture", "source", "img", "link", "meta",
            ],
            TagInfo(role: .skip))
        add(["title"], TagInfo(role: .skip, isTitle: true))
        add(["a"], TagInfo(role: .inline, isLink: true))
        add(["time"], TagInfo(role: .inline, hints: .date, isTime: true))
        return t
    }()

    static let inlineDefault = TagInfo(role: .inline)

    /// A class list longer than this is state or feature flags, not a description.
    static let maxDescriptiveClasses = 8

    /// Space-separated words in an attribute value.
    static func wordCount(_ v: UnsafePointer<UInt8>) -> Int {
        var n = 0
        var inWord = false
        var q = v
        while q.pointee != 0 {
            let space = q.pointee == 0x20 || q.pointee == 0x09 || q.pointee == 0x0A
            if !space && !inWord { n += 1 }
            inWord = !space
            q += 1
        }
        return n
    }

    /// Words in `class` and `id` values that say what a container is. A value is split into
    /// words at non-letters and camel-case humps ("shareBar" → share, bar) and each word is
    /// compared whole or by prefix, so "navigation", "nav-menu" and "mainNav" all count.
    static func hints(fromClassOrID value: UnsafePointer<UInt8>) -> MarkupHints {
        var out: MarkupHints = []
        var token: MarkupHints = []
        var embed = false
        var word = [UInt8]()
        word.reserveCapacity(24)
        // "with-sidebar", "has-comments", "no-ads": a layout that holds (or lacks) the part,
        // not the part itself; the word after such a modifier, in the same class, names nothing.
        var modified = false
        func flush() {
            guard !word.isEmpty else { return }
            if !modified { token.formUnion(hints(word: word)) }
            modified = isModifier(word)
            if word.starts(with: embedWord) { embed = true }
            word.removeAll(keepingCapacity: true)
        }
        // "social-media-embed", "embed-twitter": a post quoted in the article, not a share bar.
        func endToken() {
            flush()
            if embed { token.remove(.share) }
            out.formUnion(token)
            token = []
            embed = false
            modified = false
        }
        var q = value
        var prevLower = false
        while q.pointee != 0 {
            let c = q.pointee
            let isUpper = c >= 0x41 && c <= 0x5A
            let isLower = c >= 0x61 && c <= 0x7A
            if isUpper && prevLower { flush() }
            if isUpper || isLower {
                word.append(c | 0x20)
            } else if c == 0x20 || c == 0x09 || c == 0x0A {
                endToken()
            } else {
                flush()
            }
            prevLower = isLower
            q += 1
        }
        endToken()
        return out
    }

    static let embedWord = Array("embed".utf8)

    static func isModifier(_ w: [UInt8]) -> Bool {
        switch w.count {
        case 1: return w[0] == 0x77  // "w"
        case 2: return w == [0x6E, 0x6F]  // "no"
        case 3: return w == [0x68, 0x61, 0x73]  // "has"
        case 4: return w == [0x77, 0x69, 0x74, 0x68]  // "with"
        default: return w.elementsEqual("without".utf8)
        }
    }

    static let hintTable: [(word: String, prefix: Bool, hints: MarkupHints)] = [
        ("nav", true, .navigation), ("menu", true, .navigation), ("breadcrumb", true, .navigation), ("masthead", false, .navigation),
        ("topbar", true, .navigation), ("skip", true, .navigation),
        ("footer", true, .footer), ("foot", false, .footer), ("copyright", true, .footer), ("colophon", false, .footer),
        ("share", true, .share), ("social", true, .share), ("sharing", true, .share), ("addthis", false, .share), ("sharethis", false, .share),
        ("related", true, .related), ("recommend", true, .related), ("popular", false, .related), ("trending", false, .related),
        ("mostread", true, .related), ("outbrain", false, [.related, .promo]), ("taboola", false, .related),
        ("comment", true, .comment), ("disqus", false, .comment), ("respond", false, .comment), ("discussion", false, .comment),
        ("cookie", true, .cookie), ("consent", true, .cookie), ("gdpr", false, .cookie), ("cmp", false, .cookie),
        ("newsletter", true, .newsletter), ("subscribe", true, .newsletter), ("signup", true, .newsletter), ("paywall", false, .newsletter),
        ("ad", false, .advertisement), ("ads", false, .advertisement), ("advert", true, .advertisement), ("adslot", true, .advertisement),
        ("adsbygoogle", true, .advertisement), ("sponsor", true, .advertisement), ("dfp", false, .advertisement),
        ("banner", false, .advertisement),
        ("hidden", false, .hidden), ("hide", false, .hidden), ("invisible", false, .hidden), ("visuallyhidden", false, .hidden),
        ("sr", false, .hidden), ("screenreader", true, .hidden), ("tooltip", true, .hidden), ("popover", true, .hidden),
        ("rollover", true, .hidden), ("hovercard", true, .hidden),
        ("caption", true, .caption), ("credit", false, .caption), ("credits", false, .caption), ("figcaption", true, .caption),
        ("byline", true, .byline), ("author", false, .byline), ("authors", false, .byline), ("contributor", true, .byline),
        ("sidebar", true, .aside), ("aside", false, .aside), ("widget", true, .aside), ("rail", false, .aside),
        ("promo", true, .promo), ("teaser", false, .promo), ("marketing", true, .promo),
        ("tags", false, .tags), ("tag", false, .tags), ("topics", false, .tags), ("keyword", true, .tags), ("categories", false, .tags),
        ("date", false, .date), ("time", false, .date), ("timestamp", false, .date), ("published", false, .date), ("dateline", false, .date),
    ]

    /// `hintTable` grouped by the first two letters of each entry: a class word is compared
    /// only with the few entries that start like it (most, "content", "wrapper", none).
    static let byFirstTwo: [UInt16: [(word: [UInt8], prefix: Bool, hints: MarkupHints)]] = {
        var t = [UInt16: [(word: [UInt8], prefix: Bool, hints: MarkupHints)]]()
        for e in hintTable {
            let u = Array(e.word.utf8)
            t[UInt16(u[0]) << 8 | UInt16(u[1]), default: []].append((u, e.prefix, e.hints))
        }
        return t
    }()

    static func hints(word w: [UInt8]) -> MarkupHints {
        guard w.count >= 2, let entries = byFirstTwo[UInt16(w[0]) << 8 | UInt16(w[1])] else { return [] }
        var h: MarkupHints = []
        for e in entries where e.prefix ? w.starts(with: e.word) : w == e.word { h.formUnion(e.hints) }
        return h
    }
}
