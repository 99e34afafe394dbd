/// One article as CONTRACT §2 defines it: the shape of goldens and predictions alike.
///
/// Every field is optional because in a golden an absent key means "not annotated" (not
/// scored) while an empty value means "should be empty". Keys this type does not know are kept
/// in `extra` so a rewrite never loses them.
public struct Article: Sendable, Equatable {
    public var title: String?
    public var authors: [String]?
    public var date: String?
    public var site: String?
    public var body: [String]?
    public var dateline: String?
    public var reviewed: Bool?
    public var notes: String?
    public var extra: [String: JSONValue] = [:]

    public init(
        title: String? = nil, authors: [String]? = nil, date: String? = nil, site: String? = nil,
        body: [String]? = nil, dateline: String? = nil
    ) {
        self.title = title
        self.authors = authors
        self.date = date
        self.site = site
        self.body = body
        self.dateline = dateline
    }

    /// An empty prediction: what a missing prediction file scores as.
    public static let empty = Article(title: "", authors: [], date: "", site: "", body: [])
}

/// Why an Article JSON value could not be read.
public struct ArticleFormatError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension Article {
    static let knownKeys: Set<String> = ["title", "authors", "date", "site", "body", "dateline", "reviewed", "notes"]

    public init(json: JSONValue) throws(ArticleFormatError) {
        guard case .object(let o) = json else { throw ArticleFormatError(message: "top level is not a JSON object") }
        func string(_ key: String) throws(ArticleFormatError) -> String? {
            guard let v = o[key], v != .null else { return nil }
            guard let s = v.stringValue else { throw ArticleFormatError(message: "'\(key)' must be a string") }
            return s
        }
        func strings(_ key: String) throws(ArticleFormatError) -> [String]? {
            guard let v = o[key], v != .null else { return nil }
            if let s = v.stringValue { return s.isEmpty ? [] : [s] }  // tolerate a single string
            guard let a = v.arrayValue else { throw ArticleFormatError(message: "'\(key)' must be an array of strings") }
            var out = [String]()
            for item in a {
                guard let s = item.stringValue else { throw ArticleFormatError(message: "'\(key)' must hold only strings") }
                out.append(s)
            }
            return out
        }
        title = try string("title")
        authors = try strings("authors")
        date = try string("date")
        site = try string("site")
        body = try strings("body")
        dateline = try string("dateline")
        notes = try string("notes")
        if let r = o["reviewed"], r != .null {
            guard let b = r.boolValue else { throw ArticleFormatError(message: "'reviewed' must be true or false") }
            reviewed = b
        }
        extra = o.filter { !Article.knownKeys.contains($0.key) }
    }

    public var json: JSONValue {
        var o = extra
        if let title { o["title"] = .string(title) }
        if let authors { o["authors"] = .array(authors.map(JSONValue.string)) }
        if let date { o["date"] = .string(date) }
        if let site { o["site"] = .string(site) }
        if let body { o["body"] = .array(body.map(JSONValue.string)) }
        if let dateline { o["dateline"] = .string(dateline) }
        if let reviewed { o["reviewed"] = .bool(reviewed) }
        if let notes { o["notes"] = .string(notes) }
        return .object(o)
    }

    /// Pretty, sorted, one paragraph per line: the form goldens are kept in.
    public var prettyJSON: String { JSONWriter.pretty(json) }
}
