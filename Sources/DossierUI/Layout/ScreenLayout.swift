/// Where everything is on screen, as a pure function of the size, the settings and which panes
/// are wanted. The views draw into these rectangles and mouse hit-testing reads the same ones,
/// so a click always lands on what was drawn there.
struct ScreenLayout: Equatable, Sendable {
    /// A rectangle of cells.
    struct Rect: Equatable, Sendable {
        var x: Int, y: Int, width: Int, height: Int
        func contains(x px: Int, y py: Int) -> Bool {
            px >= x && px < x + width && py >= y && py < y + height
        }
    }

    let width: Int
    let height: Int
    var tooSmall: Bool
    /// Rows above the status line.
    var contentHeight: Int
    var articleX: Int
    var articleWidth: Int
    /// Zero when the side pane is hidden.
    var sideX: Int
    var sideWidth: Int
    var textX: Int
    var textWidth: Int
    var showsArticle: Bool { articleWidth > 0 }
    var showsSide: Bool { sideWidth > 0 }
    /// Rows of the side pane's list (below the tab row).
    var listHeight: Int { max(0, contentHeight - 1) }
    /// Article rows on screen.
    var viewHeight: Int { max(1, contentHeight) }

    /// Terminals at least this wide show the side pane at start.
    static let sidePaneMinWidth = 100
    /// Below this size the reader draws a notice instead of the article.
    static let minimumSize = (width: 40, height: 10)

    /// `paneWanted`: the user wants the side pane; `paneExplicit`: asked for with `\`, so it stays
    /// beside the article below the usual width; `paneFocused`: it has the keys, and takes the
    /// whole screen when there is no room for both.
    init(width rawWidth: Int, height rawHeight: Int, measure: Int, sidePaneWidth: Int,
         paneWanted: Bool, paneExplicit: Bool, paneFocused: Bool) {
        width = max(0, rawWidth)
        height = max(0, rawHeight)
        tooSmall = width < Self.minimumSize.width || height < Self.minimumSize.height
        contentHeight = max(0, height - 1)
        articleX = 0
        articleWidth = width
        sideX = 0
        sideWidth = 0
        if paneWanted {
            // Columns the article cannot use (beyond its measure and margins) widen the pane,
            // up to 64, so its labels are not cut on a wide screen.
            let spare = width - (max(10, measure) + 2) - 1
            let sideW = max(20, min(max(sidePaneWidth, min(64, spare)), width - 41))
            if width - sideW - 1 >= 40 && (width >= Self.sidePaneMinWidth || paneExplicit) {
                articleWidth = width - sideW - 1
                sideX = width - sideW
                sideWidth = sideW
            } else if paneFocused {
                articleWidth = 0
                sideX = 0
                sideWidth = width
            }
        }
        let m = max(10, measure)
        textWidth = max(1, min(m, articleWidth - 2))
        textX = articleX + max(articleWidth > 2 ? 1 : 0, (articleWidth - textWidth) / 2)
    }

    // MARK: Side pane

    /// The tab titles' rectangles on the pane's first row, in order.
    func tabRects(_ titles: [String]) -> [Rect] {
        var x = sideX + 1
        return titles.map { t in
            let w = DisplayWidth.of(t) + 2
            defer { x += w }
            return Rect(x: x, y: 0, width: w, height: 1)
        }
    }

    /// Whether a cell is in the side pane's area.
    func inSidePane(x: Int, y: Int) -> Bool { showsSide && x >= sideX && y < contentHeight }

    // MARK: Finder

    /// The finder box for a number of results, or nil when it does not fit. Its height is fixed
    /// by the screen, not the results, so the box does not jump as they shrink.
    func finderBox() -> Rect? {
        let w = min(64, width - 4)
        let h = min(height - 3, 18)
        guard w >= 10, h >= 4 else { return nil }
        return Rect(x: (width - w) / 2, y: max(0, (height - 1 - h) / 2), width: w, height: h)
    }

    /// Result rows in the finder box (below the query line, above the border).
    static func finderListHeight(_ box: Rect) -> Int { max(0, box.height - 3) }

    /// The first result shown, so that the selected one is in the list.
    static func finderFirstVisible(selected: Int, listHeight: Int) -> Int { max(0, selected - max(1, listHeight) + 1) }

    // MARK: Help

    /// The help box.
    var helpBox: Rect {
        let w = max(0, min(100, width - 2))
        return Rect(x: (width - w) / 2, y: 0, width: w, height: max(0, height - 2))
    }

    /// Help lines shown at once (the box leaves the status line and one row free, and has a
    /// border above and below).
    var helpListHeight: Int { max(1, height - 4) }
}
