import Foundation
import Testing

@testable import WinnowCore

@Suite struct JSONParserErrorTests {
    static func error(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch { return error }
    }

    @Test func missingCommaNamesLineAndColumn() {
        let text = "{\n  \"title\": \"Japan\"\n  \"site\": \"UrduPoint.com\"\n}\n"
        let e = Self.error(text)
        #expect(e == JSONSyntaxError(line: 3, column: 3, message: "expected ',' or '}' in object"))
        #expect(e?.description == "line 3, column 3: expected ',' or '}' in object")
    }

    @Test(arguments: [
        // Columns count characters, not bytes: "é" is one column.
        ("{\"é\": tru}", 1, 7),
        ("[1, 2,]", 1, 7),
        ("{\n  \"body\": [\n    \"a\",\n    \"b\"\n  \n}", 6, 1),
        ("{\"a\": \"unterminated", 1, 20),
        ("{\"a\": \"x\ny\"}", 1, 9),
        ("{\"a\": 1} x", 1, 10),
        ("{\"a\": \"\\q\"}", 1, 9),
        ("", 1, 1),
        ("{'a': 1}", 1, 2),
        ("[01.2.3]", 1, 3),  // points at the digit after the leading zero
    ])
    func errorPositions(text: String, line: Int, column: Int) {
        let e = Self.error(text)
        #expect(e != nil, "\(text) must not parse")
        #expect(e?.line == line)
        #expect(e?.column == column)
    }

    @Test func refusesDeepNesting() {
        let deep = String(repeating: "[", count: JSONParser.maxDepth + 1) + String(repeating: "]", count: JSONParser.maxDepth + 1)
        #expect(Self.error(deep)?.message.contains("nesting") == true)
        let ok = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(Self.error(ok) == nil)
    }

    @Test func parsesEscapesAndSurrogatePairs() throws {
        let v = try JSONParser.parse(#"["\u00e9\u201c\ud83d\ude00\"\\\/\b\f\n\r\t", -1.5e2, true, false, null]"#)
        #expect(v == .array([.string("é“😀\"\\/\u{08}\u{0C}\n\r\t"), .number(-150), .bool(true), .bool(false), .null]))
    }

    @Test func skipsAByteOrderMark() throws {
        let v = try JSONParser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8))
        #expect(v == .object(["a": .number(1)]))
    }
}

@Suite struct JSONWriterTests {
    /// Compact, ASCII-escaped input (as `json.dumps(v, separators=(",", ":"))` writes it).
    static let input =
        #"{"title":"\u00dcn\u00efc\u00f6d\u00e9 \u201cquotes\u201d \"double\" and back\\slash \/ slash","authors":["Anna M\u00fcller","\u0633\u0639\u062f\u06cc\u06c1 \u0645\u0644\u06a9"],"body":["line one\nline two\r\n","tab\there","ctrl \u0001 \u001f \u007f bell\u0007 \b \f","emoji \ud83d\ude00 and \u2028 separator","\u0627\u0631\u062f\u0648 \u0645\u062a\u0646"],"nested":[[1,2.5,-0.25],[],{},{"b":[true,false,null],"a":[]}],"Zeta":42,"\u00e9moji":"\u00e9","a":"","reviewed":true}"#

    /// `json.dumps(v, indent=2, sort_keys=True, ensure_ascii=False) + "\n"`, produced by python3.
    static let python =
        "{\n  \"Zeta\": 42,\n  \"a\": \"\",\n  \"authors\": [\n    \"Anna Müller\",\n    \"سعدیہ ملک\"\n  ],\n  \"body\": [\n    \"line one\\nline two\\r\\n\",\n    \"tab\\there\",\n    \"ctrl \\u0001 \\u001f \u{7F} bell\\u0007 \\b \\f\",\n    \"emoji 😀 and \u{2028} separator\",\n    \"اردو متن\"\n  ],\n  \"nested\": [\n    [\n      1,\n      2.5,\n      -0.25\n    ],\n    [],\n    {},\n    {\n      \"a\": [],\n      \"b\": [\n        true,\n        false,\n        null\n      ]\n    }\n  ],\n  \"reviewed\": true,\n  \"title\": \"Ünïcödé “quotes” \\\"double\\\" and back\\\\slash / slash\",\n  \"émoji\": \"é\"\n}\n"

    @Test func prettyIsByteIdenticalToPython() throws {
        let written = JSONWriter.pretty(try JSONParser.parse(Self.input))
        #expect(Array(written.utf8) == Array(Self.python.utf8))
    }

    @Test func prettyRoundTripIsStable() throws {
        let again = JSONWriter.pretty(try JSONParser.parse(Self.python))
        #expect(Array(again.utf8) == Array(Self.python.utf8))
    }

    @Test func compactSortsKeys() {
        let v = JSONValue.object(["b": .array([.number(1), .string("x")]), "a": .null, "é": .bool(true), "Z": .object([:])])
        #expect(JSONWriter.compact(v) == #"{"Z": {}, "a": null, "b": [1, "x"], "é": true}"#)
    }

    @Test func goldenFilesRoundTripUnchanged() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Goldens/urdupoint/000_459e65bf3b0f137d.json").standardizedFileURL
        let text = try String(contentsOf: url, encoding: .utf8)
        let article = try Article(json: try JSONParser.parse(text))
        #expect(article.prettyJSON == text)
        #expect(article.reviewed == true)
        #expect(article.dateline == "TOKYO")
    }
}

@Suite struct ArticleJSONTests {
    @Test func keepsUnknownKeys() throws {
        let text = #"{"title": "T", "source_url": "https://example.com/a", "meta": {"k": [1, "two"]}, "body": ["P"]}"#
        let a = try Article(json: try JSONParser.parse(text))
        #expect(a.title == "T")
        #expect(a.body == ["P"])
        #expect(a.extra.keys.sorted() == ["meta", "source_url"])
        #expect(a.extra["meta"] == .object(["k": .array([.number(1), .string("two")])]))
        let back = try JSONParser.parse(a.prettyJSON)
        #expect(back == (try JSONParser.parse(text)))
        #expect(
            a.prettyJSON
                == "{\n  \"body\": [\n    \"P\"\n  ],\n  \"meta\": {\n    \"k\": [\n      1,\n      \"two\"\n    ]\n  },\n  \"source_url\": \"https://example.com/a\",\n  \"title\": \"T\"\n}\n"
        )
    }

    @Test func absentAndEmptyAreDifferent() throws {
        let empty = try Article(json: try JSONParser.parse(#"{"title": "", "authors": [], "body": [], "site": ""}"#))
        #expect(empty.title == "")
        #expect(empty.authors == [])
        #expect(empty.body == [])
        #expect(empty.site == "")
        #expect(empty.date == nil)
        #expect(empty.dateline == nil)
        #expect(empty.reviewed == nil)
        #expect(empty.json == .object(["title": .string(""), "authors": .array([]), "body": .array([]), "site": .string("")]))

        let absent = try Article(json: try JSONParser.parse("{}"))
        #expect(absent == Article())
        #expect(absent.prettyJSON == "{}\n")

        let null = try Article(json: try JSONParser.parse(#"{"title": null, "authors": null}"#))
        #expect(null.title == nil)
        #expect(null.authors == nil)
    }

    @Test func toleratesASingleStringForAList() throws {
        let a = try Article(json: try JSONParser.parse(#"{"authors": "Jane Roe", "body": ""}"#))
        #expect(a.authors == ["Jane Roe"])
        #expect(a.body == [])
    }

    @Test(arguments: [
        (#"[]"#, "top level is not a JSON object"),
        (#"{"title": 3}"#, "'title' must be a string"),
        (#"{"authors": {"a": 1}}"#, "'authors' must be an array of strings"),
        (#"{"body": ["a", 2]}"#, "'body' must hold only strings"),
        (#"{"reviewed": "yes"}"#, "'reviewed' must be true or false"),
    ])
    func rejectsWrongTypes(text: String, message: String) throws {
        let v = try JSONParser.parse(text)
        #expect(throws: ArticleFormatError.self) { try Article(json: v) }
        do { _ = try Article(json: v) } catch { #expect(error.message == message) }
    }

    @Test func emptyArticleIsAllEmptyValues() {
        #expect(
            Article.empty.json
                == .object([
                    "title": .string(""), "authors": .array([]), "date": .string(""),
                    "site": .string(""), "body": .array([]),
                ]))
    }
}

@Suite struct JSONNumberGrammarTests {
    @Test(arguments: ["[01]", "[00]", "[-.5]", "[1.]", "[1e]", "[+1]"])
    func rejectsWhatJSONRejects(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test(arguments: ["[0]", "[-0.5]", "[1.25e-3]", "[10E+2]"])
    func acceptsValidNumbers(text: String) throws {
        _ = try JSONParser.parse(text)
    }
}
