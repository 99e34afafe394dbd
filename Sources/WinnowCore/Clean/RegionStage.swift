/// Finds the article's main text region and removes what lies outside it.
///
/// The region is the stretch of blocks with the greatest sum of weights (a maximum-sum
/// subarray, as in Finn et al.'s Body Text Extraction): prose blocks weigh their word count,
/// labels and headline-like lines weigh against. Site chrome above and teasers and footers
/// below fall outside. Comment sections end the region outright; a related-links header ends
/// it when most of the text already lies before it. Inside the region, runs of three or more
/// bare labels are menus.
struct RegionStage: CleaningStage {
    static let labelWeight = -5.0
    static let headlineWeight = -3.0
    static let headlineBonus = 20.0
    /// Blocks of a non-prose run that cost their plain weight; later ones cost more and more.
    static let freeRun = 3

    /// In the container the markup chose, comment and related-links headers (the section
    /// breaks) take what follows them: the box they open when they open one (a "Most read" rail
    /// in the middle of an article goes, the paragraphs after it stay); else the run of links
    /// right below them, and the rest of the container too when no prose follows that run and
    /// half the container's prose (at least 80 words) lies above, as for text dumps. Returns
    /// the blocks to remove and the rule for each.
    static func markupSections(_ doc: Document, first: Int) -> [(Int, RuleID)] {
        let n = doc.count
        let inMain = (first..<n).filter { doc.blocks[$0].inMainText == true }
        guard let last = inMain.last else { return [] }
        func prose(_ r: some Sequence<Int>) -> Int { r.reduce(0) { $0 + (doc.isKept($1) && doc.shapes[$1].isProse ? doc.shapes[$1].words : 0) } }
        let all = prose(inMain)
        var out: [(Int, RuleID)] = []
        var skipTo = first
        for b in doc.sectionBreaks.sorted() where b > skipTo && b <= last && doc.blocks[b].inMainText == true {
            let rule = doc.removed[b] ?? .related
            if let end = doc.blocks[b].boxEnd, end > b {
                for i in (b + 1)..<(end + 1) where doc.isKept(i) { out.append((i, rule)) }
                skipTo = end
                continue
            }
            let after = inMain.drop(while: { $0 <= b }).filter { doc.isKept($0) }
            let links = after.prefix(while: { doc.blocks[$0].linkDensity >= 0.5 })
            let rest = after.dropFirst(links.count)
            let continues = rest.contains { doc.shapes[$0].isProse && doc.blocks[$0].linkDensity < 0.2 }
            if !continues, prose(inMain.prefix(while: { $0 < b })) >= max(80, all / 2) {
                for i in after { out.append((i, .afterContent)) }
                break
            }
            for i in links { out.append((i, rule)) }
            skipTo = links.last ?? b
        }
        return out
    }

    func apply(to doc: inout Document) {
        let n = doc.count
        guard n > 0 else { return }
        // HTML pages where the front end chose the main-text container: it decides.
        if doc.blocks.contains(where: { $0.inMainText != nil }) {
            guard let first = (0..<n).first(where: { doc.blocks[$0].inMainText == true && doc.isKept($0) }) else { return }
            for i in 0..<n where doc.isKept(i) && doc.blocks[i].inMainText != true {
                doc.remove(i, i < first ? .outsideContent : .afterContent)
            }
            for (i, rule) in RegionStage.markupSections(doc, first: first) { doc.remove(i, rule) }
            return
        }
        var weights = [Double](repeating: 0, count: n)
        // Non-prose costs more the longer the run it stands in: one sub-heading or ad slot
        // inside an article is cheap, a wall of menus and teasers between the article and
        // the footer's prose is not.
        var run = 0
        for i in 0..<n {
            if doc.isKept(i) && doc.shapes[i].isProse { run = 0 } else { run += 1 }
            guard doc.isKept(i) else { continue }
            weights[i] = RegionStage.weight(doc.shapes[i], linkDensity: doc.blocks[i].linkDensity, inArticle: doc.blocks[i].inArticleContainer)
            if weights[i] < 0 { weights[i] *= Double(1 + max(0, run - RegionStage.freeRun)) }
        }
        // The article text follows its headline: the first prose blocks below it weigh more.
        if let t = doc.titleIndex {
            var bonus = 2
            for i in (t + 1)..<min(n, t + 15) where doc.isKept(i) && doc.shapes[i].isProse && bonus > 0 {
                weights[i] += RegionStage.headlineBonus
                bonus -= 1
            }
        }
        guard var (s, e) = RegionStage.maxSubarray(weights) else {
            for i in 0..<n { doc.remove(i, .outsideContent) }
            return
        }
        // Trailing sections.
        let prose = { (a: Int, b: Int) -> Double in
            guard a <= b else { return 0 }
            return (a...b).reduce(0) { $0 + max(0, weights[$1]) }
        }
        for b in doc.sectionBreaks.sorted() where b > s && b <= e {
            let before = prose(s, b)
            let all = prose(s, e)
            let cut = doc.removed[b] == .comments ? before >= max(80, 0.25 * all) : before >= 0.5 * all
            if cut {
                e = b - 1
                break
            }
        }
        // One-sentence paragraphs and short standfirsts just above the region belong to it.
        var k = s - 1
        while k >= 0 {
            if !doc.isKept(k) {
                k -= 1
                continue
            }
            let sh = doc.shapes[k]
            guard sh.endsLikeSentence, sh.words >= 3 else { break }
            s = k
            k -= 1
        }
        for i in 0..<n where doc.isKept(i) {
            if i < s { doc.remove(i, .outsideContent) } else if i > e { doc.remove(i, .afterContent) }
        }
        RegionStage.removeMenus(in: &doc, from: s, to: e)
    }

    /// Where the article text starts by weights alone, before the headline is known.
    static func provisionalStart(_ doc: borrowing Document) -> Int? {
        var w = [Double](repeating: 0, count: doc.count)
        var run = 0
        for i in 0..<doc.count {
            if doc.isKept(i) && doc.shapes[i].isProse { run = 0 } else { run += 1 }
            guard doc.isKept(i) else { continue }
            w[i] = weight(doc.shapes[i], linkDensity: doc.blocks[i].linkDensity, inArticle: doc.blocks[i].inArticleContainer)
            if w[i] < 0 { w[i] *= Double(1 + max(0, run - freeRun)) }
        }
        return maxSubarray(w)?.0
    }

    /// Takes the two block fields it reads, not the block: copying a block copies its text.
    static func weight(_ sh: LineShape, linkDensity: Double, inArticle: Bool) -> Double {
        var w: Double
        if sh.isProse {
            w = Double(min(sh.words, 150))
        } else if sh.endsLikeSentence && sh.words >= 3 {
            w = 2
        } else if sh.words >= 6 {
            w = headlineWeight
        } else {
            w = labelWeight
        }
        if linkDensity > 0.5 { w = min(w, 0) - 4 }
        if inArticle { w += 3 }
        return w
    }

    /// Kadane's algorithm over the weights; nil when no block weighs positive.
    static func maxSubarray(_ w: [Double]) -> (Int, Int)? {
        var best = 0.0
        var bestRange: (Int, Int)?
        var cur = 0.0
        var start = 0
        for (i, x) in w.enumerated() {
            if cur <= 0 {
                cur = 0
                start = i
            }
            cur += x
            if cur > best {
                best = cur
                bestRange = (start, i)
            }
        }
        guard var r = bestRange else { return nil }
        // Kadane may start on a zero-weight (removed) block; start at the first weighted one.
        while r.0 < r.1, w[r.0] <= 0 { r.0 += 1 }
        return r
    }

    static func removeMenus(in doc: inout Document, from s: Int, to e: Int) {
        guard s <= e else { return }
        var run = [Int]()
        func flush() {
            if run.count >= 3 { for i in run { doc.remove(i, .navigation) } }
            run.removeAll()
        }
        for i in s...e {
            if !doc.isKept(i) { continue }
            let sh = doc.shapes[i]
            if sh.words <= 4 && sh.sentenceEnds == 0 && !sh.endsWithColon { run.append(i) } else { flush() }
        }
        flush()
    }
}
