import Foundation

/// The phrase families: share, follow, related, read-more, newsletter, paywall, cookie,
/// advertisement, copyright, counters, credits, comments, tags and navigation labels.
///
/// Each check looks at one block alone and fires only where the phrase dominates the block
/// (whole-line labels, line starts, or short lines), so an article sentence that merely
/// mentions cookies or newsletters is not touched.
public enum BoilerplatePatterns {
    /// The family that claims this block, if any.
    public static func match(text: String, shape: LineShape, key: LineKey?) -> RuleID? {
        guard let key else { return longLineMatch(text: text, shape: shape) }
        let k = key.text
        let w = key.words
        if k.isEmpty { return shape.bytes <= 3 ? .navigation : nil }  // "»", "|", "•" alone
        if isCounter(w) { return .counter }
        if Lexicon.adLines.contains(k) || (w.count <= 8 && Lexicon.adPrefixes.contains { key.hasPrefix($0) }) { return .advertisement }
        if isShareBar(w) { return .share }
        if w.count <= 12, Lexicon.followPrefixes.contains(where: { key.hasPrefix($0) }) && !shape.isProse { return .follow }
        if isCookie(w) { return .cookie }
        if isCommentHeader(key) { return .comments }
        if w.count <= 25, Lexicon.paywallPhrases.contains(where: { key.contains(phrase: $0) }) { return .paywall }
        if w.count <= 30, !(shape.isProse && w.count > 20), Lexicon.newsletterPhrases.contains(where: { key.contains(phrase: $0) }) {
            return .newsletter
        }
        if isCopyright(text: text, key: key) { return .copyright }
        if Lexicon.legalLines.contains(k) { return .navigation }
        if isCredit(text: text, key: key, shape: shape) { return .credit }
        if w.count <= 40, Lexicon.tagPrefixes.contains(where: { key.hasPrefix($0) }), text.contains(":") || w.count <= 6,
           !shape.isProse || text.split(separator: ",").count >= 3 { return .tags }
        if Lexicon.relatedHeaders.contains(k) || (w.count <= 6 && Lexicon.relatedHeaders.contains(where: { key.hasPrefix($0) }) && !shape.endsLikeSentence) {
            return .related
        }
        if isReadMore(text: text, key: key, shape: shape) { return .readMore }
        if Lexicon.navLines.contains(k) { return .navigation }
        return nil
    }

    /// Long blocks can only be boilerplate through an unmistakable start ("Advertisement …",
    /// "Copyright © …", a cookie notice).
    static func longLineMatch(text: String, shape: LineShape) -> RuleID? {
        let head = LineKey(String(text.prefix(160)))
        if isCookie(head.words) && shape.words <= 80 { return .cookie }
        if head.hasPrefix("copyright") || text.hasPrefix("©") { return .copyright }
        return nil
    }

    static func isCommentHeader(_ key: LineKey) -> Bool {
        let w = key.words
        if Lexicon.commentHeaders.contains(key.text) { return true }
        if w.count <= 6, w.contains(where: { Lexicon.commentWords.contains(String($0)) }),
           w.allSatisfy({ Lexicon.commentWords.contains(String($0)) || Lexicon.commentHeaderWords.contains(String($0)) }) {
            return true
        }
        return w.count <= 25 && Lexicon.commentListPrefixes.contains { key.hasPrefix($0) }
    }

    static func isCounter(_ w: [Substring]) -> Bool {
        guard !w.isEmpty, w.count <= 4 else { return false }
        if w.count == 1 { return w[0] == "#" }
        guard w.contains("#") else { return false }
        return w.allSatisfy { $0 == "#" || Lexicon.counterWords.contains(String($0)) || $0 == "read" || $0 == "de" || $0 == "di" }
    }

    static func isShareBar(_ w: [Substring]) -> Bool {
        guard !w.isEmpty, w.count <= 14 else { return false }
        var core = false
        for word in w {
            let s = String(word)
            guard Lexicon.shareWords.contains(s) else { return false }
            if Lexicon.shareCore.contains(s) { core = true }
        }
        return core
    }

    static func isCookie(_ w: [Substring]) -> Bool {
        guard w.count <= 90 else { return false }
        var core = false, context = 0
        for word in w {
            let s = String(word)
            if Lexicon.cookieCore.contains(s) { core = true }
            if Lexicon.cookieContext.contains(s) { context += 1 }
        }
        return core && (context >= 2 || w.count <= 4)
    }

    static func isCopyright(text: String, key: LineKey) -> Bool {
        guard key.words.count <= 45 else { return false }
        if text.contains("©") || text.contains("(c) ") || text.contains("(C) ") { return true }
        return Lexicon.copyrightPhrases.contains { key.contains(phrase: $0) }
    }

    static func isCredit(text: String, key: LineKey, shape: LineShape) -> Bool {
        let w = key.words
        guard w.count <= 60 else { return false }
        if w.count <= 25, Lexicon.creditPrefixes.contains(where: { key.hasPrefix($0) }),
           let colon = text.firstIndex(where: { $0 == ":" || $0 == "/" }), text.distance(from: text.startIndex, to: colon) <= 24 {
            return true
        }
        if w.count <= 12, key.hasPrefix("reporting by") || key.hasPrefix("editing by") || key.hasPrefix("additional reporting") {
            return true
        }
        // A caption that ends in its credit: "… (AP Photo/Jane Roe)", "… Photo: Getty Images".
        // It describes a picture first: a name and an agency alone is a byline.
        if w.count >= 6, let tail = creditTail(text) {
            let tk = LineKey(tail).text
            if Lexicon.creditTail.contains(tk) || Lexicon.creditPrefixes.contains(where: { tk.hasPrefix($0) }) { return true }
            // "(EFE/Alberto Valdés)", "(AP Photo/Jane Roe)": an agency before the photographer.
            if let slash = tail.firstIndex(of: "/") {
                let agency = LineKey(String(tail[..<slash])).text
                if Lexicon.creditTail.contains(agency) || agency.hasSuffix(" photo") || agency == "photo" { return true }
            }
            if tk.hasSuffix("getty images") || tk.hasPrefix("ap photo") || tk.hasPrefix("reuters") { return true }
        }
        return false
    }

    /// The trailing "(…)" or "… / X" or "Photo: X" part of a caption, if the line has one.
    static func creditTail(_ text: String) -> String? {
        let t = text.trimmingCharacters()
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
            let inner = t[t.index(after: open)..<t.index(before: t.endIndex)]
            if inner.count <= 60 { return String(inner) }
        }
        // "… Photo : Jeff Pachoud / AFP", "… Foto: dpa", "… | OUEST INFO / JANE ROE".
        let tailWindow = String(t.suffix(70)).lowercased()
        for word in ["photo", "foto", "image", "credit", "crédit", "bild", "imagen", "picture"] {
            if let r = tailWindow.range(of: " " + word, options: .backwards) {
                let after = tailWindow[r.upperBound...].drop(while: { $0 == " " || $0 == "\u{A0}" || $0 == "s" })
                if after.first == ":" { return "photo " + after.dropFirst() }
            }
        }
        if let r = t.range(of: " | ", options: .backwards), t.distance(from: r.upperBound, to: t.endIndex) <= 50 {
            let tail = String(t[r.upperBound...])
            let letters = tail.unicodeScalars.filter { $0.properties.isAlphabetic }
            let tailWords = LineKey(tail).words
            let agency = tailWords.contains { Lexicon.creditTail.contains(String($0)) }
            if letters.count >= 4 && letters.allSatisfy({ !$0.properties.isLowercase }) && (tail.contains("/") || agency) {
                return "photo " + tail
            }
            return tail
        }
        if let slash = t.range(of: "/", options: .backwards), t.distance(from: slash.upperBound, to: t.endIndex) <= 40 {
            let before = t[..<slash.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            if before.uppercased() == before && before.count >= 2 { return before }  // "REUTERS/Jane Roe"
        }
        return nil
    }

    static func isReadMore(text: String, key: LineKey, shape: LineShape) -> Bool {
        guard key.words.count <= 30 else { return false }
        if key.text == "read more" || key.text == "weiterlesen" || key.text == "lire la suite" || key.text == "leer más" { return true }
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "»" || $0 == "›" || $0 == "|" }),
              text.distance(from: text.startIndex, to: colon) <= 30 else { return false }
        let lead = LineKey(String(text[..<colon])).words
        // The phrase may follow a short label ("RP+ Lesen Sie auch:").
        for drop in 0...min(2, lead.count) {
            if Lexicon.readMorePrefixes.contains(lead.dropFirst(drop).joined(separator: " ")) { return true }
        }
        return false
    }
}
