#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the bytes of a scraped file into valid UTF-8 text, whatever they were.
///
/// Order: a BOM decides; else valid UTF-8 is taken as is; else, when invalid sequences are
/// many and look like single-byte text, Windows-1252 (the usual mislabel) is used; else
/// UTF-8 with replacement characters. Every repair is reported as a warning, never an error.
public struct DecodedText: Sendable {
    public var text: String
    public var warnings: [String]
}

public enum InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    case binary(reason: String)
    case empty

    public var description: String {
        switch self {
        case .binary(let reason): return "binary file skipped (\(reason))"
        case .empty: return "empty file"
        }
    }
}

public enum TextDecoding {
    /// Decodes bytes; throws `.binary` for files that are not text at all.
    public static func decode(_ bytes: [UInt8]) throws(InputProblem) -> DecodedText {
        if bytes.isEmpty { return DecodedText(text: "", warnings: []) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return utf16(bytes.dropFirst(2), little: true) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return utf16(bytes.dropFirst(2), little: false) }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if let reason = binaryReason(body) { throw .binary(reason: reason) }
        if let valid = String(validating: body, as: UTF8.self) { return DecodedText(text: valid, warnings: []) }
        let invalid = countInvalidUTF8(body)
        if looksSingleByte(body) {
            return DecodedText(
                text: windows1252(body),
                warnings: ["not valid UTF-8 (\(invalid) bad sequences): decoded as Windows-1252"])
        }
        return DecodedText(
            text: String(decoding: body, as: UTF8.self),
            warnings: ["invalid UTF-8 (\(invalid) bad sequences): replaced with U+FFFD"])
    }

    /// NUL bytes or a high share of control bytes in the first 8 KB mean "not text".
    static func binaryReason(_ b: ArraySlice<UInt8>) -> String? {
        let sample = b.prefix(8192)
        var controls = 0
        let sawNUL: Bool = sample.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return false }
            if memchr(base, 0, buf.count) != nil { return true }
            // Eight bytes at a time, a mask of the bytes below 0x20 (exact: on the low seven
            // bits adding 0x60 sets the top bit from 0x20 up, and no carry crosses bytes);
            // only those bytes are looked at.
            let raw = UnsafeRawBufferPointer(buf)
            var i = 0
            while i + 8 <= buf.count {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                var low = ~((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) & ~x & 0x8080_8080_8080_8080
                while low != 0 {
                    let c = buf[i + low.trailingZeroBitCount >> 3]
                    if c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C { controls += 1 }
                    low &= low - 1
                }
                i += 8
            }
            for c in buf[i...] where c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D && c != 0x0C { controls += 1 }
            return false
        }
        if sawNUL { return "contains NUL bytes" }
        if sample.count >= 64 && controls * 10 > sample.count { return "\(controls) control bytes in the first \(sample.count)" }
        return nil
    }

    /// Number of maximal invalid UTF-8 subsequences.
    static func countInvalidUTF8(_ b: ArraySlice<UInt8>) -> Int {
        var invalid = 0
        var it = b.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: invalid += 1
            }
        }
        return invalid
    }

    /// True when no byte ≥ 0x80 starts a valid multi-byte sequence: text written in a
    /// single-byte code page rather than damaged UTF-8.
    static func looksSingleByte(_ b: ArraySlice<UInt8>) -> Bool {
        var i = b.startIndex
        var validMulti = 0
        var high = 0
        while i < b.endIndex {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            high += 1
            let need = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : 0
            var ok = need > 0
            if ok { for k in 1...need where i + k >= b.endIndex || b[i + k] & 0xC0 != 0x80 { ok = false } }
            if ok {
                validMulti += 1
                i += need + 1
            } else {
                i += 1
            }
        }
        return high > 0 && validMulti * 4 < high
    }

    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    public static func windows1252<C: Collection>(_ b: C) -> String where C.Element == UInt8 {
        var s = String.UnicodeScalarView()
        s.reserveCapacity(b.count)
        for c in b {
            let v: UInt32 = (0x80...0x9F).contains(c) ? cp1252High[Int(c) - 0x80] : UInt32(c)
            s.append(Unicode.Scalar(v)!)
        }
        return String(s)
    }

    static func utf16(_ b: ArraySlice<UInt8>, little: Bool) -> DecodedText {
        var units = [UInt16]()
        units.reserveCapacity(b.count / 2)
        var i = b.startIndex
        while i + 1 < b.endIndex {
            let lo = UInt16(b[i])
            let hi = UInt16(b[i + 1])
            units.append(little ? (hi << 8 | lo) : (lo << 8 | hi))
            i += 2
        }
        return DecodedText(text: String(decoding: units, as: UTF16.self), warnings: ["UTF-16 input converted to UTF-8"])
    }
}
