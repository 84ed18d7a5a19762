/// Writes a ``Document`` as `dossier/1` JSON (spec/export-format.md), keys in contract order.
public enum DocumentExporter {
    public static func json(_ doc: Document, pretty: Bool = true) -> String {
        var w = JSONWriter(pretty: pretty, reserve: doc.text.utf8.count * 2 + 4096)
        write(doc, into: &w)
        return w.string
    }

    /// Streams the JSON to `sink` in chunks of about 1 MB (what `dossier export` does).
    /// `library` adds the library fields (`metadata.library_id`, `refs[].resolved`, `cited_by`).
    public static func write(
        _ doc: Document, pretty: Bool = true, library: LibraryExportContext? = nil,
        to sink: @escaping ([UInt8]) -> Void
    ) {
        var w = JSONWriter(pretty: pretty, sink: sink)
        write(doc, library: library, into: &w)
        w.flush()
    }

    static func write(_ doc: Document, library: LibraryExportContext? = nil, into w: inout JSONWriter) {
        w.beginObject()
        w.field("schema", "dossier/1")
        w.key("source"); w.beginObject()
        w.field("path", doc.source.path)
        w.field("format", doc.source.format)
        w.endObject()
        writeMetadata(doc.metadata, libraryID: library?.libraryID, into: &w)
        w.field("text", doc.text)
        w.key("blocks"); w.beginArray()
        for b in doc.blocks {
            w.beginObject(); w.field("kind", b.kind.rawValue); w.field("start", b.span.start); w.field("end", b.span.end); w.endObject()
        }
        w.endArray()
        w.key("styles"); w.beginArray()
        for s in doc.styles {
            w.beginObject(); w.field("kind", s.kind.rawValue); w.field("start", s.span.start); w.field("end", s.span.end)
            if let t = s.target { w.field("target", t) }
            w.endObject()
        }
        w.endArray()
        w.key("sentences"); w.beginArray()
        for s in doc.sentences { w.beginObject(); w.field("start", s.start); w.field("end", s.end); w.endObject() }
        w.endArray()
        w.key("entities"); w.beginArray()
        for e in doc.entities {
            w.beginObject()
            w.field("id", e.id); w.field("name", e.name); w.field("type", e.type.rawValue); w.field("actor", e.actor)
            w.key("mentions"); w.beginArray()
            for m in e.mentions {
                w.beginObject(); w.field("start", m.span.start); w.field("end", m.span.end); w.field("text", m.text); w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("citations"); w.beginArray()
        for (ci, c) in doc.citations.enumerated() {
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
                    let refs = library.resolved[ci] ?? []
                    if ri < refs.count { for a in refs[ri] { library.write(a, into: &w) } }
                    w.endArray()
                }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("timexes"); w.beginArray()
        for t in doc.timexes {
            w.beginObject()
            w.field("start", t.span.start); w.field("end", t.span.end); w.field("text", t.text)
            w.field("type", t.type.rawValue); w.field("value", t.value)
            if let m = t.mod { w.field("mod", m.rawValue) }
            w.endObject()
        }
        w.endArray()
        w.key("timeline"); w.beginArray()
        for e in doc.timeline {
            w.beginObject()
            w.field("start", e.start.description); w.field("end", e.end.description)
            w.field("label", e.fullLabel(in: doc.text)); w.field("origin", e.origin.rawValue)
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
        w.endArray()
        if let library {
            w.key("cited_by"); w.beginArray()
            for a in library.citedBy { library.write(a, into: &w) }
            w.endArray()
        }
        if !doc.notices.isEmpty {
            w.key("notices"); w.beginArray()
            for n in doc.notices { w.value(n) }
            w.endArray()
        }
        w.endObject()
        w.newlineAtEnd()
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
