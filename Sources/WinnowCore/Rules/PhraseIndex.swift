/// All boilerplate phrase tables in one hash map, so a line is looked up once per prefix length
/// and once per phrase start instead of once per table. `LineFacts` is the result: which
/// tables matched the whole line, its start, or somewhere inside, and counts of word classes.
/// A struct of frozen tables (`FrozenHashMap64`): reading `shared` copies a few words and
/// retains nothing.
struct PhraseIndex: Sendable {
    /// Where a phrase may match, per table.
    struct Tag: OptionSet, Sendable {
        let rawValue: UInt64
        static let adWhole = Tag(rawValue: 1 << 0)
        static let adPrefix = Tag(rawValue: 1 << 1)
        static let followPrefix = Tag(rawValue: 1 << 2)
        static let commentWhole = Tag(rawValue: 1 << 3)
        static let commentListPrefix = Tag(rawValue: 1 << 4)
        static let paywallAny = Tag(rawValue: 1 << 5)
        static let paywallPrefix = Tag(rawValue: 1 << 6)
        static let newsletterAny = Tag(rawValue: 1 << 7)
        static let newsletterPrefix = Tag(rawValue: 1 << 8)
        static let newsletterStrongAny = Tag(rawValue: 1 << 9)
        static let copyrightAny = Tag(rawValue: 1 << 10)
        static let legalWhole = Tag(rawValue: 1 << 11)
        static let creditLinePrefix = Tag(rawValue: 1 << 12)
        static let creditPrefix = Tag(rawValue: 1 << 13)
        static let tagPrefix = Tag(rawValue: 1 << 14)
        static let relatedWhole = Tag(rawValue: 1 << 15)
        static let relatedPrefix = Tag(rawValue: 1 << 16)
        static let readMoreWhole = Tag(rawValue: 1 << 17)
        static let navWhole = Tag(rawValue: 1 << 18)

        static let anyTags: Tag = [.paywallAny, .newsletterAny, .newsletterStrongAny, .copyrightAny]
    }

    /// Classes of single words.
    struct WordTag: OptionSet, Sendable {
        let rawValue: UInt16
        static let share = WordTag(rawValue: 1 << 0)
        static let shareCore = WordTag(rawValue: 1 << 1)
        static let cookieCore = WordTag(rawValue: 1 << 2)
        static let cookieContext = WordTag(rawValue: 1 << 3)
        static let cookieNotice = WordTag(rawValue: 1 << 4)
        static let counter = WordTag(rawValue: 1 << 5)
        static let number = WordTag(rawValue: 1 << 6)
        static let comment = WordTag(rawValue: 1 << 7)
        static let commentHeader = WordTag(rawValue: 1 << 8)
        static let credit = WordTag(rawValue: 1 << 9)
    }

    let phrases: FrozenHashMap64
    /// Word classes (`WordTag` bits) of single words, and `anyStartBit` on the first words of
    /// the "anywhere" phrases (only these start a search inside a line): one probe per word.
    let words: FrozenHashMap64
    static let anyStartBit: UInt64 = 1 << 63
    let maxPrefixWords: Int
    let maxAnyWords: Int

    static let shared = PhraseIndex()

    init() {
        var phrases = HashMap64()
        var words = HashMap64()
        var maxPrefixWords = 0
        var maxAnyWords = 0
        func add(_ list: [String], _ tag: Tag) {
            for p in list {
                let k = LineKey(p)
                guard let first = k.hashes.first else { continue }
                phrases.insert(k.lineHash, orBits: tag.rawValue)
                if !tag.isDisjoint(with: Tag.anyTags) {
                    words.insert(first, orBits: PhraseIndex.anyStartBit)
                    maxAnyWords = max(maxAnyWords, k.wordCount)
                } else {
                    maxPrefixWords = max(maxPrefixWords, k.wordCount)
                }
            }
        }
        add(Lexicon.adLinesList, .adWhole)
        add(Lexicon.adPrefixesList, .adPrefix)
        add(Lexicon.followPrefixesList, .followPrefix)
        add(Lexicon.commentHeadersList, .commentWhole)
        add(Lexicon.commentListPrefixesList, .commentListPrefix)
        add(Lexicon.paywallPhrasesList, [.paywallAny, .paywallPrefix])
        add(Lexicon.newsletterPhrasesList, [.newsletterAny, .newsletterPrefix])
        add(Lexicon.newsletterStrongList, .newsletterStrongAny)
        add(Lexicon.copyrightPhraseList, .copyrightAny)
        add(Lexicon.legalLinesList, .legalWhole)
        add(Lexicon.creditLinesList, .creditLinePrefix)
        add(Lexicon.creditPrefixesList, .creditPrefix)
        add(Lexicon.tagPrefixesList, .tagPrefix)
        add(Lexicon.relatedHeadersList, .relatedWhole)
        add(Lexicon.relatedHeaderPrefixesList, .relatedPrefix)
        add(Lexicon.readMoreWholeList, .readMoreWhole)
        add(Lexicon.navLinesList, .navWhole)
        // Prefix phrases also match when a prefix equals a whole-line phrase's hash; the
        // prefix chain below is walked far enough for every table.
        maxPrefixWords = max(maxPrefixWords, maxAnyWords)

        func addWords(_ list: [String], _ tag: WordTag) {
            for w in list { for h in LineKey(w).hashes { words.insert(h, orBits: UInt64(tag.rawValue)) } }
        }
        addWords(Lexicon.shareWordsList, .share)
        addWords(Lexicon.shareCoreList, .shareCore)
        addWords(Lexicon.cookieCoreList, .cookieCore)
        addWords(Lexicon.cookieContextList, .cookieContext)
        addWords(Lexicon.cookieNoticeList, .cookieNotice)
        addWords(Lexicon.counterWordsList, .counter)
        addWords(["#", "#k", "#m"], .number)
        addWords(Lexicon.commentWordsList, .comment)
        addWords(Lexicon.commentHeaderWordsList, .commentHeader)
        addWords(Lexicon.creditWordsList, .credit)
        self.phrases = FrozenHashMap64(phrases)
        self.words = FrozenHashMap64(words)
        self.maxPrefixWords = maxPrefixWords
        self.maxAnyWords = maxAnyWords
    }

    /// Everything phrase rules need to know about one line, from one pass over its words.
    struct LineFacts {
        var whole: Tag = []
        var prefix: Tag = []
        var anywhere: Tag = []
        /// Words of each class, and words outside the class ("all share words" = 0 outside).
        /// Eight counters packed in one word (a byte each; lines here have under 256 words):
        /// no array, so no allocation per line.
        var packed: (UInt64, UInt64) = (0, 0)
        var wordCount = 0

        @inline(__always) mutating func bump(_ bit: Int) {
            if bit < 8 { packed.0 &+= 1 << (UInt64(bit) * 8) } else { packed.1 &+= 1 << (UInt64(bit - 8) * 8) }
        }

        func count(_ t: WordTag) -> Int {
            let bit = t.rawValue.trailingZeroBitCount
            let word = bit < 8 ? packed.0 : packed.1
            return Int((word >> (UInt64(bit % 8) * 8)) & 0xFF)
        }
        func all(_ t: WordTag) -> Bool { wordCount > 0 && count(t) == wordCount }
    }

    func facts(_ key: LineKey) -> LineFacts {
        var f = LineFacts()
        let hs = key.hashes
        f.wordCount = hs.count
        guard !hs.isEmpty else { return f }
        f.whole = Tag(rawValue: phrases.get(key.lineHash))
        var c: UInt64 = 0x1234_5678
        var k = hs.startIndex
        while k < hs.endIndex && k - hs.startIndex < maxPrefixWords {
            c = LineKey.combine(c, hs[k])
            f.prefix.formUnion(Tag(rawValue: phrases.get(c)))
            k += 1
        }
        for start in hs.indices {
            let w = words.get(hs[start])
            guard w != 0 else { continue }
            var bits = w & ~PhraseIndex.anyStartBit
            while bits != 0 {
                f.bump(bits.trailingZeroBitCount)
                bits &= bits - 1
            }
            guard w & PhraseIndex.anyStartBit != 0 else { continue }
            var a: UInt64 = 0x1234_5678
            var j = start
            while j < hs.endIndex && j - start < maxAnyWords {
                a = LineKey.combine(a, hs[j])
                f.anywhere.formUnion(Tag(rawValue: phrases.get(a)).intersection(Tag.anyTags))
                j += 1
            }
        }
        return f
    }
}
