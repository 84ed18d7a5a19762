import DossierKit
import Foundation

/// libFuzzer entry: any bytes go through the loader's decoding, the whole annotation pipeline
/// (structure, citations, document date, time expressions, entities, timeline) and the export.
/// Built by Tests/fuzz/run.sh; a crash here is a trap in the library.
/// Loaded once for the fuzzing process, as the command line does.
let annotator = Annotator.loadDefault()

@_cdecl("LLVMFuzzerTestOneInput")
public func articleFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let loaded = try? ArticleLoader.decode(bytes, name: "fuzz") else { return 0 }
    let doc = annotator.annotate(loaded.text, date: size % 2 == 0 ? nil : CalendarDate(year: 2019, month: 10, day: 8))
    let json = DocumentExporter.json(doc)
    // Offsets must stay inside the text: check the invariants the exporter relies on.
    let n = doc.text.unicodeScalars.count
    for e in doc.entities { for m in e.mentions where m.span.start < 0 || m.span.end > n || m.span.isEmpty { fatalError("mention out of range") } }
    for c in doc.citations where c.span.start < 0 || c.span.end > n { fatalError("citation out of range") }
    for t in doc.timexes where t.span.start < 0 || t.span.end > n { fatalError("timex out of range") }
    if json.isEmpty { fatalError("empty export") }
    return 0
}
