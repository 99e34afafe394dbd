import Testing

@testable import WinnowCore

/// Template learning: exact, order-free, mergeable; duplicates count once; thresholds hold.
@Suite struct TemplateStateTests {
    static let names = ["Ashford", "Brierley", "Calder", "Dunmore", "Elsworth", "Fairholm", "Glenrock", "Hartwell", "Ivybridge"]

    /// Page `k` of a site: shared chrome, then its own article (digits fold in keys, so the
    /// articles differ in words).
    static func page(_ k: Int, site: String = "ledger") -> [String] {
        let n = names[k % names.count]
        return [
            "\(site.capitalized) Daily", "Home", "News", "Sport",
            "The council of \(n) met on Tuesday and agreed, after a long and lively debate, to fund the plan for the \(n) harbour.",
            "A second paragraph about \(n) adds that the plan will cost more than officials first said, and that work starts soon.",
            "Published 2024-03-0\(k % 9 + 1)", "© 2024 \(site.capitalized) Daily",
        ]
    }

    static func learn(_ docs: [(String, [String])]) -> TemplateState {
        var s = TemplateState()
        for (site, lines) in docs { s.add(site: site, lines: lines) }
        s.finish()
        return s
    }

    static let corpus: [(String, [String])] = (1...8).map { ("ledger", page($0)) } + (1...6).map { ("wire", page($0, site: "wire")) }

    @Test func chromeSharedByASitesPagesIsTemplateAndArticlesAreNot() {
        let profile = TemplateProfile(state: Self.learn(Self.corpus))
        let lines = Set(profile.sites["ledger"]!.lines.compactMap(\.text))
        #expect(lines == ["ledger daily", "home", "news", "sport", "published # # #", "# ledger daily"])
        #expect(profile.sites["ledger"]!.documents == 8)
        #expect(profile.matcher(site: "ledger")?.keys.count == 6)
    }

    @Test func shuffledInputGivesTheSameState() {
        var rng = SystemRandomNumberGenerator()
        let a = Self.learn(Self.corpus)
        for _ in 0..<5 { #expect(Self.learn(Self.corpus.shuffled(using: &rng)) == a) }
    }

    @Test func twoShardsMergedEqualTheWholeEvenWithCopiesInBoth() {
        // Page 3 is in both shards (a duplicate across the split).
        let first = Array(Self.corpus[..<7]) + [Self.corpus[2]]
        let second = Array(Self.corpus[7...]) + [Self.corpus[2]]
        let merged = Self.learn(first).merged(with: Self.learn(second))
        #expect(merged == Self.learn(Self.corpus))
        #expect(TemplateProfile(state: merged).sites["ledger"]!.documents == 8)
    }

    @Test func copiesOfOneArticleCountOnceAndNeverTeachItsParagraphs() {
        // A small site: one article three times (different chrome), one other page.
        let article = Self.page(1)[4...5]
        let docs: [(String, [String])] =
            [
                ("tiny", ["Menu A"] + article), ("tiny", ["Menu B"] + article), ("tiny", ["Menu C"] + article),
                ("tiny", ["Menu D"] + Self.page(2)[4...5]),
            ]
        let state = Self.learn(docs)
        #expect(state.sites["tiny"]!.documents.count == 2)
        let profile = TemplateProfile(state: state, thresholds: .init(minDocuments: 2, minShare: 0.5, minCount: 2))
        #expect(profile.sites["tiny"]?.lines.isEmpty == true)
    }

    @Test func sitesWithTooFewDocumentsLearnNothing() {
        let profile = TemplateProfile(state: Self.learn(Array(Self.corpus.prefix(4))))
        #expect(profile.sites["ledger"] == nil)
        #expect(profile.matcher(site: "ledger") == nil)
    }

    @Test func leaveOneOutNeverLearnsFromTheDocumentItself() {
        // A banner on 3 of 6 pages is template (count 3, share 0.5); left out, page 1 sees it
        // on 2 of 5 documents: not template for it.
        var docs = Array(Self.corpus.prefix(6))
        for k in 0..<3 { docs[k].1.append("Special edition banner") }
        let state = Self.learn(docs)
        let key = TemplateState.key("Special edition banner").0
        #expect(TemplateProfile(state: state).matcher(site: "ledger")?.keys.contains(key) == true)
        var own = TemplateState()
        let fp = own.add(site: "ledger", lines: docs[0].1)
        let loo = TemplateProfile(state: state, excluding: fp, site: "ledger")
        #expect(loo.sites["ledger"]?.documents == 5)
        #expect(loo.matcher(site: "ledger")?.keys.contains(key) == false)
        // A page without the banner, left out, still sees it on 3 of 5 documents.
        let other = TemplateProfile(
            state: state,
            excluding: {
                var s = TemplateState()
                return s.add(site: "ledger", lines: docs[5].1)
            }(), site: "ledger")
        #expect(other.matcher(site: "ledger")?.keys.contains(key) == true)
    }
}
