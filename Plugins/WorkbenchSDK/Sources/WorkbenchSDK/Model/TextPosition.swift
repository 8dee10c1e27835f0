/// Where a piece of text stands in the loaded report.
///
/// `line` is 1-based; `offset` is 0-based. Both count Unicode scalars of the loaded text (after a
/// byte-order mark is dropped and CRLF line endings are folded to LF).
@frozen public struct TextPosition: Codable, Sendable, Hashable, Comparable {
    /// 1-based line number.
    public var line: Int
    /// 0-based offset in Unicode scalars from the start of the text.
    public var offset: Int

    /// A position; see `line` and `offset`.
    @inlinable
    public init(line: Int, offset: Int) {
        self.line = line
        self.offset = offset
    }

    /// Earlier in the text (offsets compared; lines follow from them).
    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        lhs.offset < rhs.offset
    }
}
