import DossierKit

/// The article's scroll state: the wrapped layout for the current width (with a small cache of
/// other widths), the first line on screen and the text offset it stands for.
struct Viewport: Sendable {
    private(set) var layout = ArticleLayout()
    /// Layouts by wrap width, so toggling the side pane or resizing back is instant.
    private var cache: [Int: ArticleLayout] = [:]
    /// The first layout line on screen.
    private(set) var top = 0
    /// The text offset the reading position is anchored at (kept across resizes).
    private(set) var anchor: Int
    /// Article rows on screen.
    var height = 1

    init(anchor: Int) { self.anchor = max(0, anchor) }

    /// Re-wraps at `width` (from the cache when it can), keeping the anchor at the top.
    mutating func rewrap(_ index: DocumentIndex, width: Int) {
        guard layout.width != width else { return }
        if layout.width > 0 { cache[layout.width] = layout }
        layout = cache[width] ?? ArticleLayout(index: index, width: width)
        if cache.count > 4 { cache = [width: layout] }
        top = anchor <= 0 ? 0 : layout.lineIndex(containing: anchor)
    }

    var maxTop: Int { max(0, layout.lines.count - height) }

    /// Keeps `top` in range; `updateAnchor` makes the new top line the reading position.
    mutating func clamp(updateAnchor: Bool) {
        top = max(0, min(top, maxTop))
        if updateAnchor { anchor = layout.anchor(ofLine: top) }
    }

    mutating func setTop(_ t: Int) {
        top = t
        clamp(updateAnchor: true)
    }

    /// Puts the line showing text offset `offset` at the top (a jump's target).
    mutating func show(offset: Int) {
        anchor = max(0, offset)
        top = offset <= 0 ? 0 : layout.lineIndex(containing: offset)
        clamp(updateAnchor: false)
    }

    /// Goes back to a saved top line and anchor (Esc in the search prompt).
    mutating func restore(top t: Int, anchor a: Int) {
        top = t
        anchor = a
        clamp(updateAnchor: false)
    }

    /// Scrolls so `span` is on screen, a third down when it was off screen.
    mutating func reveal(_ span: Span) {
        let line = layout.lineIndex(containing: span.start)
        let last = layout.lineIndex(containing: max(span.start, span.end - 1))
        if line < top || last >= top + height {
            setTop(line - height / 3)
        }
    }

    /// Whether some of `span` is on screen.
    func isVisible(_ span: Span) -> Bool {
        let line = layout.lineIndex(containing: span.start)
        let last = layout.lineIndex(containing: max(span.start, span.end - 1))
        return last >= top && line < top + height
    }

    /// The text offset just below the screen (the end of the text at the bottom).
    func offsetBelow(textCount: Int) -> Int {
        let below = top + height
        return below >= layout.lines.count ? textCount + 1 : layout.anchor(ofLine: below)
    }

    /// `Top`, `Bot`, `All` or a percentage of the way through.
    var positionText: String {
        let n = layout.lines.count
        if n <= height { return "All" }
        if top <= 0 { return "Top" }
        if top >= n - height { return "Bot" }
        return "\(min(99, (top + height) * 100 / n))%"
    }
}
