/// Substring tests on UTF-8 bytes. Foundation's `contains`/`range(of:)` go through
/// NSString and cost microseconds per call; these run on every short line.
enum ByteSearch {
    /// The string between two UTF-8 byte offsets (which must fall on scalar boundaries),
    /// copied without validating again.
    static func slice(_ s: String, _ from: Int, _ to: Int) -> String {
        let u = s.utf8
        let a = u.index(u.startIndex, offsetBy: from)
        let b = u.index(u.startIndex, offsetBy: to)
        return String(s[a..<b])
    }

    static let needles: [[UInt8]] = [Array("ookie".utf8), Array("onsent".utf8), Array("gdpr".utf8), Array("dsgvo".utf8), Array("rgpd".utf8)]

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
                if c == 0xA9 && prev == 0xC2 {
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
    static func containsCookieWord(_ text: String, limit: Int) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            // One pass: at each "o"/"g"/"d"/"r" compare the rest, ASCII case folded.
            let end = min(b.count, limit)
            var i = 0
            while i < end {
                let c = b[i] | 0x20
                if c == 0x6F || c == 0x67 || c == 0x64 || c == 0x72 {
                    for n in needles where n[0] == c && i + n.count <= end {
                        var k = 1
                        while k < n.count, b[i + k] | 0x20 == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }
}
