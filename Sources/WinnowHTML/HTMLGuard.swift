import Foundation

/// Prepares the bytes libxml2 sees, in one scan of the page's tags:
///
/// - Bounds what libxml2 2.9.14 handles badly (STYLE.md): one tag with many attributes costs
///   it quadratic time (100,000 attributes in a 1 MB page: 110 s). A tag keeps at most
///   `maxAttributes`.
/// - Drops what is never read and that libxml2 would read a character at a time: comments,
///   the bodies of `script` and `style` elements (JSON-LD scripts are kept: they carry
///   metadata), and the attributes the walker never looks at (`href`, `src`, `data-*`, SVG
///   paths...). On news pages these are about two thirds of the bytes, and libxml2's time goes
///   with the bytes; elements stay, so the structure libxml2 builds is unchanged.
///
/// Every page passes through here, so the scan works on raw bytes with `memchr` between tags.
/// It needs an ASCII-compatible encoding (UTF-8, Latin, Shift_JIS, GBK...); UTF-16 is decoded
/// before.
enum HTMLGuard {
    static let maxAttributes = 256

    struct Guarded {
        var bytes: [UInt8]
        /// Tags that had over `maxAttributes` attributes.
        var cutTags: Int
    }

    /// The attributes `PageWalker` reads (class and id words, roles, hiding, microdata, dates,
    /// rel=author, JSON-LD's type, `meta` name and content). The others are dropped.
    static let keptAttributes: [UInt64] = [
        "class", "id", "role", "hidden", "style", "itemprop", "aria-hidden", "datetime", "rel", "type", "property", "name", "content",
        "charset", "http-equiv",
    ].map(HTMLTags.hash)

    static func guarded(_ b: [UInt8]) -> Guarded {
        b.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return Guarded(bytes: b, cutTags: 0) }
            var w = Writer(p: base, n: buf.count)
            let cutTags = scan(&w)
            return Guarded(bytes: w.finish(), cutTags: cutTags)
        }
    }

    /// Copies the page to a new buffer leaving out the ranges it is told to drop, in order.
    struct Writer {
        let p: UnsafePointer<UInt8>
        let n: Int
        var out: [UInt8] = []
        /// Bytes before this index are copied or dropped.
        var copied = 0

        init(p: UnsafePointer<UInt8>, n: Int) {
            self.p = p
            self.n = n
            out.reserveCapacity(n / 2)
        }

        mutating func drop(_ r: Range<Int>) {
            guard r.lowerBound >= copied, !r.isEmpty else { return }
            out.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: r.lowerBound - copied))
            copied = r.upperBound
        }

        mutating func finish() -> [UInt8] {
            out.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: n - copied))
            return out
        }
    }

    /// Walks the tags, telling `w` what to drop. Returns how many tags had too many attributes.
    static func scan(_ w: inout Writer) -> Int {
        let p = w.p
        let n = w.n
        var cutTags = 0
        var i = 0
        while i < n {
            // Next tag start: "<" then a letter. Comments are dropped whole.
            guard let lt = index(of: 0x3C, in: p, from: i, to: n) else { break }
            i = lt + 1
            if i + 2 < n, p[i] == 0x21, p[i + 1] == 0x2D, p[i + 2] == 0x2D {
                let end = find("-->", in: p, from: i + 3, to: n, foldCase: false).map { $0 + 3 } ?? n
                w.drop(lt..<end)
                i = end
                continue
            }
            guard i < n, isLetter(p[i]) else { continue }
            var nameEnd = i
            while nameEnd < n, isLetter(p[nameEnd]) || (p[nameEnd] >= 0x30 && p[nameEnd] <= 0x39) { nameEnd += 1 }
            let raw = rawTextElement(p + i, nameEnd - i)
            let (end, attributes) = attributes(&w, from: nameEnd)
            if attributes > maxAttributes { cutTags += 1 }
            i = end
            // Script and style text is not markup: "<" in it starts no tag.
            if let raw {
                let bodyStart = min(end + 1, n)
                i = find(raw.close, in: p, from: end, to: n, foldCase: true) ?? n
                if raw.dropBody, i > bodyStart, find("ld+json", in: p, from: nameEnd, to: end, foldCase: true) == nil {
                    w.drop(bodyStart..<i)
                }
            }
        }
        return cutTags
    }

    /// Reads a start tag's attributes from `from` (just after its name), dropping those not
    /// kept and those past `maxAttributes`. Returns the index of the closing ">" (or the end
    /// of the page) and how many attributes the tag had.
    static func attributes(_ w: inout Writer, from: Int) -> (end: Int, count: Int) {
        let p = w.p
        let n = w.n
        var j = from
        var count = 0
        var kept = 0
        while true {
            while j < n, isSpace(p[j]) || p[j] == 0x2F { j += 1 }
            guard j < n, p[j] != 0x3E else { return (j, count) }
            let start = j
            while j < n, !isSpace(p[j]), p[j] != 0x3E, p[j] != 0x3D, p[j] != 0x2F { j += 1 }
            let name = HTMLTags.hash(p + start, count: j - start)
            var k = j
            while k < n, isSpace(p[k]) { k += 1 }
            if k < n, p[k] == 0x3D {
                k += 1
                while k < n, isSpace(p[k]) { k += 1 }
                if k < n, p[k] == 0x22 || p[k] == 0x27 {
                    k = index(of: p[k], in: p, from: k + 1, to: n).map { $0 + 1 } ?? n
                } else {
                    while k < n, !isSpace(p[k]), p[k] != 0x3E { k += 1 }
                }
                j = k
            }
            count += 1
            if kept < maxAttributes, keptAttributes.contains(name) {
                kept += 1
            } else {
                w.drop(start..<j)
            }
        }
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }

    /// The end tag that closes a raw-text element ("</script"), and whether its body goes
    /// (libxml2 reads only script and style bodies as raw text); nil for other elements.
    static func rawTextElement(_ name: UnsafePointer<UInt8>, _ count: Int) -> (close: StaticString, dropBody: Bool)? {
        func named(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == count else { return false }
            for k in 0..<count where name[k] | 0x20 != s.utf8Start[k] { return false }
            return true
        }
        if named("script") { return ("</script", true) }
        if named("style") { return ("</style", true) }
        if named("textarea") { return ("</textarea", false) }
        if named("title") { return ("</title", false) }
        if named("xmp") { return ("</xmp", false) }
        return nil
    }

    static func index(of byte: UInt8, in p: UnsafePointer<UInt8>, from: Int, to n: Int) -> Int? {
        guard from < n, let hit = memchr(p + from, Int32(byte), n - from) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(p)
    }

    /// Index of the first occurrence of `needle` (lowercase ASCII) at or after `from`, ASCII
    /// case folded when asked.
    static func find(_ needle: StaticString, in p: UnsafePointer<UInt8>, from: Int, to n: Int, foldCase: Bool) -> Int? {
        let m = needle.utf8CodeUnitCount
        let q = needle.utf8Start
        var i = from
        while let hit = index(of: q[0], in: p, from: i, to: n) {
            guard hit + m <= n else { return nil }
            var k = 1
            while k < m, (foldCase ? p[hit + k] | 0x20 : p[hit + k]) == q[k] { k += 1 }
            if k == m { return hit }
            i = hit + 1
        }
        return nil
    }
}
