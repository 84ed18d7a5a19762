/// The help screen, generated from the command table and the key map in force: every bound
/// key of every context, each command's one-line summary and its config name.
enum HelpView {
    struct Line: Equatable {
        var keys: String
        var text: String
        var isHeading: Bool
        /// The command's config name, drawn dimmed on the right when the box has room.
        var name: String = ""
    }

    static let sections: [(String, KeyContext)] = [
        ("Reading", .generic), ("Side pane (t e c)", .sidePane), ("Search prompt (/)", .search),
        ("Entity finder (f)", .finder), ("Citation details (Enter)", .detail), ("Help", .help),
    ]

    /// The help text, one entry per screen line.
    static func lines(keymap: Keymap) -> [Line] {
        var out: [Line] = []
        for (title, ctx) in sections {
            var body: [Line] = []
            for c in Command.allCases {
                let keys = keymap.keys(for: c, in: ctx)
                if keys.isEmpty { continue }
                body.append(Line(keys: keys.map(KeySpec.name).joined(separator: " "), text: c.summary, isHeading: false, name: c.rawValue))
            }
            guard !body.isEmpty else { continue }
            if !out.isEmpty { out.append(Line(keys: "", text: "", isHeading: false)) }
            out.append(Line(keys: "", text: title, isHeading: true))
            out += body
        }
        let unbound = Command.allCases.filter { c in sections.allSatisfy { keymap.keys(for: c, in: $0.1).isEmpty } }
        if !unbound.isEmpty {
            out.append(Line(keys: "", text: "", isHeading: false))
            out.append(Line(keys: "", text: "Unbound commands", isHeading: true))
            for c in unbound { out.append(Line(keys: "—", text: c.summary, isHeading: false, name: c.rawValue)) }
        }
        out.append(Line(keys: "", text: "", isHeading: false))
        out.append(Line(keys: "", text: "Mouse", isHeading: true))
        out.append(Line(keys: "wheel", text: "Scroll the article or the side pane", isHeading: false))
        out.append(Line(keys: "click", text: "On a name: search it; on a citation: select it; on a row: open it", isHeading: false))
        out.append(Line(keys: "", text: "", isHeading: false))
        out.append(Line(keys: "", text: "Side pane counts", isHeading: true))
        out.append(Line(keys: "14+21", text: "Own mentions + those of the names gathered under it (← Moscow)", isHeading: false))
        out.append(Line(keys: "×3", text: "Citations of a source; its rows list their dates", isHeading: false))
        out.append(Line(keys: "", text: "", isHeading: false))
        out.append(Line(keys: "", text: "Rebind keys in config.toml under [keys]: \"J\" = \"page-down\", \"finder.ctrl-j\" = \"select-next\"", isHeading: false))
        return out
    }

    /// Help lines shown at once on a screen `screenHeight` rows high (the box leaves the status
    /// line and one row free, and has a border above and below).
    static func listHeight(screenHeight: Int) -> Int { max(1, screenHeight - 4) }

    static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        let w = max(0, min(100, grid.width - 2))
        let h = max(0, grid.height - 2)
        guard w >= 10, h >= 4 else { return }
        let x0 = (grid.width - w) / 2
        let y0 = 0
        let fill = theme.style("help")
        let lines = lines(keymap: state.keymap)
        let listH = min(h - 2, listHeight(screenHeight: grid.height))
        let footer = "\(min(lines.count, state.helpTop + listH))/\(lines.count) · j k scroll · q close"
        grid.box(x: x0, y: y0, width: w, height: h, title: "Help", footer: footer,
                 border: fill.patch(theme.style("pane.border")), titleStyle: fill.patch(theme.style("pane.title")), fill: fill)
        let keyW = min(22, w / 3)
        let keyStyle = fill.patch(theme.style("help.key"))
        let nameStyle = fill.patch(theme.style("pane.count"))
        for row in 0..<listH {
            let i = state.helpTop + row
            guard i < lines.count else { break }
            let l = lines[i]
            let y = y0 + 1 + row
            if l.isHeading {
                grid.put(TextScalars.fit(l.text, width: w - 4), x: x0 + 2, y: y, style: fill.patch(theme.style("pane.title")), maxX: x0 + w - 1)
                continue
            }
            grid.put(fitWords(l.keys, width: keyW - 1), x: x0 + 2, y: y, style: keyStyle, maxX: x0 + 2 + keyW)
            let tx = l.keys.isEmpty ? x0 + 2 : x0 + 2 + keyW
            let right = x0 + w - 2
            var textRight = right
            // The config name goes right-aligned when both it and the summary fit; else the summary wins.
            if !l.name.isEmpty, DisplayWidth.of(l.text) + 2 + DisplayWidth.of(l.name) <= right - tx {
                textRight = grid.putRight(l.name, endX: right, y: y, style: nameStyle, minX: tx) - 2
            }
            grid.put(TextScalars.fit(l.text, width: max(0, textRight - tx)), x: tx, y: y, style: fill, maxX: textRight)
        }
    }

    /// The space-separated words of `text` that fit in `width` columns, whole (a key name cut
    /// in half would name another key), with `…` when some were left out.
    static func fitWords(_ text: String, width: Int) -> String {
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        for word in text.split(separator: " ") {
            let next = out.isEmpty ? String(word) : out + " " + word
            if DisplayWidth.of(next) + 2 > width { break }
            out = next
        }
        return out.isEmpty ? TextScalars.fit(text, width: width) : out + " …"
    }
}
