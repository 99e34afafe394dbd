import Foundation
import WinnowCore

/// Attributes as libxml2's SAX parser gives them: a NULL-terminated array of name, value
/// pairs (the value NULL for a bare attribute such as `hidden`).
typealias SAXAttributes = UnsafeMutablePointer<UnsafePointer<UInt8>?>

extension PageWalker {
    mutating func readAttributes(_ atts: SAXAttributes, info: TagInfo, into frame: inout Frame) {
        var i = 0
        while let an = atts[i] {
            defer { i += 2 }
            let h = HTMLTags.hash(an)
            guard let v = atts[i + 1] else {
                if h == HTMLTags.hiddenHash {
                    frame.hints.insert(.hidden)
                    frame.hard = true
                }
                continue
            }
            switch h {
            case HTMLTags.classHash, HTMLTags.idHash:
                // Classes on `html` and `body` describe the page or its feature flags, not a part
                // of it; so do class lists too long to be a description.
                if !info.isPageRoot, HTMLTags.wordCount(v) <= HTMLTags.maxDescriptiveClasses {
                    frame.hints.formUnion(HTMLTags.hints(fromClassOrID: v))
                }
            case HTMLTags.hiddenHash:
                frame.hints.insert(.hidden)
                frame.hard = true
            case HTMLTags.styleHash:
                if PageWalker.stylesHide(v) {
                    frame.hints.insert(.hidden)
                    frame.hard = true
                }
            case HTMLTags.itempropHash:
                let s = HTMLTags.hash(v)
                if s == HTMLTags.articleBodyHash { frame.inArticle = true }
                if s == HTMLTags.authorHash, info.isLink == false { frame.hints.insert(.byline) }
            case HTMLTags.roleHash:
                switch HTMLTags.hash(v) {
                case HTMLTags.navigationHash, HTMLTags.menuHash, HTMLTags.menubarHash: frame.hints.insert(.navigation)
                case HTMLTags.contentinfoHash: frame.hints.insert(.footer)
                case HTMLTags.complementaryHash: frame.hints.insert(.aside)
                case HTMLTags.bannerHash: frame.hints.insert(.header)
                case HTMLTags.mainHash, HTMLTags.articleHash: frame.inArticle = true
                default: break
                }
            case HTMLTags.ariaHiddenHash:
                if HTMLTags.hash(v) == HTMLTags.trueHash { frame.hints.insert(.hidden) }
            case HTMLTags.datetimeHash:
                if info.isTime, page.meta.timeDatetime == nil { page.meta.timeDatetime = String(cString: v) }
            case HTMLTags.relHash:
                if info.isLink, String(cString: v).lowercased().split(separator: " ").contains("author") {
                    captures.append(Capture(depth: stack.count + 1, kind: .relAuthor))
                }
            default:
                break
            }
        }
        if info.isTime, !frame.hints.contains(.date) { frame.hints.insert(.date) }
    }

    mutating func readMeta(_ atts: SAXAttributes) {
        let key =
            (PageWalker.attribute(atts, HTMLTags.propertyHash) ?? PageWalker.attribute(atts, HTMLTags.nameHash)
            ?? PageWalker.attribute(atts, HTMLTags.itempropHash))?
            .lowercased()
        guard let key, PageWalker.metaKeys.contains(key), let content = PageWalker.attribute(atts, HTMLTags.contentHash) else { return }
        guard let value = PageMetadata.clean(content) else { return }
        switch key {
        case "og:title", "twitter:title": if page.meta.ogTitle == nil { page.meta.ogTitle = value }
        case "og:site_name", "application-name": if page.meta.siteName == nil { page.meta.siteName = value }
        case "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
            "sailthru.date", "parsely-pub-date":
            if page.meta.published == nil { page.meta.published = value }
        case "author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author":
            page.meta.metaAuthors.append(value)
        default: break
        }
    }

    /// The `meta` names and properties `readMeta` reads; the others are not worth a string.
    static let metaKeys: Set<String> = [
        "og:title", "twitter:title", "og:site_name", "application-name", "article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "author", "article:author", "dc.creator", "byl",
        "sailthru.author", "parsely-author",
    ]

    /// The value of the attribute whose name hashes to `nameHash` ("" for a bare one).
    static func attribute(_ atts: SAXAttributes, _ nameHash: UInt64) -> String? {
        var i = 0
        while let an = atts[i] {
            if HTMLTags.hash(an) == nameHash { return atts[i + 1].map { String(cString: $0) } ?? "" }
            i += 2
        }
        return nil
    }

    /// `style` values that hide the element.
    static func stylesHide(_ v: UnsafePointer<UInt8>) -> Bool {
        // Lower-cased with spaces dropped, then two fixed needles: inline styles are short, and
        // the standard library's generic substring search costs more than the rest of the walk.
        var compact = [UInt8]()
        var q = v
        while q.pointee != 0 {
            let c = q.pointee
            if c != 0x20 { compact.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) }
            q += 1
        }
        return contains(compact, PageWalker.displayNone) || contains(compact, PageWalker.visibilityHidden)
    }

    static let displayNone = Array("display:none".utf8)
    static let visibilityHidden = Array("visibility:hidden".utf8)

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            var k = 1
            while k < needle.count, hay[i + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}

extension HTMLTags {
    static let headHash = hash("head")
    static let metaHash = hash("meta")
    static let scriptHash = hash("script")
    static let classHash = hash("class")
    static let idHash = hash("id")
    static let hiddenHash = hash("hidden")
    static let styleHash = hash("style")
    static let itempropHash = hash("itemprop")
    static let roleHash = hash("role")
    static let ariaHiddenHash = hash("aria-hidden")
    static let datetimeHash = hash("datetime")
    static let relHash = hash("rel")
    static let typeHash = hash("type")
    static let propertyHash = hash("property")
    static let nameHash = hash("name")
    static let contentHash = hash("content")
    // Attribute values compared by their case-folded hash (`hash` folds ASCII case).
    static let articleBodyHash = hash("articlebody")
    static let authorHash = hash("author")
    static let navigationHash = hash("navigation")
    static let menuHash = hash("menu")
    static let menubarHash = hash("menubar")
    static let contentinfoHash = hash("contentinfo")
    static let complementaryHash = hash("complementary")
    static let bannerHash = hash("banner")
    static let mainHash = hash("main")
    static let articleHash = hash("article")
    static let trueHash = hash("true")
}
