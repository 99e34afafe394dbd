/// HTML only: removes blocks the markup itself marks as boilerplate — hidden elements and
/// blocks inside navigation, footers, share bars, cookie and newsletter boxes, ads, comments,
/// related and promo lists, asides, tag lists and captions (`Block.markupHints`, read from tag
/// names, `role` and class/id words). Text dumps carry no hints, so this stage never fires on
/// them.
///
/// The main heading is kept for the headline rule, and byline and date containers are left to
/// the byline and stamp rules, which read people and dates out of them.
struct MarkupStage: CleaningStage {
    static let boilerplate: MarkupHints = [
        .hidden, .navigation, .footer, .share, .cookie, .newsletter, .advertisement, .comment, .related, .promo, .aside, .tags, .caption,
    ]

    func apply(to doc: inout Document) {
        for i in 0..<doc.count where doc.isKept(i) {
            let b = doc.blocks[i]
            if b.isMainHeading { continue }
            var hints = b.markupHints.intersection(MarkupStage.boilerplate)
            // Inside the article container, an aside or caption-like class on a wrapper is
            // weaker evidence than the container itself; hidden and ads still go.
            if b.inArticleContainer { hints.subtract([.aside, .promo, .tags, .related]) }
            if !hints.isEmpty { doc.remove(i, .markup) }
        }
        removeTeasers(in: &doc)
    }

    /// A linked headline with an excerpt cut short ("… the plan for the harbour was…") is a
    /// teaser of another article. Two or more on a page are a teaser stream (a news ticker, a
    /// "latest" list), wherever the markup put them. Needs links, so never fires on text dumps;
    /// a paragraph that trails off without a link is prose.
    func removeTeasers(in doc: inout Document) {
        let teasers = (0..<doc.count).filter { i in
            let b = doc.blocks[i]
            guard doc.isKept(i), b.linkDensity >= 0.1, b.linkDensity <= 0.7, b.text.utf8.count >= 40 else { return false }
            return MarkupStage.endsCutShort(b.text)
        }
        guard teasers.count >= 2 else { return }
        for i in teasers { doc.remove(i, .related) }
    }

    /// Ends with "...", "…" or a bracketed "[…]".
    static func endsCutShort(_ s: String) -> Bool {
        var t = Substring(s)
        while let last = t.last, last == " " || last == "]" || last == ")" { t = t.dropLast() }
        return t.hasSuffix("...") || t.hasSuffix("…")
    }
}
