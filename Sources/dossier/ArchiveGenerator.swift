import DossierKit
import Foundation

/// Writes a synthetic archive in the Eurasia Daily Monitor genre for the library benchmark:
/// articles built from sentence templates, with people, capitals, outlets, dates, source
/// citations and cross-references ("see EDM, <date>") to earlier articles of the archive by
/// their dates. Deterministic for a seed.
struct ArchiveGenerator {
    var seed: UInt64 = 0x5EED
    /// Articles a weekday (the monitor runs several).
    var perDay = 4
    /// Target size of one article in bytes (20,000 articles ≈ 120 MB).
    var articleBytes = 6000
    /// One article in this many has no date line, so its date is inferred.
    var undatedEvery = 10

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let given = ["Arman", "Elnur", "Giorgi", "Olena", "Timur", "Nurlan", "Sabina", "Levan", "Irakli",
                        "Aigerim", "Rustam", "Marat", "Oksana", "Tigran", "Farid", "Daniyar", "Zurab", "Vahe",
                        "Kamila", "Bakhyt", "Anar", "Natia", "Artur", "Ruslan", "Mariam", "Yerlan", "Leyla"]
    static let surnames = ["Abdullayev", "Beridze", "Hovhannisyan", "Kovalenko", "Nurmagambetov", "Tsereteli",
                           "Mammadov", "Sargsyan", "Tokayeva", "Bondarenko", "Kiknadze", "Zhakupov", "Aliyeva",
                           "Grigoryan", "Shevchuk", "Lomidze", "Ismayilov", "Petrosyan", "Kassymov", "Melnyk",
                           "Gelashvili", "Huseynov", "Avetisyan", "Seitkali", "Tkachenko", "Japaridze"]
    static let leaders = ["Vladimir Putin", "Ilham Aliyev", "Nikol Pashinyan", "Sergei Lavrov", "Recep Tayyip Erdogan",
                          "Alyaksandr Lukashenka", "Dmitry Peskov", "Ramzan Kadyrov"]
    static let places = ["Moscow", "Baku", "Yerevan", "Tbilisi", "Kyiv", "Minsk", "Astana", "Tashkent", "Ankara",
                         "Tehran", "Brussels", "Washington", "Beijing", "Chisinau", "Bishkek", "Dushanbe"]
    static let regions = ["the South Caucasus", "Central Asia", "the Black Sea region", "the Caspian basin",
                          "the North Caucasus", "Karabakh", "Abkhazia", "Transnistria", "Donbas"]
    static let orgs = ["the Collective Security Treaty Organization", "the Eurasian Economic Union", "NATO",
                       "the European Union", "the Shanghai Cooperation Organization", "Gazprom", "Rosneft",
                       "the OSCE Minsk Group", "the United Nations Security Council"]
    static let outlets = ["TASS", "Interfax", "Kommersant", "Vedomosti", "Regnum", "RIA Novosti", "Aze.az",
                          "Armenpress", "Civil.ge", "Kursiv.kz", "Nezavisimaya Gazeta", "Meduza"]
    static let topics = ["Pipeline", "Border", "Sanctions", "Elections", "Security Pact", "Grain Corridor",
                         "Rail Link", "Gas Deal", "Peace Talks", "Military Drills", "Customs Union", "Energy Crisis"]
    static let verbs = ["Tests", "Reshapes", "Strains", "Revives", "Unsettles", "Deepens", "Complicates", "Redefines"]

    /// The date of article `k` (4 a weekday from January 3, 2005).
    func date(of k: Int) -> CalendarDate {
        var d = CalendarDate(year: 2005, month: 1, day: 3)
        let weekdays = k / perDay
        d = d.adding(days: (weekdays / 5) * 7 + weekdays % 5)
        return d
    }

    static func written(_ d: CalendarDate, year: Bool = true) -> String {
        "\(months[d.month - 1]) \(d.day)" + (year ? ", \(d.year)" : "")
    }

    /// The text of article `k`.
    func article(_ k: Int) -> String {
        var r = SplitMix(seed: seed ^ UInt64(k) &* 0x2545_F491_4F6C_DD1D)
        let d = date(of: k)
        let people = (0..<4).map { _ in "\(r.pick(Self.given)) \(r.pick(Self.surnames))" }
        let place = r.pick(Self.places), other = r.pick(Self.places), region = r.pick(Self.regions)
        let title = "\(place)–\(other) \(r.pick(Self.topics)) \(r.pick(Self.verbs)) Ties in \(region.replacingOccurrences(of: "the ", with: "").capitalized)"
        var out = title + "\n\n"
        out += "Publication: Eurasia Daily Monitor Volume: \(d.year - 2003) Issue: \(max(1, (d.dayNumber - CalendarDate(year: d.year, month: 1, day: 1).dayNumber) * 100 / 198))\n\n"
        if k % undatedEvery != 3 { out += Self.written(d) + "\n\n" }
        var body = ""
        while body.utf8.count < articleBytes {
            var para: [String] = []
            for _ in 0..<(3 + r.int(3)) { para.append(sentence(&r, k: k, d: d, people: people, place: place, other: other, region: region)) }
            body += para.joined(separator: " ") + "\n\n"
        }
        return out + body
    }

    /// A recent day before `d` (for source citations, written without the year).
    private func recent(_ r: inout SplitMix, _ d: CalendarDate) -> String {
        Self.written(d.adding(days: -(1 + r.int(12))), year: false)
    }

    /// A cross-reference to one or two earlier articles of the archive, by their dates.
    private func crossref(_ r: inout SplitMix, k: Int) -> String {
        guard k > perDay * 2 else { return "(see EDM, \(Self.written(date(of: 0))))" }
        let a = date(of: r.int(k - perDay))
        if r.int(3) == 0 {
            let b = date(of: r.int(k - perDay))
            let (x, y) = a < b ? (a, b) : (b, a)
            return "(see EDM, \(Self.written(x)) and \(Self.written(y)))"
        }
        return "(see EDM, \(Self.written(a)))"
    }

    private func sentence(
        _ r: inout SplitMix, k: Int, d: CalendarDate, people: [String], place: String, other: String, region: String
    ) -> String {
        let p = r.pick(people), leader = r.pick(Self.leaders), org = r.pick(Self.orgs), outlet = r.pick(Self.outlets)
        let year = d.year - 1 - r.int(6)
        switch r.int(24) {
        case 0: return "\(p), an analyst in \(place), argues that \(leader) has little room to maneuver in \(region) (\(outlet), \(recent(&r, d)))."
        case 1: return "Relations between \(place) and \(other) have been uneven since \(year) \(crossref(&r, k: k))."
        case 2: return "On \(Self.written(d.adding(days: -(2 + r.int(20))))), \(leader) met officials of \(org) in \(other), a meeting that \(p) called “long overdue.”"
        case 3: return "Officials in \(other) insist that the \(r.pick(Self.topics).lowercased()) will go ahead regardless of pressure from \(place) (\(outlet), \(recent(&r, d)); see EDM, \(Self.written(date(of: r.int(max(1, k))))))."
        case 4: return "According to \(p), the talks planned for the spring of \(year + 1) were postponed twice, and \(org) has yet to set a new date."
        case 5: return "In \(year), \(place) and \(other) signed a framework agreement, but its implementation stalled within months \(crossref(&r, k: k))."
        case 6: return "\(leader) told reporters last week that \(place) would “not accept any dictates” on \(region) (\(outlet), \(recent(&r, d)))."
        case 7: return "The move comes as \(org) prepares a review of its presence in \(region), expected by the end of \(d.year)."
        case 8: return "Commentators such as \(p) note that the economic stakes for \(other) are higher than ever, with trade up by a third since \(year)."
        case 9: return "Earlier this month, the foreign ministry in \(place) summoned the ambassador of \(other) over remarks by \(p) (\(outlet), \(recent(&r, d)); \(r.pick(Self.outlets)), \(recent(&r, d)))."
        case 10: return "Whether \(leader) will attend the summit in \(other) on \(Self.written(d.adding(days: 10 + r.int(40)))) remains unclear."
        case 11: return "For two decades, \(place) has tried to balance between \(org) and its neighbors, a course that \(p) describes as “strategic ambiguity.”"
        case 12: return "The dispute over \(region) has flared repeatedly since the summer of \(year) \(crossref(&r, k: k))."
        case 13: return "Meanwhile, \(p) and \(r.pick(people)) warned that the situation in \(region) could deteriorate quickly if \(place) miscalculates."
        case 14: return "The government in \(place) has not commented publicly, but officials privately describe the talks with \(other) as difficult."
        case 15: return "For \(leader), the question is less about \(region) itself than about the signal it sends to \(org)."
        case 16: return "Critics in \(other) see the arrangement as one-sided, and opposition deputies have demanded that the text be published in full."
        case 17: return "\(p) points out that the same pattern has repeated itself whenever \(place) felt its influence slipping."
        case 18: return "The economic arguments are familiar: transit fees, access to markets and the promise of investment from \(org)."
        case 19: return "Few in \(region) expect a quick resolution, and fewer still believe that \(place) will bear the costs alone."
        case 20: return "What happens next depends largely on whether \(other) can keep its partners in \(org) on its side."
        case 21: return "Observers such as \(p) caution that public statements in \(place) often differ from what is agreed behind closed doors."
        case 22: return "The energy sector, in particular, remains a source of leverage that \(leader) has shown little hesitation in using."
        default: return "Local media in \(other) have covered the story extensively, and the reaction on social networks has been sharply divided."
        }
    }

    /// Writes articles `0..<n` into `dir` (`edm-000001.txt`…); returns the bytes written.
    func write(_ n: Int, to dir: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var bytes = 0
        for k in 0..<n {
            let text = article(k)
            let name = String(format: "edm-%06d.txt", k + 1)
            try Data(text.utf8).write(to: URL(fileURLWithPath: dir).appendingPathComponent(name))
            bytes += text.utf8.count
        }
        return bytes
    }
}

extension SplitMix {
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }
}
