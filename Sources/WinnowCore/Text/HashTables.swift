/// Hash tables keyed by 64-bit hashes that are already well mixed (FNV word hashes,
/// phrase keys). `Set<UInt64>`/`Dictionary` would run SipHash over them again; phrase matching
/// does dozens of lookups per line, so these probe by the key itself.
/// A map from hashes to bit sets, open addressing; a value of 0 means absent.
///
/// Keys and values interleave in one array: one buffer to retain when a table held in a
/// global is read, and a probe touches one cache line.
struct HashMap64: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private var count = 0

    init() {
        slots = Array(repeating: 0, count: 128)
        mask = 63
    }

    @inline(__always) private static func stored(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }
    @inline(__always) private func slot(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k ^ (k >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask }

    mutating func insert(_ key: UInt64, orBits bits: UInt64) {
        if (count + 1) * 2 > mask + 1 { grow() }
        let k = HashMap64.stored(key)
        var i = slot(k)
        while slots[2 * i] != 0 && slots[2 * i] != k { i = (i + 1) & mask }
        if slots[2 * i] == 0 {
            slots[2 * i] = k
            count += 1
        }
        slots[2 * i + 1] |= bits
    }

    @inline(__always) func get(_ key: UInt64) -> UInt64 {
        let k = HashMap64.stored(key)
        var i = slot(k)
        return slots.withUnsafeBufferPointer { s in
            while true {
                let found = s[2 * i]
                if found == k { return s[2 * i + 1] }
                if found == 0 { return 0 }
                i = (i + 1) & mask
            }
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count / 2 - 1
        count = 0
        var j = 0
        while j < old.count {
            if old[j] != 0 { insert(old[j], orBits: old[j + 1]) }
            j += 2
        }
    }
}

/// A set of hashes: a `HashMap64` whose values are all 1.
struct HashSet64: Sendable {
    private var map = HashMap64()

    init() {}

    mutating func insert(_ key: UInt64) { map.insert(key, orBits: 1) }

    @inline(__always) func contains(_ key: UInt64) -> Bool { map.get(key) != 0 }
}
