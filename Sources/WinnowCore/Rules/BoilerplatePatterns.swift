import Foundation

/// The phrase families: share, follow, related, read-more, newsletter, paywall, cookie,
/// advertisement, copyright, counters, credits, comments, tags and navigation labels.
///
/// Each check looks at one block alone and fires only where the phrase dominates the block
/// (whole-line labels, line starts, or short lines), so an article sentence that merely
/// mentions cookies or newsletters is not touched. Matching compares word hashes
/// (`PhraseSet`), never strings: this runs on every short line.
public enum BoilerplatePatterns {
    static let hashMark = LineKey.hash(word: "#")
    static let hashK = LineKey.hash(word: "#k")
    static let hashM = LineKey.hash(word: "#m")

    /// The family that claims this block, if any.
    public static func match(text: String, shape: LineShape, key: LineKey?) -> RuleID? {
        guard let key else { return longLineMatch(text: text, shape: shape) }
        let n = key.wordCount
        if n == 0 { return shape.bytes <= 3 ? .navigation : nil }  // "»", "|", "•" alone
        // Past 60 words only a cookie notice can match (every other family below is bounded
        // by a smaller word count): skip the per-word lookups.
        if n > 60 {
            let core = Lexicon.cookieCore
            return n <= 90 && key.hashes.contains(where: { core.contains(hash: $0) }) && isCookie(key) ? .cookie : nil
        }
        let f = PhraseIndex.shared.facts(key)
        // "12 comments", "1.2k views", "0": numbers beside counter words only.
        if n <= 4, f.count(.number) > 0, f.count(.number) + f.count(.counter) >= n, n > 1 || key.hashes.first == hashMark {
            return .counter
        }
        if f.whole.contains(.adWhole) || (n <= 8 && f.prefix.contains(.adPrefix)) { return .advertisement }
        if n <= 14, f.all(.share), f.count(.shareCore) > 0 { return .share }
        if n <= 12, !shape.isProse, f.prefix.contains(.followPrefix) { return .follow }
        // A notice speaks to the reader ("we use cookies", "accept"); a news sentence about
        // tracking cookies does not.
        if n <= 90, f.count(.cookieCore) > 0, (f.count(.cookieContext) >= 2 && f.count(.cookieNotice) > 0) || n <= 4 { return .cookie }
        if f.whole.contains(.commentWhole)
            || (n <= 6 && f.count(.comment) > 0 && f.count(.comment) + f.count(.commentHeader) >= n && allCommentHeaderWords(key))
            || (n <= 25 && f.prefix.contains(.commentListPrefix))
        {
            return .comments
        }
        // In a sentence these phrases only count when they open it ("Subscribe to continue
        // reading."); "Readers can subscribe for 5 euros a month" is news.
        if n <= 25, f.anywhere.contains(.paywallAny), !shape.isProse || f.prefix.contains(.paywallPrefix) { return .paywall }
        if n <= 30, f.anywhere.contains(.newsletterAny), !shape.isProse || f.prefix.contains(.newsletterPrefix) { return .newsletter }
        if n <= 40, f.anywhere.contains(.newsletterStrongAny) { return .newsletter }
        if isCopyright(key: key, sign: shape.hasCopyrightSign, anywhere: f.anywhere.contains(.copyrightAny)) { return .copyright }
        if f.whole.contains(.legalWhole) { return .navigation }
        if isCredit(text: text, key: key, shape: shape, prefix: f.prefix, mayHaveTail: f.count(.credit) > 0) { return .credit }
        if n <= 40, f.prefix.contains(.tagPrefix), ByteSearch.contains(text, ":") || n <= 6,
            !shape.isProse || text.split(separator: ",").count >= 3
        {
            return .tags
        }
        if f.whole.contains(.relatedWhole) || (n <= 6 && !shape.endsLikeSentence && f.prefix.contains(.relatedPrefix)) {
            return .related
        }
        if (n <= 3 && f.whole.contains(.readMoreWhole))
            || ((1...40).contains(shape.firstLabelEnd) && isReadMore(text: text, key: key, labelEnd: shape.firstLabelEnd))
        {
            return .readMore
        }
        if f.whole.contains(.navWhole) { return .navigation }
        return nil
    }

    /// Every word is a comment word or a comment-header word (counted separately above, so a
    /// word in both classes must not count twice).
    static func allCommentHeaderWords(_ key: LineKey) -> Bool {
        key.hashes.allSatisfy { Lexicon.commentWords.contains(hash: $0) || Lexicon.commentHeaderWords.contains(hash: $0) }
    }

    /// Long blocks can only be boilerplate through an unmistakable start ("Copyright © …")
    /// or a cookie notice.
    static func longLineMatch(text: String, shape: LineShape) -> RuleID? {
        let u = text.utf8
        // First byte first: most long lines start with none of these.
        if let f = u.first, f == 0xC2 || f == 0x43, u.starts(with: "©".utf8) || u.starts(with: "Copyright".utf8) || u.starts(with: "COPYRIGHT".utf8) {
            return .copyright
        }
        guard shape.words <= 80, ByteSearch.containsCookieWord(text, limit: 400) else { return nil }
        return isCookie(LineKey(String(decoding: u.prefix(400), as: UTF8.self))) ? .cookie : nil
    }

    static func isCookie(_ key: LineKey) -> Bool {
        guard key.wordCount <= 90 else { return false }
        var core = false
        var context = 0
        var notice = false
        for h in key.hashes {
            if Lexicon.cookieCore.contains(hash: h) { core = true }
            if Lexicon.cookieContext.contains(hash: h) { context += 1 }
            if Lexicon.cookieNotice.contains(hash: h) { notice = true }
        }
        // A notice speaks to the reader ("we use cookies", "accept"); a news sentence about
        // tracking cookies does not.
        return core && ((context >= 2 && notice) || key.wordCount <= 4)
    }

    /// "©", "(c) 2021", "All rights reserved" and kin; the bare word "copyright" only opening
    /// a line or in a very short one ("The band sued for copyright infringement" is news).
    static func isCopyright(text: String, key: LineKey) -> Bool {
        isCopyright(key: key, sign: ByteSearch.hasCopyrightSign(text), anywhere: Lexicon.copyrightPhrases.anywhere(key))
    }

    static func isCopyright(key: LineKey, sign: Bool, anywhere: Bool) -> Bool {
        guard key.wordCount <= 45 else { return false }
        if sign { return true }
        if let first = key.hashes.first, first == copyrightWord { return true }
        return anywhere && (key.wordCount <= 8 || !key.hashes.contains(copyrightWord))
    }

    static let copyrightWord = LineKey.hash(word: "copyright")

    /// Wire-service captions name the picture in their first words: "In this Dec. 12, 2006, file
    /// photo, made available by NASA, …", "FILE - In this Nov. 5 photo …". Prose that starts
    /// "In this" talks about something else within its first dozen words.
    static func isWireCaption(_ key: LineKey) -> Bool {
        var h = key.hashes[...]
        if h.first == captionFile { h = h.dropFirst() }
        guard h.count >= 4, h.first == captionIn, h.dropFirst().first == captionThis else { return false }
        return h.dropFirst(2).prefix(10).contains { captionPictureWords.contains($0) }
    }

    static let captionFile = LineKey.hash(word: "file")
    static let captionIn = LineKey.hash(word: "in")
    static let captionThis = LineKey.hash(word: "this")
    static let captionPictureWords: [UInt64] = ["photo", "photos", "image", "picture", "handout", "screenshot", "frame", "photograph"].map {
        LineKey.hash(word: $0)
    }

    static func isCredit(text: String, key: LineKey, shape: LineShape) -> Bool {
        var prefix: PhraseIndex.Tag = []
        if Lexicon.creditLines.prefix(key) { prefix.insert(.creditLinePrefix) }
        if Lexicon.creditPrefixes.prefix(key) { prefix.insert(.creditPrefix) }
        return isCredit(text: text, key: key, shape: shape, prefix: prefix, mayHaveTail: true)
    }

    static func isCredit(text: String, key: LineKey, shape: LineShape, prefix: PhraseIndex.Tag, mayHaveTail: Bool) -> Bool {
        let n = key.wordCount
        guard n <= 60 else { return false }
        if n <= 25, prefix.contains(.creditLinePrefix) { return true }
        if n <= 25, prefix.contains(.creditPrefix),
            let colon = text.utf8.firstIndex(where: { $0 == 0x3A || $0 == 0x2F }), text.utf8.distance(from: text.utf8.startIndex, to: colon) <= 24
        {
            return true
        }
        if n >= 6, isWireCaption(key) { return true }
        // A caption that ends in its credit: "… (AP Photo/Jane Roe)", "… Photo: Getty Images".
        // It describes a picture first: a name and an agency alone is a byline.
        guard n >= 6, mayHaveTail, mayEndInCredit(text), let tail = creditTail(text) else { return false }
        let tk = LineKey(tail)
        if Lexicon.creditTail.whole(tk) || Lexicon.creditPrefixes.prefix(tk) { return true }
        if LineKey.normalize(tail).hasSuffix("getty images") || tk.hasPrefix("ap photo") || tk.hasPrefix("reuters") { return true }
        // "(EFE/Alberto Valdés)", "(AP Photo/Jane Roe)": an agency before the photographer.
        if let slash = tail.firstIndex(of: "/") {
            let agencyText = String(tail[..<slash])
            let agency = LineKey(agencyText)
            let normalized = LineKey.normalize(agencyText)
            if Lexicon.creditTail.whole(agency) || normalized.hasSuffix(" photo") || normalized == "photo" { return true }
        }
        return false
    }

    /// Cheap byte test before `creditTail`: a ")" at the end, or a "|", "/" or ":" in the
    /// last 70 bytes.
    static func mayEndInCredit(_ text: String) -> Bool {
        let u = text.utf8
        if u.last == 0x29 { return true }
        return u.suffix(70).contains { $0 == 0x7C || $0 == 0x2F || $0 == 0x3A }
    }

    static let photoWords: [[UInt8]] = ["photo", "foto", "image", "credit", "crédit", "bild", "imagen", "picture"].map { Array(" \($0)".utf8) }

    /// The trailing "(…)" or "… / X" or "Photo: X" part of a caption, if the line has one.
    /// Works on bytes: it is asked of every short line with a ")", "|", "/" or ":" near its end.
    static func creditTail(_ text: String) -> String? {
        let u = Array(text.utf8)
        guard !u.isEmpty else { return nil }
        func str(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self).trimmingCharacters() }
        if u.last == 0x29, let open = u.lastIndex(of: 0x28), u.count - open <= 120 {
            return str(u[(open + 1)..<(u.count - 1)])
        }
        // "… Photo : Jeff Pachoud / AFP", "… Foto: dpa".
        let start = max(0, u.count - 70)
        let window = u[start...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for word in photoWords {
            guard let r = lastRange(of: word, in: window) else { continue }
            var k = r + word.count
            while k < window.count, window[k] == 0x20 || window[k] == 0x73 || window[k] == 0xC2 || window[k] == 0xA0 { k += 1 }
            if k < window.count, window[k] == 0x3A { return "photo " + str(u[(start + k + 1)...]) }
        }
        // "… | OUEST INFO / JANE ROE"
        if let bar = lastRange(of: [0x20, 0x7C, 0x20], in: u[...]), u.count - bar <= 53 {
            let tail = str(u[(bar + 3)...])
            let letters = tail.unicodeScalars.filter { $0.properties.isAlphabetic }
            let agency = LineKey(tail).hashes.contains { Lexicon.creditTailWords.contains(hash: $0) }
            if letters.count >= 4 && letters.allSatisfy({ !$0.properties.isLowercase }) && (tail.contains("/") || agency) {
                return "photo " + tail
            }
            return tail
        }
        // "… REUTERS/Jane Roe"
        if let slash = u.lastIndex(of: 0x2F), u.count - slash <= 41 {
            var a = slash
            while a > 0, u[a - 1] != 0x20 { a -= 1 }
            let before = str(u[a..<slash])
            if before.count >= 2, before.uppercased() == before { return before }
        }
        return nil
    }

    static func lastRange(of needle: [UInt8], in hay: ArraySlice<UInt8>) -> Int? {
        guard hay.count >= needle.count else { return nil }
        var i = hay.endIndex - needle.count
        while i >= hay.startIndex {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i - hay.startIndex }
            i -= 1
        }
        return nil
    }

    static func lastRange(of needle: [UInt8], in hay: [UInt8]) -> Int? { lastRange(of: needle, in: hay[...]) }

    /// "Read more: …", "Lire aussi | …": a read-more phrase (after at most a two-word label,
    /// "RP+ Lesen Sie auch:") before the line's first ":", "|", "»" or "›", which the shape
    /// pass located (`labelEnd`, a byte offset).
    static func isReadMore(text: String, key: LineKey, labelEnd: Int) -> Bool {
        guard key.wordCount <= 30, labelEnd > 0, labelEnd < 40 else { return false }
        let lead = LineKey(ByteSearch.slice(text, 0, labelEnd))
        for drop in 0...min(2, lead.wordCount) {
            let rest = lead.hashes.dropFirst(drop)
            if !rest.isEmpty, Lexicon.readMorePrefixes.whole(hashes: rest) { return true }
        }
        return false
    }
}
