/// A 64-bit FNV-1a hash of a block's letters and digits only (ASCII case folded), so copies
/// that differ in punctuation, spacing or a missing final full stop hash alike.
public enum ContentHash {
    /// Per byte: the value to hash, or 0 to skip. ASCII letters fold to lower case, ASCII
    /// punctuation and spaces are skipped, bytes of other scripts are hashed as they are
    /// except the lead bytes of no-break spaces and typographic punctuation (0xC2, 0xE2).
    static let table: [UInt8] = (0..<256).map { i -> UInt8 in
        let b = UInt8(i)
        if b >= 0x41 && b <= 0x5A { return b | 0x20 }
        if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { return b }
        if b < 0x80 || b == 0xC2 || b == 0xE2 { return 0 }
        return b
    }

    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }

    public static func of(_ s: String) -> UInt64 {
        var h = basis
        var copy = s
        copy.withUTF8 { b in
            table.withUnsafeBufferPointer { t in
                for c in b {
                    let x = t[Int(c)]
                    if x != 0 { h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01B3 }
                }
            }
        }
        return h
    }
}
