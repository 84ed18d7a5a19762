import Testing
import DossierUI
@testable import DossierTerminal

@Suite struct ColorMapperTests {
    @Test func defaultIsMinusOneEverywhere() {
        for n in [0, 8, 16, 256] {
            #expect(ColorMapper(colors: n).index(.default) == -1)
            #expect(ColorMapper(colors: n).index(nil) == -1)
        }
    }

    @Test func noColourTerminalsGetNoColour() {
        let m = ColorMapper(colors: 0)
        #expect(m.index(.ansi(1)) == -1)
        #expect(m.index(.rgb(255, 0, 0)) == -1)
        #expect(m.index(.indexed(200)) == -1)
    }

    @Test func rgbTo256() {
        let m = ColorMapper(colors: 256)
        #expect(m.index(.rgb(255, 0, 0)) == 196)
        #expect(m.index(.rgb(0, 0, 0)) == 16)
        #expect(m.index(.rgb(255, 255, 255)) == 231)
        #expect(m.index(.rgb(0x87, 0x5f, 0x00)) == 94)  // exactly on the cube
        #expect(m.index(.rgb(0x80, 0x80, 0x80)) == 244)  // grey ramp, not the cube
        #expect(m.index(.rgb(0x1c, 0x1c, 0x1c)) == 234)
        #expect(m.index(.indexed(123)) == 123)
        #expect(m.index(.ansi(12)) == 12)
    }

    @Test func degradeTo16() {
        let m = ColorMapper(colors: 16)
        #expect(m.index(.rgb(250, 10, 10)) == 9)  // bright red
        #expect(m.index(.rgb(200, 0, 0)) == 1)  // red
        #expect(m.index(.rgb(0, 0, 0)) == 0)
        #expect(m.index(.rgb(0x87, 0x5f, 0x00)) == 1 || m.index(.rgb(0x87, 0x5f, 0x00)) == 3)  // brownish → red or yellow
        #expect(m.index(.indexed(196)) == 9)  // 256-palette red
        #expect(m.index(.indexed(244)) == 8)  // mid grey
        #expect(m.index(.indexed(4)) == 4)
        #expect(m.index(.ansi(14)) == 14)
    }

    @Test func degradeTo8() {
        let m = ColorMapper(colors: 8)
        #expect(m.index(.ansi(9)) == 1)
        #expect(m.index(.ansi(14)) == 6)
        #expect(m.index(.ansi(8)) == 7)  // grey stays readable on a dark page
        #expect(m.index(.rgb(0, 0, 250)) == 4)
        #expect(m.index(.indexed(226)) == 3)  // yellow
        #expect((0...7).contains(m.index(.rgb(13, 200, 77))))
    }

    @Test func paletteEntries() {
        #expect(ColorMapper.rgb(ofIndexed: 16) == (0, 0, 0))
        #expect(ColorMapper.rgb(ofIndexed: 231) == (255, 255, 255))
        #expect(ColorMapper.rgb(ofIndexed: 232) == (8, 8, 8))
        #expect(ColorMapper.rgb(ofIndexed: 255) == (238, 238, 238))
    }
}
