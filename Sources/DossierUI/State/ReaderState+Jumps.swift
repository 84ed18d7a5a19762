import DossierKit

/// Keys that take a prefix or a follower (counts, `m a`, `' a`, `:120`), the jump list, marks,
/// percent and line jumps, and copying.
extension ReaderState {
    /// A key sequence in progress.
    enum Pending: Sendable, Equatable {
        /// Digits typed before a command (`5j`, `10 Space`, `50%`).
        case count(Int)
        /// `m`: the next letter names the mark to set.
        case mark
        /// `'`: the next letter names the mark to go to, `'` the previous place.
        case goToMark
        /// `:`: a line number being typed.
        case line(TextInput)
        /// `D`: a document date being typed.
        case date(TextInput)
    }

    /// Counts go no higher (a held key cannot overflow anything).
    static let maxCount = 99_999

    /// Where the reader is now, as the jump list and marks remember it.
    public var place: Place { Place(article: articleID, offset: anchorOffset) }

    /// What the status line shows of a key sequence in progress.
    var pendingText: String? {
        switch pending {
        case .count(let n)?: return String(n)
        case .mark?: return "m — mark which letter?"
        case .goToMark?: return "' — go to which mark (' for the previous place)?"
        case .line(let input)?: return ":" + input.text
        case .date(let input)?: return "Document date (YYYY-MM-DD, Enter sets it, Esc keeps it): " + input.text
        case nil: return nil
        }
    }

    /// What a key did to the sequence in progress.
    enum PendingOutcome {
        /// The key belonged to the sequence; these are its effects.
        case consumed([Effect])
        /// The key is a command to apply `count` times (or with `count` as its number).
        case command(count: Int)
    }

    /// Feeds a key to the sequence in progress; nil when there is none.
    mutating func continuePending(_ key: Key) -> PendingOutcome? {
        guard let p = pending else { return nil }
        pending = nil
        switch p {
        case .count(let n):
            if case .char(let c) = key, let d = c.wholeNumberValue, c.isASCII {
                pending = .count(min(Self.maxCount, n * 10 + d))
                return .consumed([])
            }
            if key == .escape { return .consumed([]) }
            return .command(count: n)
        case .mark:
            if case .char(let c) = key, Self.isMarkName(c) {
                marks[c] = anchorOffset
                message = "Mark \(c) set at \(positionText)"
            } else if key != .escape {
                message = "Marks are the letters a–z"
            }
            return .consumed([])
        case .goToMark:
            if key == .char("'") { return .consumed(goToPrevious()) }
            if case .char(let c) = key, Self.isMarkName(c) {
                guard let o = marks[c] else {
                    message = "No mark \(c): m\(c) sets it"
                    return .consumed([])
                }
                jump(to: o, reason: "mark \(c)")
                message = "Mark \(c) · '' returns"
            } else if key != .escape {
                message = "Marks are the letters a–z"
            }
            return .consumed([])
        case .date(var input):
            switch key {
            case .char(let c) where c.isASCII && (c.isNumber || c == "-") && input.text.count < 10:
                input.insert(c)
                pending = .date(input)
            case .backspace, .ctrl("h"):
                input.deleteBackward()
                pending = .date(input)
            case .enter:
                guard let d = CalendarDate(iso: input.text) else {
                    message = "Not a date: \(input.text.isEmpty ? "nothing typed" : input.text) (write YYYY-MM-DD)"
                    return .consumed([])
                }
                return .consumed([.setDate(d)])
            case .escape: break
            default: pending = .date(input)
            }
            return .consumed([])
        case .line(var input):
            switch key {
            case .char(let c) where c.isASCII && c.wholeNumberValue != nil:
                input.insert(c)
                pending = .line(input)
            case .backspace, .ctrl("h"):
                input.deleteBackward()
                if !input.isEmpty { pending = .line(input) }
            case .enter:
                if let n = Int(input.text) { goToFileLine(n) }
            default: break
            }
            return .consumed([])
        }
    }

    static func isMarkName(_ c: Character) -> Bool { c.isASCII && c.isLetter && c.isLowercase }

    /// Starts a count when `key` is a digit the key map leaves free (0 only after another digit).
    mutating func startCount(_ key: Key) -> Bool {
        guard focus == .article, case .char(let c) = key, c.isASCII, let d = c.wholeNumberValue, d > 0,
              keymap.command(for: key, in: keyContext) == nil else { return false }
        pending = .count(d)
        return true
    }

    // MARK: Jumps

    /// Moves the view with `move` and, when the screen changed, records where it was.
    mutating func recordingJump(_ reason: String, _ move: (inout ReaderState) -> Void) {
        let before = place
        let beforeTop = top
        move(&self)
        if top != beforeTop { jumps.record(before, reason: reason) }
    }

    /// Shows text offset `offset` at the top, recording the place left.
    mutating func jump(to offset: Int, reason: String) {
        recordingJump(reason) { $0.viewport.show(offset: $0.clampOffset(offset)) }
    }

    func clampOffset(_ o: Int) -> Int { max(0, min(o, index.scalars.count)) }

    /// Ctrl-O: back to where the last jump left, saying which jump that undoes.
    mutating func jumpBack() -> [Effect] {
        guard let e = jumps.back(from: place) else {
            message = "No earlier place: jumps (finder, lists, g G, search, marks) are remembered"
            return []
        }
        let why = e.reason.isEmpty ? "" : " (before \(e.reason))"
        return go(to: e.place, note: "Back\(why) · \(jumps.counter)")
    }

    /// Ctrl-R: forward again after going back.
    mutating func jumpForward() -> [Effect] {
        guard let (e, reason) = jumps.forward(from: place) else {
            message = "No later place"
            return []
        }
        return go(to: e.place, note: "Forward" + (reason.isEmpty ? "" : " (\(reason))") + " · \(jumps.counter)")
    }

    /// `''`: to the place the latest jump left, which becomes a jump in turn (so `''` toggles).
    mutating func goToPrevious() -> [Effect] {
        guard let e = jumps.previous else {
            message = "No previous place yet"
            return []
        }
        jumps.record(place, reason: "''")
        return go(to: e.place, note: "Previous place" + (e.reason.isEmpty ? "" : " (before \(e.reason))"))
    }

    private mutating func go(to p: Place, note: String) -> [Effect] {
        guard p.article == articleID else {
            message = note
            return [.open(article: p.article, offset: p.offset)]
        }
        viewport.show(offset: clampOffset(p.offset))
        message = note + " · at " + positionText
        return []
    }

    /// `50%`, `50p`: the line `percent` of the way through, as less does.
    mutating func goToPercent(_ percent: Int) {
        let n = layout.lines.count
        let p = max(0, min(100, percent))
        let target = p >= 100 ? viewport.maxTop : n * p / 100
        recordingJump("\(p)%") { $0.setTop(target) }
    }

    /// `:N`, `Ng`: line `n` of the file (1-based), as grep -n and editors count them.
    mutating func goToFileLine(_ n: Int) {
        guard n > 1 else {
            recordingJump("line 1") { $0.setTop(0) }
            return
        }
        var seen = 1
        var offset: Int?
        for (i, s) in index.scalars.enumerated() where s == "\n" {
            seen += 1
            if seen == n { offset = i + 1; break }
        }
        guard let o = offset else {
            message = "The file has \(seen) lines"
            return
        }
        jump(to: o, reason: "line \(n)")
    }

    // MARK: Copy

    /// `y`: the selected citation, else the entity searched, else the sentence at the top.
    mutating func copySelection() -> [Effect] {
        guard config.clipboard else {
            message = "Copying is off (clipboard = false in the config)"
            return []
        }
        var text = ""
        var what = ""
        if let c = selectedCitation, c < document.citations.count {
            text = index.snippet(document.citations[c].span, maxScalars: 4000)
            what = "citation"
        } else if case .entity(let e, _)? = search?.kind, e < document.entities.count {
            text = Sanitizer.visible(TextScalars.flatten(document.entities[e].name))
            what = "name"
        } else if let s = sentenceAtTop() {
            text = index.snippet(s, maxScalars: 4000)
            what = "sentence"
        }
        guard !text.isEmpty else {
            message = "Nothing to copy"
            return []
        }
        guard Clipboard.osc52(text) != nil else {
            message = "Too long to copy through the terminal"
            return []
        }
        message = "Copied \(what): " + text
        return [.copy(text)]
    }

    /// The sentence on the top line of the screen (the first one starting there or after).
    func sentenceAtTop() -> Span? {
        let s = document.sentences
        guard !s.isEmpty else { return nil }
        let a = anchorOffset
        let i = BinarySearch.partition(s.count) { s[$0].end > a }
        return i < s.count ? s[i] : nil
    }
}
