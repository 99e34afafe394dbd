/// A short line reduced to what phrase rules compare: lower case, digit runs as `#`,
/// punctuation and symbols as single spaces, plus a hash per word. "12 Comments »" and
/// "12 comments" share a key.
///
/// Built in one pass over UTF-8 bytes (ASCII fast path; other scripts decoded scalar by
/// scalar), because every short line of every page gets one: phrase rules then compare
/// word hashes, never strings (see `PhraseSet`). `LineKey.normalize` gives the text itself.
public struct LineKey: Sendable {
    /// Lines longer than this get no key: they are prose, and the rules that look at long
    /// lines read a bounded prefix instead.
    public static let maxBytes = 300

    /// FNV-1a hash of each word of `text`, in order. A slice: a document's keys share one
    /// buffer (see `LineKey.keys(for:)`), so building them allocates once per document.
    public let hashes: ArraySlice<UInt64>
    /// `PhraseSet.key` of all the words: whole-line phrase lookups cost one probe.
    public let lineHash: UInt64

    public init(_ raw: String) {
        var k = KeyBuilder(keepText: false)
        var copy = raw
        copy.withUTF8 { k.consume($0) }
        k.endWord()
        hashes = k.hashes[...]
        lineHash = PhraseSet.key(hashes)
    }

    init(hashes: ArraySlice<UInt64>) {
        self.hashes = hashes
        lineHash = PhraseSet.key(hashes)
    }

    /// Shapes of all blocks of a document and keys for the short ones, in one pass over each
    /// block's bytes; the keys share one hash buffer. Keys are nil for blocks longer than
    /// `maxBytes`.
    static func shapesAndKeys(for blocks: [Block]) -> ([LineShape], [LineKey?]) {
        var k = KeyBuilder(keepText: false)
        var none = NoKey()
        var shapes = [LineShape]()
        shapes.reserveCapacity(blocks.count)
        var ranges = [(Int, Int)](repeating: (0, -1), count: blocks.count)
        for i in blocks.indices {
            var copy = blocks[i].text
            copy.withUTF8 { b in
                guard b.count <= maxBytes else {
                    shapes.append(LineShape(utf8: b, key: &none))
                    return
                }
                let start = k.hashes.count
                k.reset()
                shapes.append(LineShape(utf8: b, key: &k))
                k.endWord()
                ranges[i] = (start, k.hashes.count)
            }
        }
        let all = k.hashes
        return (shapes, ranges.enumerated().map { i, r in r.1 < 0 ? nil : LineKey(hashes: all[r.0..<r.1]) })
    }

    public var wordCount: Int { hashes.count }
    /// The normalised text (what the hashes are of), for the rare rule that needs the
    /// string; keys keep only hashes, so copying one costs a single reference count.
    public static func normalize(_ raw: String) -> String { String(decoding: build(raw).0, as: UTF8.self) }

    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    static func build(_ raw: String) -> ([UInt8], [UInt64]) {
        var k = KeyBuilder(keepText: true)
        var copy = raw
        copy.withUTF8 { k.consume($0) }
        k.endWord()
        return (k.out, k.hashes)
    }

    /// The hash `LineKey` would give `word` as a single word, without building a key:
    /// ASCII and Latin-1 capitals folded. For matching single words of bylines.
    public static func hashFolded(_ word: String) -> UInt64 { hashFolded(word[...]) }

    public static func hashFolded(_ word: Substring) -> UInt64 {
        // ASCII letters only (the common case): fold and hash in place, no builder.
        var h = fnvBasis
        var ascii = true
        for b in word.utf8 {
            if b >= 0x61 && b <= 0x7A {
                h = (h ^ UInt64(b)) &* fnvPrime
            } else if b >= 0x41 && b <= 0x5A {
                h = (h ^ UInt64(b | 0x20)) &* fnvPrime
            } else {
                ascii = false
                break
            }
        }
        if ascii && !word.isEmpty { return h }
        var k = KeyBuilder(keepText: false)
        var copy = String(word)
        copy.withUTF8 { k.consume($0) }
        k.endWord()
        return k.hashes.count == 1 ? k.hashes[0] : k.hashes.reduce(fnvBasis, combine)
    }

    /// Whole-key equality by words.
    public func sameWords(_ other: LineKey) -> Bool { lineHash == other.lineHash && hashes.elementsEqual(other.hashes) }

    enum ScalarClass { case separator, apostrophe, digit, letter, upper }

    @inline(__always) static func classify(_ v: UInt32) -> ScalarClass {
        switch v {
        case 0x2019, 0x02BC: return .apostrophe
        case 0xC0...0xDE where v != 0xD7: return .upper
        case 0xDF...0xFF where v != 0xF7: return .letter
        case 0x80...0xBF, 0xD7, 0xF7: return .separator
        case 0x2000...0x2BFF, 0x3000...0x303F, 0xFE10...0xFE1F, 0xFF01...0xFF0F, 0x1F000...0x1FAFF: return .separator
        case 0x660...0x669, 0x6F0...0x6F9: return .digit
        case 0x60C, 0x61B, 0x61F, 0x6D4, 0x66A...0x66D: return .separator
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .letter
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xAC00...0xD7AF: return .letter
        // Cyrillic and Greek without the Unicode tables: capitals fold in `consume`.
        case 0x400...0x42F, 0x391...0x3A9: return .upper
        case 0x430...0x45F, 0x3AC...0x3CE: return .letter
        default:
            guard let s = Unicode.Scalar(v) else { return .separator }
            let p = s.properties
            if p.numericType == .decimal { return .digit }
            if p.isUppercase { return .upper }
            if p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark { return .letter }
            return .separator
        }
    }

    /// The hash `LineKey` gives a single normalised word.
    public static func hash(word: Substring) -> UInt64 {
        var h = fnvBasis
        for b in word.utf8 { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// Order-sensitive combination of word hashes: the key of a phrase.
    @inline(__always) static func combine(_ a: UInt64, _ w: UInt64) -> UInt64 {
        (a &* 0x9E37_79B9_7F4A_7C15) ^ w
    }

    /// True when the key starts with the words of `phrase`.
    public func hasPrefix(_ phrase: String) -> Bool {
        let p = LineKey(phrase).hashes
        return !p.isEmpty && hashes.starts(with: p)
    }
}

/// Normalised phrases, matched by word hashes: whole line, line start, or anywhere.
///
/// Phrase and word sets are built once per process (static tables) and frozen: see
/// `FrozenHashMap64`. Do not build them per document.
public struct PhraseSet: Sendable {
    private let keys: FrozenHashMap64
    /// First words of the phrases: `anywhere` only starts at these.
    private let firstWords: FrozenHashMap64
    public let maxWords: Int

    public init(_ phrases: [String]) {
        var keys = HashSet64()
        var firstWords = HashSet64()
        var maxWords = 0
        for p in phrases {
            let k = LineKey(p)
            guard !k.hashes.isEmpty else { continue }
            keys.insert(k.lineHash)
            firstWords.insert(k.hashes.first!)
            maxWords = max(maxWords, k.hashes.count)
        }
        self.keys = keys.frozen()
        self.firstWords = firstWords.frozen()
        self.maxWords = maxWords
    }

    static func key<C: Collection>(_ hashes: C) -> UInt64 where C.Element == UInt64 {
        var c: UInt64 = 0x1234_5678
        for h in hashes { c = LineKey.combine(c, h) }
        return c
    }

    /// The whole key is one of the phrases.
    public func whole(_ key: LineKey) -> Bool {
        !key.hashes.isEmpty && key.hashes.count <= maxWords && keys.contains(key.lineHash)
    }

    /// The given word hashes are one of the phrases.
    public func whole<C: Collection>(hashes: C) -> Bool where C.Element == UInt64 {
        !hashes.isEmpty && hashes.count <= maxWords && keys.contains(PhraseSet.key(hashes))
    }

    /// The key starts with one of the phrases.
    public func prefix(_ key: LineKey) -> Bool {
        var c: UInt64 = 0x1234_5678
        for (k, h) in key.hashes.prefix(maxWords).enumerated() {
            c = LineKey.combine(c, h)
            _ = k
            if keys.contains(c) { return true }
        }
        return false
    }

    /// One of the phrases occurs in the key on word boundaries.
    public func anywhere(_ key: LineKey) -> Bool {
        let hs = key.hashes
        for start in hs.indices where firstWords.contains(hs[start]) {
            var c: UInt64 = 0x1234_5678
            for k in start..<min(hs.endIndex, start + maxWords) {
                c = LineKey.combine(c, hs[k])
                if keys.contains(c) { return true }
            }
        }
        return false
    }

    /// For callers that hold a normalised string rather than a key.
    public func contains(_ normalised: String) -> Bool { whole(LineKey(normalised)) }
}

/// Single normalised words, matched by hash.
public struct WordSet: Sendable {
    private let keys: FrozenHashMap64

    public init(_ words: [String]) {
        var keys = HashSet64()
        for w in words { for h in LineKey(w).hashes { keys.insert(h) } }
        self.keys = keys.frozen()
    }

    public func contains(hash: UInt64) -> Bool { keys.contains(hash) }
    public func contains(_ word: Substring) -> Bool { keys.contains(LineKey.hash(word: word)) }
    public func contains(_ word: String) -> Bool { keys.contains(LineKey.hash(word: word[...])) }
}

/// The state of one `LineKey` pass. A struct with mutating methods rather than closures over
/// locals: closures would box the state and pay exclusivity checks on every byte.
struct KeyBuilder {
    /// The normalised text, only when asked for (`keepText`): most keys need only hashes.
    var out: [UInt8] = []
    var hashes: [UInt64] = []
    let keepText: Bool
    var h = LineKey.fnvBasis
    var inWord = false
    var lastDigit = false
    var pendingApostrophe = false

    init(keepText: Bool) {
        self.keepText = keepText
        hashes.reserveCapacity(16)
    }

    /// Ready for the next line; `hashes` keep accumulating.
    mutating func reset() {
        out.removeAll(keepingCapacity: true)
        h = LineKey.fnvBasis
        inWord = false
        lastDigit = false
        pendingApostrophe = false
    }

    @inline(__always) mutating func emit(_ b: UInt8) {
        if !inWord {
            if keepText && !out.isEmpty { out.append(0x20) }
            inWord = true
            h = LineKey.fnvBasis
        }
        if keepText { out.append(b) }
        h = (h ^ UInt64(b)) &* LineKey.fnvPrime
    }

    @inline(__always) mutating func endWord() {
        if inWord {
            hashes.append(h)
            inWord = false
        }
        lastDigit = false
        pendingApostrophe = false
    }

    @inline(__always) mutating func digit() {
        pendingApostrophe = false
        if !(inWord && lastDigit) { emit(0x23) }
        lastDigit = true
    }

    @inline(__always) mutating func letter(_ b: UInt8) {
        if pendingApostrophe && inWord {
            if keepText { out.append(0x27) }
            h = (h ^ 0x27) &* LineKey.fnvPrime
        }
        pendingApostrophe = false
        emit(b)
        lastDigit = false
    }

    /// ASCII byte classes: 0 separator, 1 letter (value is the folded byte), 2 digit or "#",
    /// 3 ".", ",", ":" (join digits), 4 apostrophe; bytes ≥ 0x80 take the scalar path.
    static let asciiClass: [UInt8] = (0..<128).map { i -> UInt8 in
        let c = UInt8(i)
        if (c >= 0x61 && c <= 0x7A) || c == 0x40 || (c >= 0x41 && c <= 0x5A) { return 1 }
        if (c >= 0x30 && c <= 0x39) || c == 0x23 { return 2 }
        if c == 0x2E || c == 0x2C || c == 0x3A { return 3 }
        if c == 0x27 { return 4 }
        return 0
    }

    /// `asciiClass` in storage that is never freed: the shape pass reads it per byte.
    /// Written once at initialisation, read-only after: safe to share.
    nonisolated(unsafe) static let asciiClassPointer: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 128)
        p.initialize(from: asciiClass, count: 128)
        return UnsafePointer(p)
    }()

    mutating func consume(_ b: UnsafeBufferPointer<UInt8>) {
        KeyBuilder.asciiClass.withUnsafeBufferPointer { table in consume(b, table) }
    }

    @inline(__always) mutating func consume(_ b: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if table[Int(c)] == 1 {
                    asciiLetter(c)
                    if !keepText {
                        // Hash the rest of a run of small letters in a tight loop.
                        i += 1
                        while i < n, b[i] >= 0x61, b[i] <= 0x7A {
                            smallLetter(b[i])
                            i += 1
                        }
                        continue
                    }
                } else {
                    asciiOther(c, table[Int(c)], next: i + 1 < n ? b[i + 1] : 0)
                }
                i += 1
                continue
            }
            let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            guard i + len <= n, len > 1 else {
                endWord()
                i += 1
                continue
            }
            var v: UInt32 = len == 2 ? UInt32(c & 0x1F) : len == 3 ? UInt32(c & 0x0F) : UInt32(c & 0x07)
            for k in 1..<len { v = v << 6 | UInt32(b[i + k] & 0x3F) }
            scalar(v, UnsafeBufferPointer(rebasing: b[i..<(i + len)]))
            i += len
        }
    }

    // The steps of `consume`, one byte or scalar at a time, so that `LineShape`'s pass can
    // build a key in the same loop (see `LineShape.init(utf8:key:)`).

    /// An ASCII letter (class 1 of `asciiClass`; "@" counts as one).
    @inline(__always) mutating func asciiLetter(_ c: UInt8) {
        if pendingApostrophe {
            if keepText { out.append(0x27) }
            h = (h ^ 0x27) &* LineKey.fnvPrime
            pendingApostrophe = false
        }
        let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
        if !inWord {
            if keepText && !out.isEmpty { out.append(0x20) }
            inWord = true
            h = LineKey.fnvBasis
        }
        if keepText { out.append(lower) }
        h = (h ^ UInt64(lower)) &* LineKey.fnvPrime
        lastDigit = false
    }

    /// A small ASCII letter right after another letter: only the hash changes (hashes-only
    /// builders; `keepText` ones go through `asciiLetter`).
    @inline(__always) mutating func smallLetter(_ c: UInt8) {
        h = (h ^ UInt64(c)) &* LineKey.fnvPrime
    }

    /// Any other ASCII byte, of class `cls`; `next` is the byte after it (0 at the end).
    @inline(__always) mutating func asciiOther(_ c: UInt8, _ cls: UInt8, next: UInt8) {
        if cls == 0 {
            endWord()
        } else if cls == 2 {
            digit()
        } else if cls == 3 {
            // "3.5", "1,200", "12:49" stay one number.
            if !(lastDigit && next >= 0x30 && next <= 0x39) { endWord() }
        } else if inWord && !lastDigit {
            pendingApostrophe = true  // "l'article", "don't"
        } else {
            endWord()
        }
    }

    /// A non-ASCII scalar `v`, whose UTF-8 bytes are `bytes`.
    @inline(__always) mutating func scalar(_ v: UInt32, _ bytes: UnsafeBufferPointer<UInt8>) {
        switch LineKey.classify(v) {
        case .separator: endWord()
        case .apostrophe: if inWord && !lastDigit { pendingApostrophe = true } else { endWord() }
        case .digit: digit()
        case .letter: for u in bytes { letter(u) }
        case .upper:
            if v >= 0xC0 && v <= 0xDE {
                // Latin-1 capitals: the small letter is 0x20 higher, two bytes C3 xx.
                letter(0xC3)
                letter(UInt8(0x80 | ((v + 0x20) & 0x3F)))
            } else if (0x391...0x3A9).contains(v) || (0x410...0x42F).contains(v) || (0x400...0x40F).contains(v) {
                // Greek and Cyrillic capitals: small letters at +0x20 (+0x50 for Ѐ…Џ), two bytes.
                let lower = v >= 0x400 && v <= 0x40F ? v + 0x50 : v + 0x20
                letter(UInt8(0xC0 | (lower >> 6)))
                letter(UInt8(0x80 | (lower & 0x3F)))
            } else {
                for u in String(Unicode.Scalar(v)!).lowercased().utf8 { letter(u) }
            }
        }
    }
}
