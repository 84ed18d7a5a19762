import DossierKit

/// Mouse transitions, hit-tested against the same ``ScreenLayout`` the views draw with.
extension ReaderState {
    /// Returns the effects of what a click opened (a "Citing" row, a library finder result).
    @discardableResult
    mutating func mouse(_ m: MouseEvent) -> [Effect] {
        let g = geometry
        guard !g.tooSmall else { return [] }
        let inSide = g.inSidePane(x: m.x, y: m.y)
        switch m.kind {
        case .wheelUp, .wheelDown:
            let d = m.kind == .wheelDown ? 3 : -3
            if focus == .help {
                for _ in 0..<2 { _ = helpCommand(d > 0 ? .lineDown : .lineUp) }
                return []
            }
            if inSide { moveCursor(by: d) } else if g.showsArticle { setTop(top + d) }
        case .click:
            if focus == .finder {
                return finderClick(m, box: g.finderBox())
            }
            if focus == .help || focus == .detail || focus == .search { return [] }
            if inSide {
                focus = .sidePane
                if m.y == 0 {
                    let rects = g.tabRects(tabTitles)
                    if let k = rects.firstIndex(where: { $0.contains(x: m.x, y: m.y) }) { pane.tab = pane.tabs[k] }
                    return []
                }
                return activateRow(pane.top(sideTab) + m.y - 1)
            }
            guard g.showsArticle, m.x < g.articleX + g.articleWidth, let offset = offsetAt(x: m.x, y: m.y) else { return [] }
            focus = .article
            if let p = index.mentions.containing(offset) {
                let e = index.mentions.payloads[p]
                searchEntity(e, at: offset)
                if let sr = search {
                    message = "\(entityName(e)) · \(document.entities[e].type.rawValue) · mention \(sr.counter)"
                }
            } else if let p = index.citations.containing(offset) {
                selectedCitation = index.citations.payloads[p]
                highlight = nil
            }
        }
        return []
    }

    /// A click in the finder: on a result, choose it; outside the box, close the finder.
    private mutating func finderClick(_ m: MouseEvent, box: ScreenLayout.Rect?) -> [Effect] {
        guard var f = finder else { return [] }
        guard let box, box.contains(x: m.x, y: m.y) else {
            return finderCommand(.back)
        }
        let listH = ScreenLayout.finderListHeight(box)
        let row = m.y - box.y - 2
        let i = ScreenLayout.finderFirstVisible(selected: f.selected, listHeight: listH) + row
        guard row >= 0, row < listH, i < f.count else { return [] }
        f.selected = i
        finder = f
        return finderCommand(.open)
    }

    /// The text offset drawn at a screen cell of the article, if any.
    func offsetAt(x: Int, y: Int) -> Int? {
        let g = geometry
        guard y >= 0, y < g.contentHeight else { return nil }
        let li = top + y
        guard li < layout.lines.count else { return nil }
        let line = layout.lines[li]
        guard !line.isHeader, line.kind != .blank else { return nil }
        var col = g.textX + line.indent
        guard x >= col else { return nil }
        for i in line.start..<max(line.start, min(line.end, index.scalars.count)) {
            let w = TextScalars.width(index.scalars[i])
            if x < col + w { return i }
            col += w
        }
        return nil
    }
}
