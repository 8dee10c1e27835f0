/// A paragraph's text together with its scalars: copies parts of the text, named by scalar
/// ranges, as `String`s.
///
/// Why: a figure's text and subject are parts of its paragraph. Copying part of a native
/// string's UTF-8 (`String(Substring)`) is a `memcpy`, with no encoding and no validation;
/// building the same `String` from scalars (`Text.string`) encodes each scalar and then
/// validates the bytes, ~1,400 instructions for a subject of ten ideographs.
///
/// `scalars` must be the scalars of `text` (the extractor's contract: its figures' positions
/// are scalar offsets into the paragraph's text).
struct ParagraphText {
    let text: String
    let scalars: ArraySlice<Unicode.Scalar>
    /// A scalar index and the UTF-8 offset where that scalar starts. Parts are asked for in
    /// nearly increasing order (figure after figure), so each offset is found by walking a few
    /// scalars from the last one rather than from the paragraph's start.
    private var cursor: (scalar: Int, byte: Int)
    private let byteCount: Int

    init(_ text: String, scalars: ArraySlice<Unicode.Scalar>) {
        self.text = text
        self.scalars = scalars
        self.cursor = (scalars.startIndex, 0)
        self.byteCount = text.utf8.count
    }

    /// The UTF-8 offset in `text` where the scalar at `index` (or the end, at `endIndex`) starts.
    mutating func utf8Offset(of index: Int) -> Int {
        var (scalar, byte) = cursor
        while scalar < index {
            byte += UTF8.width(scalars[scalar])
            scalar += 1
        }
        while scalar > index {
            scalar -= 1
            byte -= UTF8.width(scalars[scalar])
        }
        cursor = (scalar, byte)
        return byte
    }

    /// The UTF-8 range of the scalars `range`, or nil when it lies beyond the text (scalars
    /// that are not the text's: the caller then encodes them).
    mutating func utf8Range(of range: Range<Int>) -> Range<Int>? {
        let start = utf8Offset(of: range.lowerBound)
        let end = utf8Offset(of: range.upperBound)
        return end <= byteCount ? start..<end : nil
    }

    /// The part of the text at a UTF-8 range that falls on scalar boundaries.
    private func substring(utf8 range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return text[start..<end]
    }

    /// The scalars `range` of the paragraph as a string.
    mutating func string(_ range: Range<Int>) -> String {
        guard let bytes = utf8Range(of: range) else { return Text.string(scalars[range]) }
        return String(substring(utf8: bytes))
    }

    /// A subject's text: its pieces one after another.
    mutating func string(of pieces: ArraySlice<Subjects.Piece>) -> String {
        guard let first = pieces.first else { return "" }
        if pieces.count == 1, case .part(let range) = first { return string(range) }
        // The pieces' bytes are counted first, so that a string too long to be stored inline is
        // allocated once, at its size, before the pieces are appended.
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: pieces.count) { bytes in
            var total = 0
            for (offset, piece) in pieces.enumerated() {
                bytes[offset] = 0..<0
                switch piece {
                case .part(let range):
                    guard let range = utf8Range(of: range) else { return encoded(pieces) }
                    bytes[offset] = range
                    total += range.count
                case .closingQuote:
                    total += Self.closingQuote.utf8.count
                case .text(let text):
                    total += text.utf8.count
                }
            }
            var result = ""
            if total > 15 { result.reserveCapacity(total) }
            for (offset, piece) in pieces.enumerated() {
                switch piece {
                case .part: result.append(contentsOf: substring(utf8: bytes[offset]))
                case .closingQuote: result.append(Self.closingQuote)
                case .text(let text): result.append(text)
                }
            }
            return result
        }
    }

    private static let closingQuote = "”"

    /// `string(of:)` by encoding the pieces' scalars.
    private func encoded(_ pieces: ArraySlice<Subjects.Piece>) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .part(let range): result += Text.string(scalars[range])
            case .closingQuote: result += Self.closingQuote
            case .text(let text): result += text
            }
        }
        return result
    }
}
