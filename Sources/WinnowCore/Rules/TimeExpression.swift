/// Recognises date and time expressions in short lines, absolute ("Tue 10th November 2020 |
/// 12:49 PM", "10.11.2020, 14:05 Uhr", "10 de noviembre de 2020") and relative ("2 minutes ago",
/// "vor 2 Stunden", "il y a 3 heures", "hace 2 horas", "2 ore fa", "2 گھنٹے پہلے", "Updated 3h").
///
/// Works on tokens, not regular expressions: bylines are checked on every page and Swift's
/// `Regex` costs too much for a hot path.
public enum TimeExpression {
    enum Kind: Equatable {
        case number(Int, digits: Int)
        /// A word as its `LineKey.hashFolded` hash (vocabulary is looked up by hash, never by
        /// string) and its length in scalars.
        case word(UInt64, length: Int)
        case sep(Unicode.Scalar)
    }
    struct Token {
        let kind: Kind
        /// UTF-8 byte offsets in the tokenised string.
        let start: Int
        let end: Int

        /// Length in scalars of a word token; 0 for the others.
        var length: Int {
            if case .word(_, let n) = kind { return n }
            return 0
        }
    }

    /// Hashes of the words `interpret` compares against.
    enum W {
        static let am = LineKey.hash(word: "am")
        static let pm = LineKey.hash(word: "pm")
        static let a = LineKey.hash(word: "a")
        static let p = LineKey.hash(word: "p")
        static let h = LineKey.hash(word: "h")
        static let uhr = LineKey.hash(word: "uhr")
        static let ago = LineKey.hash(word: "ago")
        /// Words that make "10/11/2020" read month first.
        static let englishMarkers = WordSet(["am", "pm", "at", "on", "ago", "updated", "published", "posted"])
        /// Day words that are a relative date by themselves ("yesterday"); "this", "morning" are not.
        static let relativeDays = WordSet([
            "today", "yesterday", "heute", "gestern", "hier", "hoy", "ayer", "oggi", "ieri", "hoje", "ontem", "آج", "کل", "aujourd",
        ])
    }

    static let separators: Set<Unicode.Scalar> = [":", "/", ".", "-", ",", "|", "·", "•", "(", ")", "–", "—", "@", "'", "’", "،", "۔", "+"]

    /// Decimal digit value of a scalar: ASCII directly, others through Unicode properties.
    @inline(__always) static func digitValue(_ c: Unicode.Scalar) -> Int? {
        if c.isASCII { return c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil }
        guard c.properties.numericType == .decimal, let v = c.properties.numericValue else { return nil }
        return Int(v)
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value | 0x20
            return v >= 0x61 && v <= 0x7A
        }
        return c.properties.isAlphabetic || c.properties.generalCategory == .nonspacingMark
    }

    /// Tokens of `s`, with UTF-8 byte offsets. Runs over bytes; only non-ASCII scalars are
    /// decoded and classified through Unicode properties.
    static func tokens(_ s: String) -> [Token]? {
        var copy = s
        return copy.withUTF8 { u -> [Token]? in
            var out = [Token]()
            out.reserveCapacity(12)
            let n = u.count
            // The scalar at byte `i` and its length.
            func scalar(_ i: Int) -> (Unicode.Scalar, Int) {
                let c = u[i]
                if c < 0x80 { return (Unicode.Scalar(c), 1) }
                let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                var v: UInt32 = len == 2 ? UInt32(c & 0x1F) : len == 3 ? UInt32(c & 0x0F) : UInt32(c & 0x07)
                var k = 1
                while k < len, i + k < n {
                    v = v << 6 | UInt32(u[i + k] & 0x3F)
                    k += 1
                }
                return (Unicode.Scalar(v) ?? "\u{FFFD}", len)
            }
            var i = 0
            while i < n {
                let (c, len) = scalar(i)
                if let dv = digitValue(c) {
                    var v = dv
                    var digits = 1
                    var j = i + len
                    while j < n {
                        let (d, dl) = scalar(j)
                        guard let dv = digitValue(d) else { break }
                        v = v * 10 + dv
                        digits += 1
                        j += dl
                        if digits > 9 { return nil }
                    }
                    out.append(Token(kind: .number(v, digits: digits), start: i, end: j))
                    i = j
                } else if isLetter(c) {
                    var j = i + len
                    var count = 1
                    var ascii = len == 1
                    var h = LineKey.fnvBasis
                    if ascii { h = (h ^ UInt64(u[i] | (u[i] >= 0x41 && u[i] <= 0x5A ? 0x20 : 0))) &* LineKey.fnvPrime }
                    while j < n {
                        let (d, dl) = scalar(j)
                        if isLetter(d) {
                        } else if d == "'", j + 1 < n, isLetter(scalar(j + 1).0) {
                        } else {
                            break
                        }
                        if dl > 1 { ascii = false }
                        if ascii { h = (h ^ UInt64(u[j] | (u[j] >= 0x41 && u[j] <= 0x5A ? 0x20 : 0))) &* LineKey.fnvPrime }
                        j += dl
                        count += 1
                    }
                    // ASCII words are hashed folded in place; others through the key builder.
                    let hash = ascii ? h : LineKey.hashFolded(String(decoding: UnsafeBufferPointer(rebasing: u[i..<j]), as: UTF8.self).lowercased())
                    out.append(Token(kind: .word(hash, length: count), start: i, end: j))
                    i = j
                } else if c == " " || c == "\t" || c == "\u{A0}" {
                    i += len
                } else {
                    out.append(Token(kind: .sep(c), start: i, end: i + len))
                    i += len
                }
            }
            return out
        }
    }

    static func isVocabulary(_ t: Token) -> Bool {
        switch t.kind {
        case .number: return true
        case .sep(let c): return separators.contains(c)
        case .word(let w, _):
            // One probe in the hashed union of all date words (`DateVocabulary.allWords`).
            return DateVocabulary.allWords.contains(hash: w)
        }
    }

    /// Parses a whole line as a stamp; nil unless every token is date vocabulary and the
    /// tokens carry a date, a time or a relative offset.
    public static func parseLine(_ s: String) -> DateStamp? {
        guard s.utf8.count <= 120, let toks = tokens(s), !toks.isEmpty, toks.count <= 24 else { return nil }
        guard toks.allSatisfy(isVocabulary) else { return nil }
        return interpret(toks[...])
    }

    /// Splits "Faizan Hashmi 2 minutes ago Tue 10th November 2020 | 12:49 PM" into the text
    /// before the stamp and the stamp; nil when the line does not end in a stamp.
    public static func splitTrailing(_ s: String) -> (head: String, stamp: DateStamp)? {
        guard s.utf8.count <= 300, let toks = tokens(s), toks.count >= 2 else { return nil }
        var k = toks.count
        while k > 0, isVocabulary(toks[k - 1]) { k -= 1 }
        // Move right until the suffix starts at a token that can open a stamp.
        while k < toks.count {
            guard let stamp = interpret(toks[k...]), k > 0 else {
                k += 1
                continue
            }
            let head = ByteSearch.slice(s, 0, toks[k].start)
            return (head, stamp)
        }
        return nil
    }

    /// The stamp at the start of a line ("10:42 Officials said …"), with the rest.
    public static func splitLeading(_ s: String) -> (stamp: DateStamp, rest: String)? {
        guard let toks = tokens(String(s.prefix(120))), toks.count >= 2 else { return nil }
        var k = 0
        while k < toks.count, isVocabulary(toks[k]) { k += 1 }
        while k > 0 {
            if let stamp = interpret(toks[..<k]) {
                let rest = ByteSearch.slice(s, toks[k - 1].end, s.utf8.count)
                return (stamp, rest)
            }
            k -= 1
        }
        return nil
    }

    static func interpret(_ toks: ArraySlice<Token>) -> DateStamp? {
        let t = Array(toks)
        var st = DateStamp()
        var anchored = false
        var english = false
        func num(_ i: Int) -> (Int, Int)? {
            guard i >= 0, i < t.count, case .number(let v, let n) = t[i].kind else { return nil }
            return (v, n)
        }
        func word(_ i: Int) -> UInt64? {
            guard i >= 0, i < t.count, case .word(let w, _) = t[i].kind else { return nil }
            return w
        }
        func sep(_ i: Int) -> Unicode.Scalar? {
            guard i >= 0, i < t.count, case .sep(let c) = t[i].kind else { return nil }
            return c
        }
        // Token positions already read as part of a date, a time or a unit (at most 24 tokens).
        var used: UInt32 = 0
        func isUsed(_ k: Int) -> Bool { k >= 0 && k < 32 && used & (1 << UInt32(k)) != 0 }
        func use(_ r: ClosedRange<Int>) { for k in r where k >= 0 && k < 32 { used |= 1 << UInt32(k) } }
        for i in t.indices {
            if let w = word(i), W.englishMarkers.contains(hash: w) { english = true }
        }
        var i = 0
        while i < t.count {
            defer { i += 1 }
            if isUsed(i) { continue }
            if let (a, an) = num(i) {
                // Date triple: 10/11/2020, 10.11.2020, 2020-11-10.
                if let s1 = sep(i + 1), s1 == "/" || s1 == "." || s1 == "-", let (b, _) = num(i + 2),
                    sep(i + 3) == s1, let (c, cn) = num(i + 4)
                {
                    if an == 4 {
                        st.year = a
                        st.month = b
                        st.day = c
                    } else {
                        let y = cn == 2 ? 2000 + c : c
                        if a > 12 || s1 != "/" || !english {
                            st.day = a
                            st.month = b
                        } else {
                            st.month = a
                            st.day = b
                        }
                        if b > 12 && a <= 12 {
                            st.day = b
                            st.month = a
                        }
                        st.year = y
                    }
                    use(i...(i + 4))
                    anchored = true
                    continue
                }
                // Time: 12:49, 12h49, 14.05 Uhr.
                if sep(i + 1) == ":" || word(i + 1) == W.h || (sep(i + 1) == "." && word(i + 3) == W.uhr),
                    let (b, bn) = num(i + 2), bn == 2, a < 24, b < 60
                {
                    st.hour = a
                    st.minute = b
                    var j = i + 3
                    if sep(j) == ":", num(j + 1) != nil { j += 2 }
                    if let w = word(j) {
                        if w == W.pm || w == W.p { if a < 12 { st.hour = a + 12 } } else if w == W.am || w == W.a, a == 12 { st.hour = 0 }
                    }
                    use(i...(i + 2))
                    anchored = true
                    continue
                }
                // Hour with am/pm only: "3 pm".
                if let w = word(i + 1), w == W.pm || w == W.am, a <= 12 {
                    st.hour = w == W.pm && a < 12 ? a + 12 : (w == W.am && a == 12 ? 0 : a)
                    st.minute = 0
                    anchored = true
                    continue
                }
                // Relative: 2 minutes ago, vor 2 Stunden, 3h.
                if let w = word(i + 1), let unit = DateVocabulary.unit(hash: w) {
                    st.minutesBefore = (st.minutesBefore ?? 0) + a * unit
                    use((i + 1)...(i + 1))
                    anchored = true
                    continue
                }
                if an == 4, (1900...2100).contains(a) {
                    st.year = a
                    anchored = true
                    continue
                }
                continue
            }
            if let w = word(i) {
                // "Publié le … - Mis à jour le …": the second stamp is a revision; stop there.
                let isUpdate = DateVocabulary.updateHashes.contains(hash: w)
                if isUpdate && anchored { break }
                if isUpdate { st.isUpdate = true }
                if let d = DateVocabulary.day(hash: w), W.relativeDays.contains(hash: w) {
                    st.minutesBefore = -d * 1440
                    anchored = true
                }
                if w == W.ago && st.minutesBefore != nil { continue }
                if let m = DateVocabulary.month(hash: w), !(w == W.ago && st.minutesBefore != nil),
                    !(t[i].length <= 3 && num(i - 1) == nil && num(i + 1) == nil && num(i + 2) == nil)
                {
                    st.month = m
                    // Day before ("10th November", "10. November", "10 de noviembre") or after ("November 10").
                    var dayIdx: Int?
                    for back in 1...3 where dayIdx == nil {
                        if let (v, n) = num(i - back), n <= 2, (1...31).contains(v), !isUsed(i - back) {
                            dayIdx = i - back
                            break
                        }
                        if num(i - back) != nil { break }
                        if let bw = word(i - back), !DateVocabulary.fillerHashes.contains(hash: bw) { break }
                    }
                    if dayIdx == nil {
                        for fwd in 1...2 where dayIdx == nil {
                            if let (v, n) = num(i + fwd), n <= 2, (1...31).contains(v), sep(i + fwd + 1) != ":", word(i + fwd + 1) != W.h {
                                dayIdx = i + fwd
                                break
                            }
                            if num(i + fwd) != nil { break }
                        }
                    }
                    if let d = dayIdx, let (v, _) = num(d) {
                        st.day = v
                        use(d...d)
                        anchored = true
                    }
                    // Year: the next 4-digit number within three tokens.
                    for fwd in 1...5 {
                        if let (v, n) = num(i + fwd), n == 4, (1900...2100).contains(v) {
                            st.year = v
                            use((i + fwd)...(i + fwd))
                            break
                        }
                    }
                }
            }
        }
        return anchored && !st.isEmpty ? st : nil
    }
}
