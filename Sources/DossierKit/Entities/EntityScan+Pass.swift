import Foundation

/// The scanning pass over the document and the tagger fallback.
extension EntityScan {

    /// What the first look at a run of chunks found: the mentions it decided, and byte positions
    /// of what later steps must look at again (token arrays are per chunk).
    struct FirstLook {
        var found: [Found] = []
        /// Unresolved runs, as (first byte, last byte).
        var deferred: [(Int32, Int32)] = []
        /// Isolated unknown words the context step may decide.
        var candidates: [Int32] = []
        /// Capitalized runs left untyped, for the tagger's last look.
        var untyped: [Range<Int>] = []
        var placePrefixed: [Range<Int>] = []
    }

    /// The first look at `parts` (whole chunks, in text order). Each chunk is decided on its
    /// own (the tagger memo starts empty in each), so the chunks of a big text can be looked
    /// at on several threads with the same result.
    mutating func firstLook(_ parts: ArraySlice<Range<Int>>) -> FirstLook {
        var look = FirstLook()
        var deferred: [(Int, Int)] = []
        for r in parts {
            taggerMemo.typeOfName.removeAll(keepingCapacity: true)
            tokenize(r)
            let chunkFirst = look.found.count
            deferred.removeAll(keepingCapacity: true)
            var t = 0
            while t < count {
                guard nameLike(t) || has(t, .digitFirst) && has(t, .domain) else { t += 1; continue }
                let next = decide(at: t, into: &look.found, deferred: &deferred)
                t = max(next, t + 1)
            }
            for (a, z) in deferred { look.deferred.append((Int32(truncatingIfNeeded: startByte(a)), Int32(truncatingIfNeeded: endByte(z - 1)))) }
            if model != nil { collectUntypedRuns(look.found, from: chunkFirst, into: &look.untyped, placePrefixed: &look.placePrefixed) }
            collectContextCandidates(look.found, from: chunkFirst, into: &look.candidates)
        }
        return look
    }

    mutating func run() -> [Found] {
        collectLowercase()
        let parts = chunks()
        var look: FirstLook
        if parallel && parts.count >= 8 {
            // Pieces of a few chunks, taken by whichever thread is free (the time expressions'
            // thread may be busy); each with its own scanner copy and memo, joined in order.
            let scan = self
            let looks = SliceMap.pieces(parts, count: min(parts.count / 4, 64)) { piece in
                var own = scan
                own.taggerMemo = TaggerMemo()
                return own.firstLook(piece)
            }
            var all = FirstLook()
            for l in looks {
                all.found.append(contentsOf: l.found)
                all.deferred.append(contentsOf: l.deferred)
                all.candidates.append(contentsOf: l.candidates)
                all.untyped.append(contentsOf: l.untyped)
                all.placePrefixed.append(contentsOf: l.placePrefixed)
            }
            look = all
        } else {
            look = firstLook(parts[...])
        }
        // The later steps start from an empty memo whichever way the first look ran.
        taggerMemo.typeOfName.removeAll()
        // Moved, not copied: `out` is changed below, and a second copy of every mention would
        // raise the peak memory of a big text.
        var out: [Found] = []
        swap(&out, &look.found)
        let deferredBytes = look.deferred
        let candidates = look.candidates
        let untypedBytes = look.untyped
        let placePrefixed = look.placePrefixed
        // A company's short name ("Innopac" after "Innopac Inc") is that company, before the
        // names seen are collected: a sentence-initial "Innopac shares…" resolved by them later
        // takes the company's type, not the person a weaker cue made of another mention.
        var shortNames = HashMap64(capacity: 64)
        for f in out where f.type == .org && f.tokens >= 2 {
            // "Ratners Group PLC" → "Ratners Group" → "Ratners".
            var r = f.bytes
            while let shorter = Self.withoutCorporateSuffix(bytes, r) {
                shortNames.set(NameHash.add(NameHash.start, bytes, shorter), 1)
                r = shorter
            }
        }
        if shortNames.count > 0 {
            for i in out.indices where out[i].type != .org && (out[i].entry == nil || knowledge.entries[Int(out[i].entry!)].isMinorPlace) {
                if shortNames.contains(NameHash.add(NameHash.start, bytes, out[i].bytes)) {
                    out[i].type = .org
                    out[i].entry = nil
                }
            }
        }
        // Document-level evidence: names seen, people's surnames.
        var seen = HashMap64(capacity: 1024)
        var surnames = HashMap64(capacity: 256)
        let types = EntityType.allCases
        for f in out {
            seen.set(NameHash.add(NameHash.start, bytes, f.bytes), Int32(types.firstIndex(of: f.type) ?? 0))
            // A shouted name ("LAURIE OAKES" in a byline) is seen in title case too.
            if f.tokens >= 2, let h = titleCaseHash(f.bytes) { seen.set(h, Int32(types.firstIndex(of: f.type) ?? 0)) }
            if f.type == .person && f.tokens >= 2 {
                var j = f.bytes.upperBound - 1
                while j > f.bytes.lowerBound, bytes[j] != 0x20 { j -= 1 }
                surnames.set(NameHash.add(NameHash.start, bytes, (bytes[j] == 0x20 ? j + 1 : j)..<f.bytes.upperBound), 0)
            }
        }
        // An unknown name the article also cites as a source is an outlet ("the monitoring group
        // Flagstok" … "(Flagstok, August 17)").
        if !sourceRanges.isEmpty {
            var sources = HashMap64(capacity: 64)
            for r in sourceRanges where r.upperBound <= bytes.count { sources.set(NameHash.add(NameHash.start, bytes, r), 1) }
            for i in out.indices where out[i].entry == nil && (out[i].type == .org || out[i].type == .person) {
                if sources.contains(NameHash.add(NameHash.start, bytes, out[i].bytes)) { out[i].type = .media }
            }
        }
        // A minor place name that is the surname of a person in the article is that person.
        for i in out.indices where out[i].tokens == 1 && out[i].type == .place {
            if let e = out[i].entry, knowledge.entries[Int(e)].isMinorPlace,
               surnames.contains(NameHash.add(NameHash.start, bytes, out[i].bytes)) {
                out[i].type = .person
                out[i].entry = nil
            }
        }
        // Second pass: isolated unknown words, then sentence-initial runs (which may take a type
        // the first step found: "Wagner fighters" … "Wagner has since left"), each re-tokenized
        // only in a window of text around it (most of the text needs no second look).
        var added: [Found] = []
        // Names this step types by their own context for the first time ("Zubex executives").
        var late = HashMap64(capacity: 64)
        for (w, ms, cs) in candidateWindows(out, candidates) {
            tokenize(w)
            let more = resolveByContext(Array(out[ms]), only: candidates[cs], surnames: surnames, shortNames: shortNames, seen: seen)
            for f in more {
                let h = NameHash.add(NameHash.start, bytes, f.bytes)
                if seen.get(h) == nil {
                    seen.set(h, Int32(types.firstIndex(of: f.type) ?? 0))
                    if !f.derived { late.set(h, Int32(types.firstIndex(of: f.type) ?? 0)) }
                }
            }
            added.append(contentsOf: more)
        }
        var di = 0
        for w in Self.windows(bytes, deferredBytes.map { Int($0.0) }, []) {
            tokenize(w)
            // Unresolved runs inside the window, as token ranges of this tokenization.
            var d: [(Int, Int)] = []
            while di < deferredBytes.count, Int(deferredBytes[di].0) < w.upperBound {
                if let a = tokenIndex(startingAt: Int(deferredBytes[di].0)), let z = tokenIndex(endingAt: Int(deferredBytes[di].1), from: a) {
                    d.append((a, z + 1))
                }
                di += 1
            }
            if !d.isEmpty { added.append(contentsOf: resolveDeferred(d, seen: seen, surnames: surnames, shortNames: shortNames)) }
        }
        if !added.isEmpty {
            added.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
            // The two steps look at disjoint words; keep the first of any overlap all the same.
            var kept: [Found] = []
            kept.reserveCapacity(added.count)
            for f in added where kept.last.map({ $0.bytes.upperBound <= f.bytes.lowerBound }) ?? true { kept.append(f) }
            added = kept
        }
        if !added.isEmpty {
            added.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
            out = Self.merge(out, added)
        }
        if late.count > 0 { out = typeEarlierOccurrences(out, candidates: candidates, late: late) }
        // Last: what the rules left untyped, the tagger may know (runs with no cue for any
        // type, sentence starts the second pass could not confirm, isolated words).
        if model != nil {
            teamsInResults(&out)
            extendPlaces(&out, runs: placePrefixed)
            let more = modelFill(out, untyped: untypedBytes)
            if !more.isEmpty { out = Self.merge(out, more) }
        }
        unifyUnknownNames(&out)
        attachNameParticles(&out)
        for i in out.indices where isDottedAbbreviation(out[i].bytes) || (out[i].type == .org && endsInAbbreviatedLegalForm(out[i].bytes)) {
            out[i].bytes = out[i].bytes.lowerBound..<(out[i].bytes.upperBound + 1)
        }
        // No leading "the" (guidelines §1): "The Hague" → "Hague", "The Post" → "Post".
        for i in out.indices where out[i].tokens >= 2 && startsWithThe(out[i].bytes) {
            let f = out[i]
            out[i] = Found(bytes: (f.bytes.lowerBound + 4)..<f.bytes.upperBound, type: f.type, entry: f.entry, tokens: f.tokens - 1, derived: f.derived)
        }
        // "al-Qaeda", "el-Sisi": the lowercase Arabic article hyphenated to a name is part of it.
        for i in out.indices where hasArticlePrefix(out[i].bytes.lowerBound) {
            out[i].bytes = (out[i].bytes.lowerBound - 3)..<out[i].bytes.upperBound
        }
        return out
    }

    /// Third look: a name the second step typed by its own context ("Zubex executives") types
    /// the isolated occurrences it had passed before it ("the Zubex sale"), as a name typed in
    /// the first step does. Only candidates whose word is such a name are tokenized again.
    mutating func typeEarlierOccurrences(_ out: [Found], candidates: [Int32], late: HashMap64) -> [Found] {
        var again: [Int32] = []
        var m = 0
        for c in candidates {
            let a = Int(c)
            while m < out.count && out[m].bytes.upperBound <= a { m += 1 }
            if m < out.count && out[m].bytes.lowerBound <= a { continue }
            if late.get(NameHash.add(NameHash.start, bytes, a..<wordEnd(from: a))) != nil { again.append(c) }
        }
        guard !again.isEmpty else { return out }
        var added: [Found] = []
        let none = HashMap64(capacity: 1)
        for (w, ms, cs) in candidateWindows(out, again) {
            tokenize(w)
            added.append(contentsOf: resolveByContext(Array(out[ms]), only: again[cs], surnames: none, shortNames: none, seen: late))
        }
        return added.isEmpty ? out : Self.merge(out, added)
    }

    /// The windows around the sorted candidate positions (see ``windows(_:_:_:maxWindow:)``), each
    /// with the index ranges of the mentions in `out` and of the candidates that start inside it.
    func candidateWindows(_ out: [Found], _ candidates: [Int32]) -> [(Range<Int>, Range<Int>, Range<Int>)] {
        var result: [(Range<Int>, Range<Int>, Range<Int>)] = []
        var m = 0
        var ci = 0
        for w in Self.windows(bytes, [], candidates.map { Int($0) }) {
            while m < out.count && out[m].bytes.lowerBound < w.lowerBound { m += 1 }
            var m2 = m
            while m2 < out.count && out[m2].bytes.lowerBound < w.upperBound { m2 += 1 }
            let c0 = ci
            while ci < candidates.count, Int(candidates[ci]) < w.upperBound { ci += 1 }
            result.append((w, m..<m2, c0..<ci))
            m = m2
        }
        return result
    }

    /// The end of the word starting at byte `a`: letters, digits and non-ASCII letters, up to an
    /// apostrophe, a hyphen, a space or punctuation.
    func wordEnd(from a: Int) -> Int {
        var i = a
        while i < bytes.count {
            let c = bytes[i]
            if (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) { i += 1; continue }
            if c == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x98 || bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { break }
            if c >= 0x80 { i += 1; continue }
            break
        }
        return i
    }

    /// True when the bytes `r` start with the word "The" or "THE" and a space.
    func startsWithThe(_ r: Range<Int>) -> Bool {
        let a = r.lowerBound
        guard r.count > 4, bytes[a] == 0x54, bytes[a + 1] | 0x20 == 0x68, bytes[a + 2] | 0x20 == 0x65, bytes[a + 3] == 0x20 else { return false }
        return bytes[a + 1] & 0x20 == bytes[a + 2] & 0x20
    }

    /// True when "al-" or "el-" stands right before byte `lo`, as a word of its own.
    func hasArticlePrefix(_ lo: Int) -> Bool {
        guard lo >= 3, bytes[lo - 1] == 0x2D, bytes[lo - 2] == 0x6C, bytes[lo - 3] == 0x61 || bytes[lo - 3] == 0x65 else { return false }
        guard lo >= 4 else { return true }
        let c = bytes[lo - 4]
        return !(c >= 0x80 || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D)
    }

    /// The range of an organization name without its trailing legal-form word ("Innopac Inc",
    /// "Innopac Inc." → "Innopac"), or nil when it has none.
    static func withoutCorporateSuffix(_ bytes: [UInt8], _ r: Range<Int>) -> Range<Int>? {
        // "Remain Co." keeps its period in the mention; the legal form is the word before it.
        let end = r.upperBound > r.lowerBound && bytes[r.upperBound - 1] == 0x2E ? r.upperBound - 1 : r.upperBound
        var j = end
        while j > r.lowerBound, bytes[j - 1] != 0x20 { j -= 1 }
        guard j > r.lowerBound + 1 else { return nil }
        let last = NameHash.add(NameHash.start, bytes, j..<end)
        guard Lexicon.cls(last).contains(.corpSuffixes) else { return nil }
        return r.lowerBound..<(j - 1)
    }

    /// True for "U.S", "U.N" followed by the final dot: the mention keeps it ("U.S.").
    func isDottedAbbreviation(_ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.upperBound < bytes.count, bytes[r.upperBound] == 0x2E else { return false }
        var i = r.lowerBound
        while i < r.upperBound {
            let c = bytes[i]
            let letter = c >= 0x41 && c <= 0x5A
            if (i - r.lowerBound) % 2 == 0 { if !letter { return false } } else if c != 0x2E { return false }
            i += 1
        }
        return (r.count % 2) == 1
    }

    /// The tagger's type for exactly the byte range `r` (PER/LOC/ORG with high confidence), or
    /// nil. It tags only the sentence around `r`, so the cost is paid only where rules ran out.
    func modelType(_ r: Range<Int>, personThreshold: Double = EntityScan.modelThreshold) -> EntityType? {
        guard let model, !insideQuotation(r.lowerBound) else { return nil }
        for span in model.tag(text, bytes: sentenceAround(r)) where span.bytes == r && span.confidence >= Self.modelThreshold {
            switch span.label {
            case .person: return span.confidence >= personThreshold ? .person : nil
            case .location: return .place
            case .organization: return .org
            case .misc: return nil
            }
        }
        return nil
    }

    /// True when byte `a` follows an opening curly quote with no closing one in between (within
    /// 200 bytes): quoted titles capitalize common words, which fools the tagger.
    func insideQuotation(_ a: Int) -> Bool {
        var i = a - 1
        let lo = max(2, a - 200)
        while i >= lo {
            if bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80 {
                if bytes[i] == 0x9D { return false }
                if bytes[i] == 0x9C { return true }
            }
            if bytes[i] == 0x0A { return false }
            i -= 1
        }
        return false
    }

    /// Appends the start of every word of the current chunk the context pass could decide:
    /// capitalized, mid-sentence, isolated, not a known common word, not inside a mention.
    func collectContextCandidates(_ out: [Found], from first: Int, into list: inout [Int32]) {
        var m = first
        for t in 0..<count where has(t, .cap) && !has(t, .sentStart) && !has(t, .title) {
            while m < out.count && out[m].bytes.upperBound <= startByte(t) { m += 1 }
            if m < out.count && out[m].bytes.lowerBound <= startByte(t) { continue }
            if isContextCandidate(t) { list.append(Int32(truncatingIfNeeded: startByte(t))) }
        }
    }

    /// Byte windows around the sorted positions in `a` and `c` (about 240 bytes each side,
    /// cut at spaces or line breaks so every window starts and ends between words), merged
    /// where they overlap.
    static func windows(_ bytes: [UInt8], _ a: [Int], _ c: [Int], maxWindow: Int = 1 << 16) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        var j = 0
        let n = bytes.count
        while i < a.count || j < c.count {
            let p: Int
            if j >= c.count || (i < a.count && a[i] <= c[j]) { p = a[i]; i += 1 } else { p = c[j]; j += 1 }
            var lo = max(0, p - 240)
            while lo < p, lo > 0, bytes[lo - 1] != 0x20 && bytes[lo - 1] != 0x0A { lo += 1 }
            var hi = min(n, p + 400)
            while hi < n, bytes[hi] != 0x20 && bytes[hi] != 0x0A { hi += 1 }
            // Windows that touch merge, up to a size that keeps the token buffer small: in text
            // dense with names they would otherwise grow into one window over the whole input.
            if let last = out.last, lo <= last.upperBound, max(last.upperBound, hi) - last.lowerBound <= maxWindow {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, hi)
            } else {
                out.append(lo..<hi)
            }
        }
        return out
    }

    /// The index of the token starting at byte `a` (binary search), or nil.
    func tokenIndex(startingAt a: Int) -> Int? {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if startByte(mid) < a { lo = mid + 1 } else { hi = mid }
        }
        return lo < count && startByte(lo) == a ? lo : nil
    }

    /// The index of the token ending at byte `z`, searching forward from token `from`.
    func tokenIndex(endingAt z: Int, from: Int) -> Int? {
        var t = from
        while t < count, endByte(t) < z { t += 1 }
        return t < count && endByte(t) == z ? t : nil
    }

    /// The token-level conditions of the context pass.
    func isContextCandidate(_ t: Int) -> Bool {
        if endByte(t) - startByte(t) < 2 || has(t, .allCaps) || isMonthOrDay(t) || lex(t, .commonCapitalized) || seenLowercase(t) || endsWithIsm(t) { return false }
        if anyHead(t) || isRole(t) { return false }
        if t > 0, toks[t - 1].gap == .space || toks[t - 1].gap == .hyphen, has(t - 1, .cap), hash(t - 1) != Self.theCapHash { return false }
        if t + 1 < count, toks[t].gap == .space || toks[t].gap == .hyphen, has(t + 1, .cap) { return false }
        return true
    }

    /// The hash of the all-caps name at `r` written in title case ("LAURIE OAKES" → "Laurie
    /// Oakes"); nil when the name has a lowercase ASCII letter.
    func titleCaseHash(_ r: Range<Int>) -> UInt64? {
        var letters = 0
        for i in r {
            let c = bytes[i]
            if c >= 0x61 && c <= 0x7A { return nil }
            if c >= 0x41 && c <= 0x5A { letters += 1 }
        }
        return letters >= 2 ? titleHash(bytes: r) : nil
    }
}
