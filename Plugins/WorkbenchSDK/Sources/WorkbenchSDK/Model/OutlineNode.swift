/// One node of a report's section tree.
///
/// Levels: 0 the document, 1 a part (`一、…`), 2 a sub-section (`（一）…`) or a `——…` highlight
/// paragraph, 3 a topic paragraph (its lead phrase, `激发消费潜能`), 4 a numbered list item
/// (`一是…`, `第一，…`).
@frozen public struct OutlineNode: Codable, Sendable, Hashable, Identifiable {
    /// What kind of heading the node is.
    @frozen public enum Kind: String, Codable, Sendable, Hashable {
        /// The whole report (level 0).
        case document
        /// `一、…` (level 1).
        case part
        /// `（一）…` (level 2).
        case subSection = "sub-section"
        /// A `——…` highlight paragraph (level 2).
        case highlight
        /// A paragraph that opens with a lead phrase (level 3).
        case topic
        /// A numbered item `一是…` / `第一，…` (level 4).
        case item
    }

    /// Index of the node in `Report.outline`.
    public var id: Int
    /// What kind of heading it is.
    public var kind: Kind
    /// 0 document, 1 part, 2 sub-section or highlight, 3 topic, 4 list item.
    public var level: Int
    /// The heading exactly as written, without a closing `。`; enumerators (`一、`, `（一）`,
    /// `——`) are kept.
    public var title: String
    /// Where the heading starts.
    public var position: TextPosition
    /// Offset just past the node's span (exclusive): a part runs to the next part, a topic is
    /// its paragraph.
    public var endOffset: Int
    /// The period of the node's text.
    public var period: Period?
    /// The `id` of the parent node; `nil` for the document.
    public var parent: Int?
    /// True when the heading is the first sentence of a paragraph rather than a line of its own.
    public var headingIsFirstSentence: Bool

    /// A node; every field as described on its property.
    @inlinable
    public init(id: Int, kind: Kind, level: Int, title: String, position: TextPosition,
                endOffset: Int, period: Period?, parent: Int?, headingIsFirstSentence: Bool) {
        self.id = id
        self.kind = kind
        self.level = level
        self.title = title
        self.position = position
        self.endOffset = endOffset
        self.period = period
        self.parent = parent
        self.headingIsFirstSentence = headingIsFirstSentence
    }

    /// 1-based line of the heading.
    @inlinable public var line: Int { position.line }
    /// 0-based offset of the heading.
    @inlinable public var offset: Int { position.offset }
}
