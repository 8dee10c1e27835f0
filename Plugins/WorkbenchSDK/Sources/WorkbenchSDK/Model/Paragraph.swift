/// One paragraph of a report: a non-blank line of the text, without its leading and trailing
/// white space (ASCII or the ideographic space U+3000).
@frozen public struct Paragraph: Codable, Sendable, Hashable {
    /// 0-based index among the report's paragraphs.
    public var index: Int
    /// The paragraph as written, trimmed.
    public var text: String
    /// Where the paragraph's first non-blank character stands.
    public var position: TextPosition
    /// Its sentences, in order; together they cover `text`.
    public var sentences: [Sentence]
    /// The period the paragraph speaks about (that of its first sentence); `nil` in the title block.
    public var period: Period?
    /// The `id` of the smallest outline node of level 1 to 3 that contains the paragraph, or of
    /// the document node for the title block.
    public var section: Int
    /// The sector the paragraph is mostly about (an id of the sector lexicon), `nil` for the
    /// title block, back matter, or text no sector's words fit.
    public var sector: String?

    /// A paragraph; every field as described on its property.
    public init(index: Int, text: String, position: TextPosition, sentences: [Sentence],
                period: Period?, section: Int, sector: String? = nil) {
        self.index = index
        self.text = text
        self.position = position
        self.sentences = sentences
        self.period = period
        self.section = section
        self.sector = sector
    }

    /// 1-based line of the paragraph.
    public var line: Int { position.line }
    /// 0-based offset, in Unicode scalars, of the paragraph's first character.
    public var offset: Int { position.offset }
}
