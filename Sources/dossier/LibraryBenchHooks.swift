import DossierLibrary
import DossierUI

/// The library view's first frame, as `dossier` draws it: the state over the library, then the
/// view into a 200×60 grid (the terminal's own drawing is the reader's, measured by bench-ui).
enum LibraryBenchHooks {
    @discardableResult
    static func firstFrame(_ lib: Library) throws -> CellGrid {
        let state = LibraryState(source: LibraryAdapter(library: lib), width: 200, height: 60)
        var grid = CellGrid(width: 200, height: 60)
        LibraryView.render(state, theme: BuiltinThemes.fallback, into: &grid)
        return grid
    }
}
