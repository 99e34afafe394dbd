/// Writes JSON the way people diff it: keys sorted by code point, two-space indent, one array
/// element per line, non-ASCII kept as is, trailing newline. Byte-identical to Python's
/// `json.dumps(v, indent=2, sort_keys=True, ensure_ascii=False)`, so goldens written by either
/// never show a spurious diff.
public enum JSONWriter {
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    /// One line, sorted keys: for machine-read outputs such as `--format json` streams.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: nil, into: &out)
        return out
    }

    static func write(_ value: JSONValue, indent: Int?, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let d): out += formatNumber(d)
        case .string(let s): writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += indent == nil ? ", " : "," }
                newline(indent.map { $0 + 1 }, into: &out)
                write(item, indent: indent.map { $0 + 1 }, into: &out)
            }
            newline(indent, into: &out)
            out += "]"
        case .object(let dict):
            if dict.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            let keys = dict.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (k, key) in keys.enumerated() {
                if k > 0 { out += indent == nil ? ", " : "," }
                newline(indent.map { $0 + 1 }, into: &out)
                writeString(key, into: &out)
                out += ": "
                write(dict[key]!, indent: indent.map { $0 + 1 }, into: &out)
            }
            newline(indent, into: &out)
            out += "}"
        }
    }

    static func newline(_ indent: Int?, into out: inout String) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    static func formatNumber(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Fast path: nothing to escape (no quote, backslash or control byte): append whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
