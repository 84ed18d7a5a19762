import DossierLibrary

/// The library view's first frame, for the benchmark (filled in by the view's wiring).
enum LibraryBenchHooks {
    static func firstFrame(_ lib: Library) throws -> Int {
        try lib.articles().count
    }
}
