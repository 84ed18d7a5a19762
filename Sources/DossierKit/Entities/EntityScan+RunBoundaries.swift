import Foundation

/// Where a capitalized run starts and ends: datelines, years, list items, en dashes, joined words.
extension EntityScan {
    /// True for an all-caps word that starts a line and is followed by a comma and a capitalized
    /// word: the place line of a wire dateline.
    func isDateline(_ t: Int) -> Bool {
        let a = startByte(t)
        let z = endByte(t)
        guard a == 0 || bytes[a - 1] == 0x0A, z + 2 < bytes.count else { return false }
        // "KYIV, Ukraine (AP) —", "BAKU, Jan 3 (Reuters) -"
        if bytes[z] == 0x2C && bytes[z + 1] == 0x20 { return bytes[z + 2] >= 0x41 && bytes[z + 2] <= 0x5A }
        guard bytes[z] == 0x20 else { return false }
        // "CAIRO (Reuters) -": a short credit in parentheses, then a dash.
        var i = z + 1
        if bytes[i] == 0x28 {
            let limit = min(bytes.count, i + 40)
            while i < limit, bytes[i] != 0x29, bytes[i] != 0x0A { i += 1 }
            guard i + 2 < bytes.count, bytes[i] == 0x29, bytes[i + 1] == 0x20 else { return false }
            i += 2
        }
        // "CAIRO - ", "CAIRO — ": a hyphen or an en/em dash.
        return bytes[i] == 0x2D || (bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94))
    }

    /// True for a four-digit year token (1800–2099) that is not part of a dotted or longer number.
    func isYear(_ t: Int) -> Bool {
        guard has(t, .digitFirst), !has(t, .hasDot), endByte(t) - startByte(t) == 4 else { return false }
        let c0 = bytes[startByte(t)], c1 = bytes[startByte(t) + 1]
        guard (c0 == 0x31 && c1 == 0x38) || (c0 == 0x31 && c1 == 0x39) || (c0 == 0x32 && c1 == 0x30) else { return false }
        for i in startByte(t)..<endByte(t) where bytes[i] < 0x30 || bytes[i] > 0x39 { return false }
        return true
    }

    /// True when a known place or nationality word starts at token `t` (a list item, not the
    /// continuation of an organization's name).
    func startsKnownNonOrg(_ t: Int) -> Bool {
        guard let g = gazetteer(at: t) else { return false }
        let ty = knowledge.entries[Int(g.1)].type
        // A nationality word only when it modifies a noun ("and Chinese lenders"); a plural
        // one can end a party name ("Bloc of Communists and Socialists").
        let z = t + g.0
        return ty == .place || (ty == .norp && z < count && toks[z - 1].gap == .space && has(z, .lower))
    }

    @inline(__always) func isRole(_ t: Int) -> Bool { lex(t, .roles) }
    @inline(__always) func isOrgHead(_ t: Int) -> Bool { lex(t, .orgHeads) }
    @inline(__always) func isEventHead(_ t: Int) -> Bool { lex(t, .eventHeads) }
    @inline(__always) func isMediaHead(_ t: Int) -> Bool { lex(t, .mediaHeads) }
    @inline(__always) func isPlaceHead(_ t: Int) -> Bool { lex(t, .placeHeads) }
    @inline(__always) func isDocHead(_ t: Int) -> Bool { lex(t, .documentHeads) }
    @inline(__always) func isMonthOrDay(_ t: Int) -> Bool {
        lex(t, .months) || lex(t, .weekdays)
    }
    @inline(__always) func anyHead(_ t: Int) -> Bool {
        isOrgHead(t) || isEventHead(t) || isMediaHead(t) || isPlaceHead(t) || isDocHead(t)
    }

    /// True for a one-letter capital followed by a period ("W." in "W. Athey").
    /// "W." or two initials written together, "H.W.".
    @inline(__always) func isInitial(_ t: Int) -> Bool {
        guard has(t, .cap), toks[t].gap == .period else { return false }
        if toks[t].len == 1 { return true }
        let a = startByte(t)
        return toks[t].len == 3 && bytes[a + 1] == 0x2E && bytes[a + 2] >= 0x41 && bytes[a + 2] <= 0x5A
    }

    /// True when the capitalized words from `v` (joined by spaces) end in an event or
    /// organization head: then an en dash before `v` is inside one name.
    func enDashJoinsOneName(from v: Int) -> Bool {
        var w = v
        while w < count, has(w, .cap) {
            if isEventHead(w) || isOrgHead(w) { return true }
            guard toks[w].gap == .space || toks[w].gap == .hyphen, w + 1 < count else { break }
            w += 1
        }
        return false
    }

    /// The capitalized run starting at `t`: tokens joined by spaces and hyphens, with lowercase
    /// connectors allowed after a head word ("Ministry of Defense") and possessives before a
    /// head ("People’s Council"). Returns the exclusive end token.
    func runEnd(from t: Int) -> Int {
        var u = t
        var afterHead = anyHead(t) || lex(t, .placePrefixes) || lex(t, .eventPrefixes)
        // In a title every word is capitalized: lowercase connectors there are not part of names.
        let inTitle = has(t, .title)
        if inTitle { afterHead = false }
        while u + 1 < count {
            let g = toks[u].gap
            let v = u + 1
            if g == .space || g == .hyphen || g == .enDash || g == .slash {
                // "Mazar-i-Sharif", "Komsomolsk-on-Amur": a short lowercase link between hyphens.
                if g == .hyphen, has(v, .lower), endByte(v) - startByte(v) <= 4, toks[v].gap == .hyphen, v + 1 < count, has(v + 1, .cap) {
                    u = v + 1
                    continue
                }
                if nameLike(v) && !isMonthOrDay(v) && !has(v, .sentStart) {
                    if (g == .hyphen || g == .enDash) && !has(v, .cap) { break }
                    // Common capitalized words ("Volume", "Issue") do not continue a name.
                    if lex(v, .breakers) && !anyHead(v) && !inTitle { break }
                    // Designations ("Air Force B-52s") are not part of a name.
                    if endByte(v) - startByte(v) <= 2, toks[v].gap == .hyphen, v + 1 < count, has(v + 1, .digitFirst) { break }
                    // An en dash joins two names ("Central Asia–China") unless the whole ends in
                    // an event or organization head ("China–Central Asia Summit").
                    if g == .enDash && !enDashJoinsOneName(from: v) { break }
                    u = v
                    if anyHead(v) && !inTitle { afterHead = true }
                    continue
                }
                // Digits after a hyphen: exercise names like "Kavkaz-2020", "Three Brothers-2021".
                if g == .hyphen, isYear(v), !has(u, .allCaps), !inTitle || u == t {
                    u = v
                    break
                }
                // A year after two or more name words, then punctuation: "Trident Juncture 2018,".
                // An event head takes its year anywhere: "the Expo 2027 in Belgrade".
                if g == .space, u > t || isEventHead(t), isYear(v), !inTitle, !has(u, .allCaps),
                   (u == t && isEventHead(t)) || ((toks[v].gap == .other || toks[v].gap == .end)
                   && endByte(v) < bytes.count && (bytes[endByte(v)] == 0x2C || bytes[endByte(v)] == 0x2E || bytes[endByte(v)] == 0x29 || bytes[endByte(v)] == 0x3B)) {
                    u = v
                    break
                }
                // A connector inside an organization or place name.
                // "and" after a complete head-terminated name starts a list ("the Development Bank
                // and Chinese lenders", "the United Arab Emirates and Egypt").
                // A place prefix with its name ("Velykyi Burluk and Nova Sich") is complete too.
                let listAnd = hash(v) == Self.andHash
                    && (anyHead(u) || (v + 1 < count && startsKnownNonOrg(v + 1)) || (u > t && lex(t, .placePrefixes)))
                if g == .space, afterHead, !listAnd, lex(v, .connectors), v + 1 < count,
                   toks[v].gap == .space, hash(v) != Lexicon.inHash || lex(u, .inHeads) {
                    var w = v + 1
                    // "of the X"
                    if hash(w) == Self.theHash, w + 1 < count, toks[w].gap == .space { w += 1 }
                    if nameLike(w) && !isMonthOrDay(w) && (hash(w - 1) != Self.theHash || hash(v) != Self.andHash)
                        && !(toks[w].gap == .possessive && !(w + 1 < count && (isOrgHead(w + 1) || isEventHead(w + 1)))) {
                        u = w
                        // "Co-operation": a lowercase hyphenated tail inside a connected name.
                        if toks[u].gap == .hyphen, u + 1 < count, has(u + 1, .lower), u + 2 < count,
                           toks[u + 1].gap == .space, lex(u + 2, .connectors) {
                            u += 1
                        }
                        continue
                    }
                }
                // "Road and Bridge Corporation": "and" inside a name that ends in an organization head.
                if g == .space, !inTitle, hash(v) == Self.andHash, v + 1 < count, toks[v].gap == .space {
                    var w = v + 1
                    while w < count, has(w, .cap), !has(w, .sentStart) {
                        if isOrgHead(w) { break }
                        if toks[w].gap != .space { break }
                        w += 1
                    }
                    // One word before "and" is more often a list ("Innopac and Mobil Corp").
                    let before = u == t || (gazetteer(at: t).map { t + $0.0 - 1 >= u } ?? false)
                    let after = gazetteer(at: v + 1).map { v + $0.0 >= w } ?? false
                    if w < count, isOrgHead(w), has(w, .cap), !before, !after { u = w; afterHead = true; continue }
                }
                // Name particles: "Ursula von der Leyen".
                if g == .space, lex(v, .nameParticles), v + 1 < count, toks[v].gap == .space || toks[v].gap == .hyphen {
                    var w = v + 1
                    if lex(w, .nameParticles), w + 1 < count, toks[w].gap == .space { w += 1 }
                    // "Fayez al-Sarraj": a particle hyphenated to a capitalized word is a name
                    // even when the given name is unknown.
                    let hyphenParticle = w == v + 1 && toks[v].gap == .hyphen
                    let cued = t > 0 && toks[t - 1].gap == .space && (lex(t - 1, .roleHeads) || lex(t - 1, .personCues))
                    if has(w, .cap), !anyHead(w), knowledge.isGivenName(hash: hash(t)) || hyphenParticle || cued || isPatronymic(v) {
                        u = w
                        continue
                    }
                }
                break
            }
            // "Douglas & Lomason Co", "Procter & Gamble": an ampersand joins a firm's name.
            if !inTitle, isAmpersandGap(u), has(v, .cap), !has(v, .sentStart) {
                u = v
                continue
            }
            // An initial: "W. Athey", "George W. Bush", "George H.W. Bush".
            // The initial starts the name or follows a given name; a known place or outlet after
            // the period is a new sentence ("Line D. Moscow…").
            if g == .period, isInitial(u), has(v, .cap), !has(v, .allCaps), !lex(v, .breakers),
               u == t || knowledge.isGivenName(hash: hash(u - 1)),
               gazetteer(at: v).map({ knowledge.entries[Int($0.1)].type == .person }) ?? true {
                u = v
                continue
            }
            // "People’s Council" is one name; "Chisinau’s Court of Appeal" is a place and a court.
            if g == .possessive, !inTitle, nameLike(v), isOrgHead(v) || isEventHead(v),
               !(u == t && gazetteer(at: t).map { knowledge.entries[Int($0.1)].type == .place && $0.0 == 1 } == true) {
                u = v
                afterHead = true
                continue
            }
            break
        }
        return u + 1
    }
}
