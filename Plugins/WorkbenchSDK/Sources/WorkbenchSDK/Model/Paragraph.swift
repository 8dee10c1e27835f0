/// One paragraph of a report: a non-blank line of the text, without its leading and trailing
/// white space (ASCII or the ideographic space U+3000).
@frozen public struct Paragraph: Codable, Sendable, Hashable {
    /// 0-based index among the report's paragraphs.
    public var index: Int
    /// The paragraph's text where it lies: a part of the loaded text, shared and not copied.
    @usableFromInline var written: Substring
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
    @inlinable
    public init(index: Int, text: String, position: TextPosition, sentences: [Sentence],
                period: Period?, section: Int, sector: String? = nil) {
        self.init(index: index, text: text[...], position: position, sentences: sentences, period: period,
                  section: section, sector: sector)
    }

    /// A paragraph whose text is a part of a longer string (the loaded text), kept without a copy.
    @inlinable
    public init(index: Int, text: Substring, position: TextPosition, sentences: [Sentence],
                period: Period?, section: Int, sector: String? = nil) {
        self.index = index
        self.written = text
        self.position = position
        self.sentences = sentences
        self.period = period
        self.section = section
        self.sector = sector
    }

    /// The paragraph as written, trimmed (a new string at each read; `textPart` reads it in place).
    public var text: String {
        get { String(written) }
        set { written = newValue[...] }
    }

    /// The paragraph as written, in place: a part of the loaded text.
    @inlinable public var textPart: Substring { written }

    /// 1-based line of the paragraph.
    @inlinable public var line: Int { position.line }
    /// 0-based offset, in Unicode scalars, of the paragraph's first character.
    @inlinable public var offset: Int { position.offset }

    // Encoded as before the text became a part, in the same order (`period` and `sector` left
    // out when nil).
    enum CodingKeys: String, CodingKey {
        case index, text, position, sentences, period, section, sector
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decode(Int.self, forKey: .index)
        written = try container.decode(String.self, forKey: .text)[...]
        position = try container.decode(TextPosition.self, forKey: .position)
        sentences = try container.decode([Sentence].self, forKey: .sentences)
        period = try container.decodeIfPresent(Period.self, forKey: .period)
        section = try container.decode(Int.self, forKey: .section)
        sector = try container.decodeIfPresent(String.self, forKey: .sector)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(text, forKey: .text)
        try container.encode(position, forKey: .position)
        try container.encode(sentences, forKey: .sentences)
        try container.encodeIfPresent(period, forKey: .period)
        try container.encode(section, forKey: .section)
        try container.encodeIfPresent(sector, forKey: .sector)
    }
}
