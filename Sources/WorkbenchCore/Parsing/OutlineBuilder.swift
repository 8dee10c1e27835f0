import WorkbenchSDK

/// Builds a report's section tree from its paragraphs.
///
/// - Parts (`一、…`) are numbered in sequence from 一; everything before part 一 is the title block.
/// - Sub-sections (`（一）…`) are numbered in sequence within a part. One written as a line of its
///   own holds every paragraph up to the next sub-section, part or address to the delegates; one
///   whose heading is the first sentence of a paragraph holds that paragraph, the topic
///   paragraphs right after it, and plain paragraphs before the next sub-section in sequence.
/// - In a part without `（一）` sub-sections, paragraphs numbered `一是…。`, `二是…。` in sequence
///   (two or more) are its sub-sections, headed by their first sentence.
/// - `——…` highlight paragraphs are level 2 and hold their own paragraph.
/// - Topic paragraphs (level 3) open with a short lead phrase. Inside a sub-section every such
///   paragraph is a topic; directly under a part only a run of two or more is, so that a lone
///   short sentence in a preamble is not taken for a heading.
/// - Numbered items (`一是…二是…`, `第一，…第二，…`) are level 4; a sequence needs two or more.
struct OutlineBuilder {
    struct Result {
        var nodes: [OutlineNode]
        /// For each paragraph, the id of the smallest node of level ≤ 3 that contains it.
        var sections: [Int]
    }

    /// Paragraph indexes of the part headings, in order.
    ///
    /// Parts written without numbers (`2024年工作回顾`) are the parts when no numbered part names
    /// a time and the first of them comes before any numbered one (the `一、` lines under such a
    /// heading are then no parts; they are not made sub-sections either).
    static func partIndexes(_ paragraphs: [RawParagraph]) -> [(index: Int, heading: HeadingRules.Heading)] {
        var found: [(Int, HeadingRules.Heading)] = []
        var unnumbered: [(Int, HeadingRules.Heading)] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if let heading = HeadingRules.part(paragraph), heading.number == found.count + 1 {
                found.append((index, heading))
            } else if let title = HeadingRules.unnumberedPart(paragraph) {
                unnumbered.append((index, HeadingRules.Heading(number: unnumbered.count + 1, title: title, isFirstSentence: false)))
            }
        }
        guard let first = unnumbered.first else { return found }
        let numberedNameTimes = found.contains { PeriodResolver.namesATime($0.1.title) }
        if found.isEmpty || (first.0 < found[0].0 && !numberedNameTimes) { return unnumbered }
        return found
    }

    /// `marks` are each paragraph's `ScanMarks`: every scalar that can open an item is among them.
    func build(paragraphs: [RawParagraph], marks: [[Int32]], parts: [(index: Int, heading: HeadingRules.Heading)], bodyEnd: Int,
               periods: PeriodMap, title: String, length: Int) -> Result {
        var draft = Draft(paragraphs: paragraphs, marks: marks, periods: periods)
        draft.add(.document, level: 0, title: title, position: TextPosition(line: 1, offset: 0), period: nil, parent: nil, firstSentence: false)
        let partAt = Dictionary(uniqueKeysWithValues: parts.map { ($0.index, $0.heading) })
        var part: Int?
        var container: Int?
        var containerIsFirstSentence = false
        var lastSubSection = 0
        // Paragraphs in a row that open with a lead phrase, with the lead's length: two or more
        // are a list of topics.
        var run: [(index: Int, leadLength: Int)] = []

        func flushRun() {
            let parent = part ?? 0
            for (index, length) in run {
                if run.count >= 2 {
                    let lead = Text.string(paragraphs[index].scalars[..<length])
                    draft.sections[index] = draft.add(.topic, level: 3, title: lead, paragraph: index, parent: parent, firstSentence: true)
                } else {
                    draft.sections[index] = parent
                }
            }
            run.removeAll()
        }

        let numbered = Self.numberedSubSections(paragraphs, parts: parts, bodyEnd: bodyEnd)
        // The number of the next sub-section heading after a run of plain paragraphs, and where
        // the run ends: looked for only after a sub-section headed by a first sentence, once a run.
        var upcoming: (until: Int, number: Int) = (0, 0)
        for (index, paragraph) in paragraphs.enumerated() {
            // Back matter (a glossary, link lists) belongs to no section.
            if index >= bodyEnd {
                if index == bodyEnd { flushRun() }
                draft.sections[index] = 0
                continue
            }
            if let heading = partAt[index] {
                flushRun()
                container = nil
                lastSubSection = 0
                part = draft.add(.part, level: 1, title: heading.title, paragraph: index, period: periods.parts[heading.number - 1], parent: 0, firstSentence: false)
                draft.sections[index] = part!
                continue
            }
            guard let currentPart = part else { continue }
            if let heading = HeadingRules.subSection(paragraph), heading.number == lastSubSection + 1 || heading.number == 1 {
                flushRun()
                lastSubSection = heading.number
                container = draft.add(.subSection, level: 2, title: heading.title, paragraph: index, parent: currentPart, firstSentence: heading.isFirstSentence)
                containerIsFirstSentence = heading.isFirstSentence
                draft.sections[index] = container!
            } else if let heading = numbered[index] {
                flushRun()
                container = draft.add(.subSection, level: 2, title: heading.title, paragraph: index, parent: currentPart, firstSentence: true)
                containerIsFirstSentence = true
                draft.sections[index] = container!
            } else if let heading = HeadingRules.highlight(paragraph) {
                flushRun()
                container = nil
                draft.sections[index] = draft.add(.highlight, level: 2, title: heading.title, paragraph: index, parent: currentPart, firstSentence: heading.isFirstSentence)
            } else if HeadingRules.isAddress(paragraph) {
                flushRun()
                container = nil
                draft.sections[index] = currentPart
            } else if let length = HeadingRules.topicLeadLength(paragraph) {
                if let container {
                    draft.sections[index] = draft.add(.topic, level: 3, title: Text.string(paragraph.scalars[..<length]),
                                                      paragraph: index, parent: container, firstSentence: true)
                } else {
                    run.append((index, length))
                }
            } else {
                flushRun()
                // (A paragraph that goes on before the next sub-section in sequence, `（二）…。`
                // then `坚持以科技创新引领产业升级…` then `（三）…`, is still the sub-section's.)
                if containerIsFirstSentence, container != nil {
                    if index >= upcoming.until {
                        upcoming = Self.nextSubSection(after: index, in: paragraphs, partAt: partAt, bodyEnd: bodyEnd)
                    }
                    if upcoming.number != lastSubSection + 1 { container = nil }
                }
                draft.sections[index] = container ?? currentPart
            }
        }
        flushRun()
        draft.addItems()
        return draft.finish(length: length)
    }

    /// The first paragraph after `index` that is no plain paragraph, and its sub-section number
    /// (0 when it is a part, highlight or address, or the body ends first).
    static func nextSubSection(after index: Int, in paragraphs: [RawParagraph], partAt: [Int: HeadingRules.Heading],
                               bodyEnd: Int) -> (until: Int, number: Int) {
        var next = index + 1
        while next < min(bodyEnd, paragraphs.count), partAt[next] == nil {
            if let heading = HeadingRules.subSection(paragraphs[next]) { return (next, heading.number) }
            if HeadingRules.highlight(paragraphs[next]) != nil || HeadingRules.isAddress(paragraphs[next]) { return (next, 0) }
            next += 1
        }
        return (next, 0)
    }

    /// The paragraphs numbered `一是…。`, `二是…。` that are sub-sections: one run of two or more,
    /// numbered in sequence from 一, in a part that has no `（一）` sub-section. A part whose
    /// numbering starts again at 一是 numbers lists inside its topics, not its sub-sections.
    static func numberedSubSections(_ paragraphs: [RawParagraph], parts: [(index: Int, heading: HeadingRules.Heading)],
                                    bodyEnd: Int) -> [Int: HeadingRules.Heading] {
        var found: [Int: HeadingRules.Heading] = [:]
        for (order, part) in parts.enumerated() {
            let end = min(order + 1 < parts.count ? parts[order + 1].index : bodyEnd, bodyEnd)
            guard part.index + 1 < end else { continue }
            // The run from the part's 一是, and how many 一是 it has.
            var run: [(Int, HeadingRules.Heading)] = []
            var starts = 0
            var hasSubSections = false
            for index in (part.index + 1)..<end {
                if HeadingRules.subSection(paragraphs[index]) != nil { hasSubSections = true; break }
                guard let heading = HeadingRules.numberedParagraph(paragraphs[index]) else { continue }
                if heading.number == 1 {
                    starts += 1
                    run = [(index, heading)]
                } else if heading.number == (run.last?.1.number ?? -1) + 1 {
                    run.append((index, heading))
                }
            }
            guard !hasSubSections, starts == 1, run.count >= 2 else { continue }
            for (index, heading) in run { found[index] = heading }
        }
        return found
    }
}

/// The periods of parts and sentences, as `PeriodResolver` found them.
struct PeriodMap {
    /// One per part heading, in order.
    var parts: [Period?]
    /// For each paragraph, one per sentence.
    var sentences: [[Period?]]
    /// For each paragraph, the scalar ranges of its sentences.
    var sentenceRanges: [[Range<Int>]]

    func paragraph(_ index: Int) -> Period? { sentences[index].first ?? nil }

    /// The period of the sentence that contains scalar `position` of paragraph `index`.
    func at(paragraph index: Int, scalar position: Int) -> Period? {
        let ranges = sentenceRanges[index]
        let sentence = ranges.firstIndex(where: { $0.contains(position) }) ?? max(ranges.count - 1, 0)
        return sentences[index].indices.contains(sentence) ? sentences[index][sentence] : nil
    }
}
