import DossierKit

/// Draws the whole reader screen for a state.
///
/// STUB (contract for the `ui` and `term` work): the `ui` helper fills this in.
public enum ReaderView {
    public static func render(_ state: ReaderState, theme: Theme, into grid: inout CellGrid) {
        grid.put(state.document.metadata.title ?? "", x: 0, y: 0, style: theme.style("title"))
    }
}

/// The article as plain wrapped text, for when stdout is not a terminal (like `less` and `bat`).
///
/// STUB: the `ui` helper fills this in (wrapping at the measure, sanitized).
public enum PlainRenderer {
    public static func render(_ document: Document, width: Int) -> String {
        Sanitizer.visible(document.text) + "\n"
    }
}
