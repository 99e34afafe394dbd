import Foundation

/// Finds the headline and removes it and its copies from the body.
///
/// Evidence, in the page's head: a block that recurs (exactly or nearly: scrapes carry the
/// `<title>` and the `<h1>`), a `Headline | Site` line, a byline or timestamp right below, and
/// headline shape (3-40 words, no sentence full stop). A lead paragraph that merely shares
/// the headline's words is not a copy: copies must match as wholes.
struct TitleStage: CleaningStage {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]

    func apply(to doc: inout Document) {
        guard doc.count > 0 else { return }
        // The headline stands just above where the article text starts; early prose such as a
        // cookie notice must not move that point, so the provisional region decides it.
        let firstProse = RegionStage.provisionalStart(doc) ?? doc.firstProse ?? doc.count
        let headStart = max(0, firstProse - 25)
        let headEnd = min(doc.count, firstProse + 3)
        let site = doc.site ?? doc.knownSite
        // Markup that names the main heading decides (HTML front end).
        if let h = (0..<doc.count).first(where: { doc.blocks[$0].isMainHeading && doc.isKept($0) }) {
            settle(title: doc.blocks[h].text, in: &doc, site: site)
            doc.titleIndex = h
            return
        }
        var best: (score: Int, index: Int, text: String)?
        for i in headStart..<headEnd where doc.isKept(i) {
            guard let key = doc.keys[i] else { continue }
            let n = key.words.count
            guard n >= 2, n <= 40, !doc.shapes[i].endsWithColon else { continue }
            // Table rows and scores ("4 Dunmore United 6 11") are not headlines.
            if key.words.filter({ $0 == "#" }).count * 3 > n { continue }
            var candidate = doc.blocks[i].text
            var score = 0
            if let (head, suffix) = TitleStage.splitSiteSuffix(candidate), TitleStage.isSiteSuffix(suffix, site: site) {
                candidate = head; score += 3
            }
            let ck = LineKey.normalize(candidate)
            // Copies count near the head only: a tagline repeated in header and footer is template.
            let copies = (0..<min(doc.count, headEnd + 10)).filter { j in
                j != i && doc.keys[j].map { TitleStage.sameHeadline($0.text, ck) || TitleStage.titleLine($0.text, head: ck) } ?? false
            }
            if !copies.isEmpty { score += n >= 5 ? 4 : 1 }
            // A byline or stamp right below marks the headline; a little further, less so.
            let removed = doc.removed
            let isStamp = { (j: Int) in removed[j] == .byline || removed[j] == .timestamp }
            if i + 1 < doc.count && isStamp(i + 1) { score += 3 }
            else if ((i + 2)..<min(doc.count, i + 4)).contains(where: isStamp) { score += 1 }
            if n >= 4 && n <= 25 { score += 1 }
            if doc.shapes[i].endsLikeSentence && n > 6 { score -= 3 }
            if n < 3 { score -= 2 }
            if firstProse - i <= 4 && firstProse > i { score += 1 }
            if ProcessInfo.processInfo.environment["WINNOW_DEBUG_TITLE"] != nil { print("title?", score, i, candidate) }
            if best == nil || score > best!.score { best = (score, i, candidate) }
        }
        guard let best, best.score >= 1 else { return }
        settle(title: best.text, in: &doc, site: site)
        doc.titleIndex = best.index
    }

    /// Sets the title and removes every block that is it, nearly it, or it with a site suffix.
    func settle(title: String, in doc: inout Document, site: String?) {
        var title = title
        if let (head, suffix) = TitleStage.splitSiteSuffix(title), TitleStage.isSiteSuffix(suffix, site: site) { title = head }
        doc.title = title
        let tk = LineKey.normalize(title)
        for j in 0..<doc.count {
            guard let key = doc.keys[j] else { continue }
            if TitleStage.sameHeadline(key.text, tk) || TitleStage.titleLine(key.text, head: tk) {
                doc.remove(j, .headline)
            }
        }
    }

    /// Exact after normalising, or nearly: same words but one or two (case, a typo, "US"/"U.S.").
    static func sameHeadline(_ a: String, _ b: String) -> Bool {
        if a == b { return !a.isEmpty }
        let wa = a.split(separator: " "), wb = b.split(separator: " ")
        guard wa.count >= 5, abs(wa.count - wb.count) <= 1 else { return false }
        let sa = Set(wa), sb = Set(wb)
        let inter = sa.intersection(sb).count
        return Double(inter) / Double(sa.union(sb).count) >= 0.85
    }

    /// `key` is `head` followed by a short suffix (the `<title>` form "Headline | Site").
    static func titleLine(_ key: String, head: String) -> Bool {
        guard !head.isEmpty, key.count > head.count, key.hasPrefix(head) else { return false }
        let rest = key.dropFirst(head.count)
        guard rest.first == " " else { return false }
        return rest.split(separator: " ").count <= 5
    }

    static func splitSiteSuffix(_ s: String) -> (String, String)? {
        for sep in separators {
            if let r = s.range(of: sep, options: .backwards) {
                let head = String(s[..<r.lowerBound]).trimmingCharacters()
                let tail = String(s[r.upperBound...]).trimmingCharacters()
                if !head.isEmpty, !tail.isEmpty { return (head, tail) }
            }
        }
        return nil
    }

    /// The suffix names the site: equal to the known site name, or one of its forms.
    static func isSiteSuffix(_ suffix: String, site: String?) -> Bool {
        let sk = LineKey.normalize(suffix)
        guard let site else { return false }
        let key = LineKey.normalize(site)
        return sk == key || key.hasPrefix(sk + " ") || sk.hasPrefix(key + " ") || sk.replacingOccurrences(of: " ", with: "") == key.replacingOccurrences(of: " ", with: "")
    }
}
