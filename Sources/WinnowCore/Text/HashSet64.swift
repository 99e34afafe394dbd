/// A set of 64-bit hashes with open addressing, looked up by the hash itself.
///
/// `Set<UInt64>` runs SipHash over keys that are already FNV hashes; phrase matching does
/// dozens of lookups per line, so this table skips the second hashing.
struct HashSet64: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var cap = 16
        while cap < minimumCapacity * 2 { cap <<= 1 }
        slots = Array(repeating: 0, count: cap)
        mask = cap - 1
    }

    /// 0 marks an empty slot, so the key 0 is stored as 1.
    @inline(__always) private static func stored(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }

    @inline(__always) private func slot(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k ^ (k >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask }

    mutating func insert(_ key: UInt64) {
        if (count + 1) * 2 > slots.count { grow() }
        let k = HashSet64.stored(key)
        var i = slot(k)
        while slots[i] != 0 {
            if slots[i] == k { return }
            i = (i + 1) & mask
        }
        slots[i] = k
        count += 1
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool {
        let k = HashSet64.stored(key)
        var i = slot(k)
        while true {
            let s = slots[i]
            if s == k { return true }
            if s == 0 { return false }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots.filter { $0 != 0 }
        slots = Array(repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        count = 0
        for k in old { insert(k) }
    }
}
