/// Substring tests on UTF-8 bytes. Foundation's `contains`/`range(of:)` go through
/// NSString and cost microseconds per call; these run on every short line.
enum ByteSearch {
    static func contains(_ text: String, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { n in contains(text.utf8, n) }
    }

    static func contains<C: Collection>(_ hay: C, _ needle: UnsafeBufferPointer<UInt8>) -> Bool where C.Element == UInt8 {
        guard let first = needle.first, needle.count <= hay.count else { return false }
        var i = hay.startIndex
        while i != hay.endIndex {
            if hay[i] == first {
                var j = hay.index(after: i), k = 1
                while k < needle.count, j != hay.endIndex, hay[j] == needle[k] { j = hay.index(after: j); k += 1 }
                if k == needle.count { return true }
            }
            i = hay.index(after: i)
        }
        return false
    }

    /// "cookie", "consent", "gdpr", "dsgvo", "rgpd" in any ASCII case.
    static func containsCookieWord<C: Collection>(_ hay: C) -> Bool where C.Element == UInt8 {
        let lower = hay.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for word in ["cookie", "consent", "gdpr", "dsgvo", "rgpd"] as [StaticString] {
            if word.withUTF8Buffer({ contains(lower, $0) }) { return true }
        }
        return false
    }
}
