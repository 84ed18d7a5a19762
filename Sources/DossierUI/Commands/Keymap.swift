/// Where a key is pressed: each context has its own bindings and falls back to `generic`
/// (tig's keymaps), except the text prompts, where unbound printable keys are typed.
public enum KeyContext: String, CaseIterable, Sendable {
    case generic, article, sidePane = "side-pane", search, finder, help, detail

    /// Prompts take printable characters as input and do not fall back to generic bindings.
    public var isTextInput: Bool { self == .search || self == .finder }
}

/// Key → command tables per context, with the defaults and the user's rebindings.
public struct Keymap: Sendable, Equatable {
    public private(set) var bindings: [KeyContext: [Key: Command]]

    public init(bindings: [KeyContext: [Key: Command]]) {
        self.bindings = bindings
    }

    /// The command for `key` in `context`, falling back to generic bindings outside prompts.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        if let c = bindings[context]?[key] { return c }
        if context.isTextInput { return nil }
        return bindings[.generic]?[key]
    }

    /// Binds `key` to `command` in `context` (replacing what it had).
    public mutating func bind(_ key: Key, to command: Command, in context: KeyContext = .generic) {
        bindings[context, default: [:]][key] = command
    }

    /// Keys bound to `command` in `context` (not counting the fallback), in a stable order.
    public func keys(for command: Command, in context: KeyContext) -> [Key] {
        (bindings[context] ?? [:]).filter { $0.value == command }.map(\.key)
            .sorted { Keymap.order($0) < Keymap.order($1) }
    }

    /// Help order: plain characters first, then named keys, then ctrl.
    private static func order(_ k: Key) -> String {
        switch k {
        case .char(let c): return (c.isLetter && c.isUppercase ? "1" : "0") + String(c)
        case .ctrl: return "3" + KeySpec.name(k)
        default: return "2" + KeySpec.name(k)
        }
    }

    /// Applies config rebindings: `"J" = "page-down"`, or with a context, `"finder.ctrl-j" = "select-next"`.
    /// Returns one message per entry it could not understand (the caller shows them).
    @discardableResult
    public mutating func apply(_ keys: [String: String]) -> [String] {
        var errors: [String] = []
        for (spec, name) in keys.sorted(by: { $0.key < $1.key }) {
            var context = KeyContext.generic
            var keySpec = spec
            if let dot = spec.firstIndex(of: "."), spec.count > 1, let ctx = KeyContext(rawValue: String(spec[..<dot])) {
                context = ctx
                keySpec = String(spec[spec.index(after: dot)...])
            }
            guard let key = KeySpec.parse(keySpec) else {
                errors.append("keys: unknown key \"\(spec)\"")
                continue
            }
            guard let command = Command(rawValue: name) else {
                errors.append("keys: unknown command \"\(name)\" for \"\(spec)\"")
                continue
            }
            bind(key, to: command, in: context)
        }
        return errors
    }

    /// The built-in bindings (less/vim-like, as the reader's help screen lists them).
    public static let standard: Keymap = {
        var g: [Key: Command] = [:]
        for k: Key in [.char("j"), .down, .ctrl("n"), .ctrl("e")] { g[k] = .lineDown }
        for k: Key in [.char("k"), .up, .ctrl("p"), .ctrl("y")] { g[k] = .lineUp }
        for k: Key in [.char(" "), .pageDown, .ctrl("f")] { g[k] = .pageDown }
        for k: Key in [.char("b"), .pageUp, .ctrl("b")] { g[k] = .pageUp }
        for k: Key in [.char("d"), .ctrl("d")] { g[k] = .halfPageDown }
        for k: Key in [.char("u"), .ctrl("u")] { g[k] = .halfPageUp }
        for k: Key in [.char("g"), .home] { g[k] = .goToTop }
        for k: Key in [.char("G"), .end] { g[k] = .goToBottom }
        g[.char("/")] = .search
        g[.char("n")] = .searchNext
        g[.char("N")] = .searchPrevious
        g[.tab] = .nextCitation
        g[.backTab] = .previousCitation
        g[.enter] = .open
        g[.char("f")] = .findEntity
        g[.char("t")] = .showTimeline
        g[.char("e")] = .showEntities
        g[.char("c")] = .showCitations
        g[.char("\\")] = .toggleSidePane
        g[.escape] = .back
        g[.char("?")] = .help
        g[.function(1)] = .help
        g[.char("q")] = .quit
        g[.ctrl("c")] = .quit
        g[.ctrl("l")] = .redraw
        g[.ctrl("o")] = .jumpBack
        g[.backspace] = .jumpBack
        g[.ctrl("r")] = .jumpForward
        g[.char("m")] = .setMark
        g[.char("'")] = .goToMark
        g[.char("%")] = .goToPercent
        g[.char("p")] = .goToPercent
        g[.char(":")] = .goToLine
        g[.char("y")] = .copy
        g[.char("H")] = .cycleHighlight
        g[.char("T")] = .cycleTimeline
        g[.char("D")] = .setDate
        g[.char("A")] = .addToLibrary

        var side: [Key: Command] = [:]
        side[.tab] = .nextTab
        side[.backTab] = .previousTab
        side[.char("l")] = .nextTab
        side[.right] = .nextTab
        side[.char("h")] = .previousTab
        side[.left] = .previousTab

        var search: [Key: Command] = [:]
        search[.enter] = .open
        search[.escape] = .back
        search[.ctrl("c")] = .back
        search[.backspace] = .deleteBackward
        search[.ctrl("h")] = .deleteBackward
        search[.ctrl("u")] = .clearInput

        var finder = search
        search[.up] = .selectPrevious
        search[.ctrl("p")] = .selectPrevious
        search[.down] = .selectNext
        search[.ctrl("n")] = .selectNext
        finder[.down] = .selectNext
        finder[.ctrl("n")] = .selectNext
        finder[.ctrl("j")] = .selectNext
        finder[.up] = .selectPrevious
        finder[.ctrl("p")] = .selectPrevious
        finder[.ctrl("k")] = .selectPrevious
        finder[.tab] = .toggleMetonyms
        finder[.ctrl("a")] = .toggleMetonyms
        finder[.ctrl("g")] = .libraryScope

        var help: [Key: Command] = [:]
        help[.char("q")] = .back
        help[.char("?")] = .back

        var detail: [Key: Command] = [:]
        detail[.char("q")] = .back
        detail[.enter] = .open

        return Keymap(bindings: [.generic: g, .article: [:], .sidePane: side, .search: search,
                                 .finder: finder, .help: help, .detail: detail])
    }()
}
