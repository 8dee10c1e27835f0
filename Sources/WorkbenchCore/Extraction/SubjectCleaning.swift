import WorkbenchSDK

/// Cleaning a subject: the linking words after it and the opening words before it are trimmed,
/// and adjuncts (`（含…）`), year stretches and item numbers are left out.
extension MeaningRules {
    /// Words trimmed from the end of a subject: they link it to the figure.
    static let linkingWords = ["分别达到", "分别增长", "分别", "预计", "达到", "超过", "突破", "实现", "保持在", "保持",
                               "控制在", "稳定在", "稳定", "完成", "累计", "共计", "共", "力争", "约", "接近", "近", "达", "为",
                               "逾", "超", "过", "不低于", "不少于", "不超过", "不到", "少于", "不足", "以上", "左右", "提高到", "提高至", "提升到", "提升至", "增加到", "增长到", "增至", "下降到", "下降至", "降低到", "降低至", "降至", "降到", "缩小到", "缩小至", "缩小", "到", "从", "连续", "、并",
                               "迈上", "跃上", "站上", "跨上", "跨越", "首次", "继续", "进一步", "由", "较年初", "较上年", "同比",
                               // `优良天数比例上升至87.2%`, `停留时间延长至240小时`, `预审时间压缩至10个自然日`:
                               // a verb of change and 至 say where it went, not what.
                               "上升至", "上升到", "回升至", "回升到", "飙升至", "升至", "延长至", "延长到", "拓展至", "拓展到", "扩展至", "扩大至", "扩大到",
                               "压缩至", "压缩到", "缩短至", "缩短到", "减少至", "减少到", "增加至", "增长至", "提高为", "提升为",
                               "扩容至", "扩容到", "跃升至", "跃升到", "攀升至", "压减至", "压减到", "缩减至", "上调至", "下调至",
                               "整合至", "整合到", "整合为", "整合优化为", "精简至", "精简到", "精简为", "扩展到",
                               // `达到了1630万吨`; `赤字率拟按4%左右安排`; `支出规模将首次达到30万亿元`.
                               "达到了", "拟按", "即将", "还将", "也将", "必将", "均将", "都将", "仍将", "将", "有望",
                               // `森林覆盖率逐年提高到25%`: how it moved.
                               "逐年", "稳步", "逐步", "不断", "大幅", "先后", "相继", "接连",
                               // `满意率均为100%`: each of them (not 人均, 年均: `endsAnotherWord`); so is
                               // 各 (`城市书房和百姓健身房各30家`).
                               "均", "各",
                               // `增长了一倍`: done, no part of what.
                               "了"]
        // `最低工资标准提高到每月2490元`: whose and how often, the unit's part; so is the time a
        // speed or a capacity is counted over (`运营时速达到每小时80公里`, `处理能力达到每日120万吨`).
        + Subjects.paymentRateWords + ["每小时", "每日", "每天"]
    /// Words trimmed from the start of a subject.
    /// `新台阶` and `大关` of `迈上14万亿元新台阶、连续36年…` say a figure is a milestone; what comes
    /// after them is about the same thing.
    static let openingWords = ["其中", "全年", "同比", "预计", "初步统计", "此外", "同时", "并", "和", "及", "以及", "、",
                               "新台阶", "台阶", "大关", "实现", "今年", "去年", "由", "力争", "继续", "确保", "以来",
                               // `推动数字经济核心产业增长10%以上`, `实施省科技重大专项30项`: how the
                               // government goes about it, not what is counted (新建, 培育 are kept:
                               // they say which ones are counted; so is 带动: 带动消费60亿元 is
                               // the consumption it brought, not all of it).
                               "扎实推进", "深入推进", "推动", "推进", "促进", "实施", "加快", "抓好", "落实", "采取",
                               "着力", "大力", "再办好", "办好",
                               // `提出地区生产总值年均增长5%—5.5%`: a plan's words, not what grows.
                               "提出",
                               // `取得授权发明专利2.1万件`: got, no part of what is counted.
                               "取得", "获得",
                               // `（含高校毕业生20万人）`: a part of the figure before.
                               "含", "包括"]
    /// What 并 opens as a word of its own, not as "and" (并网装机, 并购重组).
    static let wordsWithBing: Set<Unicode.Scalar> = ["网", "购", "联", "表", "轨"]
    /// What 和 opens as a word or a place's name, not as "and" (和美乡村, 和谐, 和田地区, 和平区,
    /// 和林格尔).
    static let wordsWithHe = WordList(["美乡村", "谐", "田", "平区", "林格尔", "静县", "硕县", "布克赛尔"])

    private static let linkingScalars = linkingWords.map { Array($0.unicodeScalars) }
    private static let openingScalars = openingWords.map { Array($0.unicodeScalars) }
    /// One bit (scalar value mod 64) for the last scalar of each linking word and the first of
    /// each opening word. A pass over the words can only remove one when the subject ends (or
    /// starts) with such a scalar; most subjects do not, and the ~45 comparisons of a pass were
    /// most of the cleaning's cost.
    private static let linkingLasts: UInt64 = linkingScalars.reduce(0) { $0 | bit($1[$1.count - 1]) }
    private static let openingFirsts: UInt64 = openingScalars.reduce(0) { $0 | bit($1[0]) }
    /// The linking words by last scalar and the opening words by first: a pass tries only the
    /// words that end (start) with the subject's end scalar, in list order (comparing that
    /// scalar with each of the 34 linking words was half of the cleaning's cost).
    private static let linkingByLast = WordEnds(linkingScalars.map { $0[$0.count - 1] })
    private static let openingByFirst = WordEnds(openingScalars.map { $0[0] })

    /// Scalars trimmed from both ends of a subject first (a switch: hashing them into a `Set`
    /// cost more than the rest of the trimming).
    private static func isEdge(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "，" || scalar == "、" || scalar == " " || scalar == "："
    }

    /// Where the words after a lead-in (`目标是`, `目标为`) begin in `text`, if it has one.
    static func leadInEnd(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        guard text.count > 3 else { return nil }
        var position = text.endIndex - 2
        while position > text.startIndex + 1 {
            if text[position] == "是" || text[position] == "为", text[position - 1] == "标", text[position - 2] == "目" { return position + 1 }
            position -= 1
        }
        return nil
    }

    static func cleanSubject(_ raw: String) -> String {
        Text.string(cleanSubject(Text.scalars(raw)[...]))
    }

    /// `cleanSubject` on scalars the extractor already holds (no string is built to be trimmed).
    static func cleanSubject(_ raw: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        let (range, closesQuote) = cleanedRange(raw)
        var subject = raw[range]
        if closesQuote { subject.append("”") }
        return subject
    }

    /// `cleanSubject` as what it keeps of `raw` (indices of `raw`) and whether a closing quote
    /// follows: cleaning only trims, then may close a quote. Subjects are kept as parts of their
    /// paragraph this way, and not copied. The bounds are moved as integers (each new slice of
    /// `raw` retained and released its storage).
    static func cleanedRange(_ raw: ArraySlice<Unicode.Scalar>) -> (range: Range<Int>, closesQuote: Bool) {
        var low = raw.startIndex
        var high = raw.endIndex
        while low < high, isEdge(raw[low]) { low += 1 }
        while low < high, isEdge(raw[high - 1]) { high -= 1 }
        // `6300亿元（同比增长5.0%）`, `47家（累计337家）`: a bracket opened after the figure before
        // and not closed adds to that figure; its opening mark is no part of what is measured.
        if low < high, raw[low] == "（" || raw[low] == "(", !raw[low..<high].contains(where: { $0 == "）" || $0 == ")" }) {
            low += 1
            while low < high, isEdge(raw[low]) { low += 1 }
        }
        // `47.63万户（套）、68.56万户老旧小区改造`: a short bracket closed at the start is a note
        // on the figure before (its unit's other name), no part of what this one measures.
        if low < high, raw[low] == "（" || raw[low] == "(",
           let close = raw[low..<min(high, low + 8)].firstIndex(where: { $0 == "）" || $0 == ")" }) {
            low = close + 1
            while low < high, isEdge(raw[low]) { low += 1 }
        }
        // `…1.4万家，均比上年增长10%以上`: 均 (each of them) opening a comparison says of whom,
        // not what.
        if high - low > 3, raw[low] == "均", ["比", "较", "为", "达", "超", "增", "高", "同"].contains(raw[low + 1]) { low += 1 }
        // `十四是免费送戏下乡1万场`, `（2）新建…`: the number of a list item is not part of what
        // the figure measures.
        let item = itemNumberLength(raw[low..<high])
        if item > 0, high - low > item {
            low += item
            while low < high, isEdge(raw[low]) { low += 1 }
        }
        // `主要预期目标是地区生产总值增长`: what the headline list's lead-in introduces.
        if let lead = leadInEnd(raw[low..<high]), lead < high { low = lead }
        let (linkingByLast, openingByFirst) = (Self.linkingByLast, Self.openingByFirst)
        var changed = true
        while changed {
            changed = false
            // `2024年全省生产总值增长`: the year says when, not what.
            // (Not 2024年末, 年底, 年初, 年度: those name a moment or a year's account.)
            // (A year alone too: `2026年10件民生实事`.)
            if high - low >= 5, let (_, yearEnd) = PeriodResolver.year(in: raw[low..<high], at: low),
               high == yearEnd || !["末", "底", "初", "度"].contains(raw[yearEnd]) && !PeriodResolver.opensDeadline(raw[yearEnd..<high]) {
                low = yearEnd
                changed = true
            }
            // `到2027年地区生产总值`, `到2024年底累计新增就业`: the year a goal is for, or the moment
            // a count reached, says when, not what.
            if high - low > 6, raw[low] == "到" || raw[low] == "至",
               let (_, yearEnd) = PeriodResolver.year(in: raw[low..<high], at: low + 1), high > yearEnd,
               !["初", "度"].contains(raw[yearEnd]), !PeriodResolver.opensDeadline(raw[yearEnd..<high]) {
                var end = yearEnd
                if raw[end] == "末" || raw[end] == "底" { end += 1 }
                if end < high, raw[end] == "的" { end += 1 }
                if high > end + 1 {
                    low = end
                    changed = true
                }
            }
            // `2027年底前完成城中村改造`, `到2030年前`: a deadline says by when, not what.
            if high - low > 7, raw[low] == "到" || raw[low] == "至" || PeriodResolver.digitValue(raw[low]) != nil,
               let deadline = Self.deadlineEnd(raw[low..<high], at: low), high > deadline {
                low = deadline
                changed = true
            }
            // Most subjects open with none of what follows: one look at the first scalar.
            if low < high, Self.mayOpenAdjunct(raw[low]) {
                // `按不变价格计算增长4%`, `扣除留抵退税因素后增长1.6%`, `截至11月底工业增加值增长`:
                // how or up to when it was counted, not what.
                if let adjunct = Self.adjunctEnd(raw[low..<high]), adjunct < high {
                    low = adjunct
                    changed = true
                }
                // `总数突破1万户、三年翻一番`: a stretch of years (三年, 近五年来) says over what time.
                if let stretch = Self.yearStretchEnd(raw[low..<high]) {
                    low = stretch
                    changed = true
                }
                // `2021-2024年年均增长`: years written as a range say when too.
                if high - low > 10, let rangeEnd = Self.yearRangeEnd(raw[low..<high], at: low), high > rangeEnd {
                    low = rangeEnd
                    changed = true
                }
            }
            // `企业由2017年929家增长到3605家`: the year a change is counted from is no part of
            // what is counted.
            if high - low > 7, let from = Self.yearCountedFrom(raw[low..<high], openers: Self.changeOpeners) {
                high = from
                changed = true
            }
            // `城乡居民收入比由2.5:1缩小到2.4:1`: a starting value that is no figure of its own
            // (a ratio, a bare number) is no part of what is measured either.
            if high - low > 3, let from = Self.startingValue(raw[low..<high]) {
                high = from
                changed = true
            }
            // `汽车产量是上年的3.1倍`, `经济总量是2016年的1.7倍`: the base of a multiple is no part
            // of what is counted.
            if high - low > 4, raw[high - 1] == "的" {
                var position = high - 2
                while position > low, high - position <= 9, raw[position] != "是" { position -= 1 }
                // (The base is a year, or a plan's term: 是“十一五”末的. With nothing before 是, the
                // figure continues the subject before it.)
                if position >= low, raw[position] == "是",
                   raw[(position + 1)..<(high - 1)].contains(where: { $0 == "年" || $0 == "末" || $0 == "”" }) {
                    high = position
                    changed = true
                }
            }
            // A pass removes nothing when no word can end (start) the subject as it stands: the
            // subject only changes when a word is removed. A word is removed when the subject
            // is longer than it and ends (starts) with it. The words are tried in list order,
            // each against the subject as the words before it left it.
            if low < high, linkingLasts & bit(raw[high - 1]) != 0 {
                var index = linkingByLast.first(after: -1, endingIn: raw[high - 1])
                while let current = index {
                    let word = linkingScalars[current]
                    // (A subject that is one whole linking word, 提升至, keeps it: removing the
                    // 升至 it ends with would leave 提, a part of no word.)
                    if high - low > word.count, Text.matches(word, in: raw, at: high - word.count),
                       !(word.count == 1 && endsAnotherWord(word[0], after: raw[high - 2])),
                       !(high - low == word.count + 1 && Subjects.isOne(of: Self.linkingScalars, raw[low..<high])) {
                        high -= word.count
                        changed = true
                        index = low < high ? linkingByLast.first(after: current, endingIn: raw[high - 1]) : nil
                    } else {
                        index = linkingByLast.next(after: current)
                    }
                }
            }
            if low < high, openingFirsts & bit(raw[low]) != 0 {
                var index = openingByFirst.first(after: -1, endingIn: raw[low])
                while let current = index {
                    let word = openingScalars[current]
                    // (Not to leave one character: 落实率 is a rate, not 率.)
                    if high - low > word.count, Text.matches(word, in: raw, at: low),
                       high - low > word.count + 1 || !raw[low + word.count].isIdeograph,
                       !(word == [Unicode.Scalar("并")] && wordsWithBing.contains(raw[low + 1])),
                       !(word == [Unicode.Scalar("和")] && wordsWithHe.prefix(of: raw[(low + 1)..<high]) != nil) {
                        low += word.count
                        changed = true
                        index = low < high ? openingByFirst.first(after: current, endingIn: raw[low]) : nil
                    } else {
                        index = openingByFirst.next(after: current)
                    }
                }
            }
        }
        // (`——主要经济指标增速`: the dash that sets out a highlight opens no subject.)
        while low < high, isEdge(raw[low]) || raw[low] == "的" || raw[low] == "—" { low += 1 }
        while low < high, isEdge(raw[high - 1]) || raw[high - 1] == "的" { high -= 1 }
        // A quotation mark is kept when it closes or opens a quote inside the subject.
        let (opens, closes) = quotes(in: raw[low..<high])
        let (trimmedLow, trimmedHigh) = (low, high)
        while low < high, raw[low] == "”" || (raw[low] == "“" && opens > closes && !raw[(low + 1)..<high].contains("”")) {
            low += 1
        }
        while low < high, raw[high - 1] == "“" {
            high -= 1
        }
        // The marks are counted again only when some were trimmed (most subjects have none).
        let (finalOpens, finalCloses) = low == trimmedLow && high == trimmedHigh ? (opens, closes) : quotes(in: raw[low..<high])
        return (low..<high, finalOpens > finalCloses)
    }

    /// Where `text` ends with one of `openers` and a year (`由2017年`, `比2020年`): the opener's
    /// position, or nil.
    static func yearCountedFrom(_ text: ArraySlice<Unicode.Scalar>, openers: Set<Unicode.Scalar>) -> Int? {
        let end = text.endIndex
        guard end - text.startIndex >= 6, text[end - 1] == "年", openers.contains(text[end - 6]),
              (end - 5..<end - 1).allSatisfy({ NumberReader.digit(text[$0]) != nil }) else { return nil }
        return end - 6
    }

    /// Words before a year a change is counted from.
    static let changeOpeners: Set<Unicode.Scalar> = ["由", "从", "比", "较"]

    /// The end of a deadline opening `text` (`[到]2027年[底|末]前`, as `PeriodResolver.opensDeadline`
    /// reads one: not 2025年前三季度), if it opens with one.
    static func deadlineEnd(_ text: ArraySlice<Unicode.Scalar>, at start: Int) -> Int? {
        let yearStart = text[start] == "到" || text[start] == "至" ? start + 1 : start
        guard let (_, yearEnd) = PeriodResolver.year(in: text, at: yearStart), PeriodResolver.opensDeadline(text[yearEnd...]) else { return nil }
        var end = text[yearEnd] == "前" ? yearEnd + 1 : yearEnd + 2
        // (`到2035年前后`: about then, a time all the same.)
        if end < text.endIndex, text[end] == "后" { end += 1 }
        return end
    }

    /// Whether an adjunct, a stretch of years or a range of years can open with `scalar`.
    @inline(__always)
    static func mayOpenAdjunct(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "按", "以", "扣", "剔", "截", "同", "可", "近", "0"..."9": return true
        default: return Enumerators.digit(scalar) != nil || scalar == "十"
        }
    }

    /// Where `由` or `从` and a number written after it (digits, a decimal point, a ratio's
    /// colon) end `scalars`, when words stand before them: the position of 由 or 从.
    static func startingValue(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var position = scalars.endIndex
        var digits = 0
        while position > scalars.startIndex {
            let scalar = scalars[position - 1]
            if NumberReader.digit(scalar) != nil {
                digits += 1
            } else if !(scalar == "." || scalar == ":" || scalar == "∶" || scalar == "：") {
                break
            }
            position -= 1
        }
        guard digits > 0, position - 1 > scalars.startIndex, scalars[position - 1] == "由" || scalars[position - 1] == "从",
              NumberReader.digit(scalars[position]) != nil else { return nil }
        return position - 1
    }

    /// Adjuncts that say how a figure was counted: an opening word and the words that may close
    /// it within `adjunctReach` scalars (none: the opening word is the whole adjunct).
    static let adjuncts: [(opening: [Unicode.Scalar], closing: [[Unicode.Scalar]])] = [
        ("按", ["计算", "测算", "折算", "元计", "币计"]), ("以", ["元计", "币计"]), ("扣除", ["因素后", "后", "因素"]), ("剔除", ["因素后", "后", "因素"]), ("截至", ["底", "末", "月", "日"]), ("截止", ["底", "末", "月", "日"]),
        ("同口径", []), ("可比口径", []),
    ].map { (Array($0.0.unicodeScalars), $0.1.map { Array($0.unicodeScalars) }) }
    static let adjunctReach = 16

    /// Where an adjunct that opens `scalars` ends (past a comma after it), if one does.
    static func adjunctEnd(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let first = scalars.first, first == "按" || first == "以" || first == "扣" || first == "剔" || first == "截" || first == "同" || first == "可" else { return nil }
        for (opening, closings) in adjuncts where Text.matches(opening, in: scalars, at: scalars.startIndex) {
            let from = scalars.startIndex + opening.count
            var end: Int?
            if closings.isEmpty {
                end = from
            } else {
                var position = from
                while end == nil, position < min(scalars.endIndex, from + adjunctReach) {
                    if Clauses.isBoundary(scalars[position]) && scalars[position] != "，" { break }
                    if let closing = closings.first(where: { Text.matches($0, in: scalars, at: position) }) { end = position + closing.count }
                    position += 1
                }
            }
            guard var found = end else { continue }
            // 截至11月底: the month's end, not the month.
            while found < scalars.endIndex, scalars[found] == "底" || scalars[found] == "末" || scalars[found] == "份" { found += 1 }
            while found < scalars.endIndex, scalars[found] == "，" || scalars[found] == "," { found += 1 }
            return found
        }
        return nil
    }

    /// Where a stretch of years written in numerals (`三年`, `近五年来`, `两年间`) that opens
    /// `scalars` ends.
    static func yearStretchEnd(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var cursor = scalars.startIndex
        if cursor < scalars.endIndex, scalars[cursor] == "近" { cursor += 1 }
        let digits = cursor
        while cursor < scalars.endIndex, cursor - digits < 2, Enumerators.digit(scalars[cursor]) != nil || scalars[cursor] == "十" { cursor += 1 }
        guard cursor > digits, cursor < scalars.endIndex, scalars[cursor] == "年" else { return nil }
        cursor += 1
        if cursor < scalars.endIndex, scalars[cursor] == "来" || scalars[cursor] == "间" || scalars[cursor] == "内" { cursor += 1 }
        // (两年平均增长 is an average over the years, 三年行动计划 a plan's name: kept.)
        if cursor < scalars.endIndex, ["平", "行", "计", "规", "攻", "倍"].contains(scalars[cursor]) { return nil }
        return cursor
    }

    /// Where a range of years written `2021-2024年` (or with —, –, ～, 至) at `index` ends.
    static func yearRangeEnd(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Int? {
        guard index + 9 < scalars.endIndex, (index..<(index + 4)).allSatisfy({ NumberReader.digit(scalars[$0]) != nil }),
              ["-", "—", "–", "～", "~", "至", "－"].contains(scalars[index + 4]) else { return nil }
        var start = index + 5
        if scalars[start] == "—" { start += 1 }
        return PeriodResolver.year(in: scalars, at: start)?.end
    }

    /// The length of the list-item number `scalars` open with (`三是`, `十四是`, `（2）`, `(二)`,
    /// `③`), or 0. Only marks that cannot open a subject of their own count: `一、` and `1.` can
    /// be part of a name or a figure.
    static func itemNumberLength(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        guard let number = ItemNumber(scalars), number.value != nil else { return 0 }
        if number.bracketed || number.mark == "是" || number.mark == "①" || number.mark == "）" || number.mark == ")" { return number.length }
        // `1.新增普惠托位3000个`, `2、改造提升农贸市场30个`: a numbered line of an appendix's list
        // (a mark and then words, not a decimal's digits).
        if number.mark == "." || number.mark == "．" || number.mark == "、", number.length < scalars.count,
           scalars[scalars.startIndex + number.length].isIdeograph {
            return number.length
        }
        // `20.2026年10件民生实事`: the number runs into the year of the line (which the cleaning
        // after it drops as any opening year).
        if number.mark == "." || number.mark == "．", ItemNumber.opensYear(scalars.dropFirst(number.length)) { return number.length }
        return 0
    }

    /// The numbers of opening and closing quotation marks in `scalars`, in one pass.
    private static func quotes(in scalars: ArraySlice<Unicode.Scalar>) -> (opens: Int, closes: Int) {
        var opens = 0
        var closes = 0
        for scalar in scalars {
            if scalar == "“" { opens += 1 } else if scalar == "”" { closes += 1 }
        }
        return (opens, closes)
    }
}

/// The words of a list by one of their end scalars (last or first), for trying in list order
/// only the words that end with a given scalar.
private struct WordEnds {
    /// Each distinct end scalar and the first word (index in the list) that ends with it.
    private let starts: [(scalar: Unicode.Scalar, first: Int)]
    /// For each word, the next word in the list with the same end scalar, or -1.
    private let following: [Int]

    init(_ ends: [Unicode.Scalar]) {
        var starts: [(scalar: Unicode.Scalar, first: Int)] = []
        var following = Text.filled(-1, count: ends.count)
        for (index, end) in ends.enumerated() {
            if let previous = ends[..<index].lastIndex(of: end) {
                following[previous] = index
            } else {
                starts.append((end, index))
            }
        }
        self.starts = starts.sorted { $0.scalar.value < $1.scalar.value }
        self.following = following
    }

    /// The first word after index `after` (-1: from the start) whose end scalar is `scalar`.
    /// (The end scalars are sorted and bisected: the opening words begin with ~40 different ones.)
    func first(after: Int, endingIn scalar: Unicode.Scalar) -> Int? {
        var (low, high) = (0, starts.count)
        while low < high {
            let middle = (low + high) / 2
            if starts[middle].scalar.value < scalar.value { low = middle + 1 } else { high = middle }
        }
        guard low < starts.count, starts[low].scalar == scalar else { return nil }
        var index = starts[low].first
        while index >= 0, index <= after { index = following[index] }
        return index >= 0 ? index : nil
    }

    /// The next word after `index` with the same end scalar.
    func next(after index: Int) -> Int? {
        let next = following[index]
        return next >= 0 ? next : nil
    }
}
