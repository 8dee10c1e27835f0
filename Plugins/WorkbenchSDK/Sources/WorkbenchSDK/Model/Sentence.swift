/// One sentence of a paragraph: the text up to and including its closing `。`, `！` or `？`
/// (and a closing quote right after it).
@frozen public struct Sentence: Codable, Sendable, Hashable {
    /// The sentence's text where it lies: a part of its paragraph's string, shared and not
    /// copied (a string of its own per sentence was a fifth of the allocations of a load).
    @usableFromInline var written: Substring
    /// Where the sentence starts.
    public var position: TextPosition
    /// The period the sentence speaks about; it may differ from its paragraph's when the
    /// sentence opens with words such as `过去五年` or `今年`.
    public var period: Period?

    /// A sentence; every field as described on its property.
    @inlinable
    public init(text: String, position: TextPosition, period: Period?) {
        self.init(text: text[...], position: position, period: period)
    }

    /// A sentence whose text is a part of a longer string (its paragraph's), kept without a copy.
    @inlinable
    public init(text: Substring, position: TextPosition, period: Period?) {
        self.written = text
        self.position = position
        self.period = period
    }

    /// The sentence as written (a new string at each read; `textPart` reads it in place).
    public var text: String {
        get { String(written) }
        set { written = newValue[...] }
    }

    /// The sentence as written, in place: a part of its paragraph's text.
    @inlinable public var textPart: Substring { written }

    /// 1-based line of the sentence.
    @inlinable public var line: Int { position.line }
    /// 0-based offset, in Unicode scalars, of the sentence's first character.
    @inlinable public var offset: Int { position.offset }

    // Encoded as before the text became a part: `text`, `position`, `period` (left out when nil).
    enum CodingKeys: String, CodingKey {
        case text, position, period
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        written = try container.decode(String.self, forKey: .text)[...]
        position = try container.decode(TextPosition.self, forKey: .position)
        period = try container.decodeIfPresent(Period.self, forKey: .period)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(position, forKey: .position)
        try container.encodeIfPresent(period, forKey: .period)
    }
}
