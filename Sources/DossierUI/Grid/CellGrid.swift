/// One screen cell: a grapheme (or "" for the right half of a wide character) and its style.
public struct Cell: Hashable, Sendable {
    public var text: String
    /// Columns the text takes: 1 or 2; 0 for the continuation cell of a wide character.
    public var width: UInt8
    public var style: Style

    public init(_ text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
}

/// A rectangle of cells that views draw into and the backend copies to the terminal.
public struct CellGrid: Equatable, Sendable, CustomStringConvertible {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from (x, y), clipped at `maxX` (exclusive; default the grid's width).
    /// Control characters never reach the grid (they are made visible by ``Sanitizer``).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(maxX ?? width, width)
        var col = x
        // Per scalar, as ncurses and the article pane count columns: a joiner or combining mark
        // joins the cell before it, so a ZWJ sequence (👩‍💻) takes the sum of its parts
        // everywhere, and the cells after it stay where the terminal puts them.
        for s in Sanitizer.visible(text).unicodeScalars {
            let w = DisplayWidth.of(s)
            if w == 0 {
                if col > x, col - 1 < limit {
                    var prevX = col - 1
                    if self[prevX, y].width == 0, prevX > x { prevX -= 1 }
                    if prevX >= 0 { self[prevX, y].text.unicodeScalars.append(s) }
                }
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                self[col, y] = Cell(String(s), width: UInt8(w), style: style)
                if w == 2, col + 1 < width { self[col + 1, y] = Cell("", width: 0, style: style) }
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with blanks in `style`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        let x0 = max(0, x), x1 = min(width, x + max(0, w)), y0 = max(0, y), y1 = min(height, y + max(0, h))
        guard x0 < x1, y0 < y1 else { return }
        for yy in y0..<y1 {
            for xx in x0..<x1 { self[xx, yy] = Cell(" ", width: 1, style: style) }
        }
    }

    /// Layers `style` onto the cells of a rectangle (for highlights and selections).
    public mutating func patchStyle(x: Int, y: Int, width w: Int, height h: Int = 1, style: Style) {
        let x0 = max(0, x), x1 = min(width, x + max(0, w)), y0 = max(0, y), y1 = min(height, y + max(0, h))
        guard x0 < x1, y0 < y1 else { return }
        for yy in y0..<y1 {
            for xx in x0..<x1 { self[xx, yy].style = self[xx, yy].style.patch(style) }
        }
    }

    /// The text of row `y`, wide characters once, trailing blanks kept.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where self[x, y].width != 0 { s += self[x, y].text }
        return s
    }

    /// The rows as text, trailing blanks trimmed: what a screen test compares.
    public var lines: [String] {
        (0..<height).map { y in
            var l = line(y)
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }
    }

    public var description: String {
        let border = "+" + String(repeating: "-", count: width) + "+"
        return ([border] + (0..<height).map { "|" + line($0) + "|" } + [border]).joined(separator: "\n")
    }
}

extension CellGrid {
    /// True when (x, y) is inside the grid.
    @inline(__always)
    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Sets a cell if (x, y) is inside the grid; drawing outside is clipped, never a trap.
    @inline(__always)
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard contains(x: x, y: y) else { return }
        self[x, y] = cell
    }

    /// Writes `text` right-aligned so that it ends before column `endX`; returns its first column.
    @discardableResult
    public mutating func putRight(_ text: String, endX: Int, y: Int, style: Style = .plain, minX: Int = 0) -> Int {
        let clean = Sanitizer.visible(text)
        let w = DisplayWidth.of(clean)
        let x = max(minX, endX - w)
        put(clean, x: x, y: y, style: style, maxX: endX)
        return x
    }

    /// Draws a box border with a title on the top edge and an optional footer on the bottom edge.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, title: String, footer: String = "",
                             border: Style, titleStyle: Style, fill: Style) {
        guard w >= 2, h >= 2 else { return }
        self.fill(x: x, y: y, width: w, height: h, style: fill)
        for xx in x + 1..<x + w - 1 {
            set(x: xx, y: y, Cell("─", style: border))
            set(x: xx, y: y + h - 1, Cell("─", style: border))
        }
        for yy in y + 1..<y + h - 1 {
            set(x: x, y: yy, Cell("│", style: border))
            set(x: x + w - 1, y: yy, Cell("│", style: border))
        }
        set(x: x, y: y, Cell("┌", style: border))
        set(x: x + w - 1, y: y, Cell("┐", style: border))
        set(x: x, y: y + h - 1, Cell("└", style: border))
        set(x: x + w - 1, y: y + h - 1, Cell("┘", style: border))
        if !title.isEmpty { put(TextScalars.fit(" " + title + " ", width: w - 4), x: x + 2, y: y, style: titleStyle, maxX: x + w - 2) }
        if !footer.isEmpty {
            let f = TextScalars.fit(" " + footer + " ", width: w - 4)
            putRight(f, endX: x + w - 2, y: y + h - 1, style: border, minX: x + 2)
        }
    }
}
