/// Finds parenthetical source citations (guidelines §2).
///
/// A citation is a parenthetical that names a source, usually with dates: "(Aze.az,
/// September 16)", "(TASS, RIA Novosti, March 11)", "(Interfax, March 3; Kommersant, March 4)",
/// "(see EDM, May 30, 2018 and June 5, 2019)", "(Source: kremlin.ru)". The decision is made by
/// shape, not by a list of outlets: the content must split entirely into source names
/// (capitalized words or web domains) and month–day(–year) dates. Without "see" or "Source:",
/// a parenthetical needs a dated entry or a web-domain source, so acronym definitions
/// ("(CSTO)"), asides ("(albeit …)"), translations and date ranges are left alone.
///
/// The scan takes innermost parentheses within each block in one linear pass; unbalanced or
/// deeply nested parentheses are skipped, never trapped on.
public enum CitationParser {
    /// Longest parenthetical content considered (citations are short).
    static let maxContentBytes = 400

    /// `parallel`: parse the parentheses on two threads (they are independent of each other).
    public static func parse(_ text: TextBuffer, blocks: [Block], parallel: Bool = false) -> [Citation] {
        let b = text.bytes
        // Innermost pairs: the last "(" before each ")"; everything else is skipped in one pass.
        var pairs: [(open: Int, close: Int)] = []
        b.withUnsafeBufferPointer { buf in
            for block in blocks {
                let r = text.byteRange(block.span).clamped(to: 0..<buf.count)
                var open = -1
                var i = r.lowerBound
                while i < r.upperBound {
                    let c = buf[i]
                    if c == UInt8(ascii: "(") {
                        open = i
                    } else if c == UInt8(ascii: ")") && open >= 0 {
                        if i - open - 1 <= maxContentBytes { pairs.append((open, i)) }
                        open = -1
                    }
                    i += 1
                }
            }
        }
        return SliceMap.joined(pairs, ways: parallel ? SliceMap.ways : 1) { citations(in: text, pairs: $0) }
    }

    /// The citations among parenthesized ranges (innermost pairs of parentheses, in text order).
    private static func citations(in text: TextBuffer, pairs: ArraySlice<(open: Int, close: Int)>) -> [Citation] {
        let b = text.bytes
        var out: [Citation] = []
        for (open, close) in pairs {
            guard let parsed = parseContent(b, (open + 1)..<close) else { continue }
            let refs = parsed.refs.map { ref in
                Citation.Ref(
                    source: String(decoding: b[ref.range], as: UTF8.self),
                    sourceSpan: text.span(bytes: ref.range), rawDates: ref.dates)
            }
            out.append(Citation(
                span: text.span(bytes: open..<(close + 1)), text: String(decoding: b[open...close], as: UTF8.self),
                kind: parsed.kind, see: parsed.kind == .crossref, refs: refs))
        }
        return out
    }

    /// A parsed reference before conversion to scalar offsets.
    struct RawRef {
        var range: Range<Int>
        var dates: [PartialDate]
    }

    struct Parsed {
        var kind: Citation.Kind
        var refs: [RawRef]
    }

    /// The length of a credit prefix ("Source:", "Sources:", "Photo:", "Credit:") at `at`,
    /// counting leading whitespace; nil when there is none.
    static func creditPrefixLength(_ b: [UInt8], at: Int, end: Int) -> Int? {
        var r = Reader(b, from: at, to: end)
        r.skipWhitespace()
        for p: StaticString in ["Sources:", "Source:", "Photo:", "Photo credit:", "Credit:", "Image:"] {
            if r.skip(p, caseInsensitive: true) { return r.position - at }
        }
        return nil
    }

    /// Parses the content between the parentheses; nil when it is not a citation.
    static func parseContent(_ b: [UInt8], _ content: Range<Int>) -> Parsed? {
        let t = Bytes.trimmed(b, content)
        guard !t.isEmpty else { return nil }
        var kind = Citation.Kind.source
        var body = t
        if let n = creditPrefixLength(b, at: t.lowerBound, end: t.upperBound) {
            kind = .credit
            body = (t.lowerBound + n)..<t.upperBound
        } else {
            var r = Reader(b, from: t.lowerBound, to: t.upperBound)
            if r.skip("see", caseInsensitive: true), let c = r.current, Bytes.isSpace(c) {
                r.skipWhitespace()
                if r.skip("also", caseInsensitive: true), let c2 = r.current, Bytes.isSpace(c2) { r.skipWhitespace() }
                kind = .crossref
                body = r.position..<t.upperBound
            }
        }
        // A photo or wire credit: "(AP)", "(John Minchillo / AP)", "(Thomas Coex/AFP/Getty Images)".
        if kind == .source, isAgencyCredit(b, t) { return Parsed(kind: .credit, refs: [RawRef(range: t, dates: [])]) }
        guard let refs = parseRefs(b, body) ?? creditFallback(b, body, kind: kind) else { return nil }
        guard !refs.refs.isEmpty else { return nil }
        if kind == .source && !refs.hasMonth && !refs.allDomains { return nil }
        // Without a date, a numbered name is a figure or a chapter ("see Table 3"), not an outlet.
        if !refs.hasMonth && kind != .credit && refs.refs.contains(where: { endsWithNumber(b, $0.range) }) { return nil }
        return Parsed(kind: kind, refs: refs.refs)
    }

    /// Photo and wire agencies that credit pictures and stories without a date.
    static let agencies: [[UInt8]] = ["AP", "Reuters", "AFP", "Getty Images", "EPA", "EPA-EFE", "Bloomberg", "Xinhua",
                                      "TASS", "dpa", "AAP", "PA", "Anadolu", "Sputnik", "UPI"].map { Array($0.utf8) }

    /// True when the whole content is a credit to an agency: the agency alone, or names separated
    /// by slashes ending in one, or "… via AGENCY"; at most 80 bytes, no digits.
    static func isAgencyCredit(_ b: [UInt8], _ t: Range<Int>) -> Bool {
        guard t.count <= 80 else { return false }
        for i in t where Bytes.isDigit(b[i]) || b[i] == 0x28 || b[i] == 0x2C || b[i] == 0x3B { return false }
        // The last part after a slash or after "via ".
        var a = t.lowerBound
        for i in t where b[i] == 0x2F { a = i + 1 }
        var i = t.lowerBound
        while i + 4 <= t.upperBound {
            if b[i] == 0x76, b[i + 1] == 0x69, b[i + 2] == 0x61, b[i + 3] == 0x20, i == t.lowerBound || b[i - 1] == 0x20 { a = max(a, i + 4) }
            i += 1
        }
        let last = Bytes.trimmed(b, a..<t.upperBound)
        // A bare agency, or a credit with a name before it: "(NATO)" or "(EU/NATO)" is not one.
        return agencies.contains { $0.count == last.count && b[last].elementsEqual($0) }
    }

    /// A credit whose content is not a list of names ("Source: author's photo") is one source.
    static func creditFallback(_ b: [UInt8], _ body: Range<Int>, kind: Citation.Kind) -> RefList? {
        guard kind == .credit else { return nil }
        let words = wordsOf(b, body)
        guard let f = words.first, let l = words.last, l.upperBound - f.lowerBound <= 120 else { return nil }
        return RefList(refs: [RawRef(range: f.lowerBound..<l.upperBound, dates: [])], hasMonth: false, allDomains: false)
    }

    struct RefList {
        var refs: [RawRef]
        var hasMonth: Bool
        var allDomains: Bool
    }

    /// Splits "A, B, Month D; C Month D, YYYY" into refs with dates; nil when any piece is
    /// neither a source name nor a date.
    static func parseRefs(_ b: [UInt8], _ body: Range<Int>) -> RefList? {
        var refs: [RawRef] = []
        var hasMonth = false
        var allDomains = true
        // The current run: sources waiting for the dates that follow them.
        var runSources: [Range<Int>] = []
        var runDates: [PartialDate] = []
        var month: Int?
        var previousRunStart = -1  // index in refs of the last flushed run

        func flush() -> Bool {
            if runSources.isEmpty {
                // Dates with no source of their own extend the previous run ("…, March 3; March 4").
                guard !runDates.isEmpty else { return true }
                guard previousRunStart >= 0 else { return false }
                for k in previousRunStart..<refs.count { refs[k].dates.append(contentsOf: runDates) }
            } else {
                previousRunStart = refs.count
                for s in runSources { refs.append(RawRef(range: s, dates: runDates)) }
            }
            runSources.removeAll(keepingCapacity: true)
            runDates.removeAll(keepingCapacity: true)
            return true
        }

        var pieceStart = body.lowerBound
        var i = body.lowerBound
        while i <= body.upperBound {
            let atEnd = i == body.upperBound
            let c: UInt8 = atEnd ? 0 : b[i]
            let isSeparator = atEnd || c == UInt8(ascii: ",") || c == UInt8(ascii: ";")
            guard isSeparator else { i += 1; continue }
            // Split the piece further at the word "and" (between dates or sources).
            for piece in splitAtAnd(b, pieceStart..<i) {
                let words = wordsOf(b, piece)
                if words.isEmpty {
                    // Empty pieces (", ,") are tolerated only when they were footnote markers.
                    if !Bytes.isBlank(b, piece) { continue }
                    return nil
                }
                switch classify(b, words, month: month) {
                case .invalid:
                    return nil
                case .dates(let ds, let m):
                    if let m { month = m }
                    runDates.append(contentsOf: ds)
                    if ds.contains(where: { $0.month != nil }) { hasMonth = true }
                case .year(let y):
                    // A year completes the dates before it that lack one ("May 30, 2018").
                    var assigned = false
                    var k = runDates.count - 1
                    while k >= 0, runDates[k].year == nil, runDates[k].month != nil {
                        runDates[k].year = y
                        assigned = true
                        k -= 1
                    }
                    if !assigned { runDates.append(PartialDate(year: y)) }
                case .source(let range, let ds, let m):
                    if !runDates.isEmpty { guard flush() else { return nil } }
                    runSources.append(range)
                    if !isDomain(b, range) { allDomains = false }
                    if !ds.isEmpty {
                        runDates.append(contentsOf: ds)
                        hasMonth = true
                        month = m
                    }
                }
            }
            if c == UInt8(ascii: ";") || atEnd {
                guard flush() else { return nil }
                month = nil
            }
            pieceStart = i + 1
            i += 1
        }
        return RefList(refs: refs, hasMonth: hasMonth, allDomains: allDomains && !refs.isEmpty)
    }

    enum Piece {
        case invalid
        /// Dates, with the month of the last one (for day-only dates that follow).
        case dates([PartialDate], Int?)
        /// A lone year, completing the dates before it.
        case year(Int)
        /// A source name, with the dates written right after it ("Kommersant December 11").
        case source(Range<Int>, [PartialDate], Int?)
    }

    /// Classifies a piece of a citation given as words (byte ranges).
    static func classify(_ b: [UInt8], _ allWords: [Range<Int>], month: Int?) -> Piece {
        var words = allWords[...]
        // A later group may be a see-reference of its own: "(Vedomosti, March 3; see EDM, March 5)".
        if words.count > 1, let w = words.first, w.count == 3, Bytes.hasPrefix(b, at: w.lowerBound, end: w.upperBound, "see", caseInsensitive: true) {
            words = words.dropFirst()
            if words.count > 1, let a = words.first, Bytes.equals(b, a, "also") { words = words.dropFirst() }
        }
        let first = words.startIndex
        // A name of at most six words and a date or two: longer pieces are prose (and this keeps
        // the search for the date's start cheap).
        guard words.count <= 16 else { return .invalid }
        // A weekday before a date adds nothing: "(TASS, Monday, March 3)".
        if words.count == 1, isWeekday(b, words[first]) { return .dates([], month) }
        if let (ds, m, y) = parseDate(b, words, month: month) {
            if let y, ds.isEmpty { return .year(y) }
            return .dates(ds, m)
        }
        // A source, possibly followed by a date: find the first word where a date starts.
        var k = first + 1
        while k < words.endIndex {
            if monthNumber(b, words[k]) != nil || dayNumber(b, words[k]) != nil,
               let (ds, m, _) = parseDate(b, words[k...], month: nil), ds.contains(where: { $0.month != nil }) {
                guard isSourceName(b, words[first..<k]) else { return .invalid }
                return .source(words[first].lowerBound..<words[k - 1].upperBound, ds, m)
            }
            k += 1
        }
        guard isSourceName(b, words) else { return .invalid }
        return .source(words[first].lowerBound..<words[words.endIndex - 1].upperBound, [], nil)
    }

    /// Parses a whole piece as dates: "September 16", "Sept. 16 2019", "16 September", "March 2019",
    /// days after a month ("24", or "3–4" split into "3" "4"), a year completing the dates before it.
    /// Returns the dates, the month in force after them, and a lone year (a piece that is only a year).
    static func parseDate(_ b: [UInt8], _ words: ArraySlice<Range<Int>>, month: Int?) -> ([PartialDate], Int?, Int?)? {
        let w = words
        if w.count == 1, let y = yearNumber(b, w[w.startIndex]) { return ([], month, y) }
        var ds: [PartialDate] = []
        var m = month
        var i = w.startIndex
        while i < w.endIndex {
            if let mm = monthNumber(b, w[i]) {
                if i + 1 < w.endIndex, let d = dayNumber(b, w[i + 1]) {
                    ds.append(PartialDate(month: mm, day: d))
                    i += 2
                } else if i + 1 < w.endIndex, let y = yearNumber(b, w[i + 1]) {
                    ds.append(PartialDate(year: y, month: mm))
                    i += 2
                } else {
                    return nil
                }
                m = mm
            } else if let d = dayNumber(b, w[i]) {
                if i + 1 < w.endIndex, let mm = monthNumber(b, w[i + 1]) {
                    ds.append(PartialDate(month: mm, day: d))
                    m = mm
                    i += 2
                } else if let m {
                    ds.append(PartialDate(month: m, day: d))
                    i += 1
                } else {
                    return nil
                }
            } else if let y = yearNumber(b, w[i]) {
                var k = ds.count - 1
                var assigned = false
                while k >= 0, ds[k].year == nil, ds[k].month != nil {
                    ds[k].year = y
                    assigned = true
                    k -= 1
                }
                if !assigned { ds.append(PartialDate(year: y)) }
                i += 1
            } else {
                return nil
            }
        }
        return ds.isEmpty ? nil : (ds, m, nil)
    }

    /// Splits a piece at the standalone word "and" ("May 30, 2018 and June 5"); blank parts
    /// left by ", and" are dropped. ("&" stays inside names: "Ernst & Young".)
    static func splitAtAnd(_ b: [UInt8], _ piece: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = piece.lowerBound
        var i = piece.lowerBound
        while i + 3 < piece.upperBound {
            if i > piece.lowerBound, Bytes.isSpace(b[i - 1]), Bytes.hasPrefix(b, at: i, end: piece.upperBound, "and"),
               Bytes.isSpace(b[i + 3]) {
                if !Bytes.isBlank(b, start..<i) { out.append(start..<i) }
                start = i + 3
                i += 3
                continue
            }
            i += 1
        }
        if !Bytes.isBlank(b, start..<piece.upperBound) || out.isEmpty { out.append(start..<piece.upperBound) }
        return out
    }

    /// The words of a piece (split at whitespace), without footnote markers ("[1]", "[1][2]").
    static func wordsOf(_ b: [UInt8], _ piece: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = piece.lowerBound
        while i < piece.upperBound {
            while i < piece.upperBound, Bytes.isSpace(b[i]) { i += 1 }
            let s = i
            while i < piece.upperBound, !Bytes.isSpace(b[i]) {
                // A dash after a digit joins two dates ("3–4", "30–October"): split there.
                if i > s, Bytes.isDigit(b[i - 1]) {
                    let dash = b[i] == UInt8(ascii: "-") ? 1 : (b[i] == 0xE2 && i + 2 < piece.upperBound && b[i + 1] == 0x80
                        && (b[i + 2] == 0x93 || b[i + 2] == 0x94) ? 3 : 0)
                    if dash > 0 { break }
                }
                i += 1
            }
            guard s < i else { continue }
            let word = strippingFootnotes(b, s..<i)
            if !word.isEmpty { out.append(word) }
            // Step over the dash that ended the word, if any.
            if i < piece.upperBound, b[i] == UInt8(ascii: "-") { i += 1 }
            else if i + 2 < piece.upperBound, b[i] == 0xE2 { i += 3 }
        }
        return out
    }

    /// The word without trailing footnote markers; empty when it is only markers.
    static func strippingFootnotes(_ b: [UInt8], _ word: Range<Int>) -> Range<Int> {
        var hi = word.upperBound
        while hi > word.lowerBound, b[hi - 1] == UInt8(ascii: "]") {
            var j = hi - 2
            while j >= word.lowerBound, Bytes.isDigit(b[j]) || Bytes.isLower(b[j]) && hi - j < 4 { j -= 1 }
            guard j >= word.lowerBound, b[j] == UInt8(ascii: "["), j < hi - 2 else { break }
            hi = j
        }
        return word.lowerBound..<hi
    }

    static let weekdays: [StaticString] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static func isWeekday(_ b: [UInt8], _ w: Range<Int>) -> Bool {
        weekdays.contains { Bytes.equals(b, w, $0) }
    }

    /// A day of the month: 1–31, optionally with an ordinal suffix ("16th").
    static func dayNumber(_ b: [UInt8], _ w: Range<Int>) -> Int? {
        var r = Reader(b, from: w.lowerBound, to: w.upperBound)
        guard let n = r.readNumber(), r.position - w.lowerBound <= 2, (1...31).contains(n) else { return nil }
        if r.isAtEnd { return n }
        if r.skip("st") || r.skip("nd") || r.skip("rd") || r.skip("th") { return r.isAtEnd ? n : nil }
        return nil
    }

    /// A four-digit year.
    static func yearNumber(_ b: [UInt8], _ w: Range<Int>) -> Int? {
        guard w.count == 4 else { return nil }
        var r = Reader(b, from: w.lowerBound, to: w.upperBound)
        guard let n = r.readNumber(), r.isAtEnd, n >= 1000 else { return nil }
        return n
    }

    static let monthNames: [StaticString] = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// The month named by a word: full name, or an abbreviation of three or more letters
    /// with an optional period ("Aug.", "Sept."). Must be capitalized.
    static func monthNumber(_ b: [UInt8], _ w: Range<Int>) -> Int? {
        var hi = w.upperBound
        if hi > w.lowerBound, b[hi - 1] == UInt8(ascii: ".") { hi -= 1 }
        let n = hi - w.lowerBound
        guard n >= 3, n <= 9, Bytes.isUpper(b[w.lowerBound]) else { return nil }
        for (m, name) in monthNames.enumerated() {
            let full = name.utf8CodeUnitCount
            guard n <= full else { continue }
            let same = name.withUTF8Buffer { lit in
                (0..<n).allSatisfy { Bytes.lower(b[w.lowerBound + $0]) == lit[$0] }
            }
            guard same else { continue }
            // Only whole names or standard abbreviations ("Jun", "Sept"), not "Ma".
            if n == full || n == 3 || (m == 8 && n == 4) { return m + 1 }
        }
        return nil
    }

    /// Lowercase words allowed inside a source name ("Voice of America", "Le Monde").
    static let connectors: [StaticString] = [
        "of", "the", "de", "del", "da", "di", "du", "des", "la", "le", "el", "al", "der", "den", "van",
        "von", "for", "on", "in", "and", "&", "-", "–", "i", "y", "na", "za", "v",
    ]

    /// True when the words read as an outlet's name: capitalized words, acronyms, web domains,
    /// with a few lowercase connectors inside; no quotes, clauses or bare numbers.
    static func isSourceName(_ b: [UInt8], _ words: ArraySlice<Range<Int>>) -> Bool {
        guard !words.isEmpty, words.count <= 6 else { return false }
        let total = (words.last?.upperBound ?? 0) - (words.first?.lowerBound ?? 0)
        guard total <= 80 else { return false }
        for (n, w) in words.enumerated() {
            guard let first = w.first else { return false }
            // Characters that never belong to an outlet's name.
            var i = w.lowerBound
            var hasLetter = false
            while i < w.upperBound {
                let c = b[i]
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == UInt8(ascii: "(")
                    || c == UInt8(ascii: ")") || c == UInt8(ascii: "[") || c == UInt8(ascii: "]") || c == UInt8(ascii: "%")
                    || c == UInt8(ascii: ":") || c == UInt8(ascii: "=") {
                    return false
                }
                if c == 0xE2 && (Bytes.has(b, at: i, end: w.upperBound, Bytes.leftDoubleQuote)
                    || Bytes.has(b, at: i, end: w.upperBound, Bytes.rightDoubleQuote)
                    || Bytes.has(b, at: i, end: w.upperBound, Bytes.leftSingleQuote)
                    || Bytes.has(b, at: i, end: w.upperBound, Bytes.ellipsis)) {
                    return false
                }
                if Bytes.isLetter(c) || c >= 0xC0 { hasLetter = true }
                i += 1
            }
            if n > 0 && n < words.count - 1, isConnector(b, w) { continue }
            // A number may follow a name: "Rustavi 2", "Channel 4".
            if !hasLetter {
                guard n > 0, w.count <= 3, w.allSatisfy({ Bytes.isDigit(b[$0]) }) else { return false }
                continue
            }
            let c = b[first]
            if Bytes.isUpper(c) || c == UInt8(ascii: "@") { continue }
            if isDomain(b, w) { continue }
            // Camel-case brands: "iStories", "eNCA".
            if Bytes.isLower(c), w.contains(where: { Bytes.isUpper(b[$0]) }) { continue }
            if c >= 0xC0 {
                let (s, _) = Bytes.scalar(b, at: first, end: w.upperBound)
                if s.properties.isAlphabetic && !s.properties.isLowercase { continue }
                return false
            }
            return false
        }
        return true
    }

    /// True when the last word of `r` is a bare number.
    static func endsWithNumber(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        var i = r.upperBound
        while i > r.lowerBound, Bytes.isDigit(b[i - 1]) { i -= 1 }
        return i < r.upperBound && (i == r.lowerBound || Bytes.isSpace(b[i - 1]))
    }

    static func isConnector(_ b: [UInt8], _ w: Range<Int>) -> Bool {
        guard w.count <= 3 else { return false }
        for c in connectors where Bytes.equals(b, w, c) { return true }
        return false
    }

    /// A web domain: "kremlin.ru", "Aze.az", "1tv.ge", "Turkmenistan.gov.tm" — letters or digits,
    /// a dot, and a final label of two or more letters.
    static func isDomain(_ b: [UInt8], _ word: Range<Int>) -> Bool {
        // A path after the host does not matter: "facebook.com/aliyev".
        var hostEnd = word.lowerBound
        while hostEnd < word.upperBound, b[hostEnd] != UInt8(ascii: "/") { hostEnd += 1 }
        let w = word.lowerBound..<hostEnd
        var lastDot = -1
        for i in w {
            let c = b[i]
            if c == UInt8(ascii: ".") {
                if i == w.lowerBound || i == lastDot + 1 { return false }
                lastDot = i
            } else if !(Bytes.isLetter(c) || Bytes.isDigit(c) || c == UInt8(ascii: "-")) {
                return false
            }
        }
        guard lastDot > w.lowerBound else { return false }
        let tld = (lastDot + 1)..<w.upperBound
        guard tld.count >= 2, tld.count <= 6 else { return false }
        for i in tld where !Bytes.isLetter(b[i]) { return false }
        return true
    }
}
