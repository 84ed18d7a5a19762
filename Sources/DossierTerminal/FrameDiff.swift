import DossierUI

/// Which cells of a frame differ from the previous frame, as runs per row, so the backend
/// writes only those (and ncurses in turn sends only what the screen lacks).
public enum FrameDiff {
    /// Cells `x..<x+count` of row `y`.
    public struct Run: Equatable, Sendable {
        public var y: Int
        public var x: Int
        public var count: Int
        public init(y: Int, x: Int, count: Int) {
            self.y = y
            self.x = x
            self.count = count
        }
    }

    /// The runs to write to turn `old` into `new`; every row in full when there is no
    /// previous frame or its size differs. A changed half of a wide character takes the whole
    /// character with it, since the terminal can only draw it whole.
    public static func changes(from old: CellGrid?, to new: CellGrid) -> [Run] {
        guard let old, old.width == new.width, old.height == new.height else {
            return new.width == 0 ? [] : (0..<new.height).map { Run(y: $0, x: 0, count: new.width) }
        }
        var runs: [Run] = []
        for y in 0..<new.height {
            var x = 0
            while x < new.width {
                guard old[x, y] != new[x, y] else { x += 1; continue }
                var start = x
                // Back up to the lead cell of a wide character (old or new).
                if start > 0, new[start, y].width == 0 || old[start, y].width == 0 { start -= 1 }
                var end = x + 1
                while end < new.width {
                    if old[end, y] != new[end, y] { end += 1; continue }
                    // Keep the partner of a wide character at the end.
                    if new[end, y].width == 0 || old[end, y].width == 0 { end += 1; continue }
                    break
                }
                if let last = runs.last, last.y == y, last.x + last.count >= start {
                    runs[runs.count - 1].count = end - last.x
                } else {
                    runs.append(Run(y: y, x: start, count: end - start))
                }
                x = end
            }
        }
        return runs
    }
}
