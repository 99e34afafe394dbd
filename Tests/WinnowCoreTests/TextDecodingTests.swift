import Testing

@testable import WinnowCore

@Suite struct TextDecodingTests {
    static func blocks(_ bytes: [UInt8]) throws -> [Block] {
        TextFrontEnd.blocks(from: try TextDecoding.decode(bytes).text)
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let d = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Héllo\nWörld".utf8))
        #expect(d.text == "Héllo\nWörld")
        #expect(d.warnings == [])
        #expect(TextFrontEnd.blocks(from: d.text).map(\.text) == ["Héllo", "Wörld"])
    }

    @Test func lineEnds() {
        let crlf = TextFrontEnd.blocks(from: "first\r\nsecond\r\n\r\nfourth\r\n")
        #expect(crlf == [Block(text: "first", line: 1), Block(text: "second", line: 2), Block(text: "fourth", line: 4)])
        let cr = TextFrontEnd.blocks(from: "first\rsecond\r\rfourth")
        #expect(cr == [Block(text: "first", line: 1), Block(text: "second", line: 2), Block(text: "fourth", line: 4)])
        let mixed = TextFrontEnd.blocks(from: "a\nb\r\nc\rd\u{2028}e\u{2029}f")
        #expect(mixed.map(\.text) == ["a", "b", "c", "d", "e", "f"])
        #expect(mixed.map(\.line) == [1, 2, 3, 4, 5, 6])
        // Typographic characters that share the separators' lead byte E2 end nothing.
        let quotes = TextFrontEnd.blocks(from: "“Quoted” – dash…\nlast line without an end")
        #expect(quotes == [Block(text: "“Quoted” – dash…", line: 1), Block(text: "last line without an end", line: 2)])
        #expect(TextFrontEnd.blocks(from: "one line") == [Block(text: "one line", line: 1)])
        #expect(TextFrontEnd.blocks(from: "\r\n\r\nthird\r") == [Block(text: "third", line: 3)])
    }

    @Test func blocksAreTrimmed() {
        let b = TextFrontEnd.blocks(from: " \t\u{A0}Hello world\u{200B} \u{A0}\n   \n\u{FEFF}Second\u{2003}")
        #expect(b == [Block(text: "Hello world", line: 1), Block(text: "Second", line: 3)])
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        // Mostly valid UTF-8 with one stray byte: damaged UTF-8, not a single-byte code page.
        let bytes = Array("Müller über Ärger, Öl und Straße ".utf8) + [0xFF] + Array(" Ende".utf8)
        let d = try TextDecoding.decode(bytes)
        #expect(d.text == "Müller über Ärger, Öl und Straße \u{FFFD} Ende")
        #expect(d.warnings.count == 1)
        #expect(d.warnings.first?.contains("invalid UTF-8") == true)
        #expect(d.warnings.first?.contains("U+FFFD") == true)
    }

    @Test func windows1252IsDecodedWithAWarning() throws {
        let d = try TextDecoding.decode([0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72])  // "Müller", ü as one byte
        #expect(d.text == "Müller")
        #expect(d.warnings.count == 1)
        #expect(d.warnings.first?.contains("Windows-1252") == true)
        let quotes = try TextDecoding.decode([0x93, 0x51, 0x94, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0xE9, 0x74, 0xE9])
        #expect(quotes.text == "“Q” €5 – été")
    }

    @Test func windows1252InTheCleaner() throws {
        let bytes = Array("date 2021-03-04 The Daily Ledger\n\nVon Anna M".utf8) + [0xFC] + Array("ller\n".utf8)
        let r = try Cleaner.cleanText(bytes)
        #expect(r.warnings.contains { $0.contains("Windows-1252") })
        #expect(r.blocks.map(\.block.text).contains("Von Anna Müller"))
    }

    @Test func emptyInput() throws {
        let d = try TextDecoding.decode([])
        #expect(d.text == "")
        #expect(d.warnings == [])
        #expect(TextFrontEnd.blocks(from: "") == [])
        #expect(TextFrontEnd.blocks(from: "\n\r\n  \n") == [])
        let r = try Cleaner.cleanText([])
        #expect(r.article.body == [])
        #expect(r.article.title == "")
        #expect(r.ledger == [])
    }

    @Test func binaryInputIsRefused() {
        #expect(throws: InputProblem.binary(reason: "contains NUL bytes")) {
            try TextDecoding.decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])
        }
        #expect(throws: InputProblem.binary(reason: "contains NUL bytes")) {
            try Cleaner.cleanText([0xEF, 0xBB, 0xBF, 0x41, 0x00, 0x42])
        }
        let controls = [UInt8](repeating: 0x01, count: 20) + Array(String(repeating: "a", count: 60).utf8)
        #expect(throws: InputProblem.binary(reason: "20 control bytes in the first 80")) {
            try TextDecoding.decode(controls)
        }
        #expect(InputProblem.binary(reason: "contains NUL bytes").description == "binary file skipped (contains NUL bytes)")
    }

    @Test func utf16LittleEndianWithBOM() throws {
        let text = "Héllo\r\nWörld 😀"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let d = try TextDecoding.decode(bytes)
        #expect(d.text == text)
        #expect(d.warnings == ["UTF-16 input converted to UTF-8"])
        #expect(TextFrontEnd.blocks(from: d.text).map(\.text) == ["Héllo", "Wörld 😀"])
    }

    @Test func utf16BigEndianWithBOM() throws {
        let text = "کراچی\nTokyo"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try Self.blocks(bytes).map(\.text) == ["کراچی", "Tokyo"])
    }
}
