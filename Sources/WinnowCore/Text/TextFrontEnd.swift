#if canImport(Glibc)
    import Glibc
#endif

/// The text-dump front end: one block per non-empty line.
///
/// Scraped dumps put one block element per line (often with blank lines between them); CRLF,
/// lone CR and Unicode line separators all end a line. Works on UTF-8 bytes: this is the
/// hot path of `winnow clean` over large dumps.
public enum TextFrontEnd {
    public static func blocks(from text: String) -> [Block] {
        var spans = [(start: Int, end: Int, line: Int)]()
        spans.reserveCapacity(text.utf8.count / 32 + 1)
        var copy = text
        copy.makeContiguousUTF8()
        copy.withUTF8 { buf in
            let n = buf.count
            var lineStart = 0
            var lineNo = 1
            var i = 0
            func emit(_ end: Int) {
                var a = lineStart
                var b = end
                while a < b, isSpace(buf, a) { a += spaceWidth(buf, a) }
                while b > a, isSpaceEnding(buf, b) { b -= spaceEndingWidth(buf, b) }
                if a < b { spans.append((a, b, lineNo)) }
            }
            // Line ends are found with memchr (vectorised in libc): "\n" first, then a "\r" or
            // a U+2028/U+2029 (E2 80 A8/A9) inside that stretch.
            guard let base = buf.baseAddress else { return }
            func find(_ byte: UInt8, _ from: Int, _ to: Int) -> Int? {
                guard from < to, let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            while i < n {
                var end = find(0x0A, i, n) ?? n
                var width = end < n ? 1 : 0
                if let cr = find(0x0D, i, end) {
                    end = cr
                    width = cr + 1 < n && buf[cr + 1] == 0x0A ? 2 : 1
                }
                var from = i
                while let e2 = find(0xE2, from, end) {
                    if e2 + 2 < n, buf[e2 + 1] == 0x80, buf[e2 + 2] == 0xA8 || buf[e2 + 2] == 0xA9 {
                        end = e2
                        width = 3
                        break
                    }
                    from = e2 + 1
                }
                emit(end)
                guard width > 0 else {
                    lineStart = n  // the last line had no end; the final `emit` adds nothing
                    break
                }
                i = end + width
                lineNo += 1
                lineStart = i
            }
            emit(n)
        }
        // Slicing the already valid string copies bytes without validating them again; the
        // scalar view is sliced, not the string: a `String` subscript checks grapheme
        // boundaries, which costs more than the copy.
        // Short lines (menus, labels) are decoded again instead: see `ByteSearch.shortSlice`.
        let utf8 = copy.utf8
        let scalars = copy.unicodeScalars
        let base = utf8.startIndex
        return copy.withUTF8 { buf in
            spans.map { span in
                if span.end - span.start <= ByteSearch.shortSlice {
                    return Block(text: String(decoding: UnsafeBufferPointer(rebasing: buf[span.start..<span.end]), as: UTF8.self), line: span.line)
                }
                return Block(text: String(scalars[utf8.index(base, offsetBy: span.start)..<utf8.index(base, offsetBy: span.end)]), line: span.line)
            }
        }
    }

    @inline(__always) static func isSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0C || c == 0x0B { return true }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return true }  // NBSP
        if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return true }  // stray BOM
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, (0x80...0x8B).contains(b[i + 2]) { return true }
        return false
    }

    @inline(__always) static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        return c < 0x80 ? 1 : c == 0xC2 ? 2 : 3
    }

    @inline(__always) static func isSpaceEnding(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        let c = b[end - 1]
        if c == 0x20 || c == 0x09 || c == 0x0C || c == 0x0B { return true }
        if c == 0xA0, end >= 2, b[end - 2] == 0xC2 { return true }
        if end >= 3, b[end - 3] == 0xE2, b[end - 2] == 0x80, (0x80...0x8B).contains(c) { return true }
        if end >= 3, b[end - 3] == 0xEF, b[end - 2] == 0xBB, c == 0xBF { return true }
        return false
    }

    @inline(__always) static func spaceEndingWidth(_ b: UnsafeBufferPointer<UInt8>, _ end: Int) -> Int {
        let c = b[end - 1]
        if c < 0x80 { return 1 }
        return c == 0xA0 ? 2 : 3
    }
}
