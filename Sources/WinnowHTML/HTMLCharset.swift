import WinnowCore

/// What to hand libxml2: UTF-8 bytes whenever Winnow can produce them itself, else the bytes as
/// they are with the charset libxml2 should convert from (through iconv).
///
/// libxml2 2.9.14 given no charset silently drops everything after the first invalid UTF-8
/// sequence (STYLE.md), so pages are transcoded here and parsed with `HTML_PARSE_IGNORE_ENC`.
struct HTMLInput {
    var bytes: [UInt8]
    /// nil: `bytes` are UTF-8. Else an iconv name libxml2 converts from (Shift_JIS, GBK…).
    var libxmlEncoding: String?
    var warnings: [String]
}

enum HTMLCharset {
    /// Declared charset: BOM first, then `<meta charset>` or `http-equiv` in the first 4 KB.
    static func declared(_ b: [UInt8]) -> String? {
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { return "utf-8" }
        if b.starts(with: [0xFF, 0xFE]) { return "utf-16le" }
        if b.starts(with: [0xFE, 0xFF]) { return "utf-16be" }
        let head = b.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < head.count {
            if head[i] == 0x63, head[i..<(i + needle.count)].elementsEqual(needle) {
                var j = i + needle.count
                while j < head.count, head[j] == 0x20 { j += 1 }
                guard j < head.count, head[j] == 0x3D else {
                    i += 1
                    continue
                }
                j += 1
                while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                var k = j
                while k < head.count, head[k] != 0x22, head[k] != 0x27, head[k] != 0x3B, head[k] != 0x3E, head[k] != 0x20, head[k] != 0x2F {
                    k += 1
                }
                if k > j { return String(decoding: head[j..<k], as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }

    static func prepare(_ b: [UInt8]) -> HTMLInput {
        let name = declared(b)?.lowercased()
        switch name {
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "gbk", "gb2312", "gb18030", "euc-jp", "euc-kr", "big5", "koi8-r", "windows-1251":
            // Multi-byte legacy charsets: libxml2 converts through iconv.
            if String(validating: b, as: UTF8.self) != nil, !b.contains(where: { $0 >= 0x80 }) {
                return HTMLInput(bytes: b, libxmlEncoding: nil, warnings: [])
            }
            return HTMLInput(bytes: b, libxmlEncoding: name == "sjis" || name == "x-sjis" ? "Shift_JIS" : name, warnings: [])
        case "utf-16le", "utf-16be", "utf-16":
            if let d = try? TextDecoding.decode(b) { return HTMLInput(bytes: Array(d.text.utf8), libxmlEncoding: nil, warnings: d.warnings) }
            return HTMLInput(bytes: b, libxmlEncoding: nil, warnings: [])
        case "windows-1252", "iso-8859-1", "latin1", "iso-8859-15", "us-ascii", "cp1252":
            // Declared single-byte Latin: trust it unless the bytes are in fact valid UTF-8
            // with non-ASCII in them (a mislabelled modern page).
            if b.contains(where: { $0 >= 0x80 }), String(validating: b, as: UTF8.self) != nil {
                return HTMLInput(bytes: b, libxmlEncoding: nil, warnings: ["declared \(name!) but the bytes are UTF-8: read as UTF-8"])
            }
            return HTMLInput(bytes: Array(TextDecoding.windows1252(b).utf8), libxmlEncoding: nil, warnings: [])
        default:
            // UTF-8 declared or nothing declared: valid UTF-8 is taken as is; otherwise the
            // text decoder's repair (Windows-1252 for single-byte text, U+FFFD otherwise).
            var body = b
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
            if String(validating: body, as: UTF8.self) != nil { return HTMLInput(bytes: body, libxmlEncoding: nil, warnings: []) }
            if let d = try? TextDecoding.decode(body) { return HTMLInput(bytes: Array(d.text.utf8), libxmlEncoding: nil, warnings: d.warnings) }
            return HTMLInput(bytes: Array(String(decoding: body, as: UTF8.self).utf8), libxmlEncoding: nil, warnings: ["invalid UTF-8 replaced"])
        }
    }
}
