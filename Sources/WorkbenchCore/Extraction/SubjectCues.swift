import WorkbenchSDK

/// Subjects that say only how a figure relates (bare cues, linking words, benchmarks), and
/// what a figure continues from the one before it or takes from the noun after it.
extension Subjects {
    /// Subjects that say only how a figure relates, not what it measures, each before any
    /// shorter one it ends with: a continued subject drops the first of them it ends with, so
    /// `…同比增长` loses `同比增长`, not just `增长`, and `铁路运营里程新增` its 新增 before
    /// `、突破7000公里` (a total, not an increase). (A `Set` gave its own order, which differs
    /// from process to process: the same report could get different subjects in two runs.)
    static let bareCueWords = ["比上年增长", "比上年增加", "比上年提高", "比上年下降", "比上年减少",
                               "较上年增长", "较上年增加", "较上年提高", "较上年下降", "较上年减少",
                               "提高到", "提高至", "提升到", "提升至", "增加到", "增长到", "增至", "下降到", "降至", "降到",
                               "累计下降", "累计增长", "累计提高", "累计减少", "累计降低",
                               "同比增长", "同比下降", "年均增长", "实际增长", "名义增长", "增长", "下降", "增速", "占比", "比重", "提高", "提升", "上升", "降低",
                               "增加", "减少", "连续", "新增", "净增", "增产", "减产"]
    static let bareCues = Set(bareCueWords)

    /// The bare cues as scalars, in the order of `bareCueWords`.
    static let bareCueScalars = bareCueWords.map { Array($0.unicodeScalars) }

    /// The lengths (in scalars) of the bare cues, one bit each (a `Set<Int>` hashed each
    /// subject's length to ask).
    private static let bareCueLengths: UInt64 = bareCueScalars.reduce(0) { $0 | 1 << UInt64($1.count) }

    /// `bareCues.contains(text)` for the i-th subject, compared on scalars where every scalar is
    /// a character of its own (a `Set<String>` normalizes each subject to hash it). A subject of
    /// no bare cue's length is none of them once its characters are known to be scalars.
    static func isBareCue(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>,
                          buffer: inout [Unicode.Scalar]) -> Bool {
        let length = subjects.scalarCount(index)
        let isCueLength = length < 64 && bareCueLengths & 1 << UInt64(length) != 0
        if !isCueLength, Self.isOwnCharacters(subjects[index], in: s) { return false }
        subjects.scalars(index, of: s, into: &buffer)
        guard buffer.allSatisfy(Text.isOwnCharacter) else { return bareCues.contains(Text.string(buffer)) }
        return bareCueScalars.contains(buffer)
    }

    /// `粮食总产量连续9年稳定在1300亿斤以上`: a subject that is only a word linking a figure
    /// (稳定在, 突破, 超过) says nothing of what is measured either.
    static func isOnlyLinkingWord(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let range = onlyPart(index, of: subjects), range.count <= 4 else { return false }
        return isOne(of: linkingWordScalars, s[range])
    }

    static let linkingWordScalars = MeaningRules.linkingWords.map { Array($0.unicodeScalars) }

    /// Whether a count's subject names works or projects (省列重大项目, 完成老旧小区改造): what
    /// investment and people reached follow up. (Not 开通国际航线, 累计 totals.)
    static func namesWorks(_ subject: ArraySlice<Unicode.Scalar>) -> Bool {
        guard subject.count >= 2, !subject.starts(with: cumulative) else { return false }
        return worksEnds.contains { subject.count > $0.count && subject.suffix($0.count).elementsEqual($0) }
    }

    static let cumulative = Array("累计".unicodeScalars)
    static let worksEnds = ["项目", "工程", "改造", "小区", "设施", "建设"].map { Array($0.unicodeScalars) }

    /// Measures of a firm's money, which a firm's other money measures share an owner with.
    static func isMoneyMeasure(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        moneyMeasures.contains { words.elementsEqual($0) }
    }

    static let moneyMeasures = ["营业收入", "营收", "资产总额", "利润总额", "利润", "总产值", "产值", "税收", "净利润"].map { Array($0.unicodeScalars) }

    /// Whether words open with a verb of reporting (完成, 实现, 累计, 全年, 其中): no owner.
    static func opensWithVerb(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        reportingOpenings.contains { words.starts(with: $0) }
    }

    static let reportingOpenings = ["完成", "实现", "累计", "全年", "其中"].map { Array($0.unicodeScalars) }

    /// What follows up a count of projects or works: the money put in, the people reached.
    static let followUpScalars = ["完成投资", "总投资", "计划投资", "年度投资", "累计投资", "投资", "惠及", "惠及居民", "惠及群众",
                                  "惠及人口", "受益人口", "受益群众", "带动就业", "年度计划投资", "计划总投资", "累计完成投资",
                                  "完成年度投资"].map { Array($0.unicodeScalars) }

    /// What follows up a count of anything: the whole size of what was counted (上市公司达288家、
    /// 总市值超8600亿元; 接待游客3亿人次、总花费…; 养老机构9341个、床位10.5万张).
    static let totalScalars = ["总规模", "总投资", "总市值", "市值", "总花费", "总收入", "总产值", "营收规模", "总资产", "资产总额",
                               "床位", "床位数"].map { Array($0.unicodeScalars) }

    /// What follows up a count of lines: their length.
    static let lengthScalars = ["里程", "总里程", "建设里程", "通车里程"].map { Array($0.unicodeScalars) }
    static let lineEnds = ["公路", "铁路", "高速", "高铁", "线路", "道路", "管网", "航线", "轨道交通", "地铁"].map { Array($0.unicodeScalars) }

    /// Whether `words` after a count with the subject `count` say more of what it counted: the
    /// money or the people of works (`namesWorks`), or the length of lines.
    static func followsUp(_ words: ArraySlice<Unicode.Scalar>, count: ArraySlice<Unicode.Scalar>) -> Bool {
        // (The whole size of any things counted: 设立基金24只、总规模934亿元; 新注册企业1990家、总投资….)
        if isOne(of: totalScalars, words) { return true }
        if isOne(of: followUpScalars, words) { return namesWorks(count) }
        guard isOne(of: lengthScalars, words), !count.starts(with: cumulative) else { return false }
        return lineEnds.contains { count.count > $0.count && count.suffix($0.count).elementsEqual($0) }
    }

    /// The length of the verb of change `words` end with (增长, 同比下降), or nil.
    static func endingCue(_ words: ArraySlice<Unicode.Scalar>) -> Int? {
        // (Most subjects end with none: their last scalar tells.)
        guard let last = words.last, last == "长" || last == "降" || last == "高" || last == "低" else { return nil }
        for cue in endingCues where words.count > cue.count && words.suffix(cue.count).elementsEqual(cue) {
            return cue.count
        }
        return nil
    }

    static let endingCues = ["同比增长", "同比下降", "增长", "下降", "提高", "降低"].map { Array($0.unicodeScalars) }
    static let wholeYear = Array("全年".unicodeScalars)
    static let since = Array("以来".unicodeScalars)

    /// `上半年增长`, `全年增长`, `12月份增长`: a subject that is only a period of the year
    /// (`isPeriod`) and a bare cue; the ranges of the two.
    static func periodAndCue(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> (period: Range<Int>, cue: Range<Int>)? {
        guard let range = onlyPart(index, of: subjects), range.count >= 4, range.count <= 11 else { return nil }
        // (“十四五”累计下降22.1%, 五年累计增长: the plan's years, continuing the measure before.)
        if let plan = planPeriods.first(where: { range.count > $0.count + 1 && s[range].starts(with: $0) }) {
            let cue = (range.lowerBound + plan.count)..<range.upperBound
            return isOne(of: bareCueScalars, s[cue]) ? (range.lowerBound..<cue.lowerBound, cue) : nil
        }
        guard range.count <= 9, periodOpenings.contains(s[range.lowerBound]) || NumberReader.digit(s[range.lowerBound]) != nil else { return nil }
        for length in stride(from: min(5, range.count - 2), through: 2, by: -1)
        where isPeriod(s[range.lowerBound..<(range.lowerBound + length)]) {
            let cue = (range.lowerBound + length)..<range.upperBound
            return isOne(of: bareCueScalars, s[cue]) ? (range.lowerBound..<cue.lowerBound, cue) : nil
        }
        return nil
    }

    /// The years of a plan written before a cue (“十四五”累计下降).
    static let planPeriods = ["“十四五”期间", "十四五期间", "“十四五”时期", "“十四五”以来", "“十四五”", "十四五", "五年来", "五年间", "五年"].map { Array($0.unicodeScalars) }

    /// The subject of the i-th figure when it is only a period of the year (一季度, 上半年, 全年).
    static func onlyPeriod(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard let range = onlyPart(index, of: subjects), range.count >= 2, range.count <= 5,
              periodOpenings.contains(s[range.lowerBound]) || NumberReader.digit(s[range.lowerBound]) != nil,
              isPeriod(s[range]) else { return nil }
        return range
    }

    /// The subject of the i-th figure when it is a quarter's name and a rate with no measure
    /// (一季度增速, made of `各季度增速分别为…`).
    static func quarterAndRate(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> (quarter: String, rate: Range<Int>)? {
        let pieces = subjects[index]
        guard pieces.count == 2, case .text(let quarter) = pieces[pieces.startIndex], QuarterLists.quarterNames.contains(quarter),
              case .part(let rate) = pieces[pieces.startIndex + 1], rate.count == 2, s[rate.lowerBound] == "增",
              s[rate.lowerBound + 1] == "速" || s[rate.lowerBound + 1] == "幅" else { return nil }
        return (quarter, rate)
    }

    /// First scalars of a period of the year in words (上半年, 全年, 前三季度, 一季度, 第四季度).
    static let periodOpenings: Set<Unicode.Scalar> = ["上", "下", "全", "前", "第", "一", "二", "三", "四", "十"]

    /// What a figure's subject measures, without a bare cue closing it and a period of the year
    /// opening it or right before the cue (`一季度全省生产总值增长`, `社会消费品零售总额12月份增长`),
    /// and whether it had such a period.
    static func measureOfPeriod(_ subject: ArraySlice<Unicode.Scalar>) -> (scalars: ArraySlice<Unicode.Scalar>, hadPeriod: Bool) {
        var measure = subject
        if let cue = bareCueScalars.first(where: { measure.count > $0.count && measure.suffix($0.count).elementsEqual($0) }) {
            measure = measure.dropLast(cue.count)
        }
        for length in stride(from: min(5, measure.count - 2), through: 2, by: -1) where length > 0 {
            // (全年 is the whole year: cut off, but no part of it; nor is a time since which,
            // 二季度以来, 自二季度起, or a year's end, 12月末.)
            if isPeriod(measure.prefix(length)) {
                let rest = measure.dropFirst(length)
                let whole = measure.prefix(length).elementsEqual(wholeYear)
                    || rest.starts(with: since) || rest.first == "起" || rest.first == "末" || rest.first == "底"
                return (rest, !whole)
            }
            if isPeriod(measure.suffix(length)), !measure.suffix(length).elementsEqual(wholeYear) {
                return (measure.dropLast(length), true)
            }
        }
        return (measure, false)
    }

    /// `从2020年的1.36万亿元增加到2025年的1.72万亿元`, `力争到2030年突破2.2万亿元`: a subject that
    /// is only the year the figure is of (到2030年), maybe after a linking word (增加到2025年,
    /// 达到2025年末的), says nothing of what is measured.
    static func isOnlyChangeToYear(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let range = onlyPart(index, of: subjects), range.count >= 6, range.count <= 12 else { return false }
        var end = range.upperBound
        while end > range.lowerBound, s[end - 1] == "的" || s[end - 1] == "末" || s[end - 1] == "底" { end -= 1 }
        guard end - 5 >= range.lowerBound, s[end - 1] == "年", (end - 5..<end - 1).allSatisfy({ NumberReader.digit(s[$0]) != nil })
        else { return false }
        let before = s[range.lowerBound..<(end - 5)]
        return before.count == 1 && (before.first == "到" || before.first == "至") || isOne(of: linkingWordScalars, before)
    }

    /// The words from `start` to the clause's end when they name a goal of growth
    /// (`地区生产总值增长目标`, `…增速目标`), without 目标: at least two scalars before the verb.
    static func growthGoal(after start: Int, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var end = start
        while end < s.endIndex, end - start <= 24, !Clauses.isBoundary(s[end]) { end += 1 }
        guard end - start >= 6, end - start <= 24 else { return nil }
        let body = s[start..<(end - 2)]
        guard s[end - 2] == "目", s[end - 1] == "标", body.suffix(2).elementsEqual("增长".unicodeScalars) || body.suffix(2).elementsEqual("增速".unicodeScalars)
        else { return nil }
        return body.startIndex..<body.endIndex
    }

    /// Whether `figure` is a larger amount of the same unit than `earlier`, not a percentage
    /// (达750万户 after 新增80万户).
    static func reachesTotal(_ figure: Candidate, after earlier: Candidate) -> Bool {
        guard let value = figure.value, let before = earlier.value, let unit = figure.unit, let earlierUnit = earlier.unit,
              unit.entry == earlierUnit.entry, unit.category != .percent else { return false }
        return value * figure.factor > before * earlier.factor
    }

    /// `pieces` without a 新增 or 净增 that opens them (what was added, of which the total is given).
    static func dropNew(from pieces: inout [Piece], in s: ArraySlice<Unicode.Scalar>) {
        guard case .part(let range)? = pieces.first, range.count > 3,
              s[range.lowerBound] == "新" || s[range.lowerBound] == "净", s[range.lowerBound + 1] == "增" else { return }
        pieces[0] = .part((range.lowerBound + 2)..<range.upperBound)
    }

    /// Whether a figure can be a gap to a benchmark: points, per cent or a multiple
    /// (领先企业达到50家 is a count of firms).
    static func isGap(_ candidate: Candidate) -> Bool {
        switch candidate.unit?.category {
        case .points?, .percent?, .multiple?, .tenths?: return true
        default: return false
        }
    }

    /// True when the i-th subject is only a comparison with a benchmark (`高于全省`, `快于全国`,
    /// `比全国高`): the gap is the previous figure's, and continues its subject.
    static func isOnlyBenchmark(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let range = onlyPart(index, of: subjects), range.count <= 12, range.count >= 3 else { return false }
        // `无人机产量同比增长39%、占全国九成`: the share of a whole is the previous figure's too.
        if isOne(of: sharesOfWhole, s[range]) { return true }
        guard let word = MeaningRules.relativeCues.prefix(of: s[range]) else { return false }
        // The benchmark is a place or an average, not a measure of its own (高于全国平均水平; a
        // longer one only when it is a level: 高于全省农村平均水平).
        let benchmark = range.count - MeaningRules.relativeCues.scalars[word].count
        return benchmark <= 6 || benchmark <= 10 && s[range].suffix(2).elementsEqual(level)
    }

    private static let level: [Unicode.Scalar] = ["水", "平"]

    /// `研发经费支出约5000亿元，占地区生产总值比重达3.6%`: a share of a named whole, with no
    /// name of its own, is the previous figure's share of it.
    /// So is `民生支出27.9亿元，占一般公共预算支出的81.6%` (a whole before 的), `占全国份额提高到11.9%`
    /// and `约占全市的十分之一`.
    static func isOnlyShareOf(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard var range = onlyPart(index, of: subjects), range.count >= 3, range.count <= 14 else { return false }
        if s[range.lowerBound] == "约", range.count >= 4 { range = (range.lowerBound + 1)..<range.upperBound }
        guard s[range.lowerBound] == "占" else { return false }
        return shareEnds.suffix(of: s[range]) != nil || range.upperBound < s.endIndex && s[range.upperBound] == "的"
    }

    private static let shareEnds = WordList(["比重", "比例", "份额"])

    /// Whether the `source`-th subject ends with a share's noun (比重, 占比, 比例).
    static func endsWithShare(_ source: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard case .part(let last)? = subjects[source].last else { return false }
        return shareNouns.suffix(of: s[last]) != nil
    }

    private static let shareNouns = WordList(["比重", "占比", "比例"])

    /// `全省常住人口6670万人，比上年末增加43万人`, `较2020年提高1.7个百分点`, `是上年的1.5倍`: a
    /// subject that only compares with an earlier time says how the figure before it changed.
    static func isOnlyComparison(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let range = onlyPart(index, of: subjects), range.count >= 3, range.count <= 12 else { return false }
        let words = s[range]
        let first = words[words.startIndex]
        var position = words.startIndex + 1
        if first == "是" || first == "为" {
            // 是上年的: an earlier time and 的, nothing else.
            guard let time = earlierTimes.prefix(of: words[position...]) else { return false }
            position += earlierTimes.scalars[time].count
            return position == words.endIndex || position + 1 == words.endIndex && words[position] == "的"
        }
        guard first == "比" || first == "较" else { return false }
        if let time = earlierTimes.prefix(of: words[position...]) {
            position += earlierTimes.scalars[time].count
        } else {
            // A year (比2020年), maybe its end (末, 底).
            let digits = position
            while position < words.endIndex, NumberReader.digit(words[position]) != nil { position += 1 }
            guard position - digits == 4, position < words.endIndex, words[position] == "年" else { return false }
            position += 1
            if position < words.endIndex, words[position] == "末" || words[position] == "底" { position += 1 }
        }
        return position == words.endIndex || changesOfComparison.prefix(of: words[position...]).map {
            position + changesOfComparison.scalars[$0].count == words.endIndex
        } ?? false
    }

    /// Earlier times a figure is compared with.
    private static let earlierTimes = WordList(["上年同期", "上年末", "上年底", "上年", "去年同期", "去年", "年初", "同期"])
    /// Verbs of a change from an earlier time (比上年末增加, 较2020年提高).
    private static let changesOfComparison = WordList(["增加", "提高", "增长", "下降", "减少", "降低", "前移", "上升", "扩大",
                                                       "缩小", "提升", "前进", "增多", "多", "少", "高", "低"])

    /// `新增高新技术企业超过6000家，总数达7.5万家`: a total with no name of its own is the total
    /// of what the figure before it counts.
    static func isOnlyTotal(_ index: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let range = onlyPart(index, of: subjects) else { return false }
        return isOne(of: totalWords, s[range])
    }

    private static let totalWords = ["总数", "总量", "总计"].map { Array($0.unicodeScalars) }

    /// A share of a whole with nothing of its own (占全国九成).
    static let sharesOfWhole = ["占全国", "占全省", "占全市", "占全区", "占全州", "占全县", "占全球", "占全国的", "占全省的"]
        .map { Array($0.unicodeScalars) }

    /// The verb of adding or building that opens `range` of `s` (新增, 新建, 开工改造 …), or nil.
    static func addingVerb(opening range: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard let first = range.first.map({ s[$0] }), addingVerbFirsts.contains(first) else { return nil }
        for verb in addingVerbs where verb.count < range.count && Text.matches(verb, in: s, at: range.lowerBound) {
            return range.lowerBound..<(range.lowerBound + verb.count)
        }
        return nil
    }

    static let addingVerbs = ["开工改造", "新认定", "新培育", "新开工", "新开通", "新改建", "新引进", "新设立", "新登记", "新增", "净增", "新建成", "新建", "改造",
                               // (建成养老服务中心520个、幸福院900个.)
                               "建成", "新创建", "创建"]
        .map { Array($0.unicodeScalars) }
    static let addingVerbFirsts = Set(addingVerbs.compactMap(\.first))

    /// Whether `name` counts a stock, a total or who benefits (累计…, 全市公园总数, 总里程,
    /// 惠及居民), or is a measure alone (产值): no new items of the verb before it.
    /// (Nor a name with a verb of its own first: 建成中小学校舍, 改扩建幼儿园; nor jobs, which
    /// are counted as they are found: 再就业, 转移就业.)
    static func isStockOrMeasure(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        if name.contains("总") || isBareMeasure(name) || Text.contains(jobsWord, in: name) || Text.contains(balanceWord, in: name) { return true }
        return stockOpenings.contains { name.starts(with: $0) } || ownVerbOpenings.contains { name.starts(with: $0) }
    }

    static let jobsWord = Array("就业".unicodeScalars)
    static let balanceWord = Array("余额".unicodeScalars)

    /// Openings of a stock, a total or who benefits.
    static let stockOpenings = ["累计", "全市", "全省", "全区", "全县", "惠及", "其中", "受益"].map { Array($0.unicodeScalars) }
    /// Verbs a listed noun may open with that are its own (建成, 改扩建, 发放 …).
    static let ownVerbOpenings = ["建成", "改扩建", "改建", "扩建", "新改建", "提升", "实施", "开工", "完成", "发放", "为", "带动"]
        .map { Array($0.unicodeScalars) }

    /// Whether a figure counts items (with a measure word: 家, 个, 所) or an amount of a work
    /// (公里, 万千瓦, 万吨/日): what a verb of adding before a list adds. Not money or land,
    /// which measure more than new items (缓缴社保费50亿元, 盐碱地改良100万亩).
    static func countsItems(_ candidate: Candidate) -> Bool {
        guard let unit = candidate.unit else { return false }
        if unit.category == .measure { return true }
        guard unit.category == .physical else { return false }
        return !notAdded.contains(unit.base.normalized)
    }

    /// Units of money and land.
    static let notAdded: Set<String> = ["元", "美元", "亩", "平方米", "平方公里", "公顷"]

    /// The one run of the paragraph the i-th subject is, if it is one.
    static func onlyPart(_ index: Int, of subjects: Assignment) -> Range<Int>? {
        let pieces = subjects[index]
        guard pieces.count == 1, case .part(let range) = pieces[pieces.startIndex] else { return nil }
        return range
    }

    /// Whether `scalars` are one of `words`; length and first scalar are compared before the
    /// rest (most texts asked about are none of them).
    static func isOne(of words: [[Unicode.Scalar]], _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first else { return false }
        return words.contains { $0.count == scalars.count && $0[0] == first && $0.elementsEqual(scalars) }
    }

    /// True when every scalar of `pieces` is a character of its own.
    private static func isOwnCharacters(_ pieces: ArraySlice<Piece>, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        for piece in pieces {
            switch piece {
            case .part(let range): if !s[range].allSatisfy(Text.isOwnCharacter) { return false }
            case .closingQuote: continue
            case .text(let text): if !text.unicodeScalars.allSatisfy(Text.isOwnCharacter) { return false }
            }
        }
        return true
    }

    /// The pieces of the i-th subject continuing the `source`-th (the one before it that is no
    /// rank): that subject without the bare cue it ends with (when it is longer than the cue),
    /// then its own. A comparison with an earlier time keeps the whole (`…占地区生产总值比重` +
    /// `较2020年提高`: the share rose, not the whole it is a share of); so does a change in
    /// points after a share (`keepsShare`: 民间投资占比34%、提高1.3个百分点).
    static func continued(_ index: Int, from source: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>,
                          keepsShare: Bool = false, buffer: inout [Unicode.Scalar]) -> [Piece] {
        let keepsCue = isOnlyComparison(index, of: subjects, in: s)
            || keepsShare && Self.endsWithShare(source, of: subjects, in: s)
        let previous = subjects[source]
        subjects.scalars(source, of: s, into: &buffer)
        var pieces: [Piece] = []
        if previous.allSatisfy({ $0 == .closingQuote || Self.isPart($0) }),
           buffer.allSatisfy(Text.isOwnCharacter) {
            // Characters are scalars: `hasSuffix` and `count` compare and count scalars.
            var cut = 0
            for cue in bareCueScalars where !keepsCue && buffer.count > cue.count && buffer.suffix(cue.count).elementsEqual(cue) {
                cut = cue.count
                break
            }
            // (地区生产总值从2020年的: the year a change starts from is no part of what it measures.)
            if cut == 0 { cut = Self.changeStartLength(buffer) }
            // The previous pieces without their last `cut` scalars.
            var kept = Array(previous)
            while cut > 0, let last = kept.last {
                switch last {
                case .part(let range) where range.count > cut:
                    kept[kept.count - 1] = .part(range.lowerBound..<range.upperBound - cut)
                    cut = 0
                case .part(let range):
                    kept.removeLast()
                    cut -= range.count
                default:
                    kept.removeLast()
                    cut -= 1
                }
            }
            pieces = kept
        } else {
            var base = Text.string(buffer)
            for cue in bareCueWords where !keepsCue && base.hasSuffix(cue) && base.count > cue.count {
                base.removeLast(cue.count)
                break
            }
            if !base.isEmpty { pieces.append(.text(base)) }
        }
        // A streak's own 连续 says how long, not what: `耕地面积连续4年` is 耕地面积's.
        if !pieces.isEmpty, let own = onlyPart(index, of: subjects), s[own].elementsEqual(Self.streakScalars) { return pieces }
        // So does a linking word alone (`突破9万亿元，达9.01万亿元`: 达 links, it is not measured);
        // not 累计 or 共计, which say the figure is a total (新增200万亩，累计达5000万亩).
        if !pieces.isEmpty, isOnlyChangeToYear(index, of: subjects, in: s) { return pieces }
        if !pieces.isEmpty, isOnlyLinkingWord(index, of: subjects, in: s),
           let own = onlyPart(index, of: subjects), !(own.count >= 2 && (s[own.lowerBound] == "累" || s[own.lowerBound] == "共")) {
            return pieces
        }
        // A total of a measure is the measure (`进出口总额增长6%，总量居全国首位`).
        if case .part(let last)? = pieces.last, isOnlyTotal(index, of: subjects, in: s), measureHeads.suffix(of: s[last]) != nil { return pieces }
        pieces += subjects[index]
        return pieces
    }

    private static let streakScalars: [Unicode.Scalar] = ["连", "续"]

    /// Whether the i-th subject is only the noun right after its figure (两个台阶: 台阶).
    static func namedByNounAfter(_ index: Int, of subjects: Assignment, candidate: Candidate) -> Bool {
        guard let range = onlyPart(index, of: subjects) else { return false }
        return range.lowerBound >= candidate.range.upperBound
    }

    private static let startOpeners: Set<Unicode.Scalar> = ["由", "从"]

    /// The length of `由2020年的`, `从2020年` that `scalars` end with (and leave something before), or 0.
    static func changeStartLength(_ scalars: [Unicode.Scalar]) -> Int {
        // (Only 由 and 从, the words a change starts from.)
        var end = scalars.count
        if end > 0, scalars[end - 1] == "的" { end -= 1 }
        guard end >= 7, let from = MeaningRules.yearCountedFrom(scalars[..<end], openers: startOpeners) else { return 0 }
        return scalars.count - from
    }

    private static func isPart(_ piece: Piece) -> Bool {
        if case .part = piece { return true }
        return false
    }

    /// Figures separated only by a list mark belong to one list.
    static func joinedByListMark(_ s: ArraySlice<Unicode.Scalar>, _ end: Int, _ nextStart: Int) -> Bool {
        // `分别提高到每人每月820元、每人每年6000元`: a rate's denominator after the mark is the
        // next figure's unit, not words of its own.
        if nextStart - end > 2, nextStart - end <= 5, s[end] == "、", isOne(of: paymentRates, s[(end + 1)..<nextStart]) { return true }
        guard nextStart > end, nextStart - end <= 2 else { return false }
        let between = s[end..<nextStart]
        // One scalar that is a whole character: compared as it is, without building a string.
        if between.count == 1, let mark = between.first, Text.isOwnCharacter(mark) {
            // (The terms of a structure, 8.2:41.5:50.3, are read as figures only there.)
            return isListMark(mark) || QuantityScanner.isRatioColon(mark)
        }
        let text = Text.string(between)
        return ["、", "和", "及", "∶"].contains(text)
    }

    /// Whose and how often a standard is paid (每人每月220元): said before its figure, and
    /// trimmed from the end of a subject (`MeaningRules.linkingWords`).
    static let paymentRateWords = ["每人每月", "每人每年", "每户每年", "每户每月", "每月"]
    /// Those, and 每人, 每年 alone, as the words after a list mark that begin the next figure.
    static let paymentRates = (paymentRateWords + ["每人", "每年"]).map { Array($0.unicodeScalars) }

    /// True when `scalars` are a word that links a subject to its figure (`增至`, `提高到`) or
    /// says only how figures relate (`增长`).
    static func isLinkingVerb(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        isOne(of: linkingVerbScalars, scalars)
    }

    private static let linkingVerbScalars = (MeaningRules.linkingWords + bareCueWords).map { Array($0.unicodeScalars) }

    /// Verbs that may be all the words before an amount (`完成20万平方米旧住房成套改造`).
    static let bareVerbs = WordList(["完成", "实现", "建成", "新建", "新增", "累计完成", "全年完成", "实施", "开展", "发放", "培训",
                                    "整治", "修复", "改造", "治理", "完成了", "实现了", "建设", "推广", "落实", "争取", "引进",
                                    "提升", "改建", "扩建", "新改建", "改造提升", "铺设", "种植",
                                    // Money put to a purpose: 安排2000亿元资金, 增加6万亿元地方专项债务限额.
                                    "安排", "投入", "下达", "发行", "拨付", "筹集", "增加", "一次性增加",
                                    // (设立10亿元补偿基金, 筹措5亿元实施…工程, 兑现3亿元奖补资金.)
                                    "设立", "统筹", "筹措", "募集", "兑现", "减免"])

    /// Whether `words` are verbs of `bareVerbs` and nothing more: one, two written together
    /// (新建改建), or several joined by 和, 及 or 、 (新建和改造提升).
    static func isBareVerb(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !words.isEmpty, words.count <= 10 else { return false }
        var position = words.startIndex
        var verbs = 0
        while position < words.endIndex {
            if verbs > 0, words[position] == "和" || words[position] == "及" || words[position] == "、" {
                position += 1
                continue
            }
            // The longest verb that starts here.
            var longest = 0
            for verb in bareVerbs.scalars where verb.count > longest && verb[0] == words[position]
                && position + verb.count <= words.endIndex && Text.matches(verb, in: words, at: position) {
                longest = verb.count
            }
            guard longest > 0 else { return false }
            position += longest
            verbs += 1
        }
        return verbs > 0 && words.last != "和" && words.last != "、"
    }

    /// For a count written before its noun (`8个高水平实验试验平台`), the noun after it (from
    /// `figureEnd`) up to the clause's end: at most 24 characters, without a leading 的.
    /// `培育1个400亿级、3个100亿级产业名镇`: a noun `range` that is only a grade (ending in 级)
    /// before 、 grades the noun of the list's next item that names one (400亿级产业名镇).
    static func gradedNoun(_ range: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> Piece {
        guard range.upperBound < s.endIndex, s[range.upperBound] == "、",
              let shared = nounAfterGrades(from: range.upperBound + 1, in: s) else { return .part(range) }
        return .text(Text.string(s[range]) + Text.string(s[shared]))
    }

    /// The noun after the first 级 from `start` that is not one more grade of the list (not
    /// before 、) up to its clause's end, 和 or 及 (`3个100亿级产业名镇`: 产业名镇; not the
    /// 龙头企业 of `5个百亿级产业集群和10个十亿级龙头企业`), when it is at least two characters.
    private static func nounAfterGrades(from start: Int, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var position = start
        while position < s.endIndex, position - start < 48, !endsGradedList(s[position]) {
            if s[position] == "级", position + 1 < s.endIndex, s[position + 1] != "、" {
                var end = position + 1
                while end < s.endIndex, s[end].isIdeograph, s[end] != "和", s[end] != "及" { end += 1 }
                return end - position > 2 ? (position + 1)..<end : nil
            }
            position += 1
        }
        return nil
    }

    private static func endsGradedList(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "；", ",", ";", "！", "？": true
        default: false
        }
    }

    /// Words that open what a figure measures, after the thing it is of (增加值 of 产业链增加值).
    static let measureOpenings = WordList(["增加值", "营业收入", "主营业务收入", "产值", "产量", "总产值", "利润", "生产总值", "地区生产总值", "GDP"])

    /// Where, after at least two characters of a noun, one of `measureOpenings` begins in
    /// `words` (all of them characters of their own).
    static func measureStart(in words: ArraySlice<Unicode.Scalar>) -> Int? {
        guard words.count >= 4 else { return nil }
        var position = words.startIndex + 2
        while position < words.endIndex - 1 {
            if measureOpenings.mayStart(with: words[position]), measureOpenings.prefix(of: words[position...]) != nil { return position }
            position += 1
        }
        return nil
    }

    static func followingNoun(after figureEnd: Int, in s: ArraySlice<Unicode.Scalar>, nextStart: Int?) -> Piece {
        var start = figureEnd
        let limit = min(nextStart ?? s.endIndex, s.endIndex)
        // `2.5万套（间）城市危旧房`: a measure word in brackets right after the figure is another
        // way to count it, not the noun.
        if let close = shortBracket(at: start, in: s, limit: limit), close - start <= 3,
           UnitLexicon.unit(in: s, at: start + 1)?.category == .measure {
            start = close
        }
        var end = start
        while end < limit {
            // `16个县（市、区）整县建成美丽乡村`: the kinds in brackets after a noun are the noun's.
            if end > start, let close = shortBracket(at: end, in: s, limit: limit) {
                end = close
                continue
            }
            if Clauses.isBoundary(s[end]) {
                // `20000名视力、听力、肢体、智力等残疾儿童`: kinds listed up to 等 and the noun they
                // are kinds of are one noun.
                if s[end] == "、", let kinds = kindsListEnd(from: end, in: s, limit: limit) { end = kinds; continue }
                break
            }
            end += 1
        }
        // `40个吸引力强、特色鲜明的消费场景`: qualities listed before 的 describe the noun after it.
        if let described = describedNoun(from: start, to: end, in: s, limit: limit) { return .part(described) }
        // `8家国家级企业和20个智慧园区`: the 和 before the next figure joins, it is not the noun's.
        if end == nextStart, end > start, s[end - 1] == "和" || s[end - 1] == "及" { end -= 1 }
        // `116个国家和地区近6000名运动员`: the next figure's qualifier is not this one's noun.
        let runsIntoNext = end == nextStart && end > start
        if runsIntoNext, end > start + 1, let word = MeaningRules.leadingWords.suffix(of: s[(start + 1)..<end]) {
            let written = MeaningRules.leadingWords.scalars[word]
            if written.count > 1 || !MeaningRules.endsAnotherWord(written[0], after: s[end - 2]) { end -= written.count }
        }
        // `66个粮食产能提升重点县和豫东平原200万亩…`: a noun that runs into the next figure ends
        // at the 和 or 及 that begins the next one's words (a 、 already ended the clause).
        if runsIntoNext, end > start, s[start..<end].allSatisfy(Text.isOwnCharacter) {
            let joint = lastJoint(in: s[start..<end])
            // (Only where the words after it can be a noun of their own: not 国家和地区近.)
            if let joint, joint.lowerBound > start + 1, end - joint.upperBound >= 4 { end = joint.lowerBound }
        }
        // `12条重点产业链增加值占…达到79.3%`, `24条重点产业链营业收入由…`: a noun that runs into the
        // next figure ends where what the next figure measures begins (重点产业链).
        if runsIntoNext, let measure = measureStart(in: s[start..<end]) { end = measure }
        let following = s[start..<end]
        // Where every scalar is a character of its own, characters are scalars: no string needed.
        if following.allSatisfy(Text.isOwnCharacter) {
            var noun = following
            if noun.first == "的" { noun = noun.dropFirst() }
            if noun.count > 24 { noun = noun.prefix(24) }
            // `从689万户增至951万户`: a verb up to the next figure is no noun.
            if noun.count <= 5, Self.isLinkingVerb(noun) { return .part(noun.startIndex..<noun.startIndex) }
            // (Nor a verb and the year it reached: 从2020年的5.3万家增加到2024年的7.5万家.)
            if noun.count >= 7, noun.count <= 12, MetricExtractor.onlyChangesTowards(noun) { return .part(noun.startIndex..<noun.startIndex) }
            return .part(noun.startIndex..<noun.endIndex)
        }
        var noun = Text.string(following)
        if noun.hasPrefix("的") { noun.removeFirst() }
        if noun.count > 24 { noun = String(noun.prefix(24)) }
        return .text(noun)
    }

    /// Where the noun after a list of kinds ends (`、听力、肢体、智力等残疾儿童`): from the 、 at
    /// `mark`, items of at most eight characters joined by 、, then 等 and a noun of two or more
    /// characters up to the clause's end (before `limit`); nil when the list is anything else.
    static func kindsListEnd(from mark: Int, in s: ArraySlice<Unicode.Scalar>, limit: Int) -> Int? {
        var position = mark + 1
        var item = 0
        while position < limit {
            let scalar = s[position]
            if scalar == "、" {
                guard item >= 1, item <= 8 else { return nil }
                item = 0
            } else if scalar == "等" {
                guard item >= 1, item <= 8 else { return nil }
                var end = position + 1
                while end < limit, !Clauses.isBoundary(s[end]) { end += 1 }
                return end - position > 2 ? end : nil
            } else if !scalar.isIdeograph {
                return nil
            } else {
                item += 1
            }
            position += 1
        }
        return nil
    }

    /// Where a short bracket opened at `position` closes (the index after `）`): at most six
    /// scalars inside, none of them a mark that ends a clause or a sentence (`（市、区）`, `（间）`).
    static func shortBracket(at position: Int, in s: ArraySlice<Unicode.Scalar>, limit: Int) -> Int? {
        guard position < limit, s[position] == "（" || s[position] == "(" else { return nil }
        var cursor = position + 1
        while cursor < limit, cursor - position <= 7 {
            switch s[cursor] {
            case "）", ")": return cursor > position + 1 ? cursor + 1 : nil
            case "，", "。", "；", "：", "（", "(": return nil
            default: cursor += 1
            }
        }
        return nil
    }
}
