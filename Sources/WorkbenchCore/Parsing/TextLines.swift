import WorkbenchSDK

/// A paragraph as cut from the text, before the outline gives it a place and a period.
struct RawParagraph: Sendable, Equatable {
    /// The paragraph's scalars, trimmed of leading and trailing blanks.
    var scalars: [Unicode.Scalar]
    var position: TextPosition

    var text: String { Text.string(scalars) }
    var line: Int { position.line }
    var offset: Int { position.offset }
    /// Offset just past the paragraph's last scalar.
    var endOffset: Int { position.offset + scalars.count }
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

    static func paragraphs(of text: String) -> (paragraphs: [RawParagraph], length: Int, lines: Int) {
        var result: [RawParagraph] = []
        var line = 1
        var offset = 0
        var current: [Unicode.Scalar] = []
        var lineStart = 0

        func flush() {
            guard let first = current.firstIndex(where: { !isPadding($0) }),
                  let last = current.lastIndex(where: { !isPadding($0) }) else { return }
            result.append(RawParagraph(scalars: Array(current[first...last]),
                                       position: TextPosition(line: line, offset: lineStart + first)))
        }

        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                flush()
                current.removeAll(keepingCapacity: true)
                line += 1
                offset += 1
                lineStart = offset
                continue
            }
            current.append(scalar)
            offset += 1
        }
        flush()
        let lines = text.unicodeScalars.last == "\n" ? line - 1 : line
        return (result, offset, max(lines, 1))
    }

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?": return true
        default: return false
        }
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
        var start = 0
        var index = 0
        while index < scalars.count {
            if isTerminator(scalars[index]) {
                var end = index + 1
                while end < scalars.count, isTerminator(scalars[end]) || isClosing(scalars[end]) { end += 1 }
                ranges.append(start..<end)
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }
}
