import Foundation

/// Names the site when no header did, and removes lines that are only the site's name.
///
/// Without a crawler header the name stands in the page's own chrome: the masthead at the
/// top, the copyright line at the bottom, the `Headline | Site` title line. A short top line
/// that the copyright line also names is the masthead; failing that, the copyright holder
/// without year and company suffix.
struct SiteStage: CleaningStage {
    static let corporateSuffixes: Set<String> = [
        "company", "media", "ltd", "inc", "llc", "gmbh", "group", "sa", "sl", "srl", "spa", "plc", "co", "corp",
        "limited", "ag", "kg", "sas", "sarl", "publishing", "holdings", "verlag", "editions", "éditions", "ediciones",
    ]

    func apply(to doc: inout Document) {
        if doc.site == nil { doc.site = doc.knownSite ?? infer(doc) }
        guard let site = doc.site else { return }
        let sk = LineKey(site)
        let siteText = LineKey.normalize(site)
        let bare = LineKey(SiteStage.withoutDomain(siteText)).hashes
        for i in 0..<doc.count where doc.isKept(i) {
            guard let key = doc.keys[i], key.wordCount <= 6, key.wordCount >= bare.count else { continue }
            if key.hashes == sk.hashes || key.hashes == bare
                || (key.wordCount > bare.count && key.hashes.starts(with: bare)
                    && SiteStage.withoutDomain(LineKey.normalize(doc.blocks[i].text)) == siteText)
            {
                doc.remove(i, .siteName)
            }
        }
    }

    /// "urdupoint com" → "urdupoint": a site named by its domain also appears without it.
    static func withoutDomain(_ key: String) -> String {
        for tld in [" com", " net", " org", " co uk", " de", " fr", " es", " it", " pk", " in", " info", " news"] where key.hasSuffix(tld) {
            return String(key.dropLast(tld.count))
        }
        return key
    }

    func infer(_ doc: borrowing Document) -> String? {
        // The copyright lines the phrase rules already found, from the footer up: a page names
        // its holder once or twice, so two are enough.
        var holders = [String]()
        var k = doc.count - 1
        while k >= 0 && holders.count < 2 {
            if doc.removed[k] == .copyright { holders.append(SiteStage.copyrightHolder(doc.blocks[k].text)) }
            k -= 1
        }
        let holderKeys = holders.map(LineKey.normalize)
        let top = min(doc.count, 25)
        // Title-line suffixes ("Headline | Site") that recur or that the copyright names.
        var suffixes = [String]()
        for i in 0..<top where doc.shapes[i].hasTitleSeparator {
            guard let key = doc.keys[i], key.wordCount >= 3, let (_, tail) = TitleStage.splitSiteSuffix(doc.blocks[i].text) else { continue }
            let tailKey = LineKey(tail)
            if tailKey.wordCount <= 5, tailKey.hashes.contains(where: { $0 != BoilerplatePatterns.hashMark }), TimeExpression.parseLine(tail) == nil {
                suffixes.append(tail)
            }
        }
        for s in suffixes {
            let key = LineKey.normalize(s)
            if holderKeys.contains(where: { $0 == key || $0.hasPrefix(key + " ") || $0.hasSuffix(" " + key) || $0.contains(" " + key + " ") }) {
                return s
            }
        }
        if !holderKeys.isEmpty {
            for i in 0..<top {
                guard let key = doc.keys[i], (1...5).contains(key.wordCount), !doc.shapes[i].endsLikeSentence else { continue }
                if Lexicon.navLines.whole(key) { continue }
                let text = LineKey.normalize(doc.blocks[i].text)
                if holderKeys.contains(where: { $0 == text || $0.hasPrefix(text + " ") || $0.hasSuffix(" " + text) }) {
                    return doc.blocks[i].text
                }
            }
        }
        if let s = suffixes.first { return s }
        return holders.first { !$0.isEmpty }
    }

    /// "© 2021 The North Star Times Company. All rights reserved." → "The North Star Times".
    static func copyrightHolder(_ line: String) -> String {
        // Split at "©" (C2 A9) on bytes.
        var parts = [String]()
        var copy = line
        let cuts: [Int] = copy.withUTF8 { u in
            var at = [Int]()
            var i = 0
            while i + 1 < u.count {
                if u[i] == 0xC2 && u[i + 1] == 0xA9 { at.append(i) }
                i += 1
            }
            return at
        }
        var from = 0
        for c in cuts + [line.utf8.count] {
            let piece = ByteSearch.slice(line, from, c).trimmingCharacters()
            if !piece.isEmpty { parts.append(piece) }
            from = min(c + 2, line.utf8.count)
        }
        if parts.isEmpty { parts = [line] }
        // The side of © that carries a name once years and legal words are gone.
        func hasName(_ p: String) -> Bool {
            LineKey(p).hashes.contains { $0 != BoilerplatePatterns.hashMark && !legalWords.contains(hash: $0) }
        }
        var side = parts.last!
        if !hasName(side), let named = parts.first(where: hasName) { side = named }
        // The name ends at the first sentence break or separator ("… Company. All rights reserved").
        for cut in [". ", " | ", " - ", " – ", ", ", " · "] {
            if let r = side.range(of: cut) { side = String(side[..<r.lowerBound]) }
        }
        var words = BylineParser.splitWords(side).map { String($0.text) }.filter { w in
            let h = LineKey(w).hashes
            return !h.isEmpty && !h.allSatisfy { $0 == BoilerplatePatterns.hashMark || legalWords.contains(hash: $0) }
        }
        while let last = words.last, corporateSuffixWords.contains(hash: LineKey.hashFolded(last)) { words.removeLast() }
        while let last = words.last, last.hasSuffix(".") { words[words.count - 1].removeLast() }
        return words.joined(separator: " ").trimmingCharacters()
    }

    /// Words of copyright and legal phrases ("all rights reserved", "tous droits réservés"…).
    static let legalWords = WordSet(Lexicon.copyrightPhraseList + ["copyright", "c", "ہیں"])
    static let corporateSuffixWords = WordSet(Array(corporateSuffixes))
}
