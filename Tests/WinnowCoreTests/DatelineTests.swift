import Testing

@testable import WinnowCore

@Suite struct DatelineTests {
    @Test(arguments: [
        ("TOKYO (UrduPoint News / Sputnik - 10th November, 2020) Japan and the United States are set to begin talks.", "TOKYO"),
        ("SAINT-NAZAIRE, 5 oct (AFP) - Le pont de Saint-Nazaire sera totalement fermé à la circulation pendant six nuits.", "SAINT-NAZAIRE"),
        ("BUENOS AIRES, 19 abr (EFE).- El precio del boleto mínimo de colectivo subió este lunes un 18 %.", "BUENOS AIRES"),
        ("Düsseldorf (dpa/lnw) - Nach der coronabedingten Absage wollen die Karnevalisten ihren Zug nachholen.", "Düsseldorf"),
        ("LONDON (Metrowire) - Container shipping rates on the main route rose for a sixth straight week.", "LONDON"),
        ("(ANSA) - ROMA, 14 MAG - La giunta capitolina ha approvato il progetto della nuova linea di autobus.", "ROMA"),
        ("PORTLAND, Maine (AP) — Maine will close its scallop fishery early in three areas along the coast.", "PORTLAND"),
        ("HALVORSEN, Minn. — The only hospital for ninety miles is short of nurses again this winter, officials said.", "HALVORSEN"),
        ("MADRID, 3 mar (EFE).- Los ministros de Medio Ambiente acordaron este miércoles crear un fondo común.", "MADRID"),
        ("کراچی: شہر قائد میں منگل کی سہ پہر تیز آندھی کے بعد موسلا دھار بارش نے نظام زندگی مفلوج کر دیا", "کراچی"),
    ])
    func splitsDatelines(text: String, place: String) {
        let d = Dateline.split(text)
        #expect(d?.place == place)
        #expect(d.map { !$0.rest.isEmpty && $0.rest.first != " " } == true)
    }

    @Test(arguments: [
        "The minister (who spoke on condition of anonymity) said the talks would go ahead next week as planned.",
        "Note: this article was updated on Tuesday to correct the name of the ministry involved in the talks.",
        "In Berlin - as in Paris - the protests went on for a third consecutive night without serious incidents.",
        "Japan and the United States are set to begin official talks over the question of funding of US bases.",
    ])
    func leavesOrdinaryParagraphsAlone(text: String) {
        #expect(Dateline.split(text) == nil)
    }
}

/// The byte prefilter runs on every lead candidate; it may pass lines `split` then rejects,
/// never the reverse.
@Suite struct DatelinePrefilterTests {
    @Test(arguments: [
        "TOKYO (UrduPoint News / Sputnik - 10th November, 2020) Japan and the United States are set to begin talks.",
        "PORTLAND, Maine (AP) — Maine will close its scallop fishery early in three areas along the coast.",
        "(ANSA) - ROMA, 14 MAG - La giunta capitolina ha approvato il progetto della nuova linea di autobus.",
        "NEW YORK CITY AND NEW JERSEY (AP) - Six words of place still make a dateline here today.",
        "کراچی: شہر قائد میں منگل کی سہ پہر تیز آندھی کے بعد موسلا دھار بارش",
    ])
    func passesDatelines(text: String) {
        #expect(Dateline.mayHaveDateline(text))
    }

    @Test(arguments: [
        "the minister said (in a statement) that talks would begin next week over the port.",
        "Officials in the region warned on Tuesday that the budget (already cut) would not cover it.",
        "The government said on Tuesday that talks would begin next week over funding.",
    ])
    func rejectsProseWithoutAPlace(text: String) {
        #expect(!Dateline.mayHaveDateline(text))
        #expect(Dateline.split(text) == nil)
    }
}
