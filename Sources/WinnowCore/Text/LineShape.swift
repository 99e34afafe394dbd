/// Cheap, byte-level measurements of one block's text that most rules read.
///
/// Computed once per block in a single pass over UTF-8 bytes (no `Character`, no regex):
/// this is the cleaner's hot path.
public struct LineShape: Sendable, Equatable {
    public var bytes = 0
    /// Runs of letters/digits (a CJK character counts as one word).
    public var words = 0
    /// Words starting with an upper-case ASCII letter or a capital Latin-1 letter.
    public var capitalisedWords = 0
    public var digits = 0
    /// `.`, `!`, `?`, `…`, `。`, `۔`, `؟` followed by a space or the end (not "U.S" or "3.5").
    public var sentenceEnds = 0
    public var commas = 0
    /// Last non-space, non-quote character is sentence punctuation.
    public var endsLikeSentence = false
    /// Ends with ':' (a lead-in to a list or a quote).
    public var endsWithColon = false
    public var hasPipe = false
    /// "©" anywhere, or "(c) " before a digit.
    public var hasCopyrightSign = false
    /// A separator with spaces round it (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ",
    /// " » "): the mark of a "Headline | Site" line.
    public var hasTitleSeparator = false
    /// Byte offset of the first ":", "|", "»" or "›" (the end of a "Read more:" label); -1 if none.
    public var firstLabelEnd = -1
    /// `ContentHash.of` the text, computed in the same pass: repeat detection needs it for
    /// every block, and a second pass over the bytes would cost as much as the shape itself.
    public var contentHash: UInt64 = ContentHash.basis

    public init(_ text: String) {
        var copy = text
        var none = NoKey()
        self = copy.withUTF8 { LineShape(utf8: $0, key: &none) }
    }

    init() {}

    /// The pass itself: no closure round it, so the counters stay in registers. It feeds
    /// `key` the same bytes, so a block's `LineKey` is built in this one pass too (the pass is
    /// specialised per `KeySteps` type: with `NoKey` the key steps compile away).
    init<K: KeySteps>(utf8 b: UnsafeBufferPointer<UInt8>, key: inout K) {
        let classes = KeyBuilder.asciiClassPointer
        do {
            bytes = b.count
            var inWord = false
            var i = 0
            var last: UInt8 = 0
            var lastScalarWasEnd = false
            var ch = ContentHash.basis
            while i < b.count {
                let c = b[i]
                if c == 0x20 {
                    // Spaces are a fifth of the bytes: they end a word and change nothing else.
                    key.endWord()
                    inWord = false
                    last = c
                    i += 1
                    continue
                }
                if c < 0x80 {
                    let alnum = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
                    if alnum {
                        if !inWord {
                            words += 1
                            if c >= 0x41 && c <= 0x5A { capitalisedWords += 1 }
                        }
                        if c <= 0x39 {
                            digits += 1
                            key.asciiOther(c, 2, next: 0)
                        } else {
                            key.asciiLetter(c)
                        }
                        ch = ContentHash.mix(ch, c <= 0x39 ? c : c | 0x20)
                        inWord = true
                        lastScalarWasEnd = false
                        // The rest of a run of small letters changes only the hash: a tight loop.
                        i += 1
                        // (After a digit, small letters start a word in the key: "3h".)
                        if c > 0x39 {
                            while i < b.count, b[i] >= 0x61, b[i] <= 0x7A {
                                ch = ContentHash.mix(ch, b[i])
                                key.smallLetter(b[i])
                                i += 1
                            }
                        }
                        continue
                    } else {
                        let cls = classes[Int(c)]
                        if cls == 1 { key.asciiLetter(c) } else { key.asciiOther(c, cls, next: i + 1 < b.count ? b[i + 1] : 0) }
                        inWord = (c == 0x27 || c == 0x2D) && inWord  // don't, well-known
                        if c == 0x2D || c == 0x7C || c == 0x3A, i > 0, b[i - 1] == 0x20,
                            i + 1 < b.count, b[i + 1] == 0x20 || (c == 0x3A && b[i + 1] == 0x3A)
                        {
                            hasTitleSeparator = true
                        }
                        if c == 0x2E || c == 0x21 || c == 0x3F {
                            let next = i + 1 < b.count ? b[i + 1] : 0x20
                            if next == 0x20 || next == 0x22 || next == 0x27 || next == 0x29 { sentenceEnds += 1 }
                            lastScalarWasEnd = true
                        } else if c == 0x2C {
                            commas += 1
                            lastScalarWasEnd = false
                        } else if c == 0x7C {
                            hasPipe = true
                            if firstLabelEnd < 0 { firstLabelEnd = i }
                            lastScalarWasEnd = false
                        } else if c == 0x3A {
                            if firstLabelEnd < 0 { firstLabelEnd = i }
                            lastScalarWasEnd = false
                        } else if c == 0x29 {
                            // "(c) 2021"
                            if i >= 2, b[i - 1] | 0x20 == 0x63, b[i - 2] == 0x28, i + 2 < b.count, b[i + 1] == 0x20,
                                b[i + 2] >= 0x30, b[i + 2] <= 0x39
                            {
                                hasCopyrightSign = true
                            }
                        } else if c == 0x22 || c == 0x27 || c == 0x20 { /* keep state */
                        } else {
                            lastScalarWasEnd = false
                        }
                        last = c
                    }
                    i += 1
                    continue
                }
                // Multi-byte scalar: decode just enough to classify.
                let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
                var v: UInt32 = len == 2 ? UInt32(c & 0x1F) : len == 3 ? UInt32(c & 0x0F) : UInt32(c & 0x07)
                // Lead bytes other than C2 and E2 (no-break spaces, typographic punctuation) and
                // all continuation bytes go into the content hash, as in `ContentHash.table`.
                if c != 0xC2 && c != 0xE2 { ch = ContentHash.mix(ch, c) }
                var k = 1
                while k < len, i + k < b.count {
                    v = v << 6 | UInt32(b[i + k] & 0x3F)
                    ch = ContentHash.mix(ch, b[i + k])
                    k += 1
                }
                if i + len <= b.count { key.scalar(v, UnsafeBufferPointer(rebasing: b[i..<(i + len)])) } else { key.endWord() }
                i += len
                // "©", unless right after "Ã": UTF-8 "é" read as Latin-1 (mojibake, "cafÃ©").
                if v == 0xA9, !(i - len >= 2 && b[i - len - 2] == 0xC3 && b[i - len - 1] == 0x83) { hasCopyrightSign = true }
                if v == 0x2013 || v == 0x2014 || v == 0xB7 || v == 0x2022 || v == 0xAB || v == 0xBB,
                    i - len > 0, b[i - len - 1] == 0x20, i < b.count, b[i] == 0x20
                {
                    hasTitleSeparator = true
                }
                if (v == 0xBB || v == 0x203A) && firstLabelEnd < 0 { firstLabelEnd = i - len }
                switch v {
                case 0x2026, 0x3002, 0x06D4, 0x061F, 0xFF01, 0xFF1F:  // … 。 ۔ ؟ ！ ？
                    sentenceEnds += 1
                    lastScalarWasEnd = true
                    inWord = false
                case 0x201D, 0x2019, 0x00BB, 0x300D:  // closing quotes keep the state
                    inWord = false
                case 0x060C, 0xFF0C, 0x3001:
                    commas += 1
                    inWord = false
                    lastScalarWasEnd = false
                case 0x00A0, 0x2000...0x200B, 0x2013, 0x2014, 0x2018, 0x201C, 0x00AB:
                    inWord = false
                    if v != 0x00A0 && !(0x2000...0x200B).contains(v) { lastScalarWasEnd = false }
                default:
                    if LineShape.isIdeographic(v) {
                        words += 1
                        inWord = false
                    } else if LineShape.isLetterLike(v) {
                        if !inWord {
                            words += 1
                            if (0xC0...0xDE).contains(v) || (0x391...0x3A9).contains(v) || (0x410...0x42F).contains(v) {
                                capitalisedWords += 1
                            }
                        }
                        inWord = true
                    } else {
                        inWord = false
                    }
                    lastScalarWasEnd = false
                }
            }
            contentHash = ch
            endsLikeSentence = lastScalarWasEnd
            endsWithColon = last == 0x3A && !lastScalarWasEnd && Self.lastNonSpace(b) == 0x3A
        }
    }

    static func lastNonSpace(_ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var i = b.count - 1
        while i >= 0, b[i] == 0x20 { i -= 1 }
        return i >= 0 ? b[i] : 0
    }

    /// Han, Kana, Hangul and Thai: one character is one word (CONTRACT §4).
    @inline(__always) static func isIdeographic(_ v: UInt32) -> Bool {
        (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v) || (0x0E00...0x0E7F).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2FA1F).contains(v)
    }

    /// Letters of the scripts news is written in; symbols, emoji and punctuation are not.
    @inline(__always) static func isLetterLike(_ v: UInt32) -> Bool {
        (0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7 || (0x370...0x52F).contains(v)
            || (0x590...0x5FF).contains(v) || (0x600...0x6FF).contains(v) && !(0x660...0x66D).contains(v) && v != 0x6D4
            || (0x750...0x77F).contains(v) || (0x900...0xDFF).contains(v) || (0x1E00...0x1FFF).contains(v)
            || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v) || (0x6F0...0x6F9).contains(v)
    }

    /// Prose: a sentence, or long enough that it can only be running text.
    /// A long run of words with no sentence end and hardly a comma is a tag cloud or a menu
    /// flattened onto one line, not prose.
    public var isProse: Bool {
        (words >= 8 && sentenceEnds >= 1) || (words >= 30 && commas >= 2) || (words >= 6 && endsLikeSentence && commas >= 1)
    }
    /// Short and unpunctuated: what menus, labels and buttons look like.
    public var isShortLabel: Bool { words <= 5 && sentenceEnds == 0 }
}

/// The key-building steps the shape pass drives (see `KeyBuilder`).
protocol KeySteps {
    mutating func endWord()
    mutating func asciiLetter(_ c: UInt8)
    mutating func smallLetter(_ c: UInt8)
    mutating func asciiOther(_ c: UInt8, _ cls: UInt8, next: UInt8)
    mutating func scalar(_ v: UInt32, _ bytes: UnsafeBufferPointer<UInt8>)
}

extension KeyBuilder: KeySteps {}

/// For shapes without a key: every step does nothing.
struct NoKey: KeySteps {
    @inline(__always) mutating func endWord() {}
    @inline(__always) mutating func asciiLetter(_ c: UInt8) {}
    @inline(__always) mutating func smallLetter(_ c: UInt8) {}
    @inline(__always) mutating func asciiOther(_ c: UInt8, _ cls: UInt8, next: UInt8) {}
    @inline(__always) mutating func scalar(_ v: UInt32, _ bytes: UnsafeBufferPointer<UInt8>) {}
}
