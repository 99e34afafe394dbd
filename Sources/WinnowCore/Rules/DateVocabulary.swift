/// Words of date and time expressions in English, German, French, Spanish, Italian,
/// Portuguese and Urdu, by role.
enum DateVocabulary {
    /// Every word a stamp may contain, as `LineKey` word hashes: a line with any other word
    /// is not a stamp, which rules out most lines before the tokenizer runs.
    static let allWords: WordSet = {
        var words =
            Array(months.keys) + Array(weekdays) + Array(units.keys) + Array(relativeMarkers)
            + Array(dayWords.keys) + Array(updateWords) + Array(fillers) + ["ago"]
        for suffix in [
            "", "th", "st", "nd", "rd", "er", "e", "h", "h#", "am", "pm", "º", "ª", "m", "d", "w", "y", "min", "mins", "hr", "hrs", "s", "uhr",
        ] {
            words.append("#" + suffix)
        }
        return WordSet(words)
    }()

    /// Words only a stamp ends with: numbers, months, units, "ago", am/pm, relative words.
    static let strongWords: WordSet = {
        var words =
            Array(months.keys) + Array(units.keys) + ["ago", "am", "pm", "uhr", "vor", "hace", "fa", "پہلے"]
            + Array(dayWords.keys) + Array(weekdays)
        for suffix in ["", "th", "st", "nd", "rd", "er", "e", "h", "h#", "am", "pm", "m", "d", "w", "y", "min", "mins", "hr", "hrs", "s", "uhr"] {
            words.append("#" + suffix)
        }
        return WordSet(words)
    }()

    /// True when every word of the key could belong to a stamp.
    static func mayBeStamp(_ key: LineKey) -> Bool {
        let words = allWords  // one access to the global, not one per word
        return !key.hashes.isEmpty && key.hashes.allSatisfy { words.contains(hash: $0) }
    }

    /// `months`, `units` and `dayWords` keyed by word hash; values are stored plus an offset
    /// because 0 means absent.
    static let monthHashes = hashed(months, offset: 0)
    static let unitHashes = hashed(units, offset: 1)
    static let dayHashes = hashed(dayWords, offset: 2)
    static let updateHashes = WordSet(Array(updateWords))
    static let fillerHashes = WordSet(Array(fillers))

    static func hashed(_ table: [String: Int], offset: Int) -> FrozenHashMap64 {
        var m = HashMap64(capacity: table.count)
        for (w, v) in table { m.set(LineKey.hashFolded(w), to: UInt64(v + offset)) }
        return FrozenHashMap64(m)
    }

    static func month(hash: UInt64) -> Int? {
        let v = monthHashes.get(hash)
        return v == 0 ? nil : Int(v)
    }
    static func unit(hash: UInt64) -> Int? {
        let v = unitHashes.get(hash)
        return v == 0 ? nil : Int(v) - 1
    }
    static func day(hash: UInt64) -> Int? {
        let v = dayHashes.get(hash)
        return v == 0 ? nil : Int(v) - 2
    }

    static let months: [String: Int] = {
        var m = [String: Int]()
        let table: [[String]] = [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "جنوری"],
            ["february", "feb", "febr", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "فروری"],
            ["march", "mar", "märz", "mär", "maerz", "mars", "marzo", "março", "مارچ"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "اپریل"],
            ["may", "mai", "mayo", "maggio", "mag", "maio", "مئی"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "جون"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "جولائی"],
            ["august", "aug", "août", "aout", "agosto", "ago", "اگست"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "ستمبر"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "اکتوبر"],
            ["november", "nov", "novembre", "noviembre", "novembro", "نومبر"],
            ["december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre", "dezembro", "دسمبر"],
        ]
        for (k, names) in table.enumerated() { for n in names { m[n] = k + 1 } }
        return m
    }()

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
        "samstag", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "lundi", "mardi", "mercredi", "jeudi",
        "vendredi", "samedi", "dimanche", "lun", "mer", "jeu", "ven", "sam", "dim", "lunes", "martes", "miércoles",
        "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "lunedì", "lunedi", "martedì", "martedi",
        "mercoledì", "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi", "domenica", "segunda", "terça",
        "quarta", "quinta", "sexta", "feira", "پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار",
    ]

    /// Units of relative stamps, by length in minutes.
    static let units: [String: Int] = {
        var u = [String: Int]()
        let minute = 1
        let hour = 60
        let day = 1440
        let week = 10080
        let month = 43200
        let year = 525600
        let table: [(Int, [String])] = [
            (
                0,
                [
                    "second", "seconds", "sec", "secs", "s", "sekunde", "sekunden", "seconde", "secondes", "segundo", "segundos", "secondo",
                    "secondi", "سیکنڈ",
                ]
            ),
            (minute, ["minute", "minutes", "min", "mins", "m", "minuten", "minuto", "minutos", "minuti", "منٹ"]),
            (
                hour,
                [
                    "hour", "hours", "hr", "hrs", "h", "stunde", "stunden", "std", "heure", "heures", "hora", "horas", "ora", "ore", "گھنٹے", "گھنٹہ",
                    "گھنٹوں",
                ]
            ),
            (day, ["day", "days", "d", "tag", "tage", "tagen", "jour", "jours", "día", "días", "dia", "dias", "giorno", "giorni", "دن", "دنوں"]),
            (
                week,
                ["week", "weeks", "wk", "wks", "w", "woche", "wochen", "semaine", "semaines", "semana", "semanas", "settimana", "settimane", "ہفتے"]
            ),
            (month, ["month", "months", "mo", "monat", "monaten", "monate", "mois", "mes", "meses", "mese", "mesi", "مہینے", "ماہ"]),
            (year, ["year", "years", "yr", "yrs", "y", "jahr", "jahre", "jahren", "an", "ans", "año", "años", "anno", "anni", "ano", "anos", "سال"]),
        ]
        for (len, names) in table { for n in names { u[n] = len } }
        return u
    }()

    /// Words that make a number-and-unit pair relative ("2 hours ago", "vor 2 Stunden").
    static let relativeMarkers: Set<String> = [
        "ago", "vor", "il", "y", "a", "hace", "fa", "há", "atrás", "پہلے", "قبل", "just", "now", "seit",
    ]
    /// Whole-day relative words with their offset in days.
    static let dayWords: [String: Int] = [
        "today": 0, "yesterday": -1, "heute": 0, "gestern": -1, "aujourd'hui": 0, "aujourd": 0, "hui": 0,
        "hier": -1, "hoy": 0, "ayer": -1, "oggi": 0, "ieri": -1, "hoje": 0, "ontem": -1, "آج": 0, "کل": -1,
        "tonight": 0, "this": 0, "morning": 0, "evening": 0, "afternoon": 0,
    ]
    /// Words that say the stamp is a later revision, not the first publication.
    static let updateWords: Set<String> = [
        "updated", "update", "modified", "edited", "aktualisiert", "geändert", "actualizado", "actualización",
        "aggiornato", "aggiornamento", "atualizado", "mis", "maj", "اپ", "ڈیٹ", "revised",
    ]
    /// Words allowed in a stamp that carry no date value.
    static let fillers: Set<String> = [
        "at", "on", "the", "of", "um", "am", "uhr", "le", "la", "el", "à", "a", "de", "del", "à", "h", "alle", "ore",
        "pm", "p", "et", "est", "edt", "pst", "pdt", "pt", "gmt", "utc", "cet", "cest", "bst", "ist", "pkt", "ct",
        "cdt", "cst", "mez", "mesz", "mt", "mst", "mdt", "hkt", "jst", "aest", "z", "published", "posted",
        "last", "first", "publié", "publiée", "publie", "veröffentlicht", "erstellt", "stand", "publicado",
        "publicada", "pubblicato", "pubblicata", "date", "time", "jour", "th", "st", "nd", "rd", "er", "e", "º", "ª",
        "o", "clock", "o'clock", "um", "uhr", "le", "depuis", "since", "and", "und", "et", "y", "e", "و",
        "شائع", "تاریخ", "بجے", "کو", "شام", "صبح", "دوپہر", "رات", "اشاعت", "وقت", "bis", "to", "about", "around",
        "ca", "environ", "unos", "circa", "in", "from", "dans", "en", "le", "les", "der", "den", "des", "am",
        "updated", "ultimo", "última", "actualización", "dernière", "mise", "jour", "letzte", "aktualisierung",
    ]
}
