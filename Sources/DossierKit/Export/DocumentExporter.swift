import Foundation

/// Writes a ``Document`` as `dossier/1` JSON (spec/export-format.md), keys in contract order.
public enum DocumentExporter {
    public static func json(_ doc: Document, pretty: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(doc.text.utf8.count * 2 + 4096)
        var parts = parts(doc, pretty: pretty, library: nil)
        parts.write(workers: 0) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Streams the JSON to `sink` in chunks of about 1 MB (what `dossier export` does), rendered
    /// on `workers` threads (by default one per core beyond this one, up to 3) in document order.
    /// `library` adds the library fields (`metadata.library_id`, `refs[].resolved`, `cited_by`).
    public static func write(
        _ doc: Document, pretty: Bool = true, library: LibraryExportContext? = nil,
        workers: Int = DocumentExporter.defaultWorkers,
        to sink: ([UInt8]) -> Void
    ) {
        write(doc, pretty: pretty, library: library, workers: workers, slices: SliceSizes(), to: sink)
    }

    static func write(
        _ doc: Document, pretty: Bool, library: LibraryExportContext?, workers: Int, slices: SliceSizes,
        to sink: ([UInt8]) -> Void
    ) {
        var parts = parts(doc, pretty: pretty, library: library, slices: slices)
        parts.write(workers: workers, to: sink)
    }

    public static var defaultWorkers: Int { min(3, max(1, ProcessInfo.processInfo.activeProcessorCount)) }

    /// How many elements (mentions for entities, bytes for the text) go in one slice of the
    /// export: about 1 MB of JSON each.
    struct SliceSizes {
        var text = 1 << 20
        var rows = 10_000
        var sentences = 20_000
        var mentions = 12_000
        var citations = 4_000
        var timexes = 8_000
        var timeline = 4_000

        /// The same size for every kind (tests cut small documents in many slices).
        static func all(_ n: Int) -> SliceSizes {
            SliceSizes(text: n, rows: n, sentences: n, mentions: n, citations: n, timexes: n, timeline: n)
        }
    }

    /// The export as parts: the skeleton in order, the long arrays and the text as slices.
    static func parts(_ doc: Document, pretty: Bool, library: LibraryExportContext?, slices: SliceSizes = SliceSizes()) -> JSONParts {
        var p = JSONParts(pretty: pretty)
        p.w.beginObject()
        p.w.field("schema", "dossier/1")
        p.w.key("source"); p.w.beginObject()
        p.w.field("path", doc.source.path)
        p.w.field("format", doc.source.format)
        p.w.endObject()
        writeMetadata(doc.metadata, libraryID: library?.libraryID, into: &p.w)
        p.w.key("text"); p.string(doc.text, slice: slices.text)
        let blocks = doc.blocks
        p.w.key("blocks"); p.w.beginArray()
        p.elements(count: blocks.count, sliceEnds: JSONParts.sliceEnds(count: blocks.count, target: slices.rows) { _ in 1 }) { w, r in
            for b in blocks[r] {
                w.beginObject(); w.field("kind", b.kind.rawValue); w.field("start", b.span.start); w.field("end", b.span.end); w.endObject()
            }
        }
        p.w.endArray()
        p.w.key("styles"); p.w.beginArray()
        for s in doc.styles {
            p.w.beginObject(); p.w.field("kind", s.kind.rawValue); p.w.field("start", s.span.start); p.w.field("end", s.span.end)
            if let t = s.target { p.w.field("target", t) }
            p.w.endObject()
        }
        p.w.endArray()
        let sentences = doc.sentences
        p.w.key("sentences"); p.w.beginArray()
        p.elements(count: sentences.count, sliceEnds: JSONParts.sliceEnds(count: sentences.count, target: slices.sentences) { _ in 1 }) { w, r in
            for s in sentences[r] { w.beginObject(); w.field("start", s.start); w.field("end", s.end); w.endObject() }
        }
        p.w.endArray()
        let entities = doc.entities
        p.w.key("entities"); p.w.beginArray()
        let entityEnds = JSONParts.sliceEnds(count: entities.count, target: slices.mentions) { entities[$0].mentions.count + 4 }
        p.elements(count: entities.count, sliceEnds: entityEnds) { w, r in
            for e in entities[r] {
                w.beginObject()
                w.field("id", e.id); w.field("name", e.name); w.field("type", e.type.rawValue); w.field("actor", e.actor)
                w.key("mentions"); w.beginArray()
                for m in e.mentions {
                    w.beginObject(); w.field("start", m.span.start); w.field("end", m.span.end); w.field("text", m.text); w.endObject()
                }
                w.endArray()
                w.endObject()
            }
        }
        p.w.endArray()
        let citations = doc.citations
        p.w.key("citations"); p.w.beginArray()
        p.elements(count: citations.count, sliceEnds: JSONParts.sliceEnds(count: citations.count, target: slices.citations) { _ in 1 }) { w, r in
            for ci in r { writeCitation(citations[ci], resolved: library?.resolved[ci], inLibrary: library, into: &w) }
        }
        p.w.endArray()
        let timexes = doc.timexes
        p.w.key("timexes"); p.w.beginArray()
        p.elements(count: timexes.count, sliceEnds: JSONParts.sliceEnds(count: timexes.count, target: slices.timexes) { _ in 1 }) { w, r in
            for t in timexes[r] {
                w.beginObject()
                w.field("start", t.span.start); w.field("end", t.span.end); w.field("text", t.text)
                w.field("type", t.type.rawValue); w.field("value", t.value)
                if let m = t.mod { w.field("mod", m.rawValue) }
                w.endObject()
            }
        }
        p.w.endArray()
        let timeline = doc.timeline
        let text = doc.text
        p.w.key("timeline"); p.w.beginArray()
        p.elements(count: timeline.count, sliceEnds: JSONParts.sliceEnds(count: timeline.count, target: slices.timeline) { _ in 1 }) { w, r in
            for e in timeline[r] { writeTimelineEntry(e, text: text, into: &w) }
        }
        p.w.endArray()
        if let library {
            p.w.key("cited_by"); p.w.beginArray()
            for a in library.citedBy { library.write(a, into: &p.w) }
            p.w.endArray()
        }
        if !doc.notices.isEmpty {
            p.w.key("notices"); p.w.beginArray()
            for n in doc.notices { p.w.value(n) }
            p.w.endArray()
        }
        p.w.endObject()
        p.w.newlineAtEnd()
        return p
    }

    private static func writeCitation(
        _ c: Citation, resolved: [[LibraryExportContext.ArticleRef]]?, inLibrary library: LibraryExportContext?,
        into w: inout JSONWriter
    ) {
        w.beginObject()
        w.field("start", c.span.start); w.field("end", c.span.end); w.field("text", c.text)
        w.field("kind", c.kind.rawValue); w.field("see", c.see)
        if !c.links.isEmpty {
            w.key("links"); w.beginArray()
            for l in c.links { w.value(l) }
            w.endArray()
        }
        w.key("refs"); w.beginArray()
        for (ri, r) in c.refs.enumerated() {
            w.beginObject()
            w.field("source", r.source)
            w.key("dates"); w.beginArray()
            for d in r.dates { w.value(d.description) }
            w.endArray()
            if let library {
                w.key("resolved"); w.beginArray()
                let refs = resolved ?? []
                if ri < refs.count { for a in refs[ri] { library.write(a, into: &w) } }
                w.endArray()
            }
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private static func writeTimelineEntry(_ e: TimelineEntry, text: String, into w: inout JSONWriter) {
        w.beginObject()
        w.field("start", e.start.description); w.field("end", e.end.description)
        w.field("label", e.fullLabel(in: text)); w.field("origin", e.origin.rawValue)
        w.field("kind", e.isEvent ? "event" : "source")
        w.key("at"); w.beginObject(); w.field("start", e.at.start); w.field("end", e.at.end); w.endObject()
        w.key("sentence")
        if let s = e.sentence {
            w.beginObject(); w.field("start", s.start); w.field("end", s.end); w.endObject()
        } else {
            w.value(nil as String?)
        }
        w.endObject()
    }

    private static func writeMetadata(_ m: Metadata, libraryID: Int64? = nil, into w: inout JSONWriter) {
        w.key("metadata"); w.beginObject()
        w.field("title", m.title)
        w.field("publication", m.publication)
        w.field("volume", m.volume)
        w.field("issue", m.issue)
        w.field("caption", m.caption)
        w.field("byline", m.byline)
        w.field("site", m.site)
        w.field("url", m.url)
        w.field("place", m.place)
        w.key("date")
        if let d = m.date {
            w.beginObject()
            w.field("value", d.value.description); w.field("inferred", d.inferred); w.field("basis", d.basis)
            if d.assumed { w.field("assumed", true) }
            w.field("confidence", (d.confidence * 100).rounded() / 100)
            w.field("uncertain", d.isUncertain)
            w.endObject()
        } else {
            w.value(nil as String?)
        }
        if let libraryID { w.field("library_id", Int(libraryID)) }
        w.endObject()
    }
}
