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
