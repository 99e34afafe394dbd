/// What learning has seen of a corpus, per site: which distinct documents, and which of them
/// hold each normalised line. It is exact and mergeable: learning two shards and merging gives
/// the same state as learning the whole (duplicates across shards included), whatever the file
/// order or thread count, because a state is a set of (line, document) pairs and merging is
/// set union. Profiles (`TemplateProfile`) are derived from it with thresholds.
public struct TemplateState: Sendable, Equatable {
    public struct Site: Sendable, Equatable {
        /// Fingerprints of the distinct documents, sorted.
        public var documents: [UInt64] = []
        /// (line key, document fingerprint) pairs, sorted by key then document, no repeats.
        public var pairs: [Pair] = []
        /// Normalised text of lines seen in two or more documents, for people to read.
        public var texts: [UInt64: String] = [:]
        var sorted = false

        public init() {}

        public static func == (a: Site, b: Site) -> Bool { a.documents == b.documents && a.pairs == b.pairs && a.texts == b.texts }
    }

    public struct Pair: Sendable, Hashable, Comparable {
        public var key: UInt64
        public var document: UInt64
        public init(key: UInt64, document: UInt64) {
            self.key = key
            self.document = document
        }
        public static func < (a: Pair, b: Pair) -> Bool { (a.key, a.document) < (b.key, b.document) }
    }

    public var sites: [String: Site] = [:]

    public init() {}

    /// One document's lines; returns its fingerprint. Call `finish()` before reading the state.
    @discardableResult
    public mutating func add(site: String, lines: [String]) -> UInt64 {
        let keyed = lines.map { TemplateState.key($0) }
        let fp = TemplateState.fingerprint(keyed)
        var s = sites[site] ?? Site()
        s.documents.append(fp)
        for (k, _) in keyed { s.pairs.append(Pair(key: k, document: fp)) }
        // Texts are kept for lines that may turn out template: all of them until `finish`
        // drops those seen in one document only.
        for (k, text) in keyed where s.texts[k] == nil { s.texts[k] = text }
        s.sorted = false
        sites[site] = s
        return fp
    }

    /// Sorts and removes repeats (a duplicate document adds nothing), and forgets the text of
    /// lines seen in one document only.
    public mutating func finish() {
        for name in sites.keys {
            var s = sites[name]!
            guard !s.sorted else { continue }
            s.documents = Array(Set(s.documents)).sorted()
            s.pairs = Array(Set(s.pairs)).sorted()
            var counts: [UInt64: Int] = [:]
            for p in s.pairs { counts[p.key, default: 0] += 1 }
            s.texts = s.texts.filter { (counts[$0.key] ?? 0) >= 2 }
            s.sorted = true
            sites[name] = s
        }
    }

    /// The union of two states.
    public func merged(with other: TemplateState) -> TemplateState {
        var out = self
        for (name, o) in other.sites {
            var s = out.sites[name] ?? Site()
            s.documents += o.documents
            s.pairs += o.pairs
            s.texts.merge(o.texts) { a, _ in a }
            s.sorted = false
            out.sites[name] = s
        }
        out.finish()
        // A line seen once in each shard is seen twice in the whole: its text may be missing
        // (kept by neither shard). Profiles show such lines by their hash.
        return out
    }

    /// Normalised text of a line (case folded, digits as `#`, punctuation as spaces) and its hash.
    public static func key(_ line: String) -> (UInt64, String) {
        let text = LineKey.normalize(line)
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return (h, text)
    }

    /// Two copies of one article share their long lines, whatever chrome surrounds them: the
    /// fingerprint is the hash of the sorted keys of lines of twelve words or more (of all
    /// lines when there are fewer than two such).
    static func fingerprint(_ keyed: [(UInt64, String)]) -> UInt64 {
        let long = keyed.filter { $0.1.split(separator: " ").count >= 12 }.map(\.0)
        let basis = (long.count >= 2 ? long : keyed.map(\.0)).sorted()
        var h: UInt64 = 0x8422_2325_cbf2_9ce4
        for k in basis { h = (h ^ k) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// The lines a site's pages share: those in at least `minShare` of its distinct documents and
/// in at least `minCount` of them, for sites with at least `minDocuments`. Two copies of one
/// article count once, so they never teach that its paragraphs are template.
public struct TemplateProfile: Sendable {
    public struct Thresholds: Sendable, Equatable {
        public var minDocuments: Int
        public var minShare: Double
        public var minCount: Int
        public init(minDocuments: Int = 5, minShare: Double = 0.5, minCount: Int = 3) {
            self.minDocuments = minDocuments
            self.minShare = minShare
            self.minCount = minCount
        }
    }

    public struct Line: Sendable, Equatable {
        public var key: UInt64
        /// The normalised text, or nil when no shard kept it (see `TemplateState.merged`).
        public var text: String?
        public var documents: Int
    }

    public var thresholds: Thresholds
    /// Per site: its distinct document count and its template lines, most frequent first.
    public var sites: [String: (documents: Int, lines: [Line])]

    /// Profiles of every site (or of `site` only), leaving out `document` (a fingerprint) when
    /// given: the leave-one-out profile of a document never learns from that document.
    public init(state: TemplateState, thresholds: Thresholds = Thresholds(), excluding document: UInt64? = nil, site only: String? = nil) {
        self.thresholds = thresholds
        var sites: [String: (documents: Int, lines: [Line])] = [:]
        for (name, s) in state.sites where only == nil || only == name {
            let docs = s.documents.count - (document.map { s.documents.contains($0) ? 1 : 0 } ?? 0)
            guard docs >= thresholds.minDocuments else { continue }
            var lines: [Line] = []
            var i = 0
            while i < s.pairs.count {
                let key = s.pairs[i].key
                var n = 0
                while i < s.pairs.count, s.pairs[i].key == key {
                    if s.pairs[i].document != document { n += 1 }
                    i += 1
                }
                if n >= thresholds.minCount, Double(n) >= thresholds.minShare * Double(docs) {
                    lines.append(Line(key: key, text: s.texts[key], documents: n))
                }
            }
            lines.sort { ($1.documents, $0.key) < ($0.documents, $1.key) }
            sites[name] = (docs, lines)
        }
        self.sites = sites
    }

    /// The matcher for one site's documents (nil when the site has no profile).
    public func matcher(site: String) -> TemplateMatcher? {
        guard let s = sites[site], !s.lines.isEmpty else { return nil }
        return TemplateMatcher(keys: Set(s.lines.map(\.key)))
    }
}
