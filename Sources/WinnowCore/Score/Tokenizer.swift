/// The tokenisers the metrics are defined on.
public enum Tokenizer {
    /// CONTRACT §4: lower case; maximal runs of letters, digits and combining marks; each Han,
    /// Kana, Hangul or Thai character a token of its own; everything else separates.
    public static func contractTokens(_ text: String) -> [String] {
        var out = [String]()
        var cur = String.UnicodeScalarView()
        func flush() {
            if !cur.isEmpty {
                out.append(String(cur))
                cur = String.UnicodeScalarView()
            }
        }
        for s in text.lowercased().unicodeScalars {
            if s.value < 0x80 {
                let v = s.value
                if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { cur.append(s) } else { flush() }
                continue
            }
            if LineShape.isIdeographic(s.value) {
                flush()
                out.append(String(s))
                continue
            }
            switch s.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
                cur.append(s)
            default: flush()
            }
        }
        flush()
        return out
    }

    /// The ScrapingHub benchmark's tokens: Python's `re.findall(r'\w+', text)`, case kept.
    /// `\w` there is any letter or number category plus `_`; combining marks separate.
    public static func pythonWordTokens(_ text: String) -> [String] {
        var out = [String]()
        var cur = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let isWord: Bool
            if s.value < 0x80 {
                let v = s.value
                isWord = (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || v == 0x5F
            } else {
                switch s.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .decimalNumber, .letterNumber, .otherNumber:
                    isWord = true
                default: isWord = false
                }
            }
            if isWord {
                cur.append(s)
            } else if !cur.isEmpty {
                out.append(String(cur))
                cur = String.UnicodeScalarView()
            }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }
}
