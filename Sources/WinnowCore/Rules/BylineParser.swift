import Foundation

/// Reads a byline: the people who wrote the article and, often, its date.
///
/// "By Jane Roe and John Doe | Updated 3h ago", "Von Anna Müller", "Par Claire Dubois et
/// Marc Lefèvre", "Faizan Hashmi 2 minutes ago Tue 10th November 2020 | 12:49 PM",
/// "رپورٹ: احمد علی". Only people are kept: agencies, desks and the site itself are dropped,
/// so an agency-only byline parses as a byline with no authors.
public struct Byline: Sendable, Equatable {
    public var authors: [String]
    public var stamp: DateStamp?
    /// True when the line began with a byline word ("By", "Von", "Par" …).
    public var hasMarker: Bool
}

public enum BylineParser {
    /// Line starts that introduce authors, longest first.
    static let markers: [String] = [
        "written by", "posted by", "story by", "words by", "reported by", "reporting by", "text by", "published by",
        "by", "von", "par", "por", "di", "de", "texto", "texte", "text", "author", "authors", "autor", "autores",
        "auteur", "auteurs", "autore", "autori", "رپورٹ", "تحریر", "از", "بقلم", "رپورٹر", "مصنف",
    ]
    /// Words that mark an organisation, desk or role rather than a person.
    static let organisationWords: Set<String> = [
        "news", "press", "staff", "desk", "team", "agency", "agencies", "service", "bureau", "editors", "editor",
        "editorial", "correspondent", "correspondents", "reporter", "reporters", "redaktion", "rédaction",
        "redacción", "redaccion", "redazione", "online", "media", "wire", "network", "times", "post", "daily",
        "tribune", "herald", "journal", "gazette", "report", "associated", "reuters", "afp", "ap", "dpa", "efe",
        "ansa", "sputnik", "xinhua", "tass", "pti", "ani", "ians", "app", "upi", "kyodo", "yonhap", "bloomberg",
        "contributor", "contributors", "guest", "writer", "writers", "international", "national", "group", "radio",
        "tv", "television", "channel", "magazine", "nachrichten", "agentur", "agence", "agencia", "agenzia", "web",
        "digital", "newsroom", "sport", "sports", "company", "inc", "ltd", "com", "weekly", "monthly", "today",
        "نمائندہ", "خصوصی", "نیوز", "ایجنسی", "ڈیسک", "اسٹاف", "رپورٹر", "ویب", "خبر", "خبریں", "ایجنسیاں",
    ]
    /// Name particles that may be lower case inside a name ("Ursula von der Leyen").
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "bin", "ibn",
        "al", "el", "ul", "ben", "ter", "zu", "y", "e",
    ]
    /// Between names, or between a name and an agency ("Loïc Guérin avec AFP").
    static let conjunctions: Set<String> = ["and", "&", "und", "et", "y", "e", "اور", "و", "with", "avec", "mit", "con", "com"]
    static let conjunctionSet = WordSet(Array(conjunctions))
    static let particleSet = WordSet(Array(particles))

    /// Parses `line` as a byline. `requireMarker`: accept only lines with a byline word or a
    /// date (a bare name line is too weak on its own).
    public static func parse(_ line: String, site: String?, requireMarker: Bool = true, key: LineKey? = nil) -> Byline? {
        guard line.utf8.count <= 200 else { return nil }
        var head = line
        var stamp: DateStamp?
        let key = key ?? LineKey(line)
        if endsInStamp(key), let split = TimeExpression.splitTrailing(line) {
            head = split.head
            stamp = split.stamp
        } else if let first = key.hashes.first, DateVocabulary.allWords.contains(hash: first),
            key.hashes.contains(where: { inlineMarkers.contains(hash: $0) }), let split = splitLeadingStamp(line)
        {
            head = split.names
            stamp = split.stamp
        }
        // Segments around separators; each is a name list, a stamp, or a role.
        let segments = splitSegments(head)
        var authors = [Name]()
        var marker = false
        var sawNonName = false
        var organisations = false
        let siteHashes = site.map { Array(LineKey($0).hashes) }
        for seg in segments {
            // A line without separators is its own single segment: its key is at hand.
            let segKey = segments.count == 1 && seg.utf8.count == line.utf8.count ? key : LineKey(seg)
            if DateVocabulary.mayBeStamp(segKey), let s = TimeExpression.parseLine(seg) {
                if stamp == nil || (stamp!.precision < s.precision) { stamp = s }
                continue
            }
            var words = splitWords(seg)
            if let m = leadingMarker(words) {
                marker = true
                words.removeFirst(m)
            }
            guard !words.isEmpty else { continue }
            if let names = names(in: words, siteHashes: siteHashes) {
                authors += names
                if names.isEmpty { organisations = true }
            } else if authors.isEmpty {
                sawNonName = true
            }
        }
        // "By the end of the day …" has a marker but no people and no organisation: not a byline.
        if sawNonName && authors.isEmpty { return nil }
        if marker && authors.isEmpty && !organisations { return nil }
        if !marker && stamp == nil && requireMarker { return nil }
        if authors.isEmpty && !marker && !looksLikeAgency(head) && !organisations { return nil }
        return Byline(authors: dedupe(authors), stamp: stamp, hasMarker: marker)
    }

    /// "Posted on June 4, 2021 by Marco Bellini": a stamp, then a marker and the names.
    static func splitLeadingStamp(_ line: String) -> (stamp: DateStamp, names: String)? {
        for marker in [" by ", " By ", " von ", " par ", " por ", " di ", " BY "] {
            guard let r = line.range(of: marker) else { continue }
            let before = String(line[..<r.lowerBound])
            guard let stamp = TimeExpression.parseLine(before) else { continue }
            return (stamp, String(line[r.lowerBound...]).trimmingCharacters())
        }
        return nil
    }

    static let markerWords = WordSet(markers)
    static let organisationWordSet = WordSet(Array(organisationWords))

    /// Cheap test on word hashes before parsing: a byline word at the start or inside
    /// ("Posted on … by …"), or a stamp word at the end.
    static func mayBeByline(_ key: LineKey) -> Bool {
        guard let first = key.hashes.first, key.hashes.last != nil else { return false }
        if markerWords.contains(hash: first) || endsInStamp(key) { return true }
        // "Posted on June 4, 2021 by …": a stamp first, a byline word later.
        return DateVocabulary.allWords.contains(hash: first) && key.hashes.dropFirst().contains(where: { inlineMarkers.contains(hash: $0) })
    }

    static let inlineMarkers = WordSet(["by", "von", "par", "por", "di"])

    /// Cheap test before `parse` on lines without a byline word: a person is a group of two to
    /// four words, and groups are cut only by separators, conjunctions and a trailing stamp.
    /// A longer line with none of them (a headline, a sentence) is one long group: no person.
    static func mayNameSomeone(_ text: String, key: LineKey) -> Bool {
        if key.wordCount <= 6 || endsInStamp(key) { return true }
        if let first = key.hashes.first, DateVocabulary.allWords.contains(hash: first) { return true }
        // The first group runs to the first conjunction: past a byline word or two and four
        // names it cannot be a person, and without an organisation word it is not an agency.
        let conjunctions = conjunctionSet
        let organisations = organisationWordSet
        let firstGroup = key.hashes.prefix { !conjunctions.contains(hash: $0) }
        if firstGroup.count <= 6 || firstGroup.contains(where: { organisations.contains(hash: $0) }) { return true }
        return text.utf8.contains { c in
            // C2 and E2 lead the non-ASCII separators (·, •, dashes, no-break space); other
            // scripts' letters cut nothing.
            c == 0xC2 || c == 0xE2 || c == 0x2C || c == 0x3B || c == 0x7C || c == 0x2F || c == 0x28 || c == 0x29 || c == 0x3A || c == 0x2D
                || c == 0x2E
                || c == 0x26
        }
    }

    /// "Name Surname 2 minutes ago …": the words after the name are all stamp words and say
    /// more than a bare number ("Politics 2" is a menu item, not a byline).
    static func endsInStamp(_ key: LineKey) -> Bool {
        let hs = key.hashes
        var k = hs.endIndex
        var numbers = 0
        var strong = 0
        while k > hs.startIndex, DateVocabulary.allWords.contains(hash: hs[k - 1]) {
            if hs[k - 1] == BoilerplatePatterns.hashMark { numbers += 1 } else if DateVocabulary.strongWords.contains(hash: hs[k - 1]) { strong += 1 }
            k -= 1
        }
        let nameWords = k - hs.startIndex
        return nameWords >= 1 && nameWords <= 8 && (strong >= 1 || numbers >= 2)
    }

    /// A line that is only an agency or desk credit ("AFP", "Reuters", "dpa/lnw").
    public static func looksLikeAgency(_ line: String) -> Bool {
        let key = LineKey(line)
        guard !key.hashes.isEmpty, key.wordCount <= 4,
            key.hashes.contains(where: { organisationWordSet.contains(hash: $0) })
        else { return false }
        let words = LineKey.normalize(line).split(separator: " ")
        return words.allSatisfy { organisationWords.contains(String($0)) || $0 == "the" || $0.utf8.count <= 3 }
    }

    /// Splits at "|", "•", "·", "/", brackets and spaced dashes; a colon reads as a space
    /// ("By: Jane Roe", "رپورٹ: احمد علی").
    static func splitSegments(_ s: String) -> [String] {
        // Byte offsets of separators: "|", "/", "(", ")", "•", "·" and dashes with spaces round.
        var cuts = [(start: Int, end: Int)]()
        var copy = s
        copy.withUTF8 { u in
            let n = u.count
            var i = 0
            while i < n {
                let c = u[i]
                var len = 0
                if c == 0x7C || c == 0x2F || c == 0x28 || c == 0x29 {
                    len = 1
                } else if c == 0xE2, i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA2 {
                    len = 3  // •
                } else if c == 0xC2, i + 1 < n, u[i + 1] == 0xB7 {
                    len = 2  // ·
                } else {
                    let dash = c == 0x2D ? 1 : (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0x93 || u[i + 2] == 0x94)) ? 3 : 0
                    if dash > 0, i == 0 || u[i - 1] == 0x20, i + dash >= n || u[i + dash] == 0x20 { len = dash }
                }
                if len > 0 { cuts.append((i, i + len)) }
                i += max(len, 1)
            }
        }
        var parts = [String]()
        var from = 0
        for cut in cuts + [(start: s.utf8.count, end: s.utf8.count)] {
            let piece = ByteSearch.slice(s, from, cut.start).trimmingCharacters()
            if !piece.isEmpty { parts.append(piece) }
            from = cut.end
        }
        return parts
    }

    /// A word of a byline segment and its `LineKey.hashFolded` hash, computed once: the
    /// checks below compare hashes, never strings.
    struct Word {
        var text: Substring
        var hash: UInt64

        init(_ text: Substring) {
            self.text = text
            hash = LineKey.hashFolded(text)
        }
    }

    /// Words split at spaces and no-break spaces (scalar-wise: no grapheme breaking); slices of
    /// `s`, not copies.
    static func splitWords(_ s: String) -> [Word] {
        // Spaces, tabs, no-break spaces and colons ("By: Jane Roe") separate words.
        var spans = [(Int, Int)]()
        var copy = s
        copy.withUTF8 { u in
            var start = -1
            var i = 0
            while i < u.count {
                let c = u[i]
                let sep = c == 0x20 || c == 0x09 || c == 0x3A ? 1 : (c == 0xC2 && i + 1 < u.count && u[i + 1] == 0xA0 ? 2 : 0)
                if sep > 0 {
                    if start >= 0 { spans.append((start, i)) }
                    start = -1
                    i += sep
                } else {
                    if start < 0 { start = i }
                    i += 1
                }
            }
            if start >= 0 { spans.append((start, u.count)) }
        }
        let u = s.utf8
        return spans.map { a, b in Word(Substring(u[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b)])) }
    }

    static let markerPhrases = PhraseSet(markers)
    static let weakMarkers = WordSet(["de", "di"])

    static func leadingMarker(_ words: [Word]) -> Int? {
        guard let f = words.first?.hash else { return nil }
        if words.count >= 2, markerPhrases.whole(hashes: [f, words[1].hash]) { return 2 }
        if markerPhrases.whole(hashes: CollectionOfOne(f)) {
            // "de"/"di" only count before a capitalised word: they are common words otherwise.
            if weakMarkers.contains(hash: f), words.count > 1, !(words[1].text.unicodeScalars.first?.properties.isUppercase ?? false) { return nil }
            return 1
        }
        return nil
    }

    /// Splits "Jane Roe, John Doe and Ann Poe" into names; nil when any part is not a person.
    /// Groups end at a comma, a semicolon or a conjunction and are judged as they end, so
    /// no group arrays are built.
    static func names(in words: [Word], siteHashes: [UInt64]?) -> [Name]? {
        var cleaned = words
        var out = [Name]()
        var groupIndex = 0
        var start = 0
        var stop = false
        // Judges cleaned[start..<end]; false when the whole list is not names.
        func close(_ end: Int) -> Bool {
            defer {
                start = end
                groupIndex += 1
            }
            let g = cleaned[start..<end]
            guard !stop else { return true }
            if isPerson(g, siteHashes: siteHashes) {
                out.append(Name(text: g.map { String($0.text) }.joined(separator: " "), key: PhraseSet.key(g.lazy.map(\.hash))))
                return true
            }
            // Roles and places after the names ("Jane Roe, Staff Writer", "in Berlin") end the list.
            if groupIndex > 0 && !out.isEmpty {
                stop = true
                return true
            }
            return isOrganisation(g)
        }
        let conjunctions = conjunctionSet
        var k = 0
        for raw in words {
            var w = raw
            var endsGroup = false
            // Byte tests: `hasSuffix` and `==` on strings compare graphemes.
            if let last = w.text.utf8.last, last == 0x2C || last == 0x3B {
                w = Word(Substring(w.text.utf8.dropLast()))
                endsGroup = true
            }
            if k > start && ((w.text.utf8.count == 1 && w.text.utf8.first == 0x26) || conjunctions.contains(hash: w.hash)) {
                guard close(k) else { return nil }
                start = k
                continue
            }
            if !w.text.isEmpty {
                cleaned[k] = w
                k += 1
            }
            if endsGroup { guard close(k) else { return nil } }
        }
        if k > start { guard close(k) else { return nil } }
        return out
    }

    static func isOrganisation(_ g: ArraySlice<Word>) -> Bool {
        let organisations = organisationWordSet
        return g.contains { organisations.contains(hash: $0.hash) }
    }

    static func isPerson(_ g: ArraySlice<Word>, siteHashes: [UInt64]?) -> Bool {
        guard (2...4).contains(g.count) else { return false }
        if let s = siteHashes, !s.isEmpty {
            // The site's own name ("Example Site") is not a person.
            let hs = g.lazy.map(\.hash)
            if hs.starts(with: s) || s.starts(with: hs) { return false }
        }
        if isOrganisation(g) { return false }
        var capitals = 0
        for word in g {
            let w = word.text
            // ASCII words: capitalised letters, a dot, hyphen or apostrophe; no Unicode tables.
            if let f = w.utf8.first, f < 0x80, w.utf8.allSatisfy({ $0 < 0x80 }) {
                guard w.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0x2E || $0 == 0x2D || $0 == 0x27 }) else {
                    return false
                }
                if f >= 0x41 && f <= 0x5A {
                    capitals += 1
                    continue
                }
                if particleSet.contains(hash: word.hash) { continue }
                return false
            }
            guard let f = w.unicodeScalars.first else { return false }
            if w.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { return false }
            if !w.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" || $0.properties.generalCategory == .nonspacingMark
            }) {
                return false
            }
            if f.properties.isUppercase {
                capitals += 1
                continue
            }
            if particleSet.contains(hash: word.hash) { continue }
            // Scripts without case (Arabic, Urdu, CJK) pass on the other checks.
            if !f.properties.isLowercase {
                capitals += 1
                continue
            }
            return false
        }
        return capitals >= 2
    }

    /// A person's name as written, and the hash of its case-folded words.
    struct Name {
        var text: String
        var key: UInt64
    }

    /// Drops later copies of a name, compared case-folded (by word hashes, not `lowercased()`,
    /// which builds Unicode tables' worth of work per call).
    static func dedupe(_ names: [Name]) -> [String] {
        var seen = [UInt64]()
        var out = [String]()
        for name in names where !seen.contains(name.key) {
            seen.append(name.key)
            out.append(name.text)
        }
        return out
    }
}

extension String {
    /// Trims spaces, tabs and no-break spaces from both ends.
    func trimmingCharacters() -> String {
        // Spaces, tabs, newlines and no-break spaces (C2 A0), on bytes.
        var copy = self
        let (a, b): (Int, Int) = copy.withUTF8 { u in
            var a = 0
            var b = u.count
            while a < b {
                if u[a] == 0x20 || u[a] == 0x09 || u[a] == 0x0A || u[a] == 0x0D {
                    a += 1
                } else if u[a] == 0xC2, a + 1 < b, u[a + 1] == 0xA0 {
                    a += 2
                } else {
                    break
                }
            }
            while b > a {
                if u[b - 1] == 0x20 || u[b - 1] == 0x09 || u[b - 1] == 0x0A || u[b - 1] == 0x0D {
                    b -= 1
                } else if u[b - 1] == 0xA0, b - 2 >= a, u[b - 2] == 0xC2 {
                    b -= 2
                } else {
                    break
                }
            }
            return (a, b)
        }
        if a == 0 && b == utf8.count { return self }
        return ByteSearch.slice(self, a, b)
    }
}
