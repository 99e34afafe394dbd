import Testing

@testable import WinnowCore

@Suite struct LineKeyTests {
    @Test(arguments: [
        ("12 Comments »", "# comments"),
        ("Share on Facebook | Tweet", "share on facebook tweet"),
        ("10.11.2020, 14:05 Uhr", "# # uhr"),
        ("$1.8 billion", "# billion"),
        ("1,200 views", "# views"),
        ("COVID-19 cases", "covid # cases"),
        ("3h ago", "#h ago"),
        ("ÉTÉ À PARIS", "été à paris"),
        ("Élysée Palace", "élysée palace"),
        ("ÄRGER ÜBER ÖL", "ärger über öl"),
        ("Straße", "straße"),
        ("ΑΘΗΝΑ", "αθηνα"),
        ("МОСКВА", "москва"),
        ("Trump's", "trump's"),
        ("Trump’s", "trump's"),
        ("l’été", "l'été"),
        ("'quoted'", "quoted"),
        ("rock 'n' roll", "rock n roll"),
        ("جملہ حقوق محفوظ ہیں", "جملہ حقوق محفوظ ہیں"),
        ("کراچی: شہر قائد", "کراچی شہر قائد"),
        ("۱۲ تبصرے", "# تبصرے"),
        ("a\u{A0}b", "a b"),
        ("Tweet — Print… “Email”", "tweet print email"),
        ("@UrduPoint", "@urdupoint"),
        ("   ", ""),
    ])
    func normalises(raw: String, text: String) {
        let key = LineKey(raw)
        #expect(LineKey.normalize(raw) == text)
        #expect(key.wordCount == (text.isEmpty ? 0 : text.split(separator: " ").count))
    }

    @Test func hashesAreTheWordsOfTheText() {
        let raw = "Japan To Begin 2 Talks – Défense"
        let key = LineKey(raw)
        let words = LineKey.normalize(raw).split(separator: " ")
        #expect(words == ["japan", "to", "begin", "#", "talks", "défense"])
        let wordHashes: [UInt64] = words.map { LineKey.hash(word: $0) }
        #expect(Array(key.hashes) == wordHashes)
        #expect(Array(key.hashes)[3] == BoilerplatePatterns.hashMark)
    }

    @Test func caseAndPunctuationDoNotChangeHashes() {
        #expect(Array(LineKey("READ MORE »").hashes) == Array(LineKey("read more").hashes))
        #expect(Array(LineKey("Trump’s talks").hashes) == Array(LineKey("TRUMP'S TALKS").hashes))
        #expect(Array(LineKey("12 Comments").hashes) == Array(LineKey("345 comments").hashes))
        #expect(Array(LineKey("read more").hashes) != Array(LineKey("read mores").hashes))
        #expect(Array(LineKey("Trumps").hashes) != Array(LineKey("Trump's").hashes))
    }

    @Test func hashFoldedMatchesTheKeyOfOneWord() {
        #expect(LineKey.hashFolded("Müller") == LineKey("müller").hashes.first!)
        #expect(LineKey.hashFolded("ÉCOLE") == LineKey("école").hashes.first!)
        #expect(LineKey.hashFolded("Von") == LineKey.hash(word: "von"))
    }

    @Test func hasPrefixComparesWholeWords() {
        let key = LineKey("Read more: Japan and US to begin talks")
        #expect(key.hasPrefix("read more"))
        #expect(key.hasPrefix("READ"))
        #expect(!key.hasPrefix("rea"))
        #expect(!key.hasPrefix("more"))
        #expect(!key.hasPrefix(""))
    }

    static let phrases = PhraseSet(["read more", "Lesen Sie auch", "all rights reserved", "© ©", "", "متعلقہ خبریں"])

    @Test func phraseSetSkipsEmptyPhrases() {
        #expect(Self.phrases.maxWords == 3)
    }

    @Test(arguments: [
        ("Read more", true),
        ("READ MORE »", true),
        ("Lesen Sie auch:", true),
        ("متعلقہ خبریں", true),
        ("read", false),
        ("read more now", false),
        ("more read", false),
        ("all rights", false),
        ("", false),
    ])
    func whole(line: String, expected: Bool) {
        #expect(Self.phrases.whole(LineKey(line)) == expected)
        #expect(Self.phrases.whole(hashes: LineKey(line).hashes) == expected)
    }

    @Test(arguments: [
        ("Read more: Japan and US to begin talks", true),
        ("Lesen Sie auch: Streik im Hafen", true),
        ("read more", true),
        ("Please read more", false),
        ("read", false),
        ("Reading more", false),
    ])
    func prefix(line: String, expected: Bool) {
        #expect(Self.phrases.prefix(LineKey(line)) == expected)
    }

    @Test(arguments: [
        ("© 2021 The Daily Ledger. All rights reserved.", true),
        ("All rights reserved", true),
        ("Copyright, all rights reserved by the publisher", true),
        ("all rights", false),
        ("reserved all rights", false),
        ("All rights are reserved", false),
        ("", false),
    ])
    func anywhere(line: String, expected: Bool) {
        #expect(Self.phrases.anywhere(LineKey(line)) == expected)
    }

    @Test func phraseSetContainsNormalisedStrings() {
        #expect(Self.phrases.contains("read more"))
        #expect(Self.phrases.contains("lesen sie auch"))
        #expect(!Self.phrases.contains("lesen sie"))
    }

    @Test func wordSet() {
        let words = WordSet(["share", "Drucken", "e-mail", "شیئر"])
        #expect(words.contains("share"))
        #expect(words.contains("drucken"))
        #expect(words.contains("e"))
        #expect(words.contains("mail"))
        #expect(words.contains("شیئر"))
        #expect(words.contains("share"[...]))
        #expect(!words.contains("shar"))
        #expect(!words.contains("shares"))
        #expect(!words.contains("e-mail"))
        #expect(words.contains(hash: LineKey("SHARE").hashes.first!))
        #expect(words.contains(hash: LineKey("DRUCKEN").hashes.first!))
        #expect(!words.contains(hash: LineKey("print").hashes.first!))
    }
}

/// The fast case folds for Cyrillic and Greek agree with Unicode's lower-casing.
@Suite struct LineKeyScriptFoldingTests {
    @Test(arguments: ["ПРИВЕТ Мир", "ЁЛКА Ђаво", "ΑΘΗΝΑ Πόλη", "Müller ÉTÉ"])
    func foldsLikeUnicode(text: String) {
        #expect(LineKey.normalize(text) == text.lowercased())
    }
}
