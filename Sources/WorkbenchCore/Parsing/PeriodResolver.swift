import WorkbenchSDK

/// Decides which years each part, paragraph and sentence speaks about, from the document's own
/// words: a part's heading (`2024年工作回顾`, `“十五五”时期主要目标任务`), then sentences that open
/// with a time phrase (`过去五年`, `刚刚过去的2025年`, `今年`). A phrase holds until the next one
/// or the end of its part.
struct PeriodResolver {
    /// The year the report plans (the year it is delivered in, or the next for a report
    /// delivered in November or December).
    var reportYear: Int?
    /// The calendar year the report is delivered in (from its date; nil without one). 今年 in a
    /// review, or in a text with no parts, plans only when this is `reportYear`: a report
    /// delivered in December reviews its 今年.
    var deliveryYear: Int?

    /// Whether a heading names a time: a year, a five-year plan or a review.
    static func namesATime(_ title: String) -> Bool {
        let scalars = Text.scalars(title)
        return scalars.indices.contains { year(in: scalars[...], at: $0) != nil || planName(in: scalars[...], at: $0) != nil }
            || ["回顾", "成绩", "成就", "过去"].contains { Text.contains($0, in: title) }
    }

    /// The period a part's heading sets: a government's term (过去五年, 本届政府, with no words
    /// of work to come) is the five years before the report's; else review when it looks back
    /// (回顾, 成绩, 成就, 总结, 执行情况), plan otherwise; years from the heading, else last year
    /// (review) or the previous plan part's period, else the report's year (plan).
    func partPeriod(title: String, previousPlan: Period?) -> Period? {
        let scalars = Text.scalars(title)
        // The heading decoded and checked once for every list of words (`Text.contains` for each).
        let ownCharacters = scalars.allSatisfy(Text.isOwnCharacter)
        func mentions(_ words: [String]) -> Bool {
            Text.containsAny(words, in: title, scalars: scalars, ownCharacters: ownCharacters)
        }
        let kind: Period.Kind = mentions(Self.reviewWords) ? .review : .plan
        // 过去五年工作回顾, 2022年和过去五年工作, 本届政府工作回顾: a government's term, the five
        // years before the report's (the years a heading names are the term's last).
        if let year = reportYear, mentions(Self.termWords), !mentions(Self.planWords) {
            return Period(from: year - 5, to: year - 1, kind: .review)
        }
        var years: [Int] = []
        var index = 0
        while index < scalars.count {
            if let (year, end) = Self.year(in: scalars[...], at: index) {
                years.append(year)
                index = end
            } else if let (range, end) = Self.planName(in: scalars[...], at: index) {
                years += [range.lowerBound, range.upperBound]
                index = end
            } else {
                index += 1
            }
        }
        if let first = years.min(), let last = years.max() {
            // Only earlier years can be reviewed: `一、2025年主要工作` in a 2026 report looks back.
            let looksBack = kind == .review || (reportYear.map { last < $0 } ?? false)
            // A heading that reviews one plan and sets out the next (“十四五”时期发展成就和“十五五”
            // 时期主要目标任务) opens with the review; a sentence naming the new plan turns to it.
            if looksBack, let year = reportYear, let reviewed = years.filter({ $0 < year }).max() {
                return Period(from: first, to: reviewed, kind: .review)
            }
            return Period(from: first, to: last, kind: looksBack ? .review : .plan)
        }
        if mentions(["过去一年", "过去的一年", "去年"]) {
            return reportYear.map { Period(year: $0 - 1, kind: .review) }
        }
        if mentions(["今后五年", "未来五年"]) {
            return reportYear.map { Period(from: $0, to: $0 + 4, kind: .plan) }
        }
        switch kind {
        case .review: return reportYear.map { Period(year: $0 - 1, kind: .review) }
        case .plan: return previousPlan ?? reportYear.map { Period(year: $0, kind: .plan) }
        @unknown default: return nil
        }
    }

    /// Words of a heading that looks back (`计划执行情况` of a plan report's review).
    static let reviewWords = ["回顾", "成绩", "成就", "总结", "执行情况"]
    /// Words of a heading that reviews a government's five-year term.
    static let termWords = ["过去五年", "过去的五年", "本届政府", "五年来"]
    /// Words of a heading that sets out work to come (今后五年目标任务和本届政府工作建议).
    static let planWords = ["今后", "未来", "目标", "任务", "建议", "安排", "要求", "重点", "思路", "部署", "取向"]

    /// The periods of a report's parts from their headings (`partPeriod`, each plan part passing
    /// its period to the next). A first part whose heading names no time
    /// and no work to come (`一、坚持…，新福建建设取得新进展新成效`; not 一、总体要求和主要目标)
    /// before a part that plans a named time is the review of the year before: reports open with it.
    func partPeriods(titles: [String]) -> [Period?] {
        var periods: [Period?] = []
        var previousPlan: Period?
        for title in titles {
            let period = partPeriod(title: title, previousPlan: previousPlan)
            if period?.kind == .plan { previousPlan = period }
            // `二、“十五五”时期主要目标和2026年工作安排` then `三、切实加强政府自身建设`: a part after
            // one that sets out both the plan and the year's work is the year's.
            if let plan = period, plan.kind == .plan, plan.from != plan.to, let year = reportYear, plan.from == year,
               Text.contains("\(year)年", in: title) {
                previousPlan = Period(year: year, kind: .plan)
            }
            periods.append(period)
        }
        if let year = reportYear, titles.count > 1, periods[0]?.kind == .plan, !Self.namesATime(titles[0]),
           !Self.planWords.contains(where: { Text.contains($0, in: titles[0]) }),
           titles.indices.dropFirst().contains(where: { periods[$0]?.kind == .plan && Self.namesAPlannedTime(titles[$0]) }) {
            periods[0] = Period(year: year - 1, kind: .review)
        }
        return periods
    }

    /// Whether a plan part's heading names its time (a year, a five-year plan, 今年, 今后五年).
    static func namesAPlannedTime(_ title: String) -> Bool {
        namesATime(title) || ["今年", "今后", "未来"].contains { Text.contains($0, in: title) }
    }

    /// Whether the period `sentence` opens with holds for the sentences after it too: not when
    /// the phrase of five years runs straight into what it is about (`近五年全省研发经费年均增长
    /// 12.1%`, `五年累计培育…`), which dates that sentence alone, nor for a phrase of three years
    /// ever; a phrase of five set apart (`过去五年，`, `五年来，`) opens an account of the five years.
    func carriesOn(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = Self.firstNonBlank(sentence, passingQuotes: true)
        // Three years date their own sentence only: a year's report reviews a three-year
        // action in passing.
        if Self.threeYearsBack.prefix(of: sentence[start...]) != nil { return false }
        // Nor a date (`2023年6月习近平总书记亲临…考察`): an event in the years reviewed, which dated
        // every account of the five years after it.
        if let (_, end) = Self.year(in: sentence, at: start), Self.opensMonth(sentence[end...]) { return false }
        // (So does a past plan's term run into its sentence: `“十四五”期间单位地区生产总值能耗累计
        // 下降13%` in a review of 2025; not the plan ahead: `“十五五”时期是…关键时期` opens its account.)
        let opening = Self.firstNonBlank(sentence, passingQuotes: false)
        if let (years, end) = Self.planName(in: sentence, at: opening), let reportYear, years.upperBound < reportYear,
           end + 2 < sentence.endIndex,
           ["期间", "时期"].contains(Text.string(sentence[end..<(end + 2)])) {
            // (A sentence with no figure opens the account: “十四五”时期是…极不平凡的五年.)
            return !sentence[end + 2].isIdeograph || !sentence.contains { Self.digitValue($0) != nil }
        }
        guard let word = Self.fiveYearsBack.prefix(of: sentence[start...]) else { return true }
        let end = start + Self.fiveYearsBack.scalars[word].count
        guard end < sentence.endIndex else { return true }
        let next = sentence[end]
        return !next.isIdeograph || next == "来" || next == "里" || next == "间" || next == "中"
    }

    /// The period a sentence's opening words set, or `nil` when it opens with none.
    func cue(_ sentence: ArraySlice<Unicode.Scalar>, kind: Period.Kind) -> Period? {
        // Most sentences open with none of the phrases below: one look at their first
        // characters sends them away, before anything else is made of the sentence.
        let opening = Self.firstNonBlank(sentence, passingQuotes: false)
        let start = Self.firstNonBlank(sentence, passingQuotes: true)
        guard Self.mayOpenCue(sentence, opening: opening, start: start) else { return nil }
        return cue(sentence, opening: opening, start: start, kind: kind)
    }

    /// The first position of `sentence` that is not padding (nor an opening quotation mark or
    /// the dash of a highlight item, `——这五年，…`, when `passingQuotes`), or its end.
    private static func firstNonBlank(_ sentence: ArraySlice<Unicode.Scalar>, passingQuotes: Bool) -> Int {
        var index = sentence.startIndex
        while index < sentence.endIndex {
            let scalar = sentence[index]
            // (A run of dashes is passed at once, when words follow it.)
            if passingQuotes, scalar == "—" {
                var after = index
                while after < sentence.endIndex, sentence[after] == "—" { after += 1 }
                guard Self.opensWords(sentence, at: after) else { break }
                index = after
                continue
            }
            if !TextLines.isPadding(scalar), !passingQuotes || (scalar != "“" && scalar != "\"") {
                // `各位代表，刚刚过去的2025年…`: the address to the delegates comes before the phrase
                // (a loop, not a call: an address repeated any number of times is passed over).
                guard scalar == "各" || scalar == "同", let end = addresses.prefix(of: sentence[index...]),
                      case let after = index + addresses.scalars[end].count, after < sentence.endIndex,
                      sentence[after] == "，" || sentence[after] == "：" else { break }
                index = after
            }
            index += 1
        }
        return index
    }

    /// Whether words, not a date, begin at `index` after dashes (`——2026年1月26日在…会议上` is the
    /// line of when the report was delivered).
    private static func opensWords(_ sentence: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        index < sentence.endIndex && digitValue(sentence[index]) == nil && !Enumerators.isNumeral(sentence[index]) && sentence[index] != "〇"
    }

    /// Words that address the audience at the start of a sentence.
    private static let addresses = WordList(["各位代表", "同志们"])

    /// `cue` for a sentence that may open with a phrase. Apart, so that the sentences sent away
    /// above cost no reference counting of the text (this part holds slices of it).
    @inline(never)
    private func cue(_ sentence: ArraySlice<Unicode.Scalar>, opening: Int, start: Int, kind: Period.Kind) -> Period? {
        let text = sentence[start...]
        if let (range, end) = Self.planName(in: sentence, at: opening) {
            let after = Text.string(sentence[end...].prefix(2))
            if ["时期", "期间", "以来"].contains(after) {
                // A plan that has not begun yet is planned, whatever part it is named in.
                let planned = reportYear.map { range.lowerBound >= $0 } ?? (kind == .plan)
                // (“十四五”以来 in a 2025 report: the plan's years so far, 2021–2024.)
                if !planned, after == "以来", let year = reportYear, range.upperBound >= year, range.lowerBound < year {
                    return Period(from: range.lowerBound, to: year - 1, kind: .review)
                }
                return Period(from: range.lowerBound, to: range.upperBound, kind: planned ? .plan : .review)
            }
        }
        guard let year = reportYear else {
            return Self.year(in: sentence, at: start).map { Period(year: $0.year, kind: kind) }
        }
        switch kind {
        case .review:
            if Self.fiveYearsBack.prefix(of: text) != nil {
                return Period(from: year - 5, to: year - 1, kind: .review)
            }
            // (三年来首次, 三年来最高: the year's own record.)
            if let word = Self.threeYearsBack.prefix(of: text) {
                let after = start + Self.threeYearsBack.scalars[word].count
                if after >= sentence.endIndex || sentence[after] != "首" && sentence[after] != "最" {
                    return Period(from: year - 3, to: year - 1, kind: .review)
                }
            }
            if Self.lastYear.prefix(of: text) != nil {
                return Period(year: year - 1, kind: .review)
            }
            let skip = Text.matches(Self.justPast.unicodeScalars, in: text, at: start) ? Self.justPast.unicodeScalars.count : 0
            if let (stated, end) = Self.year(in: sentence, at: start + skip) {
                if stated < year { return Self.reviewedFrom(stated, reportYear: year, after: sentence[end...]) }
                // A copy that lost the plan part's heading (`2026年全市经济社会发展主要预期目标是`):
                // the report's own year is planned. (Not a later year: 2030年前实现碳达峰 and
                // 2027年建成投运后 speak of a goal, not of what follows.)
                if skip == 0, stated == year, Self.opensOneYear(sentence[end...]) { return Period(year: stated, kind: .plan) }
            }
            // 今年 is the year planned when the report is delivered in it (a report delivered in
            // December reviews its 今年; with no date, nothing tells).
            if Text.matches(Self.thisYear.unicodeScalars, in: text, at: start), deliveryYear == year,
               !Self.opensMonth(text.dropFirst(Self.thisYear.unicodeScalars.count)) {
                return Period(year: year, kind: .plan)
            }
        case .plan:
            if Self.fiveYearsAhead.prefix(of: text) != nil {
                return Period(from: year, to: year + 4, kind: .plan)
            }
            if Text.matches(Self.thisYear.unicodeScalars, in: text, at: start) { return Period(year: year, kind: .plan) }
            if let (stated, end) = Self.year(in: sentence, at: start), stated >= year, Self.opensOneYear(sentence[end...]) {
                return Period(year: stated, kind: .plan)
            }
        @unknown default:
            break
        }
        return nil
    }

    /// The period a sentence of a text with no parts at all sets: a phrase of a review or of a
    /// plan, whichever it opens with (今年 not when the report is delivered the year before); nil
    /// when it opens with nothing, and `.none` (a period of its own that is none) when it opens
    /// with a year that is no single year's (2025年起今后五年, 2026年至2030年).
    func cueWithoutParts(_ sentence: ArraySlice<Unicode.Scalar>) -> Period?? {
        if let found = cue(sentence, kind: .review) { return .some(found) }
        let start = Self.firstNonBlank(sentence, passingQuotes: true)
        if let (_, end) = Self.year(in: sentence, at: start), !Self.opensOneYear(sentence[end...]) { return .some(nil) }
        // (With no date, 今年 is taken for the report's year, as reports are delivered in it.)
        if Text.matches(Self.thisYear.unicodeScalars, in: sentence, at: start), let delivered = deliveryYear, delivered != reportYear {
            return nil
        }
        return cue(sentence, kind: .plan).map { .some($0) }
    }

    /// Whether the words after a year that opens a sentence make it the year's own: not a date
    /// (`2026年1月`), a span (`2025年起`, `2026年至2030年`) or a news page's framing
    /// (`2026年云南省政府工作报告显示`).
    static func opensOneYear(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        if let next = rest.first, next == "起" || isSpanMark(next) { return false }
        return !opensMonth(rest) && !opensDeadline(rest) && !Text.contains(reportWords, in: rest.prefix(16))
    }

    /// Whether the words after a year make it a deadline (`2030年前`, `2027年底前`): a goal set
    /// for then, not the year a plan's sentences speak of (`2025年前三季度` is that year's).
    static func opensDeadline(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        var words = rest.prefix(3)
        if let first = words.first, first == "底" || first == "末" { words = words.dropFirst() }
        guard words.first == "前" else { return false }
        guard let after = words.dropFirst().first else { return true }
        return digitValue(after) == nil && Enumerators.digit(after) == nil && after != "季" && after != "十"
    }

    /// Whether `rest` opens with a month or a run of months (`1月`, `十一月`, `1-10月`): the date
    /// of an event, or the months a figure covers.
    static func opensMonth(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        // `1月`, `十一月`, `1-10月`, `1至11月`.
        let head = rest.prefix(7)
        guard let month = head.firstIndex(of: "月"), month > head.startIndex else { return false }
        return head[..<month].allSatisfy { digitValue($0) != nil || Enumerators.digit($0) != nil || isSpanMark($0) }
    }

    /// A mark between the ends of a span of time (`1-10月`, `2026年至2030年`).
    static func isSpanMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "—", "－", "至", "到": return true
        default: return false
        }
    }

    private static let reportWords = Array("工作报告".unicodeScalars)

    /// The period a review sentence opening with `stated` (a year before the report's) speaks
    /// of: that year (`2024年，…`); from it to last year after 以来 (`2020年以来累计新增就业…`);
    /// none when the year is a reference (`2005年前老旧小区改造全面完成`, `2000年以前建成的…`) or
    /// older than the five years a term reviews.
    static func reviewedFrom(_ stated: Int, reportYear year: Int, after rest: ArraySlice<Unicode.Scalar>) -> Period? {
        let next = rest.prefix(2)
        // (2025年前三季度, 前11个月: the first months of that year.)
        let firstMonths = next.count == 2 && (Enumerators.digit(next.last!) != nil || NumberReader.digit(next.last!) != nil
                                              || next.last == "季" || next.last == "十")
        if next.first == "前" && !firstMonths || next.elementsEqual("以前".unicodeScalars) || next.elementsEqual("之前".unicodeScalars) { return nil }
        if next.elementsEqual("以来".unicodeScalars) { return Period(from: stated, to: year - 1, kind: .review) }
        return stated >= year - 5 ? Period(year: stated, kind: .review) : nil
    }

    /// False when no phrase `cue` looks for can open the sentence: a plan's name opens with 十
    /// (maybe after a quotation mark), a year with a digit, and the time phrases with what
    /// `openingPhrases` says.
    static func mayOpenCue(_ sentence: ArraySlice<Unicode.Scalar>, opening: Int, start: Int) -> Bool {
        if opening < sentence.endIndex {
            switch sentence[opening] {
            case "十", "“", "\"": return true
            default: break
            }
        }
        guard start < sentence.endIndex else { return false }
        // (全 opens many sentences, 全省…; of the phrases, only 全年.)
        if sentence[start] == "全" { return start + 1 < sentence.endIndex && sentence[start + 1] == "年" }
        return digitValue(sentence[start]) != nil || openingPhrases.mayStart(with: sentence[start])
    }

    static let justPast = "刚刚过去的"
    static let thisYear = "今年"
    /// Every phrase `cue` matches at a sentence's start, for `mayOpenCue`: a phrase added to
    /// one of the lists is seen there too.
    static let openingPhrases = WordList(fiveYearsBack.words + threeYearsBack.words + lastYear.words + fiveYearsAhead.words
                                         + [justPast, thisYear])
    /// (`近三年累计引进人才1200余名`: the three years to the one reviewed.)
    static let threeYearsBack = WordList(["过去三年", "近三年", "三年来", "三年累计"])

    static let fiveYearsBack = WordList(["过去五年", "过去的五年", "五年来", "这五年", "五年累计", "五年间", "五年里", "近五年", "五年共"])
    /// (全年 opening a sentence of a review is the year reviewed: `全年完成水利投资800亿元` after a
    /// sentence about five years is about the year again.)
    static let lastYear = WordList(["过去一年", "过去的一年", "刚刚过去的一年", "一年来", "去年", "全年"])
    static let fiveYearsAhead = WordList(["今后五年", "未来五年"])

    /// A year written `2024年` or `2024 年` (digits half- or full-width) at `index`.
    static func year(in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> (year: Int, end: Int)? {
        guard index >= scalars.startIndex, index < scalars.endIndex else { return nil }
        if index > scalars.startIndex, digitValue(scalars[index - 1]) != nil { return nil }
        var value = 0
        var cursor = index
        while cursor < scalars.endIndex, let digit = digitValue(scalars[cursor]), cursor - index < 5 {
            value = value * 10 + digit
            cursor += 1
        }
        guard cursor - index == 4, (1900...2199).contains(value) else { return nil }
        while cursor < scalars.endIndex, scalars[cursor] == " " { cursor += 1 }
        guard cursor < scalars.endIndex, scalars[cursor] == "年" else { return nil }
        return (value, cursor + 1)
    }

    /// A five-year plan's name at `index` (`十四五`, optionally in quotes), with its years.
    static func planName(in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> (years: ClosedRange<Int>, end: Int)? {
        var cursor = index
        let quoted = cursor < scalars.endIndex && (scalars[cursor] == "“" || scalars[cursor] == "\"")
        if quoted { cursor += 1 }
        guard cursor < scalars.endIndex, scalars[cursor] == "十",
              let (years, end) = Enumerators.fiveYearPlanName(in: scalars, at: cursor) else { return nil }
        var after = end
        let closed = after < scalars.endIndex && (scalars[after] == "”" || scalars[after] == "\"")
        if closed { after += 1 }
        // Unquoted, `十五` could be an ordinal; only a plan word after it makes it a plan's name.
        let next = Text.string(scalars[after...].prefix(2))
        guard (quoted && closed) || ["时期", "期间", "以来", "规划"].contains(next) else { return nil }
        return (years, after)
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
}
