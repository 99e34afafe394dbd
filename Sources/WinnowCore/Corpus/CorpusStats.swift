/// How clean a whole corpus is: per site counts, body lengths, what each rule removed,
/// empty and short bodies, encoding damage, duplicate and near-duplicate articles, and
/// paragraphs shared across sites (agency copy). Built from cleaned documents; the same input
/// in any order gives the same statistics.
public struct CorpusStats: Sendable {
    public struct Document: Sendable {
        public var id: String
        public var site: String
        public var result: CleanResult
        public init(id: String, site: String, result: CleanResult) {
            self.id = id
            self.site = site
            self.result = result
        }
    }

    public struct SiteLine: Sendable {
        public var site: String
        public var documents: Int
        public var medianWords: Int
        public var removedShare: Double
    }

    public struct Damage: Sendable {
        public var id: String
        public var replacementCharacters: Int
        public var mojibake: Int
    }

    public struct SharedParagraph: Sendable {
        public var text: String
        public var sites: [String]
        public var documents: Int
    }

    /// Bodies under this many words are listed as suspiciously short.
    public static let shortBody = 50
    /// Near duplicates: estimated Jaccard similarity of body 5-shingles at least this.
    public static let nearThreshold = 0.8
    /// Paragraphs shorter than this (in words) are too common to mean agency copy.
    public static let sharedMinWords = 15

    public var documents: Int
    public var sites: [SiteLine]
    /// Body word counts: minimum, 10th percentile, median, 90th percentile, maximum.
    public var bodyWords: [Int]
    /// Histogram of body word counts by `lengthBuckets`.
    public var lengthHistogram: [Int]
    public static let lengthBuckets = [0, 1, 50, 100, 300, 1000]
    /// Per rule id: lines removed and their share of all input characters.
    public var removed: [(rule: String, lines: Int, share: Double)]
    public var emptyBodies: [String]
    public var shortBodies: [(id: String, words: Int)]
    public var damaged: [Damage]
    public var exactDuplicates: [[String]]
    public var nearDuplicates: [[String]]
    public var shared: [SharedParagraph]

    public init(_ docs: [Document]) {
        let docs = docs.sorted { $0.id < $1.id }
        documents = docs.count
        let words = docs.map { ($0.result.article.body ?? []).reduce(0) { $0 + CorpusStats.words($1) } }
        let sortedWords = words.sorted()
        func pct(_ p: Double) -> Int {
            sortedWords.isEmpty ? 0 : sortedWords[min(sortedWords.count - 1, Int(p * Double(sortedWords.count - 1) + 0.5))]
        }
        bodyWords = sortedWords.isEmpty ? [] : [sortedWords.first!, pct(0.1), pct(0.5), pct(0.9), sortedWords.last!]
        lengthHistogram = CorpusStats.lengthBuckets.indices.map { b in
            let lo = CorpusStats.lengthBuckets[b]
            let hi = b + 1 < CorpusStats.lengthBuckets.count ? CorpusStats.lengthBuckets[b + 1] : Int.max
            return words.count { $0 >= lo && $0 < hi }
        }
        // What each rule removed, as a share of every block's characters.
        var total = 0
        var byRule: [String: (Int, Int)] = [:]
        for d in docs {
            for j in d.result.blocks {
                let n = j.block.text.count
                total += n
                if let r = j.removedBy {
                    byRule[r.rawValue, default: (0, 0)].0 += 1
                    byRule[r.rawValue, default: (0, 0)].1 += n
                }
            }
        }
        removed = byRule.map { (rule: $0.key, lines: $0.value.0, share: total > 0 ? Double($0.value.1) / Double(total) : 0) }
            .sorted { ($1.share, $0.rule) < ($0.share, $1.rule) }
        // Per site.
        var siteLines: [SiteLine] = []
        for (site, members) in Dictionary(grouping: docs.indices, by: { docs[$0].site }) {
            let w = members.map { words[$0] }.sorted()
            var all = 0
            var gone = 0
            for i in members {
                for j in docs[i].result.blocks {
                    all += j.block.text.count
                    if j.removedBy != nil { gone += j.block.text.count }
                }
            }
            siteLines.append(
                SiteLine(site: site, documents: members.count, medianWords: w[w.count / 2], removedShare: all > 0 ? Double(gone) / Double(all) : 0))
        }
        sites = siteLines.sorted { $0.site < $1.site }
        emptyBodies = docs.indices.filter { words[$0] == 0 }.map { docs[$0].id }
        shortBodies = docs.indices.filter { words[$0] > 0 && words[$0] < CorpusStats.shortBody }.map { (docs[$0].id, words[$0]) }
        damaged = docs.compactMap { d in
            // The whole input, not the body alone: damage can make rules drop what it hits.
            let text = d.result.blocks.map(\.block.text).joined(separator: "\n")
            let replacement = text.unicodeScalars.count { $0 == "\u{FFFD}" }
            let mojibake = CorpusStats.mojibake(text)
            return replacement + mojibake > 0 ? Damage(id: d.id, replacementCharacters: replacement, mojibake: mojibake) : nil
        }
        // Duplicates: the same body (after folding), then bodies whose shingles mostly agree.
        let bodies = docs.map { ($0.result.article.body ?? []).joined(separator: "\n") }
        var exact: [String: [Int]] = [:]
        for (i, b) in bodies.enumerated() where !b.isEmpty { exact[Tokenizer.contractTokens(b).joined(separator: " "), default: []].append(i) }
        let exactGroups = exact.values.filter { $0.count > 1 }
        exactDuplicates = exactGroups.map { $0.map { docs[$0].id } }.sorted { $0[0] < $1[0] }
        let exactSets = exactGroups.map(Set.init)
        nearDuplicates = MinHash.clusters(bodies.map { MinHash($0) }, threshold: CorpusStats.nearThreshold)
            .filter { c in !exactSets.contains(Set(c)) }
            .map { $0.map { docs[$0].id } }
        // Agency copy: long paragraphs found on more than one site.
        var paragraphs: [String: (text: String, sites: Set<String>, docs: Set<String>)] = [:]
        for d in docs {
            for p in d.result.article.body ?? [] where CorpusStats.words(p) >= CorpusStats.sharedMinWords {
                let key = Tokenizer.contractTokens(p).joined(separator: " ")
                paragraphs[key, default: (p, [], [])].sites.insert(d.site)
                paragraphs[key, default: (p, [], [])].docs.insert(d.id)
            }
        }
        shared = paragraphs.values.filter { $0.sites.count > 1 }
            .map { SharedParagraph(text: $0.text, sites: $0.sites.sorted(), documents: $0.docs.count) }
            .sorted { ($1.sites.count, $0.text) < ($0.sites.count, $1.text) }
    }

    static func words(_ s: String) -> Int { s.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }

    /// UTF-8 read as Latin-1 or Windows-1252: "Ã©", "Ã¨", "â€™", "â€œ", "Â " and kin.
    static func mojibake(_ s: String) -> Int {
        var n = 0
        var prev: Unicode.Scalar = " "
        for c in s.unicodeScalars {
            if prev == "Ã", (0x80...0xBF).contains(c.value) || "©¨¤¡¶¼½¾³".unicodeScalars.contains(c) { n += 1 }
            if prev == "â", c == "€" { n += 1 }
            if prev == "Â", c == "\u{A0}" || c == " " || c == "«" || c == "»" || c == "°" { n += 1 }
            prev = c
        }
        return n
    }
}
