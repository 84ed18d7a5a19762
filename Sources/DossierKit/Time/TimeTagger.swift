/// Finds and normalizes time expressions (guidelines §3, TimeBank conventions beyond them).
///
/// The text is tokenized one line (paragraph) at a time into a reused buffer; the grammar
/// (``TimeGrammar``) is tried at each token and the longest expression starting there wins.
/// Citation spans (`excluding`) become barriers: their dates belong to the citations.
public struct TimeTagger: Sendable {
    public init() {}

    /// The largest chunk tokenized at once; a longer line is cut at a space.
    private static let chunkBytes = 1 << 16

    /// The time expressions of `text` in text order, resolved against `dct`. `excluding` (citation
    /// spans) are skipped. The grammar finds clause and sentence ends itself when it reads the
    /// tense around an expression.
    public func tag(_ text: TextBuffer, excluding: [Span], dct: CalendarDate) -> [Timex] {
        let excluded = excluding.filter { !$0.isEmpty }.sorted().map { text.byteRange($0) }
        let lexicon = TimeLexicon.shared
        var out: [Timex] = []
        var anchor = TimeGrammar.Anchor()
        text.bytes.withUnsafeBufferPointer { buf in
            TimeTagger.forEachChunk(buf, excluded: excluded, lexicon: lexicon) { toks in
                var g = TimeGrammar(t: toks, buf: buf, dct: dct, anchor: anchor)
                scan(&g, text: text, into: &out)
                anchor = g.anchor
            }
        }
        return out
    }

    /// Tokenizes the text one line at a time (at most `chunkBytes`, cut at a space) into a
    /// reused buffer and hands each non-empty chunk's tokens to `body`.
    static func forEachChunk(_ buf: UnsafeBufferPointer<UInt8>, excluded: [Range<Int>], lexicon: TimeLexicon,
                             _ body: ([TimeToken]) -> Void) {
        var toks: [TimeToken] = []
        toks.reserveCapacity(512)
        var pos = 0
        var exclIndex = 0
        while pos < buf.count {
            let limit = min(buf.count, pos + chunkBytes)
            var end = pos
            while end < limit && buf[end] != 0x0A { end += 1 }
            if end < limit {
                end += 1  // keep the newline in this chunk
            } else if end < buf.count {
                var k = end
                while k > pos && buf[k] != 0x20 { k -= 1 }
                if k > pos { end = k }
            }
            toks.removeAll(keepingCapacity: true)
            TimeTokenizer.tokenize(buf, from: pos, to: end, excluded: excluded, exclIndex: &exclIndex, lexicon: lexicon, into: &toks)
            if !toks.isEmpty { body(toks) }
            pos = end
        }
    }

    /// Tries the grammar at every candidate token of one chunk and appends the hits.
    private func scan(_ g: inout TimeGrammar, text: TextBuffer, into out: inout [Timex]) {
        var i = 0
        let n = g.t.count
        while i < n {
            let x = g.t[i]
            // Only tokens that can start an expression are tried.
            if x.kind == .word && x.cat == .none { i += 1; continue }
            if x.kind == .punct && x.ch != UInt8(ascii: "'") { i += 1; continue }
            if x.kind == .barrier { i += 1; continue }
            guard let h = g.match(i), h.first >= i, h.last >= h.first, h.last < n, !h.value.isEmpty else { i += 1; continue }
            let bytes = g.t[h.first].start..<g.t[h.last].end
            let span = text.span(bytes: bytes)
            let type: Timex.TimexType = h.type == .date && TimeTagger.isDurationValue(h.value) ? .duration : h.type
            out.append(Timex(span: span, text: text.string(bytes), type: type, value: h.value, mod: h.mod))
            if h.anchorable { remember(h.value, in: &g.anchor, dct: g.dct) }
            // "for the nine months", "the first six months": a span of months in earnings prose
            // ends the quarter reference; "a year earlier" after it compares whole periods.
            if TimeTagger.isMonthSpan(h.value) { g.anchor.quarter = nil }
            i = h.last + 1
        }
    }

    /// `P3Y`, `PXM`, `PT4H`: a TIMEX3 duration (not `PAST_REF`/`PRESENT_REF`).
    static func isDurationValue(_ v: String) -> Bool {
        let u = v.utf8
        guard u.count >= 3, u.first == UInt8(ascii: "P") else { return false }
        let c = u[u.index(after: u.startIndex)]
        return (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "X") || c == UInt8(ascii: "T")
    }

    /// `P4M` … `P11M`: a span of several months (shorter than a year, longer than a quarter).
    static func isMonthSpan(_ v: String) -> Bool {
        guard v.hasPrefix("P"), v.hasSuffix("M"), !v.hasPrefix("PT"), let n = Int(v.dropFirst().dropLast()) else { return false }
        return (4...11).contains(n)
    }

    /// Day and quarter values become the reference for "the next day", "a year earlier".
    private func remember(_ v: String, in anchor: inout TimeGrammar.Anchor, dct: CalendarDate) {
        let u = Array(v.utf8)
        guard u.count >= 4, let y = Int(v.prefix(4)) else { return }
        anchor.year = y
        if u.count >= 7, u[4] == UInt8(ascii: "-"), let m = Int(v.dropFirst(5).prefix(2)), (1...12).contains(m) {
            anchor.month = CalendarDate(year: y, month: m, day: 1)
        }
        if u.count == 10, let d = CalendarDate(iso: v) { anchor.day = d }
        else if u.count == 7, u[4] == UInt8(ascii: "-"), u[5] == UInt8(ascii: "Q"), let y = Int(v.prefix(4)), let q = Int(v.suffix(1)) {
            // A quarter still ahead ("1990-Q3" in 1989) is a forecast, not the period being
            // reported, which "the year-ago period" refers back to.
            if (y, q) <= (dct.year, TimeValues.quarter(of: dct)) { anchor.quarter = (y, q) }
        }
    }
}
