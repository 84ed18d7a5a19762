import CNcursesw
import DossierUI
import Glibc

/// The ncurses backend: one full-screen window of our own (keys are read from it, never from
/// stdscr, whose implicit refresh would blank the screen), frames diffed against the previous
/// one, colours through a cache of colour pairs, one `doupdate` per frame.
public final class CursesTerminal: TerminalBackend {
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var previous: CellGrid?
    private var mapper = ColorMapper(colors: 0)
    private var defaultColors = false
    private var pairs: [PairKey: Int16] = [:]
    private var maxPairs = 0
    private var pendingKey: Key?
    private var attrBits: [(Attributes, attr_t)] = []
    private var mouseOn = false

    /// Milliseconds ncurses waits after ESC for the rest of a sequence: Esc answers within 50 ms.
    public let escapeDelay: Int32
    /// Report the wheel and clicks (the terminal's own selection then needs Shift).
    public let mouse: Bool

    private struct PairKey: Hashable {
        var fg: Int16
        var bg: Int16
    }

    /// Read keys from /dev/tty when standard input is not a terminal (the article was piped in).
    public let keysFromTTY: Bool

    public init(escapeDelay: Int32 = 25, mouse: Bool = true, keysFromTTY: Bool = false) {
        self.escapeDelay = escapeDelay
        self.mouse = mouse
        self.keysFromTTY = keysFromTTY
    }

    /// True when stdout is a terminal and keys can be read: from stdin when it is a terminal,
    /// or, with `keysFromTTY` (the article came on stdin, as with `less`), from /dev/tty.
    /// Otherwise the reader prints plain text, as `less` and `bat` do, instead of writing
    /// escape codes into a file or pipe.
    public static func isInteractive(keysFromTTY: Bool = false) -> Bool {
        guard isatty(1) != 0 else { return false }
        if isatty(0) != 0 { return true }
        guard keysFromTTY else { return false }
        let fd = open("/dev/tty", O_RDONLY)
        guard fd >= 0 else { return false }
        close(fd)
        return true
    }

    /// Sets the locale from the environment and makes sure it is UTF-8 (ncurses drops every
    /// non-ASCII character otherwise). Returns a warning when no UTF-8 locale could be set.
    public static func ensureUTF8Locale() -> String? {
        setlocale(LC_ALL, "")
        if isUTF8 { return nil }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
            if isUTF8 { return nil }
        }
        return "the locale is not UTF-8 and no UTF-8 locale is installed; non-ASCII text may not show"
    }

    private static var isUTF8: Bool {
        guard let cs = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: cs).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    public func claim() throws(TerminalError) {
        guard Self.isInteractive(keysFromTTY: keysFromTTY) else { throw .notATerminal }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else { throw .unknownTerminal("") }
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
        guard let out = fdopen(1, "w"),
              let inp = isatty(0) != 0 ? fdopen(0, "r") : fopen("/dev/tty", "r")
        else { throw .notATerminal }
        guard let scr = newterm(nil, out, inp) else { throw .unknownTerminal(term) }
        screen = scr
        guard cn_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(scr)
            screen = nil
            throw .noCursorAddressing(term)
        }
        cbreak()
        noecho()
        Self.makeInterruptAKey(fd: isatty(0) != 0 ? 0 : fileno(inp))
        curs_set(0)
        set_escdelay(escapeDelay)
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            mapper = ColorMapper(colors: Int(cn_COLORS()))
            maxPairs = min(Int(cn_COLOR_PAIRS()), Int(Int16.max))
        }
        attrBits = [(.bold, cn_A_BOLD()), (.dim, cn_A_DIM()), (.italic, cn_A_ITALIC()),
                    (.underline, cn_A_UNDERLINE()), (.reverse, cn_A_REVERSE())]
        // Refresh stdscr once so its pending "touched" state cannot blank our window later.
        wrefresh(cn_stdscr())
        window = newwin(0, 0, 0, 0)
        if let w = window {
            keypad(w, true)
            leaveok(w, true)
        }
        if mouse {
            mouseinterval(0)
            let mask = cn_BUTTON1_PRESSED() | cn_BUTTON4_PRESSED() | cn_BUTTON5_PRESSED()
            mouseOn = mousemask(mask, nil) != 0
        }
        previous = nil
    }

    /// Turns off the terminal's interrupt character, so Ctrl-C reaches the key map (quit, or
    /// close the finder) instead of killing the reader mid-action; cbreak mode keeps Ctrl-Z
    /// (suspend) working, which raw mode would not. `def_prog_mode` makes ncurses keep this
    /// setting across Ctrl-Z/fg, and `endwin` gives the shell its own settings back.
    /// SIGINT sent by `kill` is still handled (exit 130).
    private static func makeInterruptAKey(fd: Int32) {
        var t = termios()
        guard tcgetattr(fd, &t) == 0 else { return }
        withUnsafeMutableBytes(of: &t.c_cc) { cc in
            if Int(VINTR) < cc.count { cc[Int(VINTR)] = 0 }  // _POSIX_VDISABLE on Linux
        }
        if tcsetattr(fd, TCSANOW, &t) == 0 { def_prog_mode() }
    }

    public func restore() {
        guard screen != nil else { return }
        if mouseOn { mousemask(0, nil) }
        curs_set(1)
        if let w = window { delwin(w) }
        window = nil
        endwin()
        screen = nil
    }

    public func size() -> (width: Int, height: Int) {
        guard screen != nil, let s = cn_stdscr() else { return (80, 24) }
        return (Int(getmaxx(s)), Int(getmaxy(s)))
    }

    public func invalidate() {
        previous = nil
        // The physical screen is unknown too: the next refresh clears it and repaints all.
        if let w = window {
            werase(w)
            clearok(w, true)
        }
    }

    /// Writes the OSC 52 sequence straight to the terminal, after the frame ncurses flushed.
    public func copyToClipboard(_ text: String) {
        guard screen != nil, let seq = Clipboard.osc52(text) else { return }
        let bytes = Array(seq.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes[done...].withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            done += n
        }
    }

    public func draw(_ grid: CellGrid) {
        guard let w = window else { return }
        let (rows, cols) = (Int(getmaxy(w)), Int(getmaxx(w)))
        if grid.width != cols || grid.height != rows || previous?.width != grid.width || previous?.height != grid.height {
            // A new size: everything is drawn afresh.
            if grid.width != cols || grid.height != rows { wresize(w, Int32(max(1, grid.height)), Int32(max(1, grid.width))) }
            werase(w)
            previous = nil
        }
        var cc = cchar_t()
        for run in FrameDiff.changes(from: previous, to: grid) {
            var x = run.x
            while x < run.x + run.count {
                let cell = grid[x, run.y]
                if cell.width > 0 { put(cell, x: x, y: run.y, into: w, cc: &cc) }
                x += 1
            }
        }
        previous = grid
        wnoutrefresh(w)
        doupdate()
    }

    /// Writes one cell: its spacing character and up to four combining marks per `cchar_t`.
    private func put(_ cell: Cell, x: Int, y: Int, into w: UnsafeMutablePointer<WINDOW>, cc: inout cchar_t) {
        let (attr, pair) = curses(cell.style)
        var groups: [[wchar_t]] = []
        for s in cell.text.unicodeScalars {
            // Last line of defence: no control character or escape reaches the terminal.
            let v: UInt32 = Sanitizer.isSafe(s) ? s.value : 0xFFFD
            if DisplayWidth.of(Unicode.Scalar(v) ?? " ") > 0 || groups.isEmpty {
                groups.append([wchar_t(bitPattern: v)])
            } else if groups[groups.count - 1].count < 5 {
                groups[groups.count - 1].append(wchar_t(bitPattern: v))
            }
        }
        if groups.isEmpty { groups = [[0x20]] }
        wmove(w, Int32(y), Int32(x))
        for var g in groups {
            g.append(0)
            _ = g.withUnsafeBufferPointer { setcchar(&cc, $0.baseAddress, attr, pair, nil) }
            wadd_wch(w, &cc)
        }
    }

    private func curses(_ style: Style) -> (attr_t, Int16) {
        var attr: attr_t = 0
        for (a, bit) in attrBits where style.attributes.contains(a) { attr |= bit }
        guard maxPairs > 1 else { return (attr, 0) }
        var fg = mapper.index(style.fg), bg = mapper.index(style.bg)
        if !defaultColors {
            if fg < 0 { fg = 7 }
            if bg < 0 { bg = 0 }
        }
        if fg == -1 && bg == -1 { return (attr, 0) }
        let key = PairKey(fg: fg, bg: bg)
        if let p = pairs[key] { return (attr, p) }
        let next = pairs.count + 1
        // Out of pairs: the default colours, rather than recolouring cells already on screen.
        guard next < maxPairs else { return (attr, 0) }
        init_pair(Int16(next), fg, bg)
        pairs[key] = Int16(next)
        return (attr, Int16(next))
    }

    public func readKey(timeout: Int) -> Key? {
        if let k = pendingKey { pendingKey = nil; return k }
        guard let w = window else { return nil }
        wtimeout(w, Int32(max(0, timeout)))
        var ch: UInt32 = 0
        let rc = wget_wch(w, &ch)
        if rc == KEY_CODE_YES {
            switch Int32(bitPattern: ch) {
            case KEY_MOUSE:
                var ev = MEVENT()
                guard getmouse(&ev) == OK, let m = CursesKeys.mouse(bstate: UInt(ev.bstate), x: ev.x, y: ev.y) else { return nil }
                return .mouse(m)
            case KEY_RESIZE:
                previous = nil
                if let s = cn_stdscr() { wresize(w, getmaxy(s), getmaxx(s)) }
                return .resize
            default:
                return CursesKeys.key(status: rc, code: ch)
            }
        }
        guard rc == OK else { return nil }
        if ch != 27 { return CursesKeys.key(status: rc, code: ch) }
        // ESC: whatever belongs to it is already buffered (ncurses waited ESCDELAY), so wait
        // only a few milliseconds for the rest of a sequence split over a slow link.
        var rest: [UInt32] = []
        wtimeout(w, 5)
        while rest.count < 16 && !EscapeSequence.isComplete(rest) {
            var c: UInt32 = 0
            let r = wget_wch(w, &c)
            if r == KEY_CODE_YES { pendingKey = CursesKeys.key(status: r, code: c); break }
            guard r == OK else { break }
            rest.append(c)
        }
        return EscapeSequence.decode(rest)
    }
}
