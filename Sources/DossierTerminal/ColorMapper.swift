import DossierUI

/// Turns theme colours into the colour numbers a terminal has: true colour and 256-colour
/// themes degrade to the xterm 256 palette, then the 16 ANSI colours, then the 8 basic ones,
/// then none. -1 is the terminal's default colour (`use_default_colors`).
public struct ColorMapper: Sendable, Equatable {
    /// How many colours the terminal has (ncurses COLORS); below 8 means no colour at all.
    public let colors: Int

    public init(colors: Int) { self.colors = colors }

    /// The curses colour number for `color`, or -1 for the default.
    public func index(_ color: Color?) -> Int16 {
        guard colors >= 8, let color else { return -1 }
        switch color {
        case .default:
            return -1
        case .ansi(let n):
            return reduce16(Int(n & 15))
        case .indexed(let n):
            if colors >= 256 { return Int16(n) }
            if n < 16 { return reduce16(Int(n)) }
            let (r, g, b) = Self.rgb(ofIndexed: n)
            return reduce16(Self.nearest16(r, g, b))
        case .rgb(let r, let g, let b):
            if colors >= 256 { return Int16(Self.nearest256(r, g, b)) }
            return reduce16(Self.nearest16(r, g, b))
        }
    }

    /// An ANSI colour 0–15 on this terminal: itself with 16 colours, else its basic colour.
    private func reduce16(_ n: Int) -> Int16 {
        if colors >= 16 { return Int16(n) }
        // Bright colours fall to their basic colour; bright black (grey) to white, not to black,
        // because grey text is usually "muted but readable" and black would vanish on dark pages.
        if n == 8 { return 7 }
        return Int16(n & 7)
    }

    /// The xterm defaults for the 16 ANSI colours (what "nearest" measures against).
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of an xterm 256-palette entry.
    static func rgb(ofIndexed n: UInt8) -> (Int, Int, Int) {
        let v = Int(n)
        if v < 16 { return ansiRGB[v] }
        if v < 232 {
            let c = v - 16
            return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
        }
        let g = 8 + 10 * (v - 232)
        return (g, g, g)
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        // Weighted toward green, as the eye is: keeps hues from collapsing into greys.
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }

    /// The nearest entry of the 6×6×6 cube or the grey ramp (16–255).
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let target = (Int(r), Int(g), Int(b))
        func level(_ c: Int) -> Int {
            var best = 0
            for (i, l) in cubeLevels.enumerated() where abs(l - c) < abs(cubeLevels[best] - c) { best = i }
            return best
        }
        let (ri, gi, bi) = (level(target.0), level(target.1), level(target.2))
        let cube = 16 + 36 * ri + 6 * gi + bi
        let cubeRGB = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let avg = (target.0 + target.1 + target.2) / 3
        let grayIndex = max(0, min(23, (avg - 8 + 5) / 10))
        let gv = 8 + 10 * grayIndex
        return distance(target, (gv, gv, gv)) < distance(target, cubeRGB) ? 232 + grayIndex : cube
    }

    /// The nearest of the 16 ANSI colours.
    static func nearest16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        nearest16(Int(r), Int(g), Int(b))
    }

    static func nearest16(_ r: Int, _ g: Int, _ b: Int) -> Int {
        var best = 0
        var bestD = Int.max
        for (i, c) in ansiRGB.enumerated() {
            let d = distance((r, g, b), c)
            if d < bestD { bestD = d; best = i }
        }
        return best
    }
}
