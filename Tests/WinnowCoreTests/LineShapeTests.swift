import Foundation
import Testing

@testable import WinnowCore

@Suite struct LineShapeTests {
    /// The shape pass computes the content hash on the side; it must agree with the
    /// stand-alone `ContentHash.of` on every script and on punctuation that both skip.
    @Test(arguments: [
        "The minister said on Tuesday that talks would begin.",
        "THE MINISTER SAID, on Tuesday: talks!",
        "Der Minister sagte, die Gespräche über den Hafen beginnen nächste Woche.",
        "“Quoted” text — with dashes… and\u{A0}no-break spaces",
        "وزیر دفاع نے کہا کہ بات چیت اگلے ہفتے شروع ہوگی۔",
        "東京で会談が始まった。",
        "3.5 billion, 1,200 views, 12:49 PM",
        "",
    ])
    func contentHashMatchesTheStandAloneHash(_ text: String) {
        #expect(LineShape(text).contentHash == ContentHash.of(text))
    }

    @Test func copiesThatDifferInPunctuationAndCaseHashAlike() {
        #expect(LineShape("Talks begin next week.").contentHash == LineShape("talks begin next week").contentHash)
        #expect(LineShape("Talks begin next week.").contentHash != LineShape("Talks began next week.").contentHash)
    }

    @Test func proseAndLabels() {
        let prose = LineShape("Officials in the region warned that the budget could not cover the cost.")
        #expect(prose.isProse)
        #expect(prose.sentenceEnds == 1)
        #expect(prose.endsLikeSentence)
        let label = LineShape("Politics")
        #expect(!label.isProse)
        #expect(label.isShortLabel)
        #expect(LineShape("Headline words here | Example Site").hasTitleSeparator)
        #expect(!LineShape("COVID-19 cases rise").hasTitleSeparator)
    }
}

/// The document pass builds shapes and keys together; it must give exactly what the
/// stand-alone `LineShape` and `LineKey` give, on tricky lines and on every line of the corpus.
@Suite struct FusedShapeAndKeyTests {
    static let tricky = [
        "3h ago", "12:49 PM", "1,200 views", "$1.8 billion", "COVID-19 cases", "don't stop", "l'article du jour",
        "aujourd'hui", "@UrduPoint", "#Tags here", "Mc Donald's 3.5x", "ÉTÉ À PARIS", "ΑΘΗΝΑ Πόλη", "МОСКВА",
        "Straße 12a", "Trump’s “quote” — dash… end", "وزیر دفاع نے کہا ۔ 2 گھنٹے پہلے", "東京で会談",
        "a.b,c:d'e", "x'", "'y", "3'4", "A1b2C3", "ends with digit 7", "", " ",
    ]

    static func corpusLines() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus")
        let files =
            FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
        var lines = [String]()
        for f in files {
            guard let data = try? Data(contentsOf: f), let decoded = try? TextDecoding.decode(Array(data)) else { continue }
            lines += TextFrontEnd.blocks(from: decoded.text).map(\.text)
        }
        return lines
    }

    @Test func matchesTheStandAlonePasses() {
        let texts = Self.tricky + Self.corpusLines()
        #expect(texts.count > 1000)
        let blocks = texts.enumerated().map { Block(text: $1, line: $0 + 1) }
        let (shapes, keys) = LineKey.shapesAndKeys(for: blocks)
        for (i, t) in texts.enumerated() {
            #expect(shapes[i] == LineShape(t), "shape of \(t)")
            if t.utf8.count <= LineKey.maxBytes {
                #expect(keys[i].map { Array($0.hashes) } == Array(LineKey(t).hashes), "key of \(t)")
            } else {
                #expect(keys[i] == nil)
            }
        }
    }
}
