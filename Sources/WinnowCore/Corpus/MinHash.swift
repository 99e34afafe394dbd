/// MinHash signatures of word shingles, and banded locality-sensitive hashing to find pairs
/// of near-duplicate texts without comparing every pair. Deterministic: fixed seeds.
public struct MinHash: Sendable {
    public static let permutations = 64
    /// 16 bands of 4 rows: pairs with Jaccard similarity 0.8 share a band with probability
    /// above 0.999, pairs at 0.3 with probability about 0.12 (then checked on signatures).
    public static let bands = 16
    public static let shingle = 5

    public let signature: [UInt64]

    static let seeds: [UInt64] = {
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<permutations).map { _ in
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return x | 1
        }
    }()

    /// The signature of `text`'s word 5-shingles (contract tokens); nil when it has fewer than
    /// `shingle` words.
    public init?(_ text: String) {
        let words = Tokenizer.contractTokens(text).map { w -> UInt64 in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in w.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            return h
        }
        guard words.count >= MinHash.shingle else { return nil }
        var sig = [UInt64](repeating: .max, count: MinHash.permutations)
        for i in 0...(words.count - MinHash.shingle) {
            var h: UInt64 = 0
            for k in 0..<MinHash.shingle { h = (h &* 0x100_0000_01B3) ^ words[i + k] }
            for p in 0..<MinHash.permutations {
                var v = (h ^ MinHash.seeds[p]) &* 0xBF58_476D_1CE4_E5B9
                v ^= v >> 31
                if v < sig[p] { sig[p] = v }
            }
        }
        signature = sig
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    public func similarity(_ o: MinHash) -> Double {
        Double(zip(signature, o.signature).count { $0 == $1 }) / Double(MinHash.permutations)
    }

    /// Clusters of items whose similarity is at least `threshold`, found through shared bands,
    /// as sorted index lists (each cluster sorted, clusters by first index). Singletons left out.
    public static func clusters(_ items: [MinHash?], threshold: Double) -> [[Int]] {
        var parent = Array(items.indices)
        func root(_ i: Int) -> Int {
            var r = i
            while parent[r] != r { r = parent[r] }
            var k = i
            while parent[k] != r {
                let next = parent[k]
                parent[k] = r
                k = next
            }
            return r
        }
        let rows = permutations / bands
        for b in 0..<bands {
            var buckets: [UInt64: [Int]] = [:]
            for (i, m) in items.enumerated() {
                guard let m else { continue }
                var h: UInt64 = UInt64(b) &+ 0x51_7CC1_B727_220A
                for r in 0..<rows { h = (h ^ m.signature[b * rows + r]) &* 0x0000_0100_0000_01B3 }
                buckets[h, default: []].append(i)
            }
            for members in buckets.values where members.count > 1 {
                for j in members.dropFirst() {
                    let (a, c) = (root(members[0]), root(j))
                    guard a != c, let x = items[members[0]], let y = items[j], x.similarity(y) >= threshold else { continue }
                    parent[max(a, c)] = min(a, c)
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in items.indices where items[i] != nil { groups[root(i), default: []].append(i) }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
