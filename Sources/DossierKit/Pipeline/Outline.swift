/// The light pass behind `dossier export --format text`: what a reader produced plus the
/// document date, without time expressions, entities or the timeline (and without loading the
/// knowledge lists and the NER model, which a plain-text dump never shows).
public enum Outline {
    public static func document(_ input: FormattedText, path: String? = nil, date: CalendarDate? = nil) -> Document {
        let buffer = TextBuffer(input.text)
        var metadata = input.metadata
        var blocks = input.blocks
        let plain = input.format == .text && input.blocks.isEmpty
        if plain {
            let structure = StructureParser.parse(buffer)
            blocks = structure.blocks
            metadata = structure.metadata
            metadata.url = input.metadata.url
        }
        let citations = CitationParser.parse(buffer, blocks: blocks)
        // --date wins; a date the page or front matter declares comes next, with its basis.
        let declared = plain ? nil : input.metadata.date
        let given = date.map { GivenDate($0) } ?? declared.map { GivenDate($0.value, basis: $0.basis) }
        metadata.date = DocumentDateInference.infer(buffer, metadata: metadata, citations: citations, given: given)
        var doc = Document(
            text: input.text, source: Document.Source(path: path, format: input.format.rawValue), metadata: metadata,
            blocks: blocks, styles: input.styles, notices: input.notices)
        if plain { WireStory.apply(&doc) }
        return doc
    }
}
