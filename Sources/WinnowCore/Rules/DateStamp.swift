/// A date or time found in a line, as precise as the line states it.
public struct DateStamp: Sendable, Equatable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?
    /// For relative stamps: how many minutes before the crawl.
    public var minutesBefore: Int?
    /// "Updated …": a revision date, weaker than a publication date.
    public var isUpdate = false

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    public var hasCalendarDay: Bool { year != nil && month != nil && day != nil }
    /// Month and day known; the year may still come from the crawl date.
    public var hasMonthDay: Bool { month != nil && day != nil }
    public var isEmpty: Bool { year == nil && month == nil && day == nil && hour == nil && minutesBefore == nil }

    /// How much the stamp says: 3 day and time, 2 day, 1 relative only, 0 nothing.
    public var precision: Int {
        if hasMonthDay { return hour != nil ? 3 : 2 }
        return minutesBefore != nil ? 1 : 0
    }

    /// ISO form (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`), resolving relative stamps and a missing
    /// year against the crawl date; nil when the calendar day cannot be known.
    public func iso(crawl: DateStamp?) -> String? {
        var y = year
        var m = month
        var d = day
        let absolute = month != nil && day != nil
        if let ago = minutesBefore, !absolute, let c = crawl, c.hasCalendarDay {
            let days = ago / 1440
            (y, m, d) = DateStamp.addDays(-days, to: (c.year!, c.month!, c.day!))
        } else if y == nil, m != nil, d != nil, let cy = crawl?.year {
            y = cy
        }
        guard let y, let m, let d, (1...12).contains(m), (1900...2100).contains(y), (1...DateStamp.daysInMonth(y, m)).contains(d) else { return nil }
        var s = "\(y)-\(DateStamp.two(m))-\(DateStamp.two(d))"
        if absolute || minutesBefore == nil || minutesBefore! % 1440 == 0, let h = hour, (0...23).contains(h) {
            s += "T\(DateStamp.two(h)):\(DateStamp.two(minute ?? 0))"
        }
        return s
    }

    static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func addDays(_ n: Int, to date: (Int, Int, Int)) -> (Int, Int, Int) {
        var (y, m, d) = date
        var k = n
        while k < 0 {
            d -= 1
            if d == 0 {
                m -= 1
                if m == 0 {
                    m = 12
                    y -= 1
                }
                d = daysInMonth(y, m)
            }
            k += 1
        }
        while k > 0 {
            d += 1
            if d > daysInMonth(y, m) {
                d = 1
                m += 1
                if m == 13 {
                    m = 1
                    y += 1
                }
            }
            k -= 1
        }
        return (y, m, d)
    }

    /// Parses an ISO-like string (`2020-11-10`, `2020-11-10T12:49:00+01:00`) as found in
    /// crawler headers, JSON-LD and `<time datetime>`.
    public static func parseISO(_ s: String) -> DateStamp? {
        let u = Array(s.utf8)
        func num(_ a: Int, _ n: Int) -> Int? {
            guard a + n <= u.count else { return nil }
            var v = 0
            for k in a..<(a + n) {
                guard (0x30...0x39).contains(u[k]) else { return nil }
                v = v * 10 + Int(u[k] - 0x30)
            }
            return v
        }
        guard let y = num(0, 4), u.count >= 10, u[4] == 0x2D, let m = num(5, 2), u[7] == 0x2D, let d = num(8, 2),
            (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        var stamp = DateStamp(year: y, month: m, day: d)
        if u.count >= 16, u[10] == 0x54 || u[10] == 0x20, let h = num(11, 2), u[13] == 0x3A, let mi = num(14, 2),
            h < 24, mi < 60
        {
            stamp.hour = h
            stamp.minute = mi
        }
        return stamp
    }
}
