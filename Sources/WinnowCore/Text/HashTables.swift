/// Hash tables keyed by 64-bit hashes that are already well mixed (FNV word hashes,
/// phrase keys). `Set<UInt64>`/`Dictionary` would run SipHash over them again; phrase matching
/// does dozens of lookups per line, so these probe by the key itself.
/// A map from hashes to bit sets, open addressing; a value of 0 means absent.
struct HashMap64: Sendable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private var mask: Int
    private var count = 0

    init() { self.init(capacity: 32) }

    /// Room for `capacity` entries without growing.
    init(capacity: Int) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) static func stored(_ k: UInt64) -> UInt64 { k == 0 ? 1 : k }
    @inline(__always) static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k ^ (k >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask
    }
    @inline(__always) private func slot(_ k: UInt64) -> Int { HashMap64.slot(k, mask) }

    mutating func insert(_ key: UInt64, orBits bits: UInt64) { values[claim(key)] |= bits }

    /// Replaces the value stored for `key` (inserting it if new).
    mutating func set(_ key: UInt64, to value: UInt64) { values[claim(key)] = value }

    /// The slot of `key`, taken for it if it was not in the table yet.
    private mutating func claim(_ key: UInt64) -> Int {
        if (count + 1) * 2 > keys.count { grow() }
        let k = HashMap64.stored(key)
        var i = slot(k)
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 {
            keys[i] = k
            count += 1
        }
        return i
    }

    @inline(__always) func get(_ key: UInt64) -> UInt64 {
        let k = HashMap64.stored(key)
        var i = slot(k)
        while true {
            let s = keys[i]
            if s == k { return values[i] }
            if s == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    /// The raw table, for `FrozenHashMap64`.
    var storage: ([UInt64], [UInt64], Int) { (keys, values, mask) }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { insert(k, orBits: v) }
    }
}

/// A set of hashes: a `HashMap64` whose values are all 1.
struct HashSet64: Sendable {
    private var map = HashMap64()

    init() {}

    mutating func insert(_ key: UInt64) { map.insert(key, orBits: 1) }

    @inline(__always) func contains(_ key: UInt64) -> Bool { map.get(key) != 0 }

    func frozen() -> FrozenHashMap64 { FrozenHashMap64(map) }
}

/// A `HashMap64` frozen for the life of the process: the lexicon's tables. Its storage is
/// never freed, so the struct holds plain pointers and copying it costs no reference count;
/// rules probe these tables for every word of every line, and with array storage each access
/// to a table in a global retained and released both arrays (atomic operations).
struct FrozenHashMap64: @unchecked Sendable {
    // Immutable after `init`: safe to share between threads.
    private let keys: UnsafePointer<UInt64>
    private let values: UnsafePointer<UInt64>
    private let mask: Int

    init(_ map: HashMap64) {
        let (k, v, mask) = map.storage
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: k.count)
        let values = UnsafeMutablePointer<UInt64>.allocate(capacity: v.count)
        keys.initialize(from: k, count: k.count)
        values.initialize(from: v, count: v.count)
        self.keys = UnsafePointer(keys)
        self.values = UnsafePointer(values)
        self.mask = mask
    }

    @inline(__always) func get(_ key: UInt64) -> UInt64 {
        let k = HashMap64.stored(key)
        var i = HashMap64.slot(k, mask)
        while true {
            let s = keys[i]
            if s == k { return values[i] }
            if s == 0 { return 0 }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func contains(_ key: UInt64) -> Bool { get(key) != 0 }
}
