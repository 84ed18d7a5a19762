import DossierKit

/// Where a full-text hit is in its article: the snippet the library returned (a piece of the
/// stored text around the match, cut with `…`) found again in the annotated text, and the
/// sentence holding the match — so that a hit opens at its sentence, not at the top.
public enum HitLocator {
    /// The span of the sentence holding `hit`'s first match in `doc`, else (no sentence there)
    /// the match itself; nil when the snippet is not found in the text.
    public static func sentence(of hit: LibraryHit, in doc: Document) -> Span? {
        let text = Array(doc.text.unicodeScalars)
        let snip = Array(hit.snippet.unicodeScalars)
        guard let first = hit.matches.first, first.lowerBound >= 0, first.upperBound <= snip.count, !first.isEmpty else { return nil }
        // The piece of the snippet between ellipses that holds the match.
        var a = first.lowerBound
        while a > 0, snip[a - 1] != "…" { a -= 1 }
        var b = first.upperBound
        while b < snip.count, snip[b] != "…" { b += 1 }
        let piece = Array(snip[a..<b])
        let at: Int
        if let p = find(piece, in: text) {
            at = p + (first.lowerBound - a)
        } else if let p = find(Array(snip[first]), in: text, caseInsensitive: true) {
            at = p
        } else {
            return nil
        }
        let match = Span(at, min(text.count, at + first.count))
        let s = doc.sentences
        let i = BinarySearch.partition(s.count) { s[$0].end > at }
        if i < s.count, s[i].start <= at { return s[i] }
        return match
    }

    /// The first offset of `needle` in `hay` (ASCII case folded when asked).
    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], caseInsensitive: Bool = false) -> Int? {
        guard !needle.isEmpty, needle.count <= hay.count else { return nil }
        func fold(_ u: Unicode.Scalar) -> UInt32 {
            caseInsensitive && u.value >= 0x41 && u.value <= 0x5A ? u.value + 0x20 : u.value
        }
        let n = needle.map(fold)
        var i = 0
        while i + n.count <= hay.count {
            if fold(hay[i]) == n[0] {
                var j = 1
                while j < n.count, fold(hay[i + j]) == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }
}
