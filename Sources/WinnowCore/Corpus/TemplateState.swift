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
        /// Lines seen so far while adding (emptied by `finish`).
        var seen: Set<UInt64> = []
        var sorted = false

        public init() {}

        public static func == (a: Site, b: Site) -> Bool { a.documents == b.documents && a.pairs == b.pairs && a.texts == b.texts }

        mutating func add(document fp: UInt64, lines: [(key: UInt64, words: Int, text: [UInt8])]) {
            documents.append(fp)
            var own = Set<UInt64>(minimumCapacity: lines.count)
            for line in lines where own.insert(line.key).inserted {
                pairs.append(Pair(key: line.key, document: fp))
                // Text only for lines seen before in another document: a corpus's lines are
                // mostly its articles' own, and keeping all their text would cost as much memory
                // as the corpus.
                if !seen.insert(line.key).inserted, texts[line.key] == nil { texts[line.key] = String(decoding: line.text, as: UTF8.self) }
            }
            sorted = false
        }
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
        var keyed: [(key: UInt64, words: Int, text: [UInt8])] = []
        keyed.reserveCapacity(lines.count)
        for line in lines {
            let (text, words) = LineKey.build(line)
            keyed.append((TemplateState.hash(text), words.count, text))
        }
        let fp = TemplateState.fingerprint(keyed.map { ($0.key, $0.words) })
        // Mutated in place: a copy out of the dictionary would copy the site's arrays per page.
        sites[site, default: Site()].add(document: fp, lines: keyed)
        return fp
    }

    /// Sorts and removes repeats (a duplicate document adds nothing), and forgets the text of
    /// lines seen in one document only.
    public mutating func finish() {
        for name in sites.keys {
            var s = sites[name]!
            guard !s.sorted else { continue }
            s.documents = Array(Set(s.documents)).sorted()
            s.pairs.sort()
            var unique: [Pair] = []
            unique.reserveCapacity(s.pairs.count)
            for p in s.pairs where unique.last != p { unique.append(p) }
            s.pairs = unique
            var counts: [UInt64: Int] = [:]
            var i = 0
            while i < s.pairs.count {
                var j = i
                while j < s.pairs.count, s.pairs[j].key == s.pairs[i].key { j += 1 }
                if j - i >= 2 { counts[s.pairs[i].key] = j - i }
                i = j
            }
            s.texts = s.texts.filter { counts[$0.key] != nil }
            s.seen = []
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
        let text = LineKey.build(line).0
        return (hash(text), String(decoding: text, as: UTF8.self))
    }

    static func hash(_ text: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// Two copies of one article share their long lines, whatever chrome surrounds them: the
    /// fingerprint is the hash of the sorted keys of lines of twelve words or more (of all
    /// lines when there are fewer than two such).
    static func fingerprint(_ keyed: [(key: UInt64, words: Int)]) -> UInt64 {
        let long = keyed.filter { $0.words >= 12 }.map(\.key)
        let basis = (long.count >= 2 ? long : keyed.map(\.key)).sorted()
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
