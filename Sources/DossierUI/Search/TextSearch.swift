import DossierKit

/// Incremental text search over the document's scalars: smart case (case-insensitive unless the
/// query has a capital), any run of whitespace matches a space (so hits cross wrapped and
/// hard-wrapped lines), curly quotes match straight ones.
enum TextSearch {
    /// Lowercase of every BMP scalar that lowercases to one BMP scalar (built once, read-only).
    private static let lowerBMP: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 0x10000)
        for v in 0..<UInt32(0x10000) {
            t[Int(v)] = v
            guard v >= 0x80, let s = Unicode.Scalar(v), s.properties.changesWhenLowercased else { continue }
            let m = s.properties.lowercaseMapping.unicodeScalars
            if m.count == 1, let f = m.first, f.value < 0x10000 { t[Int(v)] = f.value }
        }
        return t
    }()

    /// The comparison key of a scalar.
    @inline(__always)
    static func fold(_ s: Unicode.Scalar, ignoreCase: Bool) -> UInt32 {
        let v = s.value
        if v < 0x80 {
            if ignoreCase && v >= 0x41 && v <= 0x5A { return v + 0x20 }
            if v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C { return 0x20 }
            return v
        }
        switch v {
        case 0x2018, 0x2019, 0x201B, 0x2032: return 0x27
        case 0x201C, 0x201D, 0x201F, 0x2033: return 0x22
        default: break
        }
        if TextScalars.isSpace(s) || v == 0xA0 { return 0x20 }
        if ignoreCase && v < 0x10000 { return lowerBMP[Int(v)] }
        return v
    }

    /// Smart case: a query with an uppercase letter is matched exactly.
    static func ignoresCase(_ query: String) -> Bool {
        !query.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// All non-overlapping hits of `query` in `text`, in order.
    static func find(_ query: String, in text: [Unicode.Scalar]) -> [Span] {
        let ignoreCase = ignoresCase(query)
        var q: [UInt32] = []
        for s in query.unicodeScalars {
            let f = fold(s, ignoreCase: ignoreCase)
            if f == 0x20, q.last == 0x20 { continue }
            q.append(f)
        }
        guard let first = q.first else { return [] }
        var hits: [Span] = []
        text.withUnsafeBufferPointer { t in
            let n = t.count
            var i = 0
            while i < n {
                if fold(t[i], ignoreCase: ignoreCase) != first { i += 1; continue }
                var j = i
                var k = 0
                var ok = true
                while k < q.count {
                    guard j < n else { ok = false; break }
                    let f = fold(t[j], ignoreCase: ignoreCase)
                    if q[k] == 0x20 {
                        guard f == 0x20 else { ok = false; break }
                        j += 1
                        while j < n, fold(t[j], ignoreCase: ignoreCase) == 0x20 { j += 1 }
                        k += 1
                        continue
                    }
                    guard f == q[k] else { ok = false; break }
                    j += 1
                    k += 1
                }
                if ok && j > i {
                    hits.append(Span(i, j))
                    i = j
                } else {
                    i += 1
                }
            }
        }
        return hits
    }
}
