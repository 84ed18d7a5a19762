import DossierKit

/// Invariants every reader's document must keep: spans inside the text, blocks in order and
/// not overlapping, exports that produce output.
enum FuzzChecks {
    static func check(_ doc: Document) {
        let n = doc.text.unicodeScalars.count
        var last = 0
        for b in doc.blocks {
            if b.span.start < last || b.span.end > n || b.span.isEmpty { fatalError("block out of order or range") }
            last = b.span.end
        }
        for s in doc.styles where s.span.start < 0 || s.span.end > n || s.span.isEmpty { fatalError("style out of range") }
        for e in doc.entities { for m in e.mentions where m.span.start < 0 || m.span.end > n { fatalError("mention out of range") } }
        for c in doc.citations where c.span.start < 0 || c.span.end > n { fatalError("citation out of range") }
        if DocumentExporter.json(doc).isEmpty { fatalError("empty export") }
        _ = TextExporter.text(doc)
    }
}

/// The annotator the format targets use, loaded once per process the way the command line does.
let fuzzAnnotator = Annotator.loadDefault()
