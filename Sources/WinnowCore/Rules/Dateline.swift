/// Splits a wire-style dateline off a paragraph: "TOKYO (UrduPoint News / Sputnik - 10th
/// November, 2020) Japan and …", "BERLIN (dpa) - …", "PARIS, 3 mars (AFP) - …",
/// "MADRID, 3 mar (EFE).- …", "PORTLAND, Maine (AP) — …", "LONDON — …", "(ANSA) - ROMA, 14
/// MAG - …", "کراچی: …".
public enum Dateline {
    /// The place and the paragraph without its dateline; nil when there is none.
    public static func split(_ text: String) -> (place: String, rest: String)? {
        guard mayHaveDateline(text) else { return nil }
        let scalars = Array(text.unicodeScalars.prefix(160))
        guard scalars.count >= 8 else { return nil }
        var i = 0
        // "(ANSA) - ROMA, 14 MAG - …": the agency first.
        if scalars[0] == "(", let close = scalars.firstIndex(of: ")"), close < 20 {
            var j = close + 1
            j = skipDash(scalars, j)
            if j > close + 1, let r = placeAndDate(scalars, from: j), let after = dashAfter(scalars, r.end) {
                return finish(text, scalars, placeEnd: r.placeEnd, placeStart: j, restStart: after)
            }
            return nil
        }
        guard let first = scalars.first, first.properties.isUppercase || (first.properties.isAlphabetic && !first.properties.isLowercase) else {
            return nil
        }
        // The place: up to 6 words before "(", ",", " -", " —", ":".
        var words = 0
        var inWord = false
        while i < scalars.count {
            let c = scalars[i]
            if c == "(" || c == "," || c == ":" { break }
            if (c == "-" || c == "–" || c == "—") && i > 0 && scalars[i - 1] == " " { break }
            if c == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
            if words > 6 || c == "." && i + 1 < scalars.count && scalars[i + 1] == " " && !isAbbreviation(scalars, i) { return nil }
            i += 1
        }
        guard i < scalars.count, words >= 1 else { return nil }
        let placeEnd = trimEnd(scalars, i)
        let place = String(String.UnicodeScalarView(scalars[0..<placeEnd]))
        let upperPlace = place.unicodeScalars.filter { $0.properties.isAlphabetic }.allSatisfy { !$0.properties.isLowercase }
        var j = i
        if scalars[j] == "," {
            // ", Maine", ", 3 mars", ", Nov 28", ", Minn." : a short qualifier.
            var k = j + 1
            var count = 0
            while k < scalars.count, scalars[k] != "(" && !(isDash(scalars[k]) && scalars[k - 1] == " ") && count < 24 {
                k += 1
                count += 1
            }
            guard count < 24, k < scalars.count else { return nil }
            j = k
        }
        if j < scalars.count, scalars[j] == "(" {
            guard let close = scalars[j...].firstIndex(of: ")"), close - j <= 80 else { return nil }
            let restStart = skipDash(scalars, close + 1)
            return finish(text, scalars, placeEnd: placeEnd, placeStart: 0, restStart: restStart)
        }
        if j < scalars.count, scalars[j] == ":" {
            // "کراچی: …": only for a one- or two-word place in capitals or a caseless script.
            guard words <= 2, upperPlace else { return nil }
            var k = j + 1
            while k < scalars.count, scalars[k] == " " { k += 1 }
            return finish(text, scalars, placeEnd: placeEnd, placeStart: 0, restStart: k)
        }
        guard upperPlace, words <= 4, place.unicodeScalars.filter({ $0.properties.isAlphabetic }).count >= 3 else { return nil }
        let after = skipDash(scalars, j)
        guard after > j else { return nil }
        return finish(text, scalars, placeEnd: placeEnd, placeStart: 0, restStart: after)
    }

    /// Cheap byte test, run on every lead candidate: a dateline opens with "(" or a capital
    /// (or a caseless script), and its place, at most six words, ends at "(", ",", ":" or a
    /// spaced dash, as `split` reads it.
    static func mayHaveDateline(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            guard let first = b.first else { return false }
            if first == 0x28 { return true }
            // ASCII must be a capital; other scripts are left to `split`.
            if first < 0x80 && !(first >= 0x41 && first <= 0x5A) { return false }
            var words = 1
            var prevSpace = false
            var comma = false
            for c in b.prefix(160) {
                if c == 0x28 || c == 0x3A { return true }
                if prevSpace && (c == 0x2D || c == 0xE2) { return true }  // " -", " –", " —"
                // After "PLACE," a short qualifier must still reach a "(" or a dash.
                if c == 0x2C { comma = true }
                if c == 0x20 && !comma {
                    if !prevSpace { words += 1 }
                    if words > 7 { return false }
                }
                prevSpace = c == 0x20
            }
            return false
        }
    }

    static func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "–" || c == "—" }

    static func isAbbreviation(_ s: [Unicode.Scalar], _ dot: Int) -> Bool {
        // "Minn.", "St.", "Mt." : a short capitalised word before the dot.
        var k = dot - 1
        var n = 0
        while k >= 0, s[k].properties.isAlphabetic {
            k -= 1
            n += 1
        }
        return n <= 4 && k + 1 < s.count && s[k + 1].properties.isUppercase
    }

    /// Skips spaces, an optional "." and a dash ("-", "–", "—", ".-", "--") and spaces.
    static func skipDash(_ s: [Unicode.Scalar], _ from: Int) -> Int {
        var j = from
        while j < s.count, s[j] == " " { j += 1 }
        if j < s.count, s[j] == "." { j += 1 }
        var dashes = 0
        while j < s.count, isDash(s[j]) || s[j] == ":" {
            j += 1
            dashes += 1
        }
        if dashes == 0 && j > from && s[j - 1] == "." { j -= 1 }
        while j < s.count, s[j] == " " { j += 1 }
        return j
    }

    static func trimEnd(_ s: [Unicode.Scalar], _ end: Int) -> Int {
        var e = end
        while e > 0, s[e - 1] == " " { e -= 1 }
        return e
    }

    static func placeAndDate(_ s: [Unicode.Scalar], from: Int) -> (placeEnd: Int, end: Int)? {
        var j = from
        while j < s.count, s[j] != "," && !isDash(s[j]) { j += 1 }
        guard j < s.count, j - from <= 30 else { return nil }
        return (trimEnd(s, j), j)
    }

    static func dashAfter(_ s: [Unicode.Scalar], _ from: Int) -> Int? {
        var j = from
        while j < s.count, !isDash(s[j]), j - from < 20 { j += 1 }
        guard j < s.count, isDash(s[j]) else { return nil }
        return skipDash(s, j)
    }

    static func finish(_ text: String, _ s: [Unicode.Scalar], placeEnd: Int, placeStart: Int, restStart: Int) -> (place: String, rest: String)? {
        guard restStart < s.count, restStart >= 4 else { return nil }
        let first = s[restStart]
        // The article must go on with a sentence: a capital, a quote or a digit.
        guard
            first.properties.isUppercase || first == "\"" || first == "“" || first == "«" || first == "„"
                || first.properties.numericType != nil || (first.properties.isAlphabetic && !first.properties.isLowercase)
        else { return nil }
        let place = String(String.UnicodeScalarView(s[placeStart..<placeEnd])).trimmingCharacters()
        guard !place.isEmpty else { return nil }
        let rest = String(text.unicodeScalars.dropFirst(restStart))
        guard rest.split(separator: " ").count >= 6 else { return nil }
        return (place, rest)
    }
}
