import WorkbenchSDK

/// Nodes as the outline builder adds them, before they are put in document order.
struct Draft {
    let paragraphs: [RawParagraph]
    /// Each paragraph's `ScanMarks` (they hold every scalar that can open an item).
    let marks: [[Int32]]
    let periods: PeriodMap
    var nodes: [OutlineNode] = []
    /// For each node, the paragraph whose heading it is (nil for the document and items).
    var headingParagraph: [Int?] = []
    var sections: [Int]

    init(paragraphs: [RawParagraph], marks: [[Int32]], periods: PeriodMap) {
        self.paragraphs = paragraphs
        self.marks = marks
        self.periods = periods
        self.sections = Array(repeating: 0, count: paragraphs.count)
    }

    @discardableResult
    mutating func add(_ kind: OutlineNode.Kind, level: Int, title: String, position: TextPosition,
                      period: Period?, parent: Int?, firstSentence: Bool, paragraph: Int? = nil, endOffset: Int? = nil) -> Int {
        let id = nodes.count
        let end = endOffset ?? paragraph.map { paragraphs[$0].endOffset } ?? position.offset + title.unicodeScalars.count
        nodes.append(OutlineNode(id: id, kind: kind, level: level, title: title, position: position,
                                 endOffset: end, period: period, parent: parent, headingIsFirstSentence: firstSentence))
        headingParagraph.append(paragraph)
        return id
    }

    /// Adds the heading of paragraph `index`; its period is that of the paragraph unless given.
    mutating func add(_ kind: OutlineNode.Kind, level: Int, title: String, paragraph index: Int,
                      period: Period?? = nil, parent: Int, firstSentence: Bool) -> Int {
        add(kind, level: level, title: title, position: paragraphs[index].position,
            period: period ?? periods.paragraph(index), parent: parent, firstSentence: firstSentence, paragraph: index)
    }

    /// Finds numbered items in every paragraph; a sequence runs across paragraphs of one section
    /// and counts only when it reaches 二.
    mutating func addItems() {
        struct Found { var paragraph: Int; var start: Int; var number: Int; var enumeratorLength: Int }
        var sequences: [[Found]] = []
        var current: [Found] = []
        var section = -1
        func close() {
            if current.count >= 2 { sequences.append(current) }
            current = []
        }
        let openings = HeadingRules.itemOpenings
        for index in paragraphs.indices where sections[index] != 0 {
            if sections[index] != section { close(); section = sections[index] }
            let scalars = paragraphs[index].scalars
            let slice = scalars[...]
            // Where reading goes on: an item's enumerator is not read again.
            var next = 0
            // Only 第 or a numeral opens an item: the paragraph's marks hold them all, and one
            // bit tells which of the marks they are.
            for mark in marks[index] {
                let position = Int(mark)
                let value = scalars[position].value
                guard position >= next, value < 0x10000, openings[Int(value >> 6)] & 1 << UInt64(value & 63) != 0,
                      let (number, length) = HeadingRules.item(at: position, in: slice) else { continue }
                if number == 1 {
                    close()
                    current = [Found(paragraph: index, start: position, number: 1, enumeratorLength: length)]
                } else if number == (current.last?.number ?? -1) + 1 {
                    current.append(Found(paragraph: index, start: position, number: number, enumeratorLength: length))
                }
                next = position + length
            }
        }
        close()
        for sequence in sequences {
            for (order, item) in sequence.enumerated() {
                let paragraph = paragraphs[item.paragraph]
                let next = sequence.indices.contains(order + 1) && sequence[order + 1].paragraph == item.paragraph
                    ? sequence[order + 1].start : paragraph.scalars.count
                var end = item.start + item.enumeratorLength
                while end < next, !Self.endsItemTitle(paragraph.scalars[end]) { end += 1 }
                var titleEnd = end
                while titleEnd > item.start, HeadingRules.isPunctuation(paragraph.scalars[titleEnd - 1]) { titleEnd -= 1 }
                let title = Text.string(paragraph.scalars[item.start..<titleEnd])
                let position = TextPosition(line: paragraph.line, offset: paragraph.offset + item.start)
                add(.item, level: 4, title: title, position: position,
                    period: periods.at(paragraph: item.paragraph, scalar: item.start),
                    parent: sections[item.paragraph], firstSentence: false, endOffset: paragraph.offset + next)
            }
        }
    }

    /// Extends every node's span over the paragraphs it holds, then puts nodes in document order.
    /// (Mutating: the nodes are taken out of the draft, so that changing them copies nothing.)
    mutating func finish(length: Int) -> OutlineBuilder.Result {
        var nodes = self.nodes
        self.nodes = []
        for (index, paragraph) in paragraphs.enumerated() {
            var current: Int? = sections[index]
            var guardCount = 0
            while let id = current, guardCount < nodes.count {
                nodes[id].endOffset = max(nodes[id].endOffset, paragraph.endOffset)
                current = nodes[id].parent
                guardCount += 1
            }
        }
        if !nodes.isEmpty { nodes[0].endOffset = length }
        // A part runs up to the next part (or the end of the text), blank lines included.
        let parts = nodes.indices.filter { nodes[$0].kind == .part }.sorted { nodes[$0].offset < nodes[$1].offset }
        for (order, part) in parts.enumerated() {
            nodes[part].endOffset = order + 1 < parts.count ? nodes[parts[order + 1]].offset : length
        }
        let order = nodes.indices.sorted { (nodes[$0].offset, nodes[$0].level) < (nodes[$1].offset, nodes[$1].level) }
        var newID = Array(repeating: 0, count: nodes.count)
        for (position, old) in order.enumerated() { newID[old] = position }
        let sorted = order.map { old -> OutlineNode in
            var node = nodes[old]
            node.id = newID[old]
            node.parent = node.parent.map { newID[$0] }
            return node
        }
        return OutlineBuilder.Result(nodes: sorted, sections: sections.map { newID[$0] })
    }

    /// The marks that end an item's title (a switch: an array literal tested per scalar was
    /// built anew each time).
    static func endsItemTitle(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", ";": return true
        default: return false
        }
    }
}
