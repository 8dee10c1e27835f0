/// One sentence of a paragraph: the text up to and including its closing `。`, `！` or `？`
/// (and a closing quote right after it).
@frozen public struct Sentence: Codable, Sendable, Hashable {
    /// The sentence as written.
    public var text: String
    /// Where the sentence starts.
    public var position: TextPosition
    /// The period the sentence speaks about; it may differ from its paragraph's when the
    /// sentence opens with words such as `过去五年` or `今年`.
    public var period: Period?

    /// A sentence; every field as described on its property.
    public init(text: String, position: TextPosition, period: Period?) {
        self.text = text
        self.position = position
        self.period = period
    }

    /// 1-based line of the sentence.
    public var line: Int { position.line }
    /// 0-based offset, in Unicode scalars, of the sentence's first character.
    public var offset: Int { position.offset }
}
