/// Generates realistic scraped text dumps, deterministically (seeded), for throughput runs:
/// crawler header, masthead, menu, headline twice, byline with stamps, share bar, article
/// paragraphs with sub-headings and ads, related list, newsletter, cookie text, footer.
struct DumpGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }

    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }

    static let words = """
        the government said on tuesday that talks would begin next week over funding for the new port and its workers \
        while officials in the region warned that the budget could not cover the rising cost of energy and transport \
        der minister sagte am dienstag dass die gespräche über die finanzierung des hafens nächste woche beginnen \
        le gouvernement a annoncé mardi que les discussions sur le financement du port commenceront la semaine prochaine \
        el gobierno anunció el martes que las conversaciones sobre la financiación del puerto comenzarán la próxima semana
        """.split(separator: " ").map(String.init)

    mutating func sentence() -> String {
        let n = 8 + int(18)
        var s = (0..<n).map { _ in pick(DumpGenerator.words) }
        s[0] = s[0].prefix(1).uppercased() + s[0].dropFirst()
        if int(4) == 0 { s.insert(",", at: 3 + int(n - 4)) }
        return s.joined(separator: " ").replacingComma() + pick([".", ".", ".", "?", "!"])
    }

    mutating func paragraph() -> String { (0..<(2 + int(4))).map { _ in sentence() }.joined(separator: " ") }

    /// At least `megabytes` of dumps from 40 sites, the same for every run (fixed seed), and
    /// their total size in bytes.
    static func corpus(megabytes: Int) -> (docs: [[UInt8]], bytes: Int) {
        var gen = DumpGenerator(seed: 0x5EED)
        var docs = [[UInt8]]()
        var total = 0
        var site = 0
        while total < megabytes * 1_000_000 {
            let d = Array(gen.dump(site: site % 40).utf8)
            total += d.count
            docs.append(d)
            site += 1
        }
        return (docs, total)
    }

    mutating func dump(site: Int) -> String {
        let siteName = "Example Site \(site)"
        var lines = ["date 2021-0\(1 + int(9))-1\(int(9)) \(siteName)", siteName, "Skip to content"]
        for k in 0..<(10 + int(10)) {
            lines.append(pick(["News", "Politics", "Business", "Sport", "Culture", "Local", "World", "Opinion"]) + (k % 3 == 0 ? "" : " \(k)"))
        }
        let title = (0..<(6 + int(8))).map { _ in pick(DumpGenerator.words) }.joined(separator: " ").capitalized1()
        lines += [
            title + " | " + siteName, title, "By Jane Roe and John Doe", "Published March \(1 + int(27)), 2021 at \(1 + int(11)):\(10 + int(49)) pm",
            "Share", "Facebook", "Twitter", "WhatsApp", "Email",
        ]
        for k in 0..<(6 + int(10)) {
            lines.append(paragraph())
            if k == 2 { lines.append("Advertisement") }
            if k == 4 { lines.append("Read more: " + title) }
            if k == 5 { lines.append("What happens next") }
        }
        lines += [
            "Related", title + " again", "Another headline about the port", "Sign up for our newsletter",
            "We use cookies to improve your experience on our website. By continuing you accept our cookie policy.",
            "Privacy Policy", "Terms of Use", "© 2021 \(siteName). All rights reserved.",
        ]
        return lines.joined(separator: "\n\n") + "\n"
    }
}

extension String {
    func replacingComma() -> String {
        var out = ""
        for part in split(separator: " ", omittingEmptySubsequences: true) {
            if part == "," { out += "," } else { out += (out.isEmpty ? "" : " ") + part }
        }
        return out
    }

    func capitalized1() -> String { prefix(1).uppercased() + dropFirst() }
}
