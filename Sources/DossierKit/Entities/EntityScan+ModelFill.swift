import Foundation

/// The tagger's last look: capitalized runs the rules left without a type.
extension EntityScan {
    /// Tagger confidence needed to type a place or organization the rules left untyped.
    static let fillThreshold = 0.8
    /// The same for a person: in this genre the tagger's PERSON calls are less precise
    /// (Data/ner/README.md), so an untyped run becomes a person only on its surest calls, as a
    /// plain pair of unknown words does in ``classifyRun(_:_:cite:)``.
    static let fillPersonThreshold = EntityScan.personWithoutCueThreshold

    /// Mentions the tagger finds inside the byte ranges `untyped` (runs the rules looked at and
    /// could not type), where no mention of `out` overlaps them. Each sentence holding such a
    /// run is tagged once; a span counts only when it lies wholly inside one run, so the rules'
    /// boundaries (titles cut off, "the" left out) stand. Returns mentions in text order.
    func modelFill(_ out: [Found], untyped: [Range<Int>]) -> [Found] {
        guard let model, !untyped.isEmpty else { return [] }
        let runs = untyped.sorted { $0.lowerBound < $1.lowerBound }
        var added: [Found] = []
        var m = 0
        var sentence = 0..<0
        var spans: [NERSpan] = []
        for r in runs where r.upperBound > r.lowerBound {
            // Typed by a later pass (a surname, a name seen elsewhere): nothing left to ask.
            while m < out.count && out[m].bytes.upperBound <= r.lowerBound { m += 1 }
            if m < out.count && out[m].bytes.lowerBound < r.upperBound && out[m].bytes.lowerBound <= r.lowerBound
                && out[m].bytes.upperBound >= r.upperBound { continue }
            if !sentence.contains(r.lowerBound) {
                sentence = sentenceAround(r)
                spans = model.tag(text, bytes: sentence)
            }
            for sp in spans where sp.bytes.lowerBound >= r.lowerBound && sp.bytes.upperBound <= r.upperBound {
                let type: EntityType
                switch sp.label {
                case .person: type = .person
                case .location: type = .place
                case .organization: type = .org
                case .misc: continue
                }
                guard sp.confidence >= (type == .person ? Self.fillPersonThreshold : Self.fillThreshold) else { continue }
                while m < out.count && out[m].bytes.upperBound <= sp.bytes.lowerBound { m += 1 }
                if m < out.count && out[m].bytes.lowerBound < sp.bytes.upperBound { continue }
                if let last = added.last, last.bytes.upperBound > sp.bytes.lowerBound { continue }
                if insideQuotation(sp.bytes.lowerBound) { continue }
                added.append(Found(bytes: sp.bytes, type: type, entry: nil, tokens: wordCount(sp.bytes)))
            }
        }
        return added
    }

    /// A known place that begins a longer capitalized run becomes the whole run where the tagger
    /// reads the run as one organization (≥ ``fillThreshold``): "Brackwell Rovers beat …",
    /// "shares of Ostermoor Savings" (the rules, finding no head word, kept only the place). A
    /// longer place is not taken ("United States Embassies": the tagger's LOC there is wrong).
    /// `runs` are sorted; each begins exactly where a place mention of `out` begins.
    func extendPlaces(_ out: inout [Found], runs: [Range<Int>]) {
        guard let model, !runs.isEmpty else { return }
        var m = 0
        var sentence = 0..<0
        var spans: [NERSpan] = []
        for r in runs {
            while m < out.count && out[m].bytes.lowerBound < r.lowerBound { m += 1 }
            guard m < out.count, out[m].bytes.lowerBound == r.lowerBound, out[m].type == .place,
                  !insideQuotation(r.lowerBound) else { continue }
            if !sentence.contains(r.lowerBound) {
                sentence = sentenceAround(r)
                spans = model.tag(text, bytes: sentence)
            }
            guard let sp = spans.first(where: { $0.bytes == r }), sp.confidence >= Self.fillThreshold else { continue }
            guard sp.label == .organization else { continue }
            out[m] = Found(bytes: r, type: .org, entry: nil, tokens: wordCount(r))
        }
    }

    /// Appends the byte ranges of the current chunk's capitalized runs (words joined by spaces
    /// or hyphens) that no mention of `out` (from index `first`) touches: the first pass's
    /// leftovers. A run of common words and calendar names ("However", "On Tuesday"), a run ending in a
    /// document word ("Association Agreement", which the rules reject), a run of words the text
    /// also writes in lowercase, and the words of a title written in title case are not runs.
    ///
    /// `placePrefixed` receives the runs that a known place begins and nothing else touches
    /// ("Brackwell Rovers", "Ostermoor Savings"): the tagger may read them whole
    /// (``extendPlaces(_:runs:)``).
    func collectUntypedRuns(_ out: [Found], from first: Int, into list: inout [Range<Int>], placePrefixed: inout [Range<Int>]) {
        var m = first
        var t = 0
        while t < count {
            guard has(t, .cap) else { t += 1; continue }
            var z = t + 1
            while z < count, toks[z - 1].gap == .space || toks[z - 1].gap == .hyphen, has(z, .cap) { z += 1 }
            defer { t = z }
            // "The Gavrilov", "Since Brackwell": a word that never continues a name is not part
            // of it (but "New York", "All Blacks" keep their first word).
            var s = t
            while s < z - 1, lex(s, .breakers) { s += 1 }
            let a = startByte(s)
            let b = endByte(z - 1)
            while m < out.count && out[m].bytes.upperBound <= a { m += 1 }
            if m < out.count && out[m].bytes.lowerBound < b {
                let f = out[m]
                if f.type == .place, f.bytes.lowerBound == a, f.bytes.upperBound < b,
                   m + 1 >= out.count || out[m + 1].bytes.lowerBound >= b, !has(t, .title) || has(t, .allCaps) {
                    placePrefixed.append(a..<b)
                }
                continue
            }
            // Only common words and calendar names: "On Tuesday", "In November", "However".
            var calendar = true
            for y in s..<z where !(lex(y, .commonCapitalized) || isMonthOrDay(y)) { calendar = false; break }
            if calendar { continue }
            if isDocHead(z - 1) { continue }
            // A lone sentence-initial word the tagger knows in lowercase ("Throughout", "Noting").
            if z - s == 1, has(s, .sentStart), let model, model.knowsLowercase(text, bytes: a..<b) { continue }
            // Every word also written in lowercase in the text: common words capitalized at a
            // sentence start or in a heading ("Despite", "Grand Ambitions"), not a name.
            var common = true
            for y in s..<z where !seenLowercase(y) { common = false; break }
            if common { continue }
            // A title in title case capitalizes common words ("Gas Ambitions"): no evidence there.
            if has(t, .title) && !has(t, .allCaps) { continue }
            list.append(a..<b)
        }
    }

    /// How many place names followed by a score a text needs to count as sports results.
    static let scorelineMinimum = 3
    /// Tagger confidence needed to read a place name in sports results as a team.
    static let teamThreshold = 0.6

    /// Place names that name a team: in a text of sports results (at least
    /// ``scorelineMinimum`` place names followed by a score, "Wigan 42 Bradford 36"), a place
    /// the tagger reads as an organization in its sentence is a club ("Leeds beat Chelsea",
    /// "transferred to Milan"): clubs are ORG by the annotation guidelines. A country stays a
    /// place where the tagger says so (national teams, as CoNLL annotates them).
    func teamsInResults(_ out: inout [Found]) {
        guard let model else { return }
        var scorelines = 0
        for f in out where f.type == .place && scoreFollows(f.bytes.upperBound) {
            scorelines += 1
            if scorelines >= Self.scorelineMinimum { break }
        }
        guard scorelines >= Self.scorelineMinimum else { return }
        var sentence = 0..<0
        var spans: [NERSpan] = []
        for i in out.indices where out[i].type == .place {
            let r = out[i].bytes
            if !sentence.contains(r.lowerBound) {
                sentence = sentenceAround(r)
                spans = model.tag(text, bytes: sentence)
            }
            if spans.contains(where: { $0.bytes == r && $0.label == .organization && $0.confidence >= Self.teamThreshold }) {
                out[i].type = .org
                out[i].entry = nil
            }
        }
    }

    /// True when a score stands right after byte `z`: a space and a number of one to three
    /// digits that ends the line or is followed by a space (not a year, not "3-0" or "3.5").
    func scoreFollows(_ z: Int) -> Bool {
        guard z + 1 < bytes.count, bytes[z] == 0x20 else { return false }
        var i = z + 1
        while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        let digits = i - z - 1
        guard digits >= 1 && digits <= 3 else { return false }
        return i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x0A
    }

    /// The sentence around the byte range `r`: from the previous line break or ". " to the next
    /// line break or sentence-ending period, at most 400 bytes either side.
    func sentenceAround(_ r: Range<Int>) -> Range<Int> {
        var a = r.lowerBound
        var z = r.upperBound
        let lo = max(0, a - 400)
        let hi = min(bytes.count, z + 400)
        while a > lo, !(bytes[a - 1] == 0x0A || (bytes[a - 1] == 0x20 && a >= 2 && bytes[a - 2] == 0x2E)) { a -= 1 }
        while z < hi, !(bytes[z] == 0x0A || (bytes[z] == 0x2E && (z + 1 >= bytes.count || bytes[z + 1] == 0x20 || bytes[z + 1] == 0x0A))) { z += 1 }
        return a..<z
    }

    /// The number of space-separated words in the byte range `r`.
    func wordCount(_ r: Range<Int>) -> Int {
        var n = 1
        for i in r where bytes[i] == 0x20 { n += 1 }
        return n
    }
}
