import Testing
import WinnowCore

@testable import WinnowHTML

/// Hostile and mislabelled HTML (the bad-input list): no crash, no hang, no network,
/// the text read right or a clear problem.
@Suite struct HTMLBadInputTests {
    static func clean(_ bytes: [UInt8]) throws -> CleanResult { try HTMLExtractor.clean(bytes) }

    @Test func entityBombsAreNotExpanded() throws {
        // Billion laughs in an internal subset: libxml2's HTML parser knows HTML's entities only.
        var dtd = "<!DOCTYPE html [<!ENTITY l0 \"lol\">"
        for k in 1...9 { dtd += "<!ENTITY l\(k) \"" + String(repeating: "&l\(k - 1);", count: 10) + "\">" }
        dtd += "]>"
        let html =
            dtd + "<html><body><h1>Harbour Plan Agreed</h1><p>The council agreed the plan &l9; on Tuesday after a long debate.</p></body></html>"
        let r = try Self.clean(Array(html.utf8))
        let text = (r.article.body ?? []).joined()
        #expect(text.utf8.count < 1_000)
        #expect(!text.contains("lollol"))
    }

    /// "東京の港で新しい計画が発表された。市長は計画を歓迎した。" in Shift_JIS.
    static let shiftJIS: [UInt8] = [
        147, 140, 139, 158, 130, 204, 141, 96, 130, 197, 144, 86, 130, 181, 130, 162, 140, 118, 137, 230, 130, 170, 148, 173, 149, 92, 130, 179, 130,
        234, 130, 189, 129, 66, 142, 115, 146, 183, 130, 205, 140, 118, 137, 230, 130, 240, 138, 189, 140, 125, 130, 181, 130, 189, 129, 66,
    ]
    /// "上海港口宣布了新的计划。市长欢迎这个计划。" in GBK.
    static let gbk: [UInt8] = [
        201, 207, 186, 163, 184, 219, 191, 218, 208, 251, 178, 188, 193, 203, 208, 194, 181, 196, 188, 198, 187, 174, 161, 163, 202, 208, 179, 164,
        187,
        182, 211, 173, 213, 226, 184, 246, 188, 198, 187, 174, 161, 163,
    ]

    @Test func shiftJISAndGBKPagesAreConverted() throws {
        let ja = Array("<html><head><meta charset=\"Shift_JIS\"></head><body><h1>計画</h1><p>".utf8).map { $0 < 0x80 ? $0 : 0x3F }
        let jaPage = ja + Self.shiftJIS + Array("</p></body></html>".utf8)
        #expect(try Self.clean(jaPage).article.body == ["東京の港で新しい計画が発表された。市長は計画を歓迎した。"])
        let zhPage =
            Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body><p>".utf8) + Self.gbk
            + Array("</p></body></html>".utf8)
        #expect(try Self.clean(zhPage).article.body == ["上海港口宣布了新的计划。市长欢迎这个计划。"])
    }

    @Test func undeclaredLatinBytesAreRepairedAndMislabelledUTF8IsReadAsUTF8() throws {
        let latin =
            Array("<html><body><h1>Harbour</h1><p>The caf".utf8) + [0xE9]
            + Array(" on the quay reopened on Tuesday after the works.</p></body></html>".utf8)
        let r = try Self.clean(latin)
        #expect(r.article.body == ["The café on the quay reopened on Tuesday after the works."])
        #expect(!r.warnings.isEmpty)
        let mislabelled = Array(
            "<html><head><meta charset=\"windows-1252\"></head><body><h1>Harbour</h1><p>The café on the quay reopened on Tuesday after the works.</p></body></html>"
                .utf8)
        let m = try Self.clean(mislabelled)
        #expect(m.article.body == ["The café on the quay reopened on Tuesday after the works."])
        #expect(m.warnings.contains { $0.contains("bytes are UTF-8") })
    }

    @Test func truncatedAndMisnestedMarkupIsRecovered() throws {
        let html =
            "<html><body><h1>Harbour Plan Agreed</h1><div><p>The council <b>agreed <i>the plan</b> on Tuesday</i> after a long debate.<p>Work on the new quay starts in the spring, the harbour master said, and it will open in May.<p><a href=\"/x"
        let r = try Self.clean(Array(html.utf8))
        #expect(
            r.article.body == [
                "The council agreed the plan on Tuesday after a long debate.",
                "Work on the new quay starts in the spring, the harbour master said, and it will open in May.",
            ])
    }
}
