import Foundation
import WinnowCore

/// Chooses title, authors, date and site among what the page states, strongest source first:
/// JSON-LD (the publisher's own structured data), then Open Graph and `meta` tags, then
/// markup (`<h1>`, `<time datetime>`, `rel=author`, the `<title>` suffix). Whatever is left
/// unset here the text rules find in the blocks (bylines, stamps, headline copies).
enum PageMetadata {
    struct LinkedData {
        var headline: String?
        var published: String?
        var authors: [String] = []
        var publisher: String?
    }

    static func hints(_ meta: PageMeta) -> Article {
        let ld = linkedData(meta.jsonLD)
        var a = Article()
        a.site = ld.publisher.flatMap(clean) ?? meta.siteName.flatMap(clean)
        if let s = meta.siteName.flatMap(clean) { a.site = s }
        a.title = ld.headline.flatMap(clean) ?? meta.ogTitle.flatMap(clean) ?? meta.firstH1.flatMap(clean)
        if let t = a.title, let site = a.site { a.title = withoutSiteSuffix(t, site: site) }
        a.date = (ld.published ?? meta.published ?? meta.timeDatetime).flatMap(normalisedDate)
        let people = ld.authors.isEmpty ? (meta.metaAuthors + meta.relAuthors) : ld.authors
        let authors = dedupe(people.compactMap(clean).filter { isPerson($0, site: a.site) })
        if !authors.isEmpty { a.authors = authors }
        return a
    }

    // MARK: JSON-LD

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "livebloggosting",
        "liveblogposting", "techarticle", "scholarlyarticle", "report", "webpage", "backgroundnewsarticle",
    ]

    static func linkedData(_ scripts: [String]) -> LinkedData {
        var out = LinkedData()
        var best = -1
        for script in scripts {
            guard let value = try? JSONParser.parse(script) else { continue }
            for object in objects(in: value) {
                let types = typeNames(object["@type"])
                guard types.contains(where: articleTypes.contains) else { continue }
                // An article type beats a bare WebPage.
                let rank = types.contains("webpage") && types.count == 1 ? 0 : 1
                guard rank > best else { continue }
                best = rank
                out.headline = object["headline"]?.stringValue ?? object["name"]?.stringValue
                out.published = object["datePublished"]?.stringValue ?? object["dateCreated"]?.stringValue
                out.authors = people(object["author"]) + people(object["creator"])
                if let p = object["publisher"] { out.publisher = p["name"]?.stringValue ?? p.arrayValue?.first?["name"]?.stringValue }
            }
        }
        return out
    }

    /// Every object in a JSON-LD value, through arrays and `@graph`.
    static func objects(in value: JSONValue) -> [[String: JSONValue]] {
        var out = [[String: JSONValue]]()
        var work = [value]
        while let v = work.popLast() {
            if let a = v.arrayValue { work.append(contentsOf: a) }
            if let o = v.objectValue {
                out.append(o)
                if let g = o["@graph"] { work.append(g) }
            }
        }
        return out
    }

    static func typeNames(_ v: JSONValue?) -> [String] {
        if let s = v?.stringValue { return [s.lowercased()] }
        return v?.arrayValue?.compactMap { $0.stringValue?.lowercased() } ?? []
    }

    /// Names of `Person` authors; organisations are not people.
    static func people(_ v: JSONValue?) -> [String] {
        guard let v else { return [] }
        if let s = v.stringValue { return [s] }
        if let a = v.arrayValue { return a.flatMap { people($0) } }
        guard let o = v.objectValue else { return [] }
        let types = typeNames(o["@type"])
        if types.contains("organization") || types.contains("newsmediaorganization") { return [] }
        return o["name"]?.stringValue.map { [$0] } ?? []
    }

    // MARK: Cleaning values

    static func clean(_ s: String) -> String? {
        let t = s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return t.isEmpty ? nil : t
    }

    /// "Headline | Site", "Headline - Site": the suffix goes when it names the site.
    static func withoutSiteSuffix(_ title: String, site: String) -> String {
        let site = site.lowercased()
        let u = Array(title.utf8)
        for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            let s = Array(sep.utf8)
            // The last occurrence, as bytes (Foundation's backwards search bridges to NSString).
            guard u.count > s.count,
                let at = stride(from: u.count - s.count, through: 0, by: -1).first(where: { u[$0..<($0 + s.count)].elementsEqual(s) })
            else { continue }
            let tail = String(decoding: u[(at + s.count)...], as: UTF8.self).lowercased()
            if tail == site || site.hasPrefix(tail) || tail.hasPrefix(site) { return String(decoding: u[..<at], as: UTF8.self) }
        }
        return title
    }

    /// A person's name: not the site, not an agency or desk, not a URL, two to five words.
    static func isPerson(_ name: String, site: String?) -> Bool {
        if name.contains("://") || name.contains("@") { return false }
        if let site, name.lowercased() == site.lowercased() { return false }
        let words = name.split(separator: " ")
        guard words.count >= 2, words.count <= 5 else { return false }
        return !BylineParser.looksLikeAgency(name)
    }

    static func dedupe(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }

    /// ISO 8601 dates as precise as given, without fractional seconds: "2019-11-19",
    /// "2019-11-19T08:03", "2019-11-19T08:03:00-05:00". Other forms go through the stamp parser.
    static func normalisedDate(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        let u = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= u.count && u[r].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        if digits(0..<4), u.count >= 10, u[4] == 0x2D, digits(5..<7), u[7] == 0x2D, digits(8..<10) {
            var out = String(s.prefix(10))
            guard u.count >= 16, u[10] == 0x54 || u[10] == 0x20, digits(11..<13), u[13] == 0x3A, digits(14..<16) else { return out }
            out += "T" + String(decoding: u[11..<16], as: UTF8.self)
            var i = 16
            if u.count >= 19, u[16] == 0x3A, digits(17..<19) {
                out += String(decoding: u[16..<19], as: UTF8.self)
                i = 19
                while i < u.count, u[i] == 0x2E || (u[i] >= 0x30 && u[i] <= 0x39) { i += 1 }  // fractional seconds
            }
            if i < u.count {
                let zone = String(decoding: u[i...], as: UTF8.self)
                if zone == "Z" {
                    out += "Z"
                } else if zone.count == 6, zone.first == "+" || zone.first == "-" {
                    out += zone
                } else if zone.count == 5 {
                    out += String(zone.prefix(3)) + ":" + String(zone.suffix(2))
                }
            }
            return out
        }
        return TimeExpression.parseLine(s)?.iso(crawl: nil)
    }
}
