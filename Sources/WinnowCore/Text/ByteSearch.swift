/// Substring tests on UTF-8 bytes. Foundation's `contains`/`range(of:)` go through
/// NSString and cost microseconds per call; these run on every short line.
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

enum ByteSearch {
    /// The string between two UTF-8 byte offsets (which must fall on scalar boundaries),
    /// copied without validating again.
    static func slice(_ s: String, _ from: Int, _ to: Int) -> String {
        if to - from <= shortSlice {
            var copy = s
            return copy.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[from..<to]), as: UTF8.self) }
        }
        let u = s.utf8
        let a = u.index(u.startIndex, offsetBy: from)
        let b = u.index(u.startIndex, offsetBy: to)
        return String(s.unicodeScalars[a..<b])
    }

    /// Up to this many bytes, decoding a slice again (an ASCII check, rarely a validation)
    /// costs less than slicing the scalar view, whose index checks cost a fixed few hundred
    /// instructions; past it, validation of non-ASCII text costs more.
    static let shortSlice = 64

    static func contains(_ text: String, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { n in contains(text.utf8, n) }
    }

    static func contains<C: Collection>(_ hay: C, _ needle: UnsafeBufferPointer<UInt8>) -> Bool where C.Element == UInt8 {
        guard let first = needle.first, needle.count <= hay.count else { return false }
        var i = hay.startIndex
        while i != hay.endIndex {
            if hay[i] == first {
                var j = hay.index(after: i)
                var k = 1
                while k < needle.count, j != hay.endIndex, hay[j] == needle[k] {
                    j = hay.index(after: j)
                    k += 1
                }
                if k == needle.count { return true }
            }
            i = hay.index(after: i)
        }
        return false
    }

    /// "©" (C2 A9) or "(c) " / "(C) " anywhere, in one pass.
    static func hasCopyrightSign(_ text: String) -> Bool {
        var prev: UInt8 = 0
        var found = false
        var copy = text
        copy.withUTF8 { b in
            for (i, c) in b.enumerated() {
                // "©", unless it is the second half of "Ã©": UTF-8 "é" read as Latin-1 (mojibake).
                if c == 0xA9 && prev == 0xC2 && !(i >= 3 && b[i - 3] == 0xC3 && b[i - 2] == 0x83) {
                    found = true
                    return
                }
                // "(c) 2021": the letter in brackets followed by a year, not "options (a), (b) and (c)".
                if (c == 0x63 || c == 0x43) && prev == 0x28 && i + 3 < b.count && b[i + 1] == 0x29 && b[i + 2] == 0x20
                    && b[i + 3] >= 0x30 && b[i + 3] <= 0x39
                {
                    found = true
                    return
                }
                prev = c
            }
        }
        return found
    }

    /// "cookie", "consent", "gdpr", "dsgvo", "rgpd" in any ASCII case.
    /// "cookie"/"Cookie"/"COOKIE", "GDPR"/"gdpr", "DSGVO", "RGPD" in the first `limit` bytes:
    /// the gate before a long line is read as a cookie notice. `memchr` (vectorised) finds the
    /// rare letters "k", "K", "G", "g", "D", "R"; the few hits are then checked in place.
    static func containsCookieWord(_ text: String, limit: Int) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            guard let base = b.baseAddress else { return false }
            let end = min(b.count, limit)
            func matches(_ at: Int, _ word: [UInt8], offset: Int) -> Bool {
                let start = at - offset
                guard start >= 0, start + word.count <= end else { return false }
                for k in 0..<word.count where b[start + k] | 0x20 != word[k] { return false }
                return true
            }
            for (letter, word, offset) in cookieProbes {
                var from = 0
                while from < end, let hit = memchr(base + from, Int32(letter), end - from) {
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if matches(at, word, offset: offset) { return true }
                    from = at + 1
                }
            }
            return false
        }
    }

    /// (byte to find, word it belongs to in lower case, offset of the byte in the word).
    static let cookieProbes: [(UInt8, [UInt8], Int)] = [
        (0x6B, Array("cookie".utf8), 3), (0x4B, Array("cookie".utf8), 3), (0x47, Array("gdpr".utf8), 0),
        (0x67, Array("gdpr".utf8), 0), (0x44, Array("dsgvo".utf8), 0), (0x52, Array("rgpd".utf8), 0),
    ]
}
