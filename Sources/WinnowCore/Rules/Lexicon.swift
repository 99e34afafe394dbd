/// Phrase tables for the boilerplate families, in English, German, French, Spanish, Italian,
/// Portuguese and Urdu. They list how sites in general label their chrome, never lines of
/// any particular site. Keys are in `LineKey` form (lower case, digits as `#`).
enum Lexicon {
    // MARK: share / follow

    /// A line made only of these words is a share bar ("Share on Facebook", "Tweet Email Print").
    static let shareWordsList: [String] = [
        "share", "shares", "sharing", "shared", "tweet", "pin", "email", "e", "mail", "print", "copy", "link", "copied",
        "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "tumblr", "flipboard",
        "messenger", "pocket", "xing", "vk", "threads", "bluesky", "mastodon", "sms", "gmail", "on", "via", "this",
        "article", "story", "page", "post", "the", "to", "with", "friends", "a", "friend", "save", "url", "bookmark",
        "teilen", "artikel", "beitrag", "drucken", "versenden", "per", "partager", "partagez", "imprimer", "envoyer",
        "cet", "sur", "par", "compartir", "compartilhar", "comparte", "imprimir", "enviar", "este", "en", "artículo",
        "condividi", "condividere", "stampa", "invia", "su", "questo", "articolo", "partilhar", "شیئر", "کریں",
        "click", "opens", "in", "new", "window", "tab", "google", "plus", "and", "or", "send", "via", "like", "it",
    ]
    /// At least one of these must appear for a `shareWords` line to count as a share bar.
    static let shareCoreList: [String] = [
        "share", "shares", "tweet", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
        "email", "print", "teilen", "drucken", "partager", "imprimer", "compartir", "compartilhar", "imprimir",
        "condividi", "stampa", "partilhar", "شیئر", "flipboard", "messenger", "copy", "bookmark",
    ]
    static let followPrefixesList: [String] = [
        "follow us", "follow me", "follow on", "follow @", "like us on", "join us on", "find us on",
        "connect with us", "folgen sie uns", "folge uns", "suivez nous", "suivez-nous", "rejoignez nous",
        "síguenos", "siguenos", "seguici", "seguimi", "siga nos", "ہمیں فالو کریں",
    ]

    // MARK: related / read more

    /// Whole-line headers that open a list of other articles.
    static let relatedHeadersList: [String] = [
        "related", "related articles", "related stories", "related posts", "related content", "related coverage",
        "related news", "related topics", "related links", "related reading", "more from", "more on this story",
        "more on this", "more stories", "more news", "more articles", "recommended", "recommended for you",
        "recommended stories", "recommended articles", "you may also like", "you might also like", "you may like",
        "you might like", "also on", "most read", "most popular", "most viewed", "most shared", "trending",
        "trending now", "trending stories", "top stories", "latest news", "latest stories", "latest", "popular",
        "popular stories", "editor's picks", "editors picks", "further reading", "what to read next", "read next",
        "up next", "more to explore", "don't miss", "dont miss", "in other news", "around the web", "from the web",
        "sponsored stories", "promoted stories", "more in", "more like this", "in case you missed it", "watch next",
        "more videos", "related videos", "latest videos", "top videos", "must watch", "just watched", "watch more",
        "mehr zum thema", "das könnte sie auch interessieren", "das könnte sie interessieren", "meistgelesen",
        "meistgelesene artikel", "weitere artikel", "weitere nachrichten", "auch interessant", "top themen",
        "neueste artikel", "empfohlen", "beliebt", "zum thema", "à lire aussi", "a lire aussi", "sur le même sujet",
        "les plus lus", "les plus lues", "dans la même rubrique", "à lire également", "nos articles", "à voir aussi",
        "articles liés", "les plus populaires", "à la une", "dernières actualités", "te puede interesar",
        "más leídas", "mas leidas", "lo más leído", "lo mas leido", "noticias relacionadas", "relacionadas",
        "también te puede interesar", "últimas noticias", "más noticias", "lo más visto", "ti potrebbe interessare",
        "più letti", "i più letti", "articoli correlati", "potrebbe interessarti", "ultime notizie", "più visti",
        "notícias relacionadas", "mais lidas", "veja também", "leia também", "você pode gostar", "você também pode gostar",
        "você pode gostar também", "متعلقہ خبریں", "مزید خبریں",
        "مقبول خبریں", "تازہ ترین", "اہم خبریں", "похожие статьи", "похожие новости", "читайте также", "популярное",
        "популярные статьи", "другие новости", "рекомендуем", "関連記事", "関連ニュース", "おすすめ記事", "人気記事", "相关文章",
        "相关新闻", "热门文章", "推荐阅读",
    ]
    /// Line starts that announce a link to another article inside or after the text.
    /// Multi-word headers that may be followed by a name ("More from Politics"); single words
    /// ("Latest") match whole lines only, so "Latest developments" stays a sub-heading.
    static let relatedHeaderPrefixesList: [String] = [
        "more from", "more in", "more on", "more stories from", "latest from", "also on", "more news from",
        "recommended for", "most read in", "mehr aus", "mehr zum thema", "plus de", "más de", "altro da", "самые популярные",
        "похожие статьи", "читайте также",
    ]
    static let readMorePrefixesList: [String] = [
        "read more", "read also", "also read", "see also", "related", "read", "more", "watch", "listen", "read next",
        "click here", "more on", "related story", "related article", "recommended", "continue reading",
        "lesen sie auch", "lesen sie mehr", "lesen sie hier", "auch interessant", "mehr dazu", "mehr zum thema",
        "weiterlesen", "hier weiterlesen", "zum artikel", "lire aussi", "à lire aussi", "a lire aussi", "voir aussi",
        "lire la suite", "à lire", "à voir", "lee también", "lea también", "leer más", "ver también", "lee más",
        "te puede interesar", "leggi anche", "leggi di più", "leggi", "vedi anche", "leia também", "leia mais",
        "veja também", "یہ بھی پڑھیں", "مزید پڑھیں",
    ]
    static let readMorePrefixes = PhraseSet(readMorePrefixesList)

    // MARK: newsletter / paywall / cookie / ads

    static let newsletterPhrasesList: [String] = [
        "newsletter", "newsletters", "sign up", "signup", "subscribe", "subscribe now", "get our", "join our mailing list",
        "download our app", "download the app", "get the app", "in your inbox", "inbox", "abonnieren",
        "newsletter abonnieren", "jetzt abonnieren", "app herunterladen", "abonnez vous", "abonnez-vous",
        "inscrivez vous", "inscrivez-vous", "téléchargez l'application", "suscríbete", "suscribete", "boletín",
        "boletin", "descarga la app", "iscriviti", "iscriviti alla newsletter", "assine", "inscreva se", "سبسکرائب",
        "by signing up", "by subscribing", "by clicking", "en vous inscrivant", "al suscribirte", "mit der anmeldung",
        "iscrivendoti", "e paper", "epaper",
    ]
    /// Sign-up pitches that address the reader: unmistakable even inside a sentence.
    static let newsletterStrongList: [String] = [
        "in your inbox", "to your inbox", "into your inbox", "sign up for our", "subscribe to our", "sign up to our",
        "sign up for the", "by signing up", "by subscribing", "our newsletter", "our newsletters", "abonnez vous",
        "inscrivez vous", "notre newsletter", "en vous inscrivant", "suscríbete", "suscribete", "nuestro boletín",
        "nuestra newsletter", "al suscribirte", "iscriviti", "la nostra newsletter", "iscrivendoti",
        "newsletter abonnieren", "jetzt abonnieren", "unseren newsletter", "mit der anmeldung", "e paper", "epaper",
        "download our app", "download the app", "get the app", "téléchargez l'application", "descarga la app",
        "app herunterladen",
    ]
    static let paywallPhrasesList: [String] = [
        "subscribe to continue", "to continue reading", "continue reading", "subscribers only", "for subscribers",
        "already a subscriber", "already subscribed", "subscriber exclusive", "start your free trial", "free trial",
        "unlock this article", "unlock unlimited", "create a free account", "create an account", "sign in to",
        "log in to", "register to", "this content is for", "premium article", "premium content",
        "réservé aux abonnés", "article réservé", "déjà abonné", "abonnez vous pour", "pour lire la suite",
        "lesen sie mehr mit", "bereits abonnent", "jetzt weiterlesen", "mit plus lesen", "exklusiv für abonnenten",
        "exclusivo para suscriptores", "ya eres suscriptor", "contenido exclusivo", "riservato agli abbonati",
        "sei già abbonato", "exclusivo para assinantes", "free articles", "articles gratuits", "kostenlose artikel",
        "artículos gratis", "articoli gratuiti", "you have read", "vous avez lu", "sie haben # artikel",
    ]
    static let cookieCoreList: [String] = ["cookie", "cookies", "consent", "gdpr", "dsgvo", "rgpd"]
    static let cookieCore = WordSet(cookieCoreList)
    static let cookieContextList: [String] = [
        "we", "use", "uses", "accept", "agree", "consent", "browsing", "website", "site", "experience", "settings",
        "preferences", "policy", "privacy", "wir", "verwenden", "nutzen", "akzeptieren", "zustimmen", "nous",
        "utilisons", "accepter", "accepte", "acceptez", "utilizamos", "aceptar", "acepta", "usamos", "utilizziamo",
        "usiamo", "accetta", "accetto", "consenso", "navigation", "navegación", "navigazione", "sito", "sitio", "web",
        "personalise", "personalize", "analytics", "partners", "terceros", "third", "party", "propias", "analizar",
        "servicios", "navegar", "navegando", "aceptas", "mostrarte", "utilisation", "accepte", "usage", "zustimmung",
        "einverstanden", "nutzung", "browse", "continuing", "continue",
    ]
    static let cookieContext = WordSet(cookieContextList)
    /// Words a cookie notice addresses the reader with; an article about cookies lacks them.
    static let cookieNoticeList: [String] = [
        "we", "our", "us", "you", "your", "accept", "agree", "continuing", "wir", "unsere", "sie", "akzeptieren",
        "zustimmen", "einverstanden", "nous", "nos", "vous", "accepter", "acceptez", "accepte", "utilisons",
        "utilizamos", "usamos", "nuestra", "aceptar", "aceptas", "acepta", "utilizziamo", "usiamo", "accetta",
        "accetto", "settings", "preferences", "einstellungen", "paramètres", "configurar", "impostazioni",
    ]
    static let cookieNotice = WordSet(cookieNoticeList)
    static let adLinesList: [String] = [
        "advertisement", "advertising", "ad", "ads", "advert", "sponsored", "sponsored content", "promoted",
        "promoted content", "paid content", "paid post", "partner content", "presented by", "ad feedback",
        "story continues below advertisement", "article continues below advertisement", "continue reading below",
        "article continues below", "story continues below", "scroll to continue with content",
        "advertisement scroll to continue", "advertisement continue reading below", "report an ad",
        "anzeige", "werbung", "gesponsert", "publicité", "pub", "sponsorisé", "contenu sponsorisé", "publicidad",
        "patrocinado", "contenido patrocinado", "pubblicità", "annuncio", "sponsorizzato", "publicidade", "اشتہار",
    ]
    static let adPrefixesList: [String] = ["sponsored by", "advertisement", "anzeige", "publicité", "publicidad", "pubblicità", "paid for by"]

    // MARK: copyright / legal

    static let copyrightPhraseList: [String] = [
        "all rights reserved", "copyright", "alle rechte vorbehalten", "tous droits réservés", "droits réservés",
        "todos los derechos reservados", "derechos reservados", "tutti i diritti riservati", "riproduzione riservata",
        "todos os direitos reservados", "جملہ حقوق محفوظ", "جملہ حقوق", "this material may not be published",
        "may not be published broadcast rewritten or redistributed",
    ]
    static let copyrightPhrases = PhraseSet(copyrightPhraseList)
    /// Footer links that are never article text, whole-line.
    static let legalLinesList: [String] = [
        "privacy", "privacy policy", "privacy notice", "cookie policy", "terms", "terms of use", "terms of service",
        "terms and conditions", "terms conditions", "contact", "contact us", "about", "about us", "imprint",
        "impressum", "datenschutz", "datenschutzerklärung", "agb", "kontakt", "mentions légales", "cgu", "cgv",
        "politique de confidentialité", "nous contacter", "aviso legal", "política de privacidad", "contacto",
        "quiénes somos", "note legali", "contatti", "chi siamo", "accessibility", "sitemap", "site map", "careers",
        "advertise", "advertise with us", "help", "faq", "rss", "jobs", "press", "masthead", "corrections",
        "your privacy choices", "do not sell my personal information", "manage cookies", "cookie settings",
        "ہم سے رابطہ", "رابطہ", "پرائیویسی پالیسی",
    ]

    // MARK: counters

    /// "12 comments", "5 min read", "1.2k views": a number beside one of these.
    static let counterWordsList: [String] = [
        "comment", "comments", "kommentar", "kommentare", "commentaire", "commentaires", "comentario", "comentarios",
        "commento", "commenti", "comentários", "like", "likes", "shares", "share", "views", "view", "reads", "read",
        "replies", "reply", "reactions", "retweets", "tweets", "followers", "votes", "points", "min", "mins",
        "minute", "minutes", "minuten", "minutos", "minuti", "lesezeit", "lecture", "lectura", "lettura",
        "k", "m", "rating", "votes", "vote", "points", "aufrufe", "vues", "visitas", "visualizzazioni", "تبصرے", "تبصرہ", "منٹ", "مطالعہ",
    ]

    // MARK: credits and captions

    static let creditPrefixesList: [String] = [
        "photo", "photos", "photograph", "image", "images", "picture", "pictures", "credit", "credits", "photo credit",
        "image credit", "image source", "source", "video", "graphic", "illustration", "foto", "fotos", "bild", "bilder",
        "quelle", "grafik", "crédit", "crédits", "crédit photo", "illustration", "imagen", "fotografía", "fuente",
        "immagine", "fonte", "تصویر", "reporting by", "additional reporting by", "editing by", "writing by",
        "compiled by", "edited by", "produced by", "mit material von", "avec afp", "con información de",
        "(photo", "caption", "file photo", "archivfoto", "photo d'archives", "foto de archivo", "a version of this article appears",
        "this article appears in print", "une version de cet article",
    ]
    static let creditPrefixes = PhraseSet(creditPrefixesList)
    /// Words that, ending a line, say it is a caption with its credit ("… (AP Photo/Jane Roe)").
    /// Wire credit lines: "Reporting by Jane Roe; Editing by John Doe".
    static let creditLinesList: [String] = [
        "reporting by", "editing by", "additional reporting by", "additional reporting", "writing by", "compiled by",
        "mit material von", "avec afp", "con información de", "con informacion de",
    ]
    static let creditLines = PhraseSet(creditLinesList)
    /// Words one of which every caption credit carries: gates the costlier tail parsing.
    static let creditWordsList: [String] = [
        "photo", "photos", "foto", "fotos", "image", "images", "credit", "credits", "crédit", "crédits", "bild",
        "imagen", "picture", "pictures", "getty", "afp", "ap", "reuters", "dpa", "efe", "ansa", "epa", "shutterstock",
        "istock", "istockphoto", "imago", "keystone", "alamy", "bloomberg", "xinhua", "anadolu", "sipa", "abaca",
        "archives", "archivo", "archiv", "fotografía", "immagine", "تصویر",
    ]
    static let creditTailWordsList: [String] = ["afp", "ap", "reuters", "dpa", "efe", "ansa", "epa", "getty", "xinhua", "archives", "archivo"]
    static let creditTailWords = WordSet(creditTailWordsList)
    static let readMoreWholeList: [String] = ["read more", "weiterlesen", "lire la suite", "leer más", "leggi di più", "continue reading"]
    static let creditTailList: [String] = [
        "getty images", "getty", "afp", "ap", "reuters", "dpa", "efe", "ansa", "epa", "shutterstock", "istock",
        "istockphoto", "ap photo", "afp via getty images", "picture alliance", "imago", "keystone", "alamy",
        "bloomberg", "xinhua", "anadolu", "sipa", "abaca", "europa press",
    ]
    static let creditTail = PhraseSet(creditTailList)

    // MARK: comments, tags, navigation

    static let commentHeadersList: [String] = [
        "comments", "# comments", "comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
        "join the conversation", "show comments", "view comments", "load comments", "discussion", "reader comments",
        "comments are closed", "write a comment", "kommentare", "kommentieren", "kommentar schreiben", "leserkommentare",
        "commentaires", "réagir", "laisser un commentaire", "ajouter un commentaire", "comentarios", "deja un comentario",
        "dejar un comentario", "comenta", "commenti", "lascia un commento", "scrivi un commento", "comentários",
        "deixe um comentário", "تبصرے", "اپنی رائے دیں", "your email address will not be published",
        "cancel reply", "# responses", "# replies", "responses", "комментарии", "добавить комментарий", "оставить комментарий",
        "добавить отзыв", "отзывы", "コメント", "コメントする", "评论", "发表评论", "网友评论",
    ]
    /// Words that may stand beside a comment word in a comment-section header
    /// ("Top Rated Comments", "Show 34 comments", "Reader comments (12)").
    static let commentHeaderWordsList: [String] = [
        "top", "rated", "show", "view", "all", "load", "#", "reader", "readers", "recent", "latest", "newest", "oldest",
        "add", "post", "your", "the", "see", "hide", "join", "discussion", "conversation", "most", "popular", "best",
        "read", "leave", "a", "write", "de", "des", "los", "i", "die", "zu", "den", "artikel", "this", "article", "on",
        "to", "sort", "by", "featured", "les", "tous", "ver", "mostrar", "alle", "anzeigen", "lesen", "and",
    ]
    static let commentHeaderWords = WordSet(commentHeaderWordsList)
    static let commentWordsList: [String] = [
        "comment", "comments", "kommentare", "kommentar", "commentaires", "commentaire", "comentarios", "comentario",
        "commenti", "commento", "comentários", "responses", "replies", "reactions", "leserkommentare", "تبصرے",
    ]
    static let commentWords = WordSet(commentWordsList)
    /// Headers of the form "34 responses to “Headline”", "One thought on “…”".
    static let commentListPrefixesList: [String] = [
        "# responses to", "# response to", "# thoughts on", "# thought on", "# comments on", "# comment on",
        "# replies to", "one response to", "one thought on", "one comment on", "# comentarios en", "# commentaires sur",
        "# kommentare zu", "# commenti su", "leave a reply", "leave a comment", "kommentar verfassen",
    ]

    static let tagPrefixesList: [String] = [
        "tags", "tagged", "tagged with", "topics", "topic", "themen", "schlagwörter", "schlagworte", "mots clés",
        "mots-clés", "thèmes", "etiquetas", "temas", "tag", "argomenti", "filed under", "categories", "category",
        "posted in", "more about", "ٹیگز",
    ]
    /// Whole-line labels of site chrome that are never article text.
    static let navLinesList: [String] = [
        "home", "menu", "search", "skip to content", "skip to main content", "skip to navigation", "toggle navigation",
        "main menu", "open menu", "close menu", "close", "sign in", "log in", "login", "log out", "register", "sign up",
        "subscribe", "account", "my account", "profile", "back to top", "top", "next", "previous", "next article",
        "previous article", "next post", "previous post", "more", "show more", "load more", "see more", "view all",
        "see all", "all", "sections", "topics", "search for", "go", "submit", "edition", "menu close", "open", "toggle",
        "toggle search", "toggle menu", "view more", "expand", "collapse", "play", "pause", "mute", "loading",
        "startseite", "suche", "anmelden", "abmelden", "registrieren", "mehr", "zurück", "weiter", "nach oben",
        "accueil", "rechercher", "recherche", "se connecter", "connexion", "s'abonner", "fermer", "suivant",
        "précédent", "inicio", "buscar", "búsqueda", "iniciar sesión", "registrarse", "suscríbete", "cerrar",
        "siguiente", "anterior", "ver más", "cerca", "accedi", "registrati", "abbonati", "chiudi", "successivo",
        "precedente", "altro", "início", "entrar", "ہوم", "تلاش", "مزید", "صفحہ اول", "live", "refresh",
        "key events", "listen", "listen to this article", "audio", "watch", "video", "photos", "gallery",
        "view gallery", "expand image", "enlarge", "zoom", "image", "click to enlarge", "font size", "text size",
        "a a", "a a a", "dark mode", "light mode", "theme",
    ]
    static let navLines = PhraseSet(navLinesList)
}
