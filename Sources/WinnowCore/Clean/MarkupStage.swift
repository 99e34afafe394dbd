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
    }
}
