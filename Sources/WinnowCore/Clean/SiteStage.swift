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
        let bare = LineKey(SiteStage.withoutDomain(sk.text)).hashes
        for i in 0..<doc.count where doc.isKept(i) {
            guard let key = doc.keys[i], key.wordCount <= 6, key.wordCount >= bare.count else { continue }
            if key.hashes == sk.hashes || key.hashes == bare
                || (key.wordCount > bare.count && key.hashes.starts(with: bare) && SiteStage.withoutDomain(key.text) == sk.text)
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

    func infer(_ doc: Document) -> String? {
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
                let text = key.text
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
        var parts = line.components(separatedBy: "©").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
        if parts.isEmpty { parts = [line] }
        // The side of © that carries a name once years and legal phrases are gone.
        func nameLeft(_ p: String) -> String {
            var k = LineKey.normalize(p)
            for phrase in Lexicon.copyrightPhraseList { k = k.replacingOccurrences(of: phrase, with: " ") }
            return k.split(separator: " ").filter { $0 != "#" && $0 != "c" && $0 != "ہیں" }.joined(separator: " ")
        }
        var s = parts.last!
        if nameLeft(s).isEmpty, let named = parts.first(where: { !nameLeft($0).isEmpty }) { s = named }
        for phrase in [
            "All rights reserved", "all rights reserved", "Tous droits réservés", "Alle Rechte vorbehalten",
            "Todos los derechos reservados", "Tutti i diritti riservati", "جملہ حقوق محفوظ ہیں",
        ] {
            s = s.replacingOccurrences(of: phrase, with: "")
        }
        for cut in [". ", " | ", " - ", " – ", ", ", " · "] {
            if let r = s.range(of: cut) { s = String(s[..<r.lowerBound]) }
        }
        var words = s.split(separator: " ").map(String.init).filter { w in
            let k = LineKey.normalize(w)
            return !(k == "#" || k == "copyright" || k == "c" || k.isEmpty || k == "# #")
        }
        while let last = words.last, SiteStage.corporateSuffixes.contains(LineKey.normalize(last)) { words.removeLast() }
        while let last = words.last, last.hasSuffix(".") { words[words.count - 1].removeLast() }
        return words.joined(separator: " ").trimmingCharacters()
    }
}
