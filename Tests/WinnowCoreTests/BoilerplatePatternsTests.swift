import Testing

@testable import WinnowCore

@Suite struct BoilerplatePatternsTests {
    static func match(_ line: String) -> RuleID? {
        BoilerplatePatterns.match(text: line, shape: LineShape(line), key: LineKey(line))
    }

    @Test(arguments: [
        ("Share on Facebook", RuleID.share),
        ("Like this story? Share it with a friend!", .share),
        ("Share this article", .share),
        ("Tweet Email Print", .share),
        ("Teilen Drucken", .share),
        ("Partager sur Facebook", .share),
        ("Compartir en WhatsApp", .share),
        ("Condividi su Twitter", .share),
        ("شیئر کریں", .share),
    ])
    func share(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Follow us on Twitter", RuleID.follow),
        ("Folgen Sie uns auf Instagram", .follow),
        ("Suivez-nous sur Facebook", .follow),
        ("Síguenos en Twitter", .follow),
        ("Seguici su Facebook", .follow),
        ("ہمیں فالو کریں", .follow),
    ])
    func follow(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Related Articles", RuleID.related),
        ("MUST WATCH", .related),
        ("関連記事", .related),
        ("Похожие статьи", .related),
        ("Самые популярные диеты", .related),
        ("相关新闻", .related),
        ("More Videos ...", .related),
        ("Most Popular", .related),
        ("You may also like", .related),
        ("Mehr zum Thema", .related),
        ("À lire aussi", .related),
        ("Noticias relacionadas", .related),
        ("Ti potrebbe interessare", .related),
        ("متعلقہ خبریں", .related),
    ])
    func related(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Read more: Japan and US to begin talks on bases", RuleID.readMore),
        ("Read more", .readMore),
        ("Lesen Sie auch: Streik im Hafen geht weiter", .readMore),
        ("Lire aussi : La grève continue au port", .readMore),
        ("Lee también: El precio del boleto sube un 18 %", .readMore),
        ("Leggi anche: Sciopero al porto di Genova", .readMore),
        ("یہ بھی پڑھیں: کراچی میں بارش", .readMore),
    ])
    func readMore(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Sign up for our newsletter", RuleID.newsletter),
        ("Get our morning briefing in your inbox", .newsletter),
        ("Newsletter abonnieren", .newsletter),
        ("Inscrivez-vous à notre newsletter", .newsletter),
        ("Suscríbete a nuestro boletín", .newsletter),
        ("Iscriviti alla newsletter", .newsletter),
        ("سبسکرائب کریں", .newsletter),
    ])
    func newsletter(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Subscribe to continue reading", RuleID.paywall),
        ("Already a subscriber? Log in", .paywall),
        ("Article réservé aux abonnés", .paywall),
        ("Exclusivo para suscriptores", .paywall),
        ("Contenuto riservato agli abbonati", .paywall),
    ])
    func paywall(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.", RuleID.cookie),
        ("Accept cookies", .cookie),
        ("Wir verwenden Cookies, um unsere Website für Sie zu verbessern.", .cookie),
        ("Nous utilisons des cookies pour améliorer votre expérience.", .cookie),
        ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", .cookie),
        ("Questo sito utilizza cookie tecnici e di terze parti. Accetta per continuare.", .cookie),
    ])
    func cookie(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Advertisement", RuleID.advertisement),
        ("Sponsored by Acme Bank", .advertisement),
        ("Story continues below advertisement", .advertisement),
        ("Anzeige", .advertisement),
        ("Publicité", .advertisement),
        ("Publicidad", .advertisement),
        ("Pubblicità", .advertisement),
        ("اشتہار", .advertisement),
    ])
    func advertisement(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("© 2021 The Daily Ledger. All rights reserved.", RuleID.copyright),
        ("Copyright 2020 UrduPoint.com", .copyright),
        ("Alle Rechte vorbehalten.", .copyright),
        ("Tous droits réservés", .copyright),
        ("Todos los derechos reservados", .copyright),
        ("Riproduzione riservata", .copyright),
        ("جملہ حقوق محفوظ ہیں", .copyright),
    ])
    func copyright(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("12 Comments", RuleID.counter),
        ("5 min read", .counter),
        ("3 commentaires", .counter),
        ("Lesezeit: 4 Minuten", .counter),
        ("7 تبصرے", .counter),
        ("42", .counter),
    ])
    func counter(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Photo: AFP", RuleID.credit),
        ("Foto: dpa", .credit),
        ("Bild: Getty Images", .credit),
        ("Crédit photo : Jeff Pachoud / AFP", .credit),
        ("Imagen: EFE", .credit),
        ("تصویر: اے پی", .credit),
        ("Defense Minister Nobuo Kishi speaks to reporters in Tokyo on Tuesday. (AP Photo/Eugene Hoshiko)", .credit),
        ("In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work on the space station.", .credit),
        ("FILE - In this Nov. 5, 2019 photo, workers load crates at the port of Long Beach, Calif.", .credit),
        ("In this handout image released by the ministry, the minister greets soldiers.", .credit),
    ])
    func credit(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Leave a Reply", RuleID.comments),
        ("Show 34 comments", .comments),
        ("34 responses to “Japan to begin talks”", .comments),
        ("Kommentare", .comments),
        ("Laisser un commentaire", .comments),
        ("Deja un comentario", .comments),
        ("Lascia un commento", .comments),
        ("Добавить отзыв", .comments),
        ("发表评论", .comments),
        ("اپنی رائے دیں", .comments),
    ])
    func comments(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Tags: Japan, United States, Defense", RuleID.tags),
        ("Schlagwörter: Hafen, Streik, Hamburg", .tags),
        ("Mots-clés : grève, port, Marseille", .tags),
        ("Etiquetas: huelga, puerto, Valencia", .tags),
        ("Argomenti: sciopero, porto, Genova", .tags),
        ("ٹیگز: جاپان، امریکہ", .tags),
    ])
    func tags(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    @Test(arguments: [
        ("Home", RuleID.navigation),
        ("Skip to main content", .navigation),
        ("Privacy Policy", .navigation),
        ("Startseite", .navigation),
        ("Impressum", .navigation),
        ("Accueil", .navigation),
        ("Inicio", .navigation),
        ("ہوم", .navigation),
        ("»", .navigation),
    ])
    func navigation(line: String, rule: RuleID) { #expect(Self.match(line) == rule) }

    /// Article text: sentences that mention a family's words, one-sentence paragraphs and
    /// sub-headings are body (annotation guidelines, "The test for body").
    @Test(arguments: [
        "Customers queued for an hour to buy the last of the shop's famous ginger cookies.",
        "The newsletter, founded in 1998 by two retired teachers, reached more than forty thousand readers in the valley last year, its editor said on Monday.",
        "Kishi declined to comment on the talks.",
        "Comments from readers poured in after the announcement, the editor said.",
        "Sharing the cost burden has long divided the two allies.",
        "Kishi will share the details with lawmakers on Friday.",
        "Share prices fell sharply on Tuesday.",
        "The advertising campaign ran on television and radio for six weeks.",
        "Advertising revenue at the group fell by 12 percent in the third quarter.",
        "Kishi said the talks would begin next week.",
        "Nobody was hurt.",
        "What happens next",
        "Why it matters",
        "A long road to Washington",
        "Was jetzt passiert",
        "Ce qui change pour les usagers",
        "Qué dice la ley",
        "Japan and the United States are set to begin official talks over the question of funding of US military bases in the country.",
        "In this case, the court said, the evidence was too thin to convict anyone.",
        "Viewers like it when the council shares its plans early, the survey found.",
        "Популярное кафе на набережной снова открылось во вторник после ремонта.",
        "The cafÃ© on the quay reopened on Tuesday, its owner said, after the works.",
        "In this town of 4,000 people, everyone knows the bakers, and the bakers know everyone's photo albums.",
    ])
    func articleTextIsNotBoilerplate(line: String) {
        #expect(Self.match(line) == nil, "\(line)")
    }

    @Test func longLinesOnlyMatchUnmistakableStarts() {
        let prose = String(repeating: "The talks will be held in Washington, where Japan will push for a stopgap agreement. ", count: 6)
        #expect(prose.utf8.count > LineKey.maxBytes)
        #expect(BoilerplatePatterns.match(text: prose, shape: LineShape(prose), key: nil) == nil)
        let legal = "© 2021 The Daily Ledger. " + prose
        #expect(BoilerplatePatterns.match(text: legal, shape: LineShape(legal), key: nil) == .copyright)
    }
}
