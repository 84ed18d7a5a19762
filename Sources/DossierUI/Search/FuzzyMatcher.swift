/// Fuzzy matching for the entity finder, scored the way fzf thinks about it (own code):
/// every matched character earns points, more at a word start and for the first pattern
/// character, runs of consecutive matches earn a bonus, and gaps cost a start penalty plus a
/// smaller one per skipped character. The best alignment is found by dynamic programming.
enum FuzzyMatcher {
    static let scoreMatch = 16
    static let bonusWordStart = 10
    static let bonusCamel = 8
    static let bonusConsecutive = 6
    static let penaltyGapStart = 3
    static let penaltyGapExtension = 1
    /// Names longer than this are only matched on their first part (keeps a keystroke cheap).
    static let maxCandidate = 96

    struct Match: Equatable, Sendable {
        var score: Int
        /// Character positions in the candidate that matched (for highlighting).
        var positions: [Int]
    }

    /// The best match of `pattern` in `candidate`, or nil if the pattern is not a subsequence.
    /// Smart case: the pattern matches case-insensitively unless it has a capital.
    static func match(_ pattern: String, in candidate: String) -> Match? {
        let ignoreCase = TextSearch.ignoresCase(pattern)
        let p = Array(pattern).map { ignoreCase ? ($0.lowercased().first ?? $0) : $0 }.filter { $0 != " " }
        if p.isEmpty { return Match(score: 0, positions: []) }
        let raw = Array(candidate.prefix(maxCandidate))
        let t = raw.map { ignoreCase ? ($0.lowercased().first ?? $0) : $0 }
        let m = p.count, n = t.count
        guard m <= n else { return nil }
        // Quick subsequence check before the quadratic part.
        var k = 0
        for c in t where k < m && c == p[k] { k += 1 }
        guard k == m else { return nil }

        var bonus = [Int](repeating: 0, count: n)
        for j in 0..<n {
            guard j > 0 else { bonus[j] = bonusWordStart; continue }
            let prev = raw[j - 1]
            if !(prev.isLetter || prev.isNumber) { bonus[j] = bonusWordStart }
            else if raw[j].isUppercase && prev.isLowercase { bonus[j] = bonusCamel }
        }
        let none = Int.min / 4
        // s[i][j]: best score with p[i] matched at t[j]; run[i][j]: length of the consecutive run ending there.
        var s = [[Int]](repeating: [Int](repeating: none, count: n), count: m)
        var run = [[Int]](repeating: [Int](repeating: 0, count: n), count: m)
        for i in 0..<m {
            var gapBest = none  // best s[i-1][k] - gap penalty for k < j - 1
            for j in 0..<n {
                if i > 0, j >= 2, s[i - 1][j - 2] > none {
                    gapBest = max(gapBest - penaltyGapExtension, s[i - 1][j - 2] - penaltyGapStart)
                } else if gapBest > none {
                    gapBest -= penaltyGapExtension
                }
                guard t[j] == p[i] else { continue }
                let here = scoreMatch + bonus[j] * (i == 0 ? 2 : 1)
                if i == 0 {
                    // Leading unmatched characters cost a little, so earlier matches win ties.
                    s[i][j] = here - min(j, 8) * penaltyGapExtension
                    run[i][j] = 1
                    continue
                }
                var best = none
                var r = 0
                if j > 0, s[i - 1][j - 1] > none {
                    best = s[i - 1][j - 1] + here + bonusConsecutive + max(bonus[j], bonusForRun(run[i - 1][j - 1]))
                    r = run[i - 1][j - 1] + 1
                }
                if gapBest > none, gapBest + here > best {
                    best = gapBest + here
                    r = 1
                }
                if best > none {
                    s[i][j] = best
                    run[i][j] = r
                }
            }
        }
        // Best end, then walk back to recover positions.
        var endJ = -1
        var bestScore = none
        for j in 0..<n where s[m - 1][j] > bestScore {
            bestScore = s[m - 1][j]
            endJ = j
        }
        guard endJ >= 0 else { return nil }
        // Like fzf's length tiebreak: of two names matching alike, the one with less left over wins.
        bestScore -= min(n - 1 - endJ, 8) * penaltyGapExtension
        var positions = [endJ]
        var j = endJ
        var i = m - 1
        while i > 0 {
            // The predecessor: consecutive if that was used, else the best earlier one.
            if run[i][j] > 1 {
                j -= 1
            } else {
                var bj = -1
                var bv = none
                for kk in stride(from: j - 2, through: 0, by: -1) where s[i - 1][kk] > none {
                    let v = s[i - 1][kk] - penaltyGapStart - (j - 2 - kk) * penaltyGapExtension
                    if v > bv { bv = v; bj = kk }
                }
                if bj < 0 { bj = j - 1 }
                j = bj
            }
            i -= 1
            positions.append(j)
        }
        return Match(score: bestScore, positions: positions.reversed())
    }

    /// A run keeps the bonus its first character earned, a little weaker.
    private static func bonusForRun(_ run: Int) -> Int { run >= 2 ? 2 : 0 }
}
