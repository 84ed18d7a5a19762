/// Draws the help box: the ``HelpText`` lines from `helpTop`, keys, summaries and config names.
enum HelpView {
    static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        let g = state.geometry
        let box = g.helpBox
        let w = box.width, h = box.height, x0 = box.x, y0 = box.y
        guard w >= 10, h >= 4 else { return }
        let fill = theme.style("help")
        let lines = HelpText.lines(keymap: state.keymap)
        let listH = min(h - 2, g.helpListHeight)
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
            let ks = l.scope.isEmpty ? keyStyle : fill.patch(theme.style(l.scope))
            grid.put(fitWords(l.keys, width: keyW - 1), x: x0 + 2, y: y, style: ks, maxX: x0 + 2 + keyW)
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
