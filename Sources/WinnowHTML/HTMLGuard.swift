/// Bounds what libxml2 2.9.14 handles badly before it sees the page (STYLE.md): one tag with
/// many distinct attributes costs it quadratic time (100,000 attributes in a 1 MB page: 110 s).
/// Tags past `maxAttributes` keep their first attributes; the rest are cut out of the bytes.
enum HTMLGuard {
    static let maxAttributes = 256

    /// The bytes with over-long attribute lists cut, and how many tags were cut.
    static func boundAttributes(_ b: [UInt8]) -> (bytes: [UInt8], cutTags: Int) {
        var cuts: [Range<Int>] = []
        let n = b.count
        var i = 0
        while i < n {
            // Next tag start: "<" then a letter. Comments are skipped whole.
            guard let lt = b[i...].firstIndex(of: 0x3C) else { break }
            i = lt + 1
            if b[i...].starts(with: [0x21, 0x2D, 0x2D]) {
                i = find([0x2D, 0x2D, 0x3E], in: b, from: i) ?? n
                continue
            }
            guard i < n, (b[i] | 0x20) >= 0x61, (b[i] | 0x20) <= 0x7A else { continue }
            var nameEnd = i
            while nameEnd < n, (b[nameEnd] | 0x20) >= 0x61 && (b[nameEnd] | 0x20) <= 0x7A || (b[nameEnd] >= 0x30 && b[nameEnd] <= 0x39) {
                nameEnd += 1
            }
            let name = b[i..<nameEnd].map { $0 | 0x20 }
            var attributes = 0
            var quote: UInt8 = 0
            var prevSpace = false
            var cutStart = -1
            var j = i
            while j < n {
                let c = b[j]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == 0x22 || c == 0x27 {
                    quote = c
                } else if c == 0x3E {
                    break
                } else if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                    prevSpace = true
                    j += 1
                    continue
                } else if prevSpace && c != 0x2F && c != 0x3D {
                    attributes += 1
                    if attributes == maxAttributes + 1 { cutStart = j }
                }
                prevSpace = false
                j += 1
            }
            if cutStart >= 0 { cuts.append(cutStart..<j) }
            i = j
            // Script and style text is not markup: "<" in it starts no tag.
            if rawTextElements.contains(name) {
                i = find([0x3C, 0x2F] + name, in: b, from: i, foldCase: true) ?? n
            }
        }
        guard !cuts.isEmpty else { return (b, 0) }
        return (cut(b, cuts), cuts.count)
    }

    static let rawTextElements: [[UInt8]] = ["script", "style", "textarea", "title", "xmp"].map { Array($0.utf8) }

    /// Index of the first occurrence of `needle` at or after `from` (ASCII case folded when
    /// asked).
    static func find(_ needle: [UInt8], in b: [UInt8], from: Int, foldCase: Bool = false) -> Int? {
        guard let first = needle.first, needle.count <= b.count else { return nil }
        var i = from
        while i + needle.count <= b.count {
            let c = foldCase ? b[i] | 0x20 : b[i]
            if c == (foldCase ? first | 0x20 : first) {
                var k = 1
                while k < needle.count, (foldCase ? b[i + k] | 0x20 : b[i + k]) == (foldCase ? needle[k] | 0x20 : needle[k]) { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func cut(_ b: [UInt8], _ cuts: [Range<Int>]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var from = 0
        for r in cuts {
            out += b[from..<r.lowerBound]
            from = r.upperBound
        }
        out += b[from...]
        return out
    }
}
