import Testing

@testable import WinnowCore

func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("Hello, World! 2020", ["hello", "world", "2020"]),
        ("Kishi's $1.8 billion", ["kishi", "s", "1", "8", "billion"]),
        ("e-mail snake_case", ["e", "mail", "snake", "case"]),
        ("ÉTÉ à Paris", ["été", "à", "paris"]),
        ("Mu\u{308}ller", ["mu\u{308}ller"]),
        ("नमस्ते दुनिया", ["नमस्ते", "दुनिया"]),
        ("پاکستان کی ۱۲ خبریں", ["پاکستان", "کی", "۱۲", "خبریں"]),
        ("x² ½", ["x²", "½"]),
        ("東京都", ["東", "京", "都"]),
        ("日本ABC", ["日", "本", "abc"]),
        ("カタカナ", ["カ", "タ", "カ", "ナ"]),
        ("한국어", ["한", "국", "어"]),
        ("ไทย ok", ["ไ", "ท", "ย", "ok"]),
        ("  — …  ", []),
        ("", []),
    ])
    func contractTokens(text: String, tokens: [String]) {
        #expect(Tokenizer.contractTokens(text) == tokens)
    }

    /// Python's `re.findall(r'\w+', text)`, checked with python3: case kept, `_` joins,
    /// combining marks split, other numbers join.
    @Test(arguments: [
        ("snake_case 3.5 cafe\u{301} café x² ٣ 東京", ["snake_case", "3", "5", "cafe", "café", "x²", "٣", "東京"]),
        ("The Quick-Brown fox", ["The", "Quick", "Brown", "fox"]),
        ("", []),
    ])
    func pythonWordTokens(text: String, tokens: [String]) {
        #expect(Tokenizer.pythonWordTokens(text) == tokens)
    }
}

@Suite struct BodyMetricTests {
    @Test func bagsOfTokens() {
        let c = BodyMetric.counts(predicted: ["the cat sat", "The"], golden: ["The cat sat on the mat."])
        #expect(c == Counts(matched: 4, predicted: 4, expected: 6))
        #expect(c.precision == 1)
        #expect(close(c.recall, 4.0 / 6.0))
        #expect(close(c.f1, 0.8))
    }

    @Test func repeatedParagraphsCountTwice() {
        let c = BodyMetric.counts(predicted: ["alpha beta", "alpha beta"], golden: ["alpha beta"])
        #expect(c == Counts(matched: 2, predicted: 4, expected: 2))
        #expect(c.precision == 0.5)
        #expect(c.recall == 1)
    }

    @Test func emptyAgainstEmptyScoresOne() {
        let c = BodyMetric.counts(predicted: [], golden: [])
        let s = BodyMetric.documentScores(c)
        #expect(s == PRF(precision: 1, recall: 1))
        #expect(s.f1 == 1)
    }

    @Test func emptyPredictionAgainstTextScoresZero() {
        let s = BodyMetric.documentScores(BodyMetric.counts(predicted: [], golden: ["alpha beta"]))
        #expect(s.precision == 0)
        #expect(s.recall == 0)
        #expect(s.f1 == 0)
    }

    @Test func textAgainstEmptyGoldenHasNoPrecision() {
        let s = BodyMetric.documentScores(BodyMetric.counts(predicted: ["alpha"], golden: []))
        #expect(s.precision == 0)
        #expect(s.f1 == 0)
    }
}

@Suite struct ScorerTests {
    static let golden = Article(
        title: "Japan To Begin  Official\u{A0}Talks", authors: ["Faizan Hashmi", "Jane Roe"],
        date: "2020-11-10T12:49", site: "UrduPoint.com", body: ["Alpha beta gamma delta."])

    @Test(arguments: [
        ("japan to begin official talks", true),
        (" JAPAN TO BEGIN\tOFFICIAL TALKS ", true),
        ("Japan\u{A0}To\u{A0}Begin Official Talks", true),
        ("Japan To Begin Official Talks.", false),
        ("Japan To Begin Talks", false),
        ("", false),
    ])
    func titleFoldsWhitespaceAndCase(title: String, same: Bool) {
        let s = Scorer.score(id: "urdupoint/a.txt", golden: Self.golden, predicted: Article(title: title))
        #expect(s.title == same)
    }

    @Test(arguments: [
        ("2020-11-10T12:49", true),
        ("2020-11-10", true),
        ("2020-11-10T23:59:00+01:00", true),
        ("2020-11-11T12:49", false),
        ("10.11.2020", false),
        ("", false),
    ])
    func dateComparesTheCalendarDay(date: String, same: Bool) {
        let s = Scorer.score(id: "urdupoint/a.txt", golden: Self.golden, predicted: Article(date: date))
        #expect(s.date == same)
    }

    @Test(arguments: [
        ("UrduPoint.com", true),
        ("urdupoint.com", true),
        ("URDUPOINT.COM", true),
        ("UrduPoint", false),
        ("", false),
    ])
    func siteFoldsCase(site: String, same: Bool) {
        let s = Scorer.score(id: "urdupoint/a.txt", golden: Self.golden, predicted: Article(site: site))
        #expect(s.siteName == same)
    }

    @Test func authorsAreASetWithCaseFolded() {
        let s = Scorer.score(
            id: "urdupoint/a.txt", golden: Self.golden,
            predicted: Article(authors: ["faizan hashmi", "UrduPoint", "Faizan Hashmi"]))
        // {faizan hashmi, urdupoint} against {faizan hashmi, jane roe}
        #expect(s.authors == Counts(matched: 1, predicted: 2, expected: 2))
    }

    @Test func absentGoldenKeysAreNotScored() {
        let s = Scorer.score(id: "site/doc.txt", golden: Article(body: ["Alpha beta."]), predicted: Article.empty)
        #expect(s.title == nil)
        #expect(s.date == nil)
        #expect(s.siteName == nil)
        #expect(s.authors == nil)
        #expect(s.body == Counts(matched: 0, predicted: 0, expected: 2))
        #expect(s.site == "site")
        #expect(s.id == "site/doc.txt")

        let noBody = Scorer.score(id: "site/doc.txt", golden: Article(title: "T"), predicted: Article(title: "T", body: ["x"]))
        #expect(noBody.body == nil)
        #expect(noBody.shingle == nil)
        #expect(noBody.bodyScores == nil)
        #expect(noBody.title == true)
    }

    @Test func emptyGoldenValuesAreScored() {
        let golden = Article(title: "", authors: [], date: "", site: "", body: [])
        let right = Scorer.score(id: "s/d", golden: golden, predicted: Article.empty)
        #expect(right.title == true)
        #expect(right.date == true)
        #expect(right.siteName == true)
        #expect(right.authors == Counts(matched: 0, predicted: 0, expected: 0))
        #expect(right.bodyScores?.f1 == 1)
        let wrong = Scorer.score(
            id: "s/d", golden: golden,
            predicted: Article(title: "Menu", authors: ["Reuters"], date: "2020-01-01", site: "X", body: ["Home"]))
        #expect(wrong.title == false)
        #expect(wrong.date == false)
        #expect(wrong.siteName == false)
        #expect(wrong.authors == Counts(matched: 0, predicted: 1, expected: 0))
        #expect(wrong.bodyScores?.f1 == 0)
    }

    @Test func missingPredictedFieldsCountAsEmpty() {
        let s = Scorer.score(id: "s/d", golden: Article(title: "", authors: [], body: []), predicted: Article())
        #expect(s.title == true)
        #expect(s.authors == Counts())
        #expect(s.bodyScores?.f1 == 1)
    }
}

@Suite struct ReportTests {
    /// A: golden 4 tokens, prediction 2 of them (P 1, R 1/2, F1 2/3).
    /// B: golden 2 tokens, prediction those 2 and 4 more (P 1/3, R 1, F1 1/2).
    static let report = Report(documents: [
        Scorer.score(
            id: "siteB/b.txt", golden: Article(title: "B", body: ["x y"]),
            predicted: Article(title: "b", body: ["x y", "z w q r"])),
        Scorer.score(
            id: "siteA/a.txt", golden: Article(title: "A", authors: ["Jane Roe"], body: ["a b c d"]),
            predicted: Article(title: "Z", authors: ["Jane Roe", "Reuters"], body: ["a b"])),
    ])

    @Test func microPoolsTheCounts() {
        // matched 2 + 2, predicted 2 + 6, expected 4 + 2
        let m = Self.report.bodyMicro
        #expect(close(m.precision, 0.5))
        #expect(close(m.recall, 4.0 / 6.0))
        #expect(close(m.f1, 4.0 / 7.0))
    }

    @Test func macroAveragesTheDocuments() {
        let m = Self.report.bodyMacro
        #expect(close(m.precision, (1 + 1.0 / 3.0) / 2))
        #expect(close(m.recall, 0.75))
        #expect(close(m.f1, (2.0 / 3.0 + 0.5) / 2))
    }

    @Test func fieldsAndAuthors() {
        let r = Self.report
        #expect(r.documents.map(\.id) == ["siteA/a.txt", "siteB/b.txt"])
        #expect(r.accuracy(\.title).accuracy == 0.5)
        #expect(r.accuracy(\.title).scored == 2)
        #expect(r.accuracy(\.date).scored == 0)
        #expect(r.authors.scored == 1)
        #expect(r.authors.prf.precision == 0.5)
        #expect(r.authors.prf.recall == 1)
        #expect(r.bySite.map(\.site) == ["siteA", "siteB"])
        #expect(r.worst(1).map(\.id) == ["siteB/b.txt"])
    }

    @Test func reportJSONCarriesTheContractKeys() {
        let j = Self.report.json
        #expect(j["documents"] == .number(2))
        #expect(j["body"]?["micro"]?["precision"] == .number(0.5))
        #expect(j["body"]?["macro"]?["recall"] == .number(0.75))
        #expect(j["fields"]?["title"]?["accuracy"] == .number(0.5))
        #expect(j["fields"]?["title"]?["scored"] == .number(2))
        #expect(j["fields"]?["date"]?["scored"] == .number(0))
        #expect(j["authors"]?["scored"] == .number(1))
    }

    @Test func emptyReport() {
        let r = Report(documents: [])
        #expect(r.bodyMicro == PRF(precision: 1, recall: 1))
        #expect(r.bodyMacro == PRF(precision: 0, recall: 0))
    }
}

/// The ScrapingHub benchmark's metric (evaluate.py): `\w+` tokens with case kept, 4-gram
/// shingles, per-page precision and recall averaged over pages, F1 from the two means.
@Suite struct ShingleMetricTests {
    @Test func shinglesOfShortAndLongTexts() {
        #expect(ShingleMetric.shingles("Hello, world!") == ["Hello\u{1F}world": 1])
        #expect(ShingleMetric.shingles("One") == ["One": 1])
        #expect(ShingleMetric.shingles("") == [:])
        #expect(
            ShingleMetric.shingles("a b c d a b c d") == [
                "a\u{1F}b\u{1F}c\u{1F}d": 2, "b\u{1F}c\u{1F}d\u{1F}a": 1, "c\u{1F}d\u{1F}a\u{1F}b": 1, "d\u{1F}a\u{1F}b\u{1F}c": 1,
            ])
    }

    /// Worked by hand (and checked against evaluate.py's formulas in python3):
    /// 1. "The quick brown fox jumps" vs "the quick brown fox jumps": 2 shingles each, the
    ///    first differs by case: tp 1, fp 1, fn 1 → P 1/2, R 1/2.
    /// 2. golden of 5 tokens, empty prediction: tp 0, fp 0, fn 2 → no precision, R 0.
    /// 3. "Hello world" vs "Hello, world!": one 2-token shingle each → P 1, R 1.
    /// 4. empty vs empty: no shingles → in neither mean.
    /// 5. 6 tokens vs the same 6 and 2 more: 3 vs 5 shingles, tp 3, fp 2 → P 3/5, R 1.
    /// P = (1/2 + 1 + 3/5) / 3 = 0.7; R = (1/2 + 0 + 1 + 1) / 4 = 0.625;
    /// F1 = 2 · 0.7 · 0.625 / 1.325 = 0.660377…
    static let pages: [(golden: String, predicted: String)] = [
        ("The quick brown fox jumps", "the quick brown fox jumps"),
        ("Alpha beta gamma delta epsilon", ""),
        ("Hello world", "Hello, world!"),
        ("", ""),
        ("One two three four five six", "One two three four five six seven eight"),
    ]

    @Test func perPageCounts() {
        let p = Self.pages.map { ShingleMetric.page(golden: $0.golden, predicted: $0.predicted) }
        #expect(p[0] == ShingleMetric.Page(tp: 1, fp: 1, fn: 1))
        #expect(p[1] == ShingleMetric.Page(tp: 0, fp: 0, fn: 2))
        #expect(p[2] == ShingleMetric.Page(tp: 1, fp: 0, fn: 0))
        #expect(p[3] == ShingleMetric.Page(tp: 0, fp: 0, fn: 0))
        #expect(p[4] == ShingleMetric.Page(tp: 3, fp: 2, fn: 0))
    }

    @Test func aggregateMatchesEvaluatePy() {
        let agg = ShingleMetric.aggregate(Self.pages.map { ShingleMetric.page(golden: $0.golden, predicted: $0.predicted) })
        #expect(close(agg.precision, 0.7))
        #expect(close(agg.recall, 0.625))
        #expect(close(agg.f1, 2 * 0.7 * 0.625 / 1.325))
        #expect(close(agg.f1, 0.6603773584905661))
    }

    @Test func reportUsesTheShingleMetricOverJoinedParagraphs() {
        let docs = Self.pages.enumerated().map { k, p in
            Scorer.score(
                id: "s/\(k).txt", golden: Article(body: p.golden.isEmpty ? [] : [p.golden]),
                predicted: Article(body: p.predicted.isEmpty ? [] : [p.predicted]))
        }
        let sh = Report(documents: docs).shingle
        #expect(close(sh.precision, 0.7))
        #expect(close(sh.recall, 0.625))
    }

    @Test func paragraphsAreJoinedWithoutMergingTokens() {
        let s = Scorer.score(
            id: "s/d", golden: Article(body: ["One two", "three four"]),
            predicted: Article(body: ["One two three four"]))
        #expect(s.shingle == ShingleMetric.Page(tp: 1, fp: 0, fn: 0))
    }
}
