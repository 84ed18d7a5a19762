/// Splits a block into sentences by a linear scan over its bytes.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets after it) when
/// whitespace follows and the next word can open a sentence (a capital, digit, opening quote or
/// bracket). A period does not end a sentence after an abbreviation ("Gen.", "Aug.", "vs."),
/// a dotted acronym ("U.S.", "e.g."), an initial ("J. R. Smith"), or inside a web domain or
/// decimal ("Aze.az", "2.5": no whitespace follows). Ellipses do not end sentences unless a
/// closing quote follows. EDM places a citation before the period, so "… Baku (see EDM,
/// July 19, 2016). And" ends after ")."; a period inside a quotation ends after the quote (`.”`).
enum SentenceSplitter {
    /// Sentence byte ranges inside `range`, sorted, non-overlapping, without outer whitespace.
    static func split(_ b: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        let lo = max(0, range.lowerBound), hi = min(b.count, range.upperBound)
        var out: [Range<Int>] = []
        var start = lo
        while start < hi, Bytes.isSpace(b[start]) { start += 1 }
        var i = start
        while i < hi {
            let c = b[i]
            var isTerminator = c == UInt8(ascii: ".") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
            var isEllipsis = false
            var afterTerm = i + 1
            if c == UInt8(ascii: ".") && i + 1 < hi && b[i + 1] == UInt8(ascii: ".") {
                isEllipsis = true
            } else if c == 0xE2 && Bytes.has(b, at: i, end: hi, Bytes.ellipsis) {
                isTerminator = true
                isEllipsis = true
                afterTerm = i + 3
            }
            guard isTerminator else { i += 1; continue }
            // Extend over further terminators and closers: ?!  .”  .)  ”)
            var j = afterTerm
            var closedQuote = false
            while j < hi {
                let d = b[j]
                if d == UInt8(ascii: ".") || d == UInt8(ascii: "!") || d == UInt8(ascii: "?")
                    || d == UInt8(ascii: ")") || d == UInt8(ascii: "]") || d == UInt8(ascii: "\"")
                    || d == UInt8(ascii: "'") {
                    if d == UInt8(ascii: "\"") || d == UInt8(ascii: "'") { closedQuote = true }
                    j += 1
                } else if Bytes.has(b, at: j, end: hi, Bytes.rightDoubleQuote) || Bytes.has(b, at: j, end: hi, Bytes.rightSingleQuote) {
                    closedQuote = true
                    j += 3
                } else if Bytes.has(b, at: j, end: hi, Bytes.ellipsis) {
                    j += 3
                } else if d == 0xC2 && j + 1 < hi && b[j + 1] == 0xBB {  // »
                    closedQuote = true
                    j += 2
                } else if d == UInt8(ascii: "["), let m = footnoteEnd(b, from: j, end: hi) {
                    j = m  // a footnote marker after the period: "end.[1] Next"
                } else {
                    break
                }
            }
            let termEnd = j
            if isEllipsis && !closedQuote { i = termEnd; continue }
            // Whitespace must follow, then something that can open a sentence.
            var k = termEnd
            while k < hi, Bytes.isSpace(b[k]) { k += 1 }
            if k == termEnd || k >= hi { i = max(termEnd, i + 1); continue }
            if !canOpenSentence(b, at: k, end: hi) { i = termEnd; continue }
            // A quoted exclamation or question followed by a parenthetical is usually glossed
            // by it: “Shout this!” (“a translation”), and the sentence goes on.
            if c != UInt8(ascii: "."), closedQuote, b[k] == UInt8(ascii: "(") { i = termEnd; continue }
            if c == UInt8(ascii: ".") && !isEllipsis {
                switch abbreviation(b, periodAt: i, lowerBound: start) {
                case .none: break
                case .always: i = termEnd; continue
                // "in the U.S. The company said": a dotted acronym can end a sentence too.
                case .unlessStarterFollows where !isSentenceStarter(b, at: k, end: hi): i = termEnd; continue
                case .unlessStarterFollows: break
                }
            }
            out.append(start..<termEnd)
            start = k
            i = k
        }
        var end = hi
        while end > start, Bytes.isSpace(b[end - 1]) { end -= 1 }
        if end > start { out.append(start..<end) }
        return out
    }

    /// The end of a footnote marker "[12]" starting at `j`, or nil.
    static func footnoteEnd(_ b: [UInt8], from j: Int, end: Int) -> Int? {
        var k = j + 1
        while k < end, k - j <= 4, Bytes.isDigit(b[k]) { k += 1 }
        return k > j + 1 && k < end && b[k] == UInt8(ascii: "]") ? k + 1 : nil
    }

    /// True when the scalar at `k` can start a sentence: not a lowercase letter, not a comma.
    static func canOpenSentence(_ b: [UInt8], at k: Int, end: Int) -> Bool {
        let d = b[k]
        if d < 0x80 {
            if Bytes.isUpper(d) || Bytes.isDigit(d) { return true }
            return d == UInt8(ascii: "\"") || d == UInt8(ascii: "'") || d == UInt8(ascii: "(")
                || d == UInt8(ascii: "[") || d == UInt8(ascii: "*") || d == UInt8(ascii: "_")
        }
        let (s, _) = Bytes.scalar(b, at: k, end: end)
        let p = s.properties
        if p.isAlphabetic { return !p.isLowercase }
        // Opening quotes and other punctuation or symbols may start a sentence; closers may not.
        return s != "\u{201D}" && s != "\u{2019}" && s != "\u{00BB}" && s != "\u{2026}"
    }

    /// What a period after a word means for the sentence.
    enum Abbreviation {
        /// Not an abbreviation: the period may end the sentence.
        case none
        /// A title, month, initial…: the sentence goes on ("Gen. Petrov", "Aug. 4").
        case always
        /// A dotted acronym: the sentence ends only when a typical sentence opener follows.
        case unlessStarterFollows
    }

    /// Classifies the word before the period at `p`.
    static func abbreviation(_ b: [UInt8], periodAt p: Int, lowerBound: Int) -> Abbreviation {
        if !isAbbreviation(b, periodAt: p, lowerBound: lowerBound) { return .none }
        return p - 2 >= lowerBound && b[p - 2] == UInt8(ascii: ".") ? .unlessStarterFollows : .always
    }

    /// Words that typically open a sentence and rarely continue a name after an acronym.
    static let starters: [StaticString] = [
        "The", "He", "She", "It", "They", "We", "I", "But", "In", "A", "An", "This", "That", "These",
        "Those", "And", "Its", "His", "Her", "Their", "There", "Some", "Many", "Most", "Yet", "However",
        "Meanwhile", "On", "At", "For", "As", "If", "When", "While", "After", "Since", "Still", "Such",
    ]

    /// True when the word at `k` is one of ``starters``.
    static func isSentenceStarter(_ b: [UInt8], at k: Int, end: Int) -> Bool {
        var e = k
        while e < end, Bytes.isLetter(b[e]) { e += 1 }
        guard e > k, e - k <= 9 else { return false }
        if e < end, !(Bytes.isSpace(b[e]) || b[e] == UInt8(ascii: ",")) { return false }
        for w in starters where Bytes.equals(b, k..<e, w) { return true }
        return false
    }

    /// True when the period at `p` closes an abbreviation, a dotted acronym or an initial.
    static func isAbbreviation(_ b: [UInt8], periodAt p: Int, lowerBound: Int) -> Bool {
        // The word before the period: ASCII letters and inner dots.
        var w = p
        while w > lowerBound, Bytes.isLetter(b[w - 1]) || b[w - 1] == UInt8(ascii: ".") { w -= 1 }
        let word = w..<p
        guard !word.isEmpty else { return false }
        // A letter right before a non-ASCII letter ("Erdoğan."): part of a longer word.
        if w > lowerBound, b[w - 1] >= 0x80 { return false }
        if word.count == 1 { return Bytes.isUpper(b[w]) }  // an initial: "J. R. Smith"
        if b[word.lowerBound] == UInt8(ascii: ".") { return false }
        // Dotted acronyms have one- or two-letter parts: "U.S", "e.g", "i.e", "a.m".
        var hasDot = false
        var part = 0
        var dottedShort = true
        for i in word {
            if b[i] == UInt8(ascii: ".") {
                hasDot = true
                if part == 0 || part > 2 { dottedShort = false }
                part = 0
            } else {
                part += 1
            }
        }
        if hasDot { return dottedShort && part >= 1 && part <= 2 }
        return isKnownAbbreviation(b, word)
    }

    /// Abbreviations that are followed by a period but do not end a sentence.
    static let abbreviations: [StaticString] = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Sec", "Gens", "Messrs", "Jr", "Sr", "St", "Mt",
        "Ft", "No", "Nos", "Vol", "Vols", "Art", "Fig", "Ch", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs",
        "Fri", "Sat", "Sun", "vs", "cf", "approx", "ca", "al", "Dept",
        "Univ", "Assn", "est", "pp", "op", "cit", "ibid", "Ibid",
    ]

    static func isKnownAbbreviation(_ b: [UInt8], _ word: Range<Int>) -> Bool {
        guard word.count <= 6 else { return false }
        for a in abbreviations where Bytes.equals(b, word, a) { return true }
        return false
    }
}
