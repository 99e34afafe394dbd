import WinnowCore

/// Choosing the article's container once the page is read, and giving blocks the hints of the
/// elements round them.
extension PageWalker {
    /// A hinted element holding more than this share of the page's text is a wrapper round the
    /// article ("content-with-sidebar", "page-ad-margins"), not a part to drop.
    static let wrapperShare = 0.4
    /// How many levels above the best container `chooseMainText` looks for sibling parts.
    static let climbLevels = 3

    /// Blocks in markup marked as a part that is never the article (comments, related and
    /// promo lists, asides, navigation, footers, ads, hidden) earn no credit.
    static let notArticle: MarkupHints = [.comment, .related, .promo, .aside, .navigation, .footer, .advertisement, .hidden, .share]

    /// After the last event: close what is open, then hints and the main text.
    mutating func finish() {
        while !stack.isEmpty { end() }
        flush()
        // Hints first as if there were no main text, so comment threads and related lists
        // cannot be chosen as it; then again, sparing the wrappers of what was chosen.
        applySpans(mainText: nil)
        // A comment section is named as such even when it outweighs the article.
        for span in spans where span.hints.contains(.comment) { for i in span.blocks { page.blocks[i].markupHints.insert(.comment) } }
        let main = chooseMainText()
        for i in page.blocks.indices { page.blocks[i].markupHints = [] }
        applySpans(mainText: main)
    }

    /// Element scores from the credits of blocks not marked as other parts of the page.
    mutating func scoreElements() {
        for k in elements.indices {
            elements[k].score = 0
            elements[k].direct = 0
        }
        for c in credits where page.blocks[c.block].markupHints.isDisjoint(with: PageWalker.notArticle) {
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
        while levels < PageWalker.climbLevels {
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
        let limit = Int(Double(emittedBytes) * PageWalker.wrapperShare)
        for span in spans where span.hard || span.bytes <= limit {
            if let main = mainText, !span.hard, span.blocks.lowerBound <= main.lowerBound, span.blocks.upperBound >= main.upperBound { continue }
            for i in span.blocks { page.blocks[i].markupHints.formUnion(span.hints) }
        }
    }
}
