/// A 64-bit FNV-1a hash of a block's letters and digits only (ASCII case folded), so copies
/// that differ in punctuation, spacing or a missing final full stop hash alike.
public enum ContentHash {
    public static func of(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var copy = s
        copy.withUTF8 { b in
            for c in b {
                var x = c
                if x < 0x80 {
                    if x >= 0x41 && x <= 0x5A { x |= 0x20 }
                    guard (x >= 0x30 && x <= 0x39) || (x >= 0x61 && x <= 0x7A) else { continue }
                } else if x == 0xC2 || x == 0xE2 {
                    // Lead bytes of NBSP and typographic quotes/dashes: ignore the whole scalar cheaply
                    // by hashing nothing for them (their continuation bytes are hashed, harmlessly).
                    continue
                }
                h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01B3
            }
        }
        return h
    }
}
