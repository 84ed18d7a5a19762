/// Dates the head of a text states outright: wire datelines ("ANKARA, Jan 14 (Reuters) -",
/// "MOSCOW, March 3, 2021 /TASS/"), labelled lines ("Published: …", "Posted on …", "Updated …")
/// and a line holding only a date (under the title).
extension DocumentDateInference {
    /// A date read from the head of the text; `year` is nil when the line gives none.
    struct HeaderDate: Equatable, Sendable {
        enum Kind: Int, Sendable { case published, dateline, dateLine, updated }
        var year: Int?
        var month: Int
        var day: Int
        var kind: Kind

        /// How the date was found, for the DCT basis sentence.
        var label: String {
            switch kind {
            case .published: return "the publication line"
            case .dateline: return "the dateline"
            case .dateLine: return "the date line under the title"
            case .updated: return "the update line"
            }
        }
    }

    /// Only the first lines of a text can be its header.
    static let headerBytes = 4096
    static let headerLines = 8

    /// The most telling header date of `text`: a publication line beats a dateline, which beats
    /// a bare date line; an "Updated" line is the last resort (it comes after publication).
    static func headerDate(_ text: TextBuffer) -> HeaderDate? {
        var best: HeaderDate?
        text.bytes.withUnsafeBufferPointer { buf in
            let limit = min(buf.count, headerBytes)
            var toks: [TimeToken] = []
            var pos = 0
            var lines = 0
            while pos < limit && lines < headerLines {
                var e = pos
                while e < limit && buf[e] != 0x0A { e += 1 }
                toks.removeAll(keepingCapacity: true)
                var ex = 0
                TimeTokenizer.tokenize(buf, from: pos, to: e, excluded: [], exclIndex: &ex, lexicon: TimeLexicon.shared, into: &toks)
                if !toks.isEmpty {
                    lines += 1
                    if let d = lineDate(toks, buf), best.map({ d.kind.rawValue < $0.kind.rawValue }) ?? true { best = d }
                }
                pos = e + 1
            }
        }
        return best
    }

    /// The header date of one line's tokens, if the line is a labelled, dateline or date-only line.
    static func lineDate(_ t: [TimeToken], _ buf: UnsafeBufferPointer<UInt8>) -> HeaderDate? {
        guard let first = t.first else { return nil }
        // "Published: Monday, March 3, 2021", "Posted on 3 March 2021", "Updated Mar. 3, 2021 14:05 GMT".
        if first.kind == .word {
            let k = lowerKey(first, buf)
            let kind: HeaderDate.Kind? = k == TimeLexicon.pack("published") || k == TimeLexicon.pack("posted")
                || k == TimeLexicon.pack("date") || k == TimeLexicon.pack("dated") ? .published
                : k == TimeLexicon.pack("updated") || k == TimeLexicon.pack("modified") ? .updated : nil
            if let kind {
                var j = 1
                while j < t.count && j < 4 && (t[j].isPunct(UInt8(ascii: ":")) || t[j].isWord(.on) || t[j].isDash) { j += 1 }
                // "Updated 3:15 PM GMT, Monday, August 9, 2023": a clock time, zone or weekday may come first.
                var tries = 0
                while j < t.count && tries < 8 {
                    if let d = parseDate(t, j) { return HeaderDate(year: d.year, month: d.month, day: d.day, kind: kind) }
                    let x = t[j]
                    let skippable = x.has(TimeToken.clock) || x.cat == .weekday || x.isPunct(UInt8(ascii: ",")) || x.isPunct(UInt8(ascii: "."))
                        || x.isWord(.am) || x.isWord(.pm) || x.isWord(.at) || (x.kind == .word && x.has(TimeToken.allCaps) && x.end - x.start <= 4)
                        || (x.kind == .word && x.end - x.start == 1)
                    guard skippable else { return nil }
                    j += 1; tries += 1
                }
                return nil
            }
        }
        // A byline or publication line with a date: "By Jane Roe | January 14, 2020",
        // "Publication: The Daily Record · January 14, 2020" (a full date with its year only).
        // "By January 14, 2020, troops left" is a sentence: the date must not follow "By" directly.
        let labelled = first.isWord(.by) || (lowerKey(first, buf) == TimeLexicon.pack("publication") && t.count > 1 && t[1].isPunct(UInt8(ascii: ":")))
        if labelled && first.has(TimeToken.capitalized) && t.count <= 24 && t.count > 2 {
            for j in 2..<t.count {
                if let d = parseDate(t, j), d.year != nil { return HeaderDate(year: d.year, month: d.month, day: d.day, kind: .published) }
            }
            return nil
        }
        // A line that is only a date (a weekday, a clock time and a zone may come with it).
        let s = skipWeekday(t, 0)
        if let d = parseDate(t, s), onlyTimeAfter(t, d.next, buf) {
            return HeaderDate(year: d.year, month: d.month, day: d.day, kind: .dateLine)
        }
        // Dateline: capitalized place words and commas, the date, then a credit and a dash.
        guard first.kind == .word, first.has(TimeToken.capitalized) else { return nil }
        var j = 0
        while j < t.count && j < 10 {
            let x = t[j]
            if x.kind == .word && x.cat != .month && x.cat != .monthAbbr && (x.has(TimeToken.capitalized) || x.end - x.start <= 2) { j += 1; continue }
            // "U.S.", "St." inside the place; "MOSCOW." before the date (Interfax style).
            if x.isPunct(UInt8(ascii: ".")) && j > 0 && t[j - 1].kind == .word && (t[j - 1].end - t[j - 1].start <= 3 || t[j - 1].has(TimeToken.allCaps)) { j += 1; continue }
            if x.isPunct(UInt8(ascii: ",")) { j += 1; continue }
            break
        }
        // A place is a few words ("RIO DE JANEIRO,", "KYIV, Ukraine,"); a longer run is a caption.
        guard j > 1, j <= 6, j < t.count else { return nil }
        let separated = t[j - 1].isPunct(UInt8(ascii: ",")) || (t[j - 1].isPunct(UInt8(ascii: ".")) && t[j - 2].has(TimeToken.allCaps))
        guard separated, let d = parseDate(t, j) else { return nil }
        var k = d.next
        if k < t.count && t[k].isPunct(UInt8(ascii: ".")) { k += 1 }
        guard k < t.count else { return nil }
        let credited = t[k].isPunct(UInt8(ascii: "(")) || t[k].isPunct(UInt8(ascii: "/"))
        guard credited || t[k].isDash else { return nil }
        if credited {
            // "(Reuters)", "/TASS/": a short agency name, not "(Source: kremlin.ru)".
            var e = k + 1
            while e < t.count && e - k <= 5 && !t[e].isPunct(t[k].ch == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "/")) {
                if t[e].isPunct(UInt8(ascii: ":")) { return nil }
                e += 1
            }
            guard e < t.count, e - k <= 5 else { return nil }
        }
        return HeaderDate(year: d.year, month: d.month, day: d.day, kind: .dateline)
    }

    /// The packed lowercase key of a word token (0 when not plain letters).
    static func lowerKey(_ x: TimeToken, _ buf: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard x.kind == .word, x.end - x.start <= 12, x.end <= buf.count else { return 0 }
        var k: UInt64 = 0
        for p in x.start..<x.end {
            let c = buf[p] | 0x20
            guard c >= 0x61 && c <= 0x7A else { return 0 }
            k = k << 5 | UInt64(c - 0x60)
        }
        return k
    }

    /// Skips "Monday," at `j`.
    static func skipWeekday(_ t: [TimeToken], _ j: Int) -> Int {
        guard j < t.count, t[j].cat == .weekday else { return j }
        return j + 1 < t.count && t[j + 1].isPunct(UInt8(ascii: ",")) ? j + 2 : j + 1
    }

    /// True when nothing but a clock time, am/pm, a time zone and punctuation follows `j`.
    static func onlyTimeAfter(_ t: [TimeToken], _ j: Int, _ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = j
        while k < t.count {
            let x = t[k]
            if x.kind == .punct || x.has(TimeToken.clock) || x.isWord(.am) || x.isWord(.pm) { k += 1; continue }
            if x.kind == .number && x.digits <= 2 { k += 1; continue }
            if x.kind == .word && x.has(TimeToken.allCaps) && x.end - x.start <= 4 { k += 1; continue }
            if x.kind == .word {
                let key = lowerKey(x, buf)
                if key == TimeLexicon.pack("am") || key == TimeLexicon.pack("pm") || key == TimeLexicon.pack("at") { k += 1; continue }
            }
            return false
        }
        return true
    }

    /// "Jan 14", "Aug. 9", "March 3, 2021", "12 May 2022", "2021-03-03" at token `j`.
    static func parseDate(_ t: [TimeToken], _ j: Int) -> (year: Int?, month: Int, day: Int, next: Int)? {
        guard j >= 0, j < t.count else { return nil }
        func day(_ k: Int) -> Int? {
            guard k < t.count, t[k].kind == .number, t[k].digits <= 2, !t[k].has(TimeToken.notPlain), !t[k].has(TimeToken.clock),
                  (1...31).contains(t[k].num) else { return nil }
            return t[k].num
        }
        func year(_ k: Int) -> Int? {
            guard k < t.count, t[k].kind == .number, t[k].digits == 4, !t[k].has(TimeToken.notPlain), (1900...2199).contains(t[k].num) else { return nil }
            return t[k].num
        }
        func isMonth(_ k: Int) -> Bool { k < t.count && (t[k].cat == .month || t[k].cat == .monthAbbr) && t[k].has(TimeToken.capitalized) }
        func valid(_ y: Int?, _ m: Int, _ d: Int) -> Bool { TimeValues.date(y ?? 2000, m, d) != nil }
        if isMonth(j) {
            let m = Int(t[j].v)
            var k = j + 1
            if k < t.count && t[k].isPunct(UInt8(ascii: ".")) { k += 1 }
            guard let d = day(k) else { return nil }
            k += 1
            if k + 1 < t.count && t[k].isPunct(UInt8(ascii: ",")), let y = year(k + 1) { return valid(y, m, d) ? (y, m, d, k + 2) : nil }
            if let y = year(k) { return valid(y, m, d) ? (y, m, d, k + 1) : nil }
            return valid(nil, m, d) ? (nil, m, d, k) : nil
        }
        if let d = day(j), isMonth(j + 1) {
            let m = Int(t[j + 1].v)
            var k = j + 2
            if k < t.count && t[k].isPunct(UInt8(ascii: ".")) { k += 1 }
            if k + 1 < t.count && t[k].isPunct(UInt8(ascii: ",")), let y = year(k + 1) { return valid(y, m, d) ? (y, m, d, k + 2) : nil }
            if let y = year(k) { return valid(y, m, d) ? (y, m, d, k + 1) : nil }
            return valid(nil, m, d) ? (nil, m, d, k) : nil
        }
        // ISO "2021-03-03".
        if let y = year(j), j + 4 < t.count, t[j + 1].isDash, t[j + 3].isDash,
           t[j + 2].kind == .number, t[j + 2].digits == 2, t[j + 4].kind == .number, t[j + 4].digits == 2,
           let date = TimeValues.date(y, t[j + 2].num, t[j + 4].num) {
            return (y, date.month, date.day, j + 5)
        }
        return nil
    }
}
