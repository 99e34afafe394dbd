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
        // A headline the page states (structured data) decides; its first copy marks where
        // the article starts.
        if let known = doc.knownTitle {
            settle(title: known, in: &doc, site: site)
            // The page's main heading is its headline even when worded apart from the data.
            for i in 0..<doc.count where doc.blocks[i].isMainHeading { doc.remove(i, .headline) }
            doc.titleIndex = (0..<doc.count).first { doc.removed[$0] == .headline } ?? doc.titleIndex
            return
        }
        // Markup that names the main heading decides (HTML front end).
        if let h = (0..<doc.count).first(where: { doc.blocks[$0].isMainHeading && doc.isKept($0) }) {
            settle(title: doc.blocks[h].text, in: &doc, site: site)
            doc.titleIndex = h
            return
        }
        // Lines of the head with their first and last word, for the copy search below: a plain
        // scan of a few dozen entries, cheaper than hashing them into tables.
        let copyRange = 0..<min(doc.count, headEnd + 10)
        var ends = [(first: UInt64, last: UInt64, index: Int)]()
        ends.reserveCapacity(copyRange.count)
        for j in copyRange {
            guard let hs = doc.keys[j]?.hashes, let first = hs.first, let last = hs.last else { continue }
            ends.append((first, last, j))
        }
        var best: (score: Int, index: Int, text: String)?
        for i in headStart..<headEnd where doc.isKept(i) {
            guard let key = doc.keys[i] else { continue }
            let n = key.wordCount
            guard n >= 2, n <= 40, !doc.shapes[i].endsWithColon else { continue }
            // Table rows and scores ("4 Dunmore United 6 11") are not headlines.
            if key.hashes.count(where: { $0 == BoilerplatePatterns.hashMark }) * 3 > n { continue }
            var candidate = doc.blocks[i].text
            var score = 0
            if doc.shapes[i].hasTitleSeparator, let (head, suffix) = TitleStage.splitSiteSuffix(candidate),
                TitleStage.isSiteSuffix(suffix, site: site)
            {
                candidate = head
                score += 3
            }
            let ck = candidate == doc.blocks[i].text ? key : LineKey(candidate)
            // Copies count near the head only: a tagline repeated in header and footer is template.
            // A copy shares the first or the last word: only those lines are compared.
            var hasCopy = false
            if let first = ck.hashes.first, let last = ck.hashes.last {
                for e in ends where e.index != i && (e.first == first || e.last == last) {
                    guard let other = doc.keys[e.index] else { continue }
                    if TitleStage.sameHeadline(other, ck) || TitleStage.titleLine(other, head: ck) {
                        hasCopy = true
                        break
                    }
                }
            }
            if hasCopy { score += n >= 5 ? 4 : 1 }
            // A byline or stamp right below marks the headline; a little further, less so.
            if i + 1 < doc.count && doc.isStamp(i + 1) {
                score += 3
            } else if i + 2 < doc.count, ((i + 2)..<min(doc.count, i + 4)).contains(where: doc.isStamp) {
                score += 1
            }
            if n >= 4 && n <= 25 { score += 1 }
            // Headlines rarely run past twenty words; a teaser copy of the lead does.
            if n > 20 { score -= 2 }
            if doc.shapes[i].endsLikeSentence && n > 6 { score -= 3 }
            if n < 3 { score -= 2 }
            if firstProse - i <= 4 && firstProse > i { score += 1 }
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
        let tk = LineKey(title)
        guard let first = tk.hashes.first, let last = tk.hashes.last else { return }
        let n = tk.wordCount
        for j in 0..<doc.count {
            // Copies have about as many words and share the first or the last: test that on
            // the stored key in place before taking a copy of it.
            guard let m = doc.keys[j]?.wordCount, m >= n - 1, m <= n + 5,
                doc.keys[j]?.hashes.first == first || doc.keys[j]?.hashes.last == last,
                let key = doc.keys[j]
            else { continue }
            if TitleStage.sameHeadline(key, tk) || TitleStage.titleLine(key, head: tk) {
                doc.remove(j, .headline)
            }
        }
    }

    /// Exact after normalising, or nearly: same words but one or two (case, a typo, "US"/"U.S.").
    static func sameHeadline(_ a: LineKey, _ b: LineKey) -> Bool {
        let wa = a.hashes
        let wb = b.hashes
        if a.lineHash == b.lineHash && wa == wb { return !wa.isEmpty }
        guard wa.count >= 5, abs(wa.count - wb.count) <= 1, wa.first == wb.first || wa.last == wb.last else { return false }
        // Jaccard similarity of the word sets, by nested scans: headlines are short, and
        // this runs on every candidate pair, where building two `Set`s costs more.
        let da = distinct(wa)
        let db = distinct(wb)
        var inter = 0
        for (k, h) in wa.enumerated() where da[k] && wb.contains(h) { inter += 1 }
        let union = da.count(where: { $0 }) + db.count(where: { $0 }) - inter
        return Double(inter) / Double(union) >= 0.85
    }

    /// For each position, true when its word did not occur earlier in the list.
    static func distinct(_ ws: ArraySlice<UInt64>) -> [Bool] {
        var out = [Bool](repeating: true, count: ws.count)
        for (k, h) in ws.enumerated() where ws.prefix(k).contains(h) { out[k] = false }
        return out
    }

    /// `key` is `head` followed by a short suffix (the `<title>` form "Headline | Site").
    static func titleLine(_ key: LineKey, head: LineKey) -> Bool {
        let k = key.hashes
        let h = head.hashes
        guard !h.isEmpty, k.count > h.count, k.count - h.count <= 5, k.first == h.first else { return false }
        return k.starts(with: h)
    }

    /// Splits "Headline | Site" at the last separator of the first kind found (in the order
    /// of `separators`). Scans bytes: this runs on every headline candidate.
    static func splitSiteSuffix(_ s: String) -> (String, String)? {
        var copy = s
        // One backward pass: the last position of each separator kind (all start with a space).
        let found: [Int] = copy.withUTF8 { u in
            var last = [Int](repeating: -1, count: separatorBytes.count)
            guard u.count >= 5 else { return last }
            var i = u.count - 3
            while i > 0 {
                // Every separator is a space, one of these bytes, …: skip other spaces at once.
                let n1 = u[i + 1]
                if u[i] == 0x20, n1 == 0x7C || n1 == 0x2D || n1 == 0x3A || n1 == 0xE2 || n1 == 0xC2 {
                    for (k, sep) in separatorBytes.enumerated() where last[k] < 0 && i + sep.count <= u.count {
                        var m = 1
                        while m < sep.count, u[i + m] == sep[m] { m += 1 }
                        if m == sep.count { last[k] = i }
                    }
                }
                i -= 1
            }
            return last
        }
        let u = s.utf8
        for (k, at) in found.enumerated() where at > 0 {
            let cut = u.index(u.startIndex, offsetBy: at)
            let after = u.index(cut, offsetBy: separatorBytes[k].count)
            let head = String(s[..<cut]).trimmingCharacters()
            let tail = String(s[after...]).trimmingCharacters()
            if !head.isEmpty, !tail.isEmpty { return (head, tail) }
        }
        return nil
    }

    static let separatorBytes: [[UInt8]] = separators.map { Array($0.utf8) }

    /// The suffix names the site: equal to the known site name, or one of its forms.
    static func isSiteSuffix(_ suffix: String, site: String?) -> Bool {
        guard let site else { return false }
        let sk = LineKey(suffix).hashes
        let key = LineKey(site).hashes
        guard !sk.isEmpty, !key.isEmpty else { return sk.isEmpty && key.isEmpty }
        // Equal, or one is the other plus more words ("Daily Ledger" / "Daily Ledger Online").
        if key.starts(with: sk) || sk.starts(with: key) { return true }
        // "UrduPoint" / "Urdu Point": the same letters spaced differently.
        return LineKey.normalize(suffix).utf8.filter { $0 != 0x20 }.elementsEqual(LineKey.normalize(site).utf8.filter { $0 != 0x20 })
    }
}
