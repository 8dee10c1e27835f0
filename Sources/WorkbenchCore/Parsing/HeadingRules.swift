/// Recognises the headings of a work report from the shape of a paragraph, never from its
/// particular words: parts `一、…`, sub-sections `（一）…`, highlight paragraphs `——…`, topic
/// paragraphs that open with a short lead phrase, and numbered items `一是…` / `第一，…`.
enum HeadingRules {
    struct Heading: Equatable {
        var number: Int
        var title: String
        /// True when the heading is the first sentence of a longer paragraph.
        var isFirstSentence: Bool
    }

    static let maximumPartLength = 50
    static let maximumLeadLength = 40
    static let minimumLeadLength = 4

    /// `一、2024年工作回顾` → part 1.
    static func part(_ paragraph: RawParagraph) -> Heading? {
        let scalars = paragraph.scalars
        guard scalars.count <= maximumPartLength,
              let (number, length) = Enumerators.leading(scalars[...], then: ["、"]),
              length < scalars.count else { return nil }
        // A part heading is a line of its own: no sentence ends inside it.
        let body = scalars.dropLast(TextLines.isTerminator(scalars.last!) ? 1 : 0)
        guard !body.contains(where: TextLines.isTerminator) else { return nil }
        return Heading(number: number, title: Text.string(body), isFirstSentence: false)
    }

    /// `2024年工作回顾`, `2025年工作安排`: a part heading written without its number, as some
    /// provinces and cities do every year. Only a short line of its own that opens with a time
    /// (a year, 过去, 今后, “十四五”) and names a review or a plan counts; its number is the
    /// outline's to give.
    static func unnumberedPart(_ paragraph: RawParagraph) -> String? {
        let scalars = paragraph.scalars
        guard scalars.count >= 6, scalars.count <= maximumUnnumberedPartLength else { return nil }
        // A heading is no sentence: 过去一年取得的成就来之不易。 is none.
        guard let last = scalars.last, !TextLines.isTerminator(last) else { return nil }
        let body = scalars[...]
        // Compared as scalars (the words are CJK): most short lines fail on their first scalar.
        guard PeriodResolver.year(in: body, at: body.startIndex) != nil || timeOpenings.contains(where: { body.starts(with: $0) }),
              !body.contains(where: { TextLines.isTerminator($0) || $0 == "，" || $0 == "：" }),
              partWords.contains(where: { Text.contains($0, in: body) }),
              !Text.contains(reportWord, in: body) else { return nil }
        return Text.string(body)
    }

    private static let reportWord: [Unicode.Scalar] = ["报", "告"]

    static let maximumUnnumberedPartLength = 36

    /// Openings of an unnumbered part heading other than a year (`PeriodResolver.year`).
    static let timeOpenings = ["过去", "今后", "“十四五”", "“十五五”", "十四五", "十五五", "今年", "新的一年"].map { Array($0.unicodeScalars) }

    /// Words that make a short line a part: it reviews or plans.
    static let partWords = ["回顾", "主要成绩", "成就", "工作安排", "目标任务", "重点工作", "工作任务", "主要任务", "总体要求"]
        .map { Array($0.unicodeScalars) }

    /// `（一）着力推动经济持续稳定恢复。…` → sub-section 1, heading is the first sentence.
    static func subSection(_ paragraph: RawParagraph) -> Heading? {
        let scalars = paragraph.scalars
        guard let open = scalars.first, open == "（" || open == "(",
              let (number, length) = Enumerators.leading(scalars.dropFirst(), then: ["）", ")"]),
              length + 1 < scalars.count else { return nil }
        return heading(number: number, scalars: scalars)
    }

    /// `一是因时因势加强和创新宏观调控，推动经济回升向好。…` → numbered paragraph 1, whose first
    /// sentence heads it: reviews often number their sub-sections so, instead of `（一）`. Only
    /// a short first sentence with more text after it counts; whether a run of them are
    /// sub-sections is the outline builder's to say.
    static func numberedParagraph(_ paragraph: RawParagraph) -> Heading? {
        let scalars = paragraph.scalars
        guard let first = scalars.first, first != "第", Enumerators.isNumeral(first),
              let (number, _) = item(at: 0, in: scalars[...]),
              let end = scalars.firstIndex(where: TextLines.isTerminator), end <= maximumNumberedLength,
              !scalars[..<end].contains(where: { $0 == "：" || $0 == ":" || $0 == "；" }) else { return nil }
        let heading = heading(number: number, scalars: scalars)
        return heading.isFirstSentence ? heading : nil
    }

    static let maximumNumberedLength = 60

    /// `——向新而行动力澎湃。…` → a highlight paragraph (number 0).
    static func highlight(_ paragraph: RawParagraph) -> Heading? {
        let scalars = paragraph.scalars
        guard scalars.count > 2, scalars[0] == "—", scalars[1] == "—", scalars[2] != "—" else { return nil }
        return heading(number: 0, scalars: scalars)
    }

    /// A paragraph that only addresses the delegates (`各位代表！`); it closes a sub-section.
    static func isAddress(_ paragraph: RawParagraph) -> Bool {
        guard paragraph.scalars.count <= 12, paragraph.scalars.first == "各" else { return false }
        let letters = paragraph.scalars.filter { !isPunctuation($0) }
        return letters.count <= 6 && Text.string(letters).hasPrefix("各位代表")
    }

    /// The lead phrase of a topic paragraph (`激发消费潜能。开展…` → `激发消费潜能`), or `nil` when
    /// the paragraph does not open with one.
    ///
    /// A lead phrase is a short first sentence followed by more text. It is not an address to
    /// the delegates, speaks in no first person (我们, 我省), opens with no time word (今年,
    /// 过去一年, a year) and is not a list (`一是…`) or a colon-introduced statement.
    static func topicLead(_ paragraph: RawParagraph) -> String? {
        topicLeadLength(paragraph).map { Text.string(paragraph.scalars[..<$0]) }
    }

    /// `topicLead`'s length in scalars, without making its string (most leads found are not
    /// kept: a run of one is no list of topics).
    static func topicLeadLength(_ paragraph: RawParagraph) -> Int? {
        let scalars = paragraph.scalars
        guard let end = scalars.firstIndex(where: { $0 == "。" }), end + 1 < scalars.count else { return nil }
        let lead = scalars[..<end]
        guard lead.count >= minimumLeadLength, lead.count <= maximumLeadLength else { return nil }
        if lead.contains(where: { $0 == "：" || $0 == ":" || $0 == "；" || $0 == "！" || $0 == "？" }) { return nil }
        // A lead opening with a digit (2024年…) is a sentence; ideographs with a numeric value
        // open words (京津冀协同发展纵深推进, 万众一心).
        if lead.first.map({ $0.properties.numericType != nil && !$0.isIdeograph }) == true { return nil }
        if item(at: lead.startIndex, in: scalars[...]) != nil { return nil }
        if firstPersonWords.occurs(in: lead) { return nil }
        if openingWords.prefix(of: lead) != nil { return nil }
        if statesAnOutcome(lead) { return nil }
        return end
    }

    /// Whether a short first sentence states a figure's outcome (`地区生产总值增长5.4%`,
    /// `森林覆盖率达到63.5%`): a rate or a figure after a verb of change is a data sentence, not a
    /// topic's lead (`今年再办好15件民生实事` still leads one).
    static func statesAnOutcome(_ lead: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = lead.startIndex
        while index < lead.endIndex {
            guard NumberReader.digit(lead[index]) != nil else { index += 1; continue }
            let start = index
            while index < lead.endIndex, NumberReader.digit(lead[index]) != nil || lead[index] == "." { index += 1 }
            if index < lead.endIndex, lead[index] == "%" || lead[index] == "％" || lead[index] == "个" && lead[index...].starts(with: percentagePoints) {
                return true
            }
            if changeVerbs.contains(where: { start - lead.startIndex >= $0.count && lead[(start - $0.count)..<start].elementsEqual($0) }) { return true }
        }
        return false
    }

    private static let percentagePoints = Array("个百分点".unicodeScalars)
    private static let changeVerbs = ["增长", "下降", "达到", "提高", "突破", "增加", "减少"].map { Array($0.unicodeScalars) }

    private static let firstPersonWords = WordList(firstPerson)
    private static let openingWords = WordList(nonTopicOpenings)

    /// Words that show the speaker talking about the government itself, not heading a topic.
    static let firstPerson = ["我们", "我省", "我国", "我市", "我区", "我县", "我州", "咱们"]

    /// Openings of narrative sentences: addresses, time words and connectives.
    static let nonTopicOpenings = [
        "各位代表", "今年", "去年", "明年", "过去", "一年来", "五年来", "几年来", "多年来", "近年来",
        "刚刚", "回顾", "当前", "目前", "同时", "此外", "与此同时", "总之", "实现上述",
        "完成上述", "展望", "面对", "新的一年", "今后", "未来",
    ]

    /// A numbered item `一是` / `二是` / `第一，` starting at `index` (at a clause boundary), as its
    /// number and the length of its enumerator.
    static func item(at index: Int, in scalars: ArraySlice<Unicode.Scalar>) -> (number: Int, length: Int)? {
        guard index < scalars.endIndex else { return nil }
        // Only 第 or a numeral can open an item (the cheap test first: this runs at every scalar).
        guard scalars[index] == "第" || Enumerators.isNumeral(scalars[index]) else { return nil }
        if index > scalars.startIndex, !isClauseBoundary(scalars[index - 1]) { return nil }
        if scalars[index] == "第" {
            if let (number, length) = Enumerators.leading(scalars[(index + 1)...], then: ["，", ","]) {
                return (number, length + 1)
            }
            return nil
        }
        if let (number, length) = Enumerators.leading(scalars[index...], then: ["是"]) {
            return (number, length)
        }
        return nil
    }

    /// The scalars an item can open with (`第` and the numerals), one bit each over the Basic
    /// Multilingual Plane.
    static let itemOpenings: [UInt64] = {
        var bits = Text.filled(UInt64(0), count: 0x10000 / 64)
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value), scalar == "第" || Enumerators.isNumeral(scalar) else { continue }
            bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
        }
        return bits
    }()

    static func isClauseBoundary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", "：", "，", "！", "？", ";", ":", "”", "）": return true
        default: return false
        }
    }

    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .otherPunctuation, .openPunctuation, .closePunctuation, .dashPunctuation,
             .initialPunctuation, .finalPunctuation, .connectorPunctuation, .spaceSeparator:
            return true
        default:
            return TextLines.isPadding(scalar)
        }
    }

    /// Title of a heading that is either a whole line or the first sentence of a paragraph.
    private static func heading(number: Int, scalars: [Unicode.Scalar]) -> Heading {
        if let end = scalars.firstIndex(where: TextLines.isTerminator) {
            let rest = scalars[(end + 1)...].drop(while: { TextLines.isClosing($0) || TextLines.isPadding($0) })
            let title = Text.string(scalars[..<end])
            return Heading(number: number, title: title, isFirstSentence: !rest.isEmpty)
        }
        return Heading(number: number, title: Text.string(scalars), isFirstSentence: false)
    }
}
