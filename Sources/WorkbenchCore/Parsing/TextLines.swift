import CTextKernels
import WorkbenchSDK

/// A paragraph as cut from the text, before the outline gives it a place and a period.
///
/// Its place is kept as two integers, not as the SDK's `TextPosition`: a type built for library
/// evolution has no fixed layout, so every copy of a paragraph (every loop over them) went
/// through the runtime's value witnesses.
struct RawParagraph: Sendable, Equatable {
    /// The paragraph's scalars, trimmed of leading and trailing blanks.
    var scalars: [Unicode.Scalar]
    let line: Int
    let offset: Int
    /// The paragraph's text when it was cut from a string: a part of that string, not a copy.
    private var cutText: Substring?

    init(scalars: [Unicode.Scalar], position: TextPosition) {
        self.scalars = scalars
        self.line = position.line
        self.offset = position.offset
    }

    init(scalars: [Unicode.Scalar], position: TextPosition, text: Substring) {
        self.init(scalars: scalars, position: position)
        self.cutText = text
    }

    var position: TextPosition { TextPosition(line: line, offset: offset) }
    var text: String { cutText.map(String.init) ?? Text.string(scalars) }
    /// The text in place when it was cut from a string (else a string of its own).
    var textPart: Substring { cutText ?? Text.string(scalars)[...] }
    /// Offset just past the paragraph's last scalar.
    var endOffset: Int { offset + scalars.count }

    static func == (left: RawParagraph, right: RawParagraph) -> Bool {
        left.scalars == right.scalars && left.line == right.line && left.offset == right.offset
    }
}

/// Cuts text into paragraphs (non-blank lines) and paragraphs into sentences, keeping for each
/// piece its line and its offset in Unicode scalars.
enum TextLines {
    /// Characters trimmed from both ends of a line: ASCII white space, the ideographic space,
    /// no-break space and stray byte-order marks.
    static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{3000}", "\u{00A0}", "\u{FEFF}", "\u{200B}", "\u{0B}", "\u{0C}": return true
        default: return false
        }
    }

    /// Reads the text's UTF-8 line by line (a line feed byte is never part of another scalar),
    /// decoding each line once; a paragraph's text is a part of `text`, neither copied nor
    /// encoded anew.
    static func paragraphs(of text: String) -> (paragraphs: [RawParagraph], length: Int, lines: Int) {
        var result: [RawParagraph] = []
        var line = 1
        var offset = 0
        var endsWithNewline = false
        var utf8 = text
        utf8.withUTF8 { bytes in
            endsWithNewline = bytes.last == 0x0A
            var lineStart = 0
            // Each line is decoded into one buffer, and a paragraph keeps a copy of its part (a
            // line too long for the buffer is decoded into an array of its own).
            var scratch: [Unicode.Scalar] = []
            while true {
                let lineEnd = Text.firstIndex(of: 0x0A, in: bytes, from: lineStart)
                let lineBytes = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                var long: [Unicode.Scalar] = []
                let count: Int
                if lineBytes.count <= Text.bufferedBytes {
                    count = Text.decode(lineBytes, into: &scratch)
                } else {
                    long = Text.decode(lineBytes)
                    count = long.count
                }
                let decoded = long.isEmpty ? scratch : long
                let current = decoded[..<count]
                if let first = current.firstIndex(where: { !isPadding($0) }),
                   let last = current.lastIndex(where: { !isPadding($0) }) {
                    var from = lineStart
                    for scalar in current[..<first] { from += UTF8.width(scalar) }
                    var to = lineEnd
                    for scalar in current[(last + 1)...] { to -= UTF8.width(scalar) }
                    // A long line with no padding keeps its array as decoded.
                    let trimmed = !long.isEmpty && first == 0 && last == count - 1 ? long
                        : decoded.withUnsafeBufferPointer { Array(UnsafeBufferPointer(rebasing: $0[first...last])) }
                    result.append(RawParagraph(scalars: trimmed,
                                               position: TextPosition(line: line, offset: offset + first),
                                               text: Text.part(of: text, utf8: from..<to)))
                }
                offset += count
                guard lineEnd < bytes.count else { break }
                line += 1
                offset += 1
                lineStart = lineEnd + 1
            }
        }
        let lines = endsWithNewline ? line - 1 : line
        return (result, offset, max(lines, 1))
    }

    /// Marks that end a sentence.
    static let terminators: [Unicode.Scalar] = ["。", "！", "？", "!", "?"]

    /// The terminators by their lowest byte (each has a low byte of its own: 02, 01, 1F, 21,
    /// 3F), `UInt32.max` elsewhere: one load and one comparison tell whether a scalar ends a
    /// sentence. A test of ranges first branched one way for ideographs and the other for
    /// digits and punctuation, which alternate unpredictably.
    static let terminatorsByLowByte: [UInt32] = {
        var table = Text.filled(UInt32.max, count: 256)
        for scalar in terminators { table[Int(scalar.value & 0xFF)] = scalar.value }
        return table
    }()

    /// The terminators' values (`wb_first_of_five` looks for five).
    static let terminatorValues: [UInt32] = {
        precondition(terminators.count <= 5, "wb_first_of_five looks for five values")
        return (terminators + Array(repeating: terminators[0], count: 5 - terminators.count)).map(\.value)
    }()

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        terminatorsByLowByte[Int(scalar.value & 0xFF)] == scalar.value
    }

    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "’", "」", "』", "）", ")", "》", "\"", "'": return true
        default: return false
        }
    }

    /// Sentence boundaries of a paragraph as ranges of scalar indexes: each sentence ends after
    /// its terminator and any closing quotes or brackets that follow it.
    static func sentenceRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // Room for the sentences of most paragraphs (about one in forty scalars ends one):
        // growing from empty was two or three allocations a paragraph.
        ranges.reserveCapacity(max(8, scalars.count / 16))
        var start = 0
        var index = 0
        // Every scalar of the report passes here: terminators are looked for four at a time.
        scalars.withUnsafeBufferPointer { scalars in
            // The tables are read once a paragraph: a lazy global read at each sentence's end
            // (`isTerminator`) was a call into the runtime each time.
            terminatorValues.withUnsafeBufferPointer { terminators in
                terminatorsByLowByte.withUnsafeBufferPointer { byLowByte in
                    guard let base = scalars.baseAddress, let wanted = terminators.baseAddress else { return }
                    func isTerminator(_ scalar: Unicode.Scalar) -> Bool { byLowByte[Int(scalar.value & 0xFF)] == scalar.value }
                    while index < scalars.count {
                        let found = index + wb_first_of_five(base + index, scalars.count - index, wanted)
                        guard found < scalars.count else { break }
                        var end = found + 1
                        while end < scalars.count, isTerminator(scalars[end]) || isClosing(scalars[end]) { end += 1 }
                        ranges.append(start..<end)
                        start = end
                        index = end
                    }
                }
            }
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }
}
