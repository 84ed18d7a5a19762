import DossierKit

/// What a transition asks the world to do: the state stays a value, and the run loop performs
/// these (helix's callbacks, Elm's commands).
public enum Effect: Equatable, Sendable {
    /// Leave the reader (the reading position is saved by the caller).
    case quit
    /// Repaint every cell (another program wrote over the screen).
    case redraw
    /// Put text on the clipboard (OSC 52 when the terminal accepts it).
    case copy(String)
    /// Show another article at a text offset: a jump between articles (the library's).
    case open(article: String, offset: Int)
    /// Annotate the article again with this document date, as `--date` does (the loader and the
    /// annotator live outside the state); the loop hands the result to ``ReaderState/applyDocumentDate(_:document:)``.
    case setDate(CalendarDate)
    /// The finder's library scope wants the entities across the library; the loop hands them to
    /// ``ReaderState/setLibraryEntities(_:)``.
    case libraryEntities
    /// Show the library's entity page of an entity; a row chosen there opens its article (a jump).
    case entityPage(Int64)
    /// Open the page a link leads to (an http(s) address or an absolute file path), fetched
    /// as `dossier URL` does; the loop hands it to ``ReaderState/showLinked(_:target:)``.
    case follow(String)
    /// Add the article at this file path or address to the library, as `dossier add` does.
    case addToLibrary(String)
}
