/// A short line reduced to what phrase rules compare: lower case, digit runs as `#`,
/// punctuation and symbols as single spaces. "12 Comments »" and "12 comments" share a key.
///
/// Only built for short lines (`LineKey.maxBytes`): long lines are prose and phrase rules
/// that would need them look at a bounded prefix instead.
public struct LineKey: Sendable {
    public static let maxBytes = 400

    public let text: String
    public let words: [Substring]

    public init(_ raw: String) {
        text = LineKey.normalize(raw)
        words = text.split(separator: " ")
    }

    public static func normalize(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var lastWasDigit = false
        let scalars = Array(raw.lowercased().unicodeScalars)
        for (k, s) in scalars.enumerated() {
            let p = s.properties
            if p.numericType == .decimal {
                if !lastWasDigit {
                    if pendingSpace && !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append("#")
                }
                lastWasDigit = true
                continue
            }
            // Keep in-word apostrophes and dots between digits ("l'article", "3.5" → "#").
            if lastWasDigit, s == "." || s == "," || s == ":", k + 1 < scalars.count,
               scalars[k + 1].properties.numericType == .decimal { continue }
            lastWasDigit = false
            let isWordy = p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            if isWordy || s == "@" {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(s)
            } else if (s == "'" || s == "’"), k > 0, k + 1 < scalars.count,
                      scalars[k - 1].properties.isAlphabetic, scalars[k + 1].properties.isAlphabetic {
                out.append("'")
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// True when the key starts with `phrase` followed by a word boundary.
    public func hasPrefix(_ phrase: String) -> Bool {
        guard text.hasPrefix(phrase) else { return false }
        let rest = text.dropFirst(phrase.count)
        return rest.isEmpty || rest.first == " "
    }

    /// True when `phrase` occurs in the key on word boundaries.
    public func contains(phrase: String) -> Bool {
        var search = text[...]
        while let r = search.range(of: phrase) {
            let beforeOK = r.lowerBound == text.startIndex || text[text.index(before: r.lowerBound)] == " "
            let afterOK = r.upperBound == text.endIndex || text[r.upperBound] == " "
            if beforeOK && afterOK { return true }
            search = text[r.upperBound...]
        }
        return false
    }
}
