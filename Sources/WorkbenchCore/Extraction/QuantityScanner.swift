import WorkbenchSDK

/// Finds the figures of one paragraph by their form: a number (digits or Chinese numerals), an
/// optional range end, 余/多, a multiplier, a unit and trailing qualifiers; plus rank words and
/// 正增长. What only looks like a figure (years, dates, ordinals, grades, codes, names in quotes,
/// slogans from the lexicon, thresholds such as `50万千瓦以上机组`) is passed over.
struct QuantityScanner {
    let lexicon: SloganLexicon
    /// What `ScanMarks` marks for this scanner: figure starters, the lexicon's slogan starters
    /// and quotation marks.
    let marksTable: [UInt64]

    init(lexicon: SloganLexicon) {
        self.lexicon = lexicon
        marksTable = ScanMarks.table(figures: Self.starters, slogans: lexicon.starters)
    }

    /// Arrays a scan fills for one paragraph, kept from paragraph to paragraph so that their
    /// storage is allocated once a report, not once a paragraph each.
    struct Scratch {
        /// The paragraph's candidates, the scan's result.
        var candidates: [Candidate] = []
        var slogans: [Range<Int>] = []
        var quotations: [Range<Int>] = []
    }

    /// The candidates of a paragraph. `marks` are its `ScanMarks` with this scanner's lexicon,
    /// when the caller has them.
    func scan(_ scalars: [Unicode.Scalar], marks given: [Int32]? = nil) -> [Candidate] {
        var scratch = Scratch()
        scan(scalars, marks: given, into: &scratch)
        return scratch.candidates
    }

    /// `scan`, into `scratch.candidates` (emptied first).
    func scan(_ scalars: [Unicode.Scalar], marks given: [Int32]?, into scratch: inout Scratch) {
        let text = scalars[...]
        let starters = Self.starters
        // The positions each step below looks at, found in one pass over the paragraph.
        let marks = given ?? ScanMarks.positions(in: scalars, table: marksTable)
        // Slogans' ranges, in order and apart: a mark inside one is passed over (most
        // paragraphs have none).
        lexicon.ranges(in: scalars, at: marks, into: &scratch.slogans)
        var slogan = 0
        // Few and short: a number's position is looked up in them (only numbers ask).
        Self.shortQuotes(scalars, at: marks, into: &scratch.quotations)
        scratch.candidates.removeAll(keepingCapacity: true)
        // Where scanning goes on: positions before it were read as part of a figure or word.
        var index = 0
        for mark in marks {
            let position = Int(mark)
            // Only scalars that can start a figure or rank word (the marks include slogans' and
            // quotation marks).
            let value = scalars[position].value
            guard position >= index, value < 0x10000, starters[Int(value >> 6)] & 1 << UInt64(value & 63) != 0 else { continue }
            while slogan < scratch.slogans.count, scratch.slogans[slogan].upperBound <= position { slogan += 1 }
            if slogan < scratch.slogans.count, scratch.slogans[slogan].lowerBound <= position { continue }
            index = position
            if let rank = RankWords.match(text, at: index) {
                // “跨入第一方阵”总目标: a rank inside a short quoted name is part of it.
                if scratch.quotations.contains(where: { $0.contains(index) }) {
                    index = rank.range.upperBound
                    continue
                }
                scratch.candidates.append(rank)
                index = rank.range.upperBound
                continue
            }
            if WordFigures.mayStart(text, at: index), var figure = WordFigures.match(text, at: index) {
                // 一半以上, 三分之二左右.
                let end = figure.range.upperBound
                if let found = Self.trailingQualifierWords.prefix(of: text[min(end, text.endIndex)...]) {
                    figure.qualifier = Self.trailingQualifiers[found].1
                    figure.range = figure.range.lowerBound..<(end + Self.trailingQualifierWords.scalars[found].count)
                }
                scratch.candidates.append(figure)
                index = figure.range.upperBound
                continue
            }
            switch number(text, at: index, quotations: scratch.quotations) {
            case .nothing:
                index += 1
            case .passed(let end):
                index = max(end, index + 1)
            case .figure(let figure, let end):
                scratch.candidates.append(figure)
                index = max(end, index + 1)
            }
        }
        Self.dropRankingFields(in: text, from: &scratch.candidates)
    }

    /// `居9个国家中心城市首位`, `在全国168个城市中排名第10`: a count inside the field a rank is
    /// held in says how many were ranked; it is no figure of its own.
    static func dropRankingFields(in s: ArraySlice<Unicode.Scalar>, from candidates: inout [Candidate]) {
        guard candidates.count > 1 else { return }
        var index = candidates.count - 2
        while index >= 0 {
            let count = candidates[index]
            let next = candidates[index + 1]
            let between = s[min(count.range.upperBound, next.range.lowerBound)..<next.range.lowerBound]
            // (在3个领域走在全国前列: a count of fields that are at the front, not of those ranked.)
            let ranked = between.contains("中") || between.contains("之") || next.rule.form == .rankTop || next.rule.form == .rankOrdinal
            if count.unit?.category == .measure, next.kind == .rank, next.range.lowerBound - count.range.upperBound <= 14,
               !between.contains(where: Clauses.isBoundary), ranked,
               RankWords.opensRankingField(s, before: count.range.lowerBound) {
                candidates.remove(at: index)
            }
            index -= 1
        }
    }

    /// The scalars a figure or rank word can start with (digits, Chinese numerals, 正 第 前 首 榜 翻),
    /// one bit each over the Basic Multilingual Plane, where all of them lie: one test per
    /// scalar of the report instead of a chain of comparisons.
    static let starters: [UInt64] = {
        var bits = Text.filled(UInt64(0), count: 0x10000 / 64)
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if NumberReader.digit(scalar) != nil || NumberReader.isChineseNumeral(scalar)
                || scalar == "正" || scalar == "第" || scalar == "前" || scalar == "首" || scalar == "榜" || scalar == "翻" {
                bits[Int(value >> 6)] |= 1 << UInt64(value & 63)
            }
        }
        return bits
    }()

    /// Ranges of short quoted names (`“十四五”`, `“1+N”`, `“五个一工程”`): figures inside them are
    /// part of a name. Only `positions` (in order) are read: they hold every quotation mark of
    /// the paragraph (`ScanMarks`).
    static func shortQuotes(_ scalars: [Unicode.Scalar], at positions: [Int32]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        shortQuotes(scalars, at: positions, into: &ranges)
        return ranges
    }

    /// `shortQuotes`, into `ranges` (emptied first).
    static func shortQuotes(_ scalars: [Unicode.Scalar], at positions: [Int32], into ranges: inout [Range<Int>]) {
        ranges.removeAll(keepingCapacity: true)
        var open: Int?
        scalars.withUnsafeBufferPointer { scalars in
            for mark in positions {
                let index = Int(mark)
                let scalar = scalars[index]
                // “ and ” (U+201C, U+201D), 「 and 」 (U+300C, U+300D): with the last bit set,
                // U+201D or U+300D.
                let paired = scalar.value | 1
                guard paired == 0x201D || paired == 0x300D else { continue }
                if scalar == "“" || scalar == "「" { open = index }
                if (scalar == "”" || scalar == "」"), let start = open {
                    if index - start <= 13 { ranges.append(start..<(index + 1)) }
                    open = nil
                }
            }
        }
    }

    /// What `number` read at a position. (A nominal enum: an optional tuple holding an optional
    /// candidate was copied and destroyed through the runtime's generic tuple witnesses.)
    private enum Reading {
        /// No number starts here.
        case nothing
        /// A number that is no figure; scanning goes on at `end`.
        case passed(end: Int)
        case figure(Candidate, end: Int)
    }

    /// A number at `index`: a figure when it is a quantity, and where scanning goes on.
    private func number(_ s: ArraySlice<Unicode.Scalar>, at index: Int, quotations: [Range<Int>]) -> Reading {
        let previous: Unicode.Scalar? = index > s.startIndex ? s[index - 1] : nil
        let isArabic = NumberReader.digit(s[index]) != nil
        if isArabic, let previous, Self.isCodeNeighbour(previous) || previous == "." || previous == "．" { return .nothing }
        if !isArabic, let previous, NumberReader.isChineseNumeral(previous) { return .nothing }
        // `10.36百亿亿次/秒`: a numeral right after digits belongs to their number.
        if !isArabic, let previous, NumberReader.digit(previous) != nil { return .nothing }
        guard let first = NumberReader.read(s, at: index) else { return .nothing }
        var end = first.end
        // Ordinals (第十四届, 第三次) are never quantities; 全国第一 is taken by RankWords.
        if previous == "第" || previous.map(Self.isSpace) == true && index - 2 >= s.startIndex && s[index - 2] == "第" {
            return .passed(end: end)
        }
        if quotations.contains(where: { $0.contains(index) }) { return .passed(end: end) }
        // 每千人口, 每10万人: a number after 每 is a rate's denominator; 劣五类水体 is a grade.
        if previous == "每" || previous == "劣" { return .passed(end: end) }
        if end < s.endIndex, Self.isCodeNeighbour(s[end]) && !UnitLexicon.latinUnit(in: s, at: end) || s[end] == "+" || previous == "+" {
            var skip = end
            while skip < s.endIndex, Self.isCodeNeighbour(s[skip]) || NumberReader.digit(s[skip]) != nil || s[skip] == "+" { skip += 1 }
            return .passed(end: skip)
        }
        if Self.isDate(s, number: first, from: index) { return .passed(end: end) }

        // `6490.3 亿元`, `2.47 万家`: copies of printed pages put a space between the number and
        // what follows it; the figure is the same (and `万亿元` alone would read as one trillion).
        // (`附件 2 名词解释` numbers an annex.)
        if isArabic, end + 1 < s.endIndex, Self.isSpace(s[end]),
           UnitLexicon.multiplier(in: s, at: end + 1) != nil || UnitLexicon.unit(in: s, at: end + 1) != nil,
           !Self.isAnnexNumber(s, at: index) {
            end += 1
        }
        var candidate = Candidate(range: index..<end, value: first.value, rule: .init(isArabic ? .digits : .chineseNumerals))
        // 160余万人, 300多家: the qualifier stands between number and unit.
        if end < s.endIndex, s[end] == "余" || s[end] == "多", end + 1 < s.endIndex,
           UnitLexicon.unit(in: s, at: end + 1) != nil || UnitLexicon.multiplier(in: s, at: end + 1) != nil {
            candidate.qualifier = .moreThan
            end += 1
        }
        if let multiplier = UnitLexicon.multiplier(in: s, at: end) {
            candidate.multiplier = multiplier
            candidate.factor = multiplier.factor
            end += multiplier.length
        }
        // 5万余个, 3万多场次: the qualifier may also follow the multiplier.
        if candidate.multiplier != nil, candidate.qualifier == nil, end + 1 < s.endIndex, s[end] == "余" || s[end] == "多",
           UnitLexicon.unit(in: s, at: end + 1) != nil {
            candidate.qualifier = .moreThan
            end += 1
        }
        candidate.unit = UnitLexicon.unit(in: s, at: end)
        // 1亿人民医院建设资金: 人 of 人民医院 is no unit.
        if candidate.unit?.is(.person) == true, end + 2 < s.endIndex, s[end + 1] == "民", Self.institutions.contains(s[end + 2]) {
            candidate.unit = nil
        }
        // 10万PV: letters after a Latin unit make a code.
        if candidate.unit != nil, Self.isCodeNeighbour(s[end]), !UnitLexicon.latinUnit(in: s, at: end) { candidate.unit = nil }
        if let unit = candidate.unit {
            end += unit.length
            // 近两年每年600亿元: a stretch of time before 每 says over what time, and 年每年 is no unit.
            if unit.category == .duration, end < s.endIndex, s[end] == "每" { return .passed(end: end) }
            // Compound units: 58万元/人, 0.6人/百亿元, 28.5微克每立方米.
            if let denominator = Self.denominator(s, at: end) {
                candidate.unit = UnitLexicon.Unit(entry: unit.entry, category: .physical, denominator: denominator)
                end = denominator.upperBound
            }
        }

        // A range: 1—2个, 4.5%—5%, 5%到6%.
        if end < s.endIndex, Self.isRangeMark(s[end]), end + 1 < s.endIndex,
           let second = NumberReader.read(s, at: end + 1), second.isChinese == first.isChinese {
            var after = second.end
            let multiplier = UnitLexicon.multiplier(in: s, at: after)
            if let multiplier { after += multiplier.length }
            let unit = UnitLexicon.unit(in: s, at: after)
            if let unit { after += unit.length }
            let sameUnit = unit != nil && (candidate.unit == nil || candidate.unit == unit)
                && (candidate.multiplier == nil || candidate.multiplier == multiplier)
            if sameUnit, second.value > first.value {
                candidate.valueHigh = second.value
                candidate.unit = unit
                if let multiplier { candidate.multiplier = multiplier; candidate.factor = multiplier.factor }
                candidate.rule.range = true
                end = after
            }
        }

        // `分别增长16.6、15.5个百分点`, `提高1个、0.2个百分点`: a unit written once, after the
        // last number of a list, is each number's.
        if isArabic, candidate.multiplier == nil, candidate.valueHigh == nil,
           candidate.unit == nil || candidate.unit?.is(.piece) == true,
           let (multiplier, unit) = Self.listUnit(s, after: end),
           candidate.unit == nil || unit.base.written.hasPrefix("个") && unit.base.length > 1 {
            candidate.unit = unit
            candidate.multiplier = multiplier
            candidate.factor = multiplier?.factor ?? 1
        }
        // 405万皖北群众, 14亿人民, 旅居人数超550万: 万 or 亿 with no unit, before a noun for people or
        // closing a clause about a number of people, counts people.
        // (The unit is not written: nothing is passed over for it, and what follows, a trailing
        // qualifier included, is read as after any unit.)
        if isArabic, candidate.unit == nil, candidate.multiplier != nil, !Self.spendsMoney(s, before: index) {
            if Self.namesPeople(s, after: end) {
                candidate.unit = Self.person
            } else if let unit = Self.closedHeadcount(s, number: index, end: end) {
                candidate.unit = unit
            }
        }
        guard let unit = candidate.unit else {
            // A bare number only counts as an index value: 两化融合指数达到92.
            if isArabic, candidate.multiplier == nil, Self.isIndexValue(s, at: index, end: end) {
                candidate.range = index..<end
                candidate.rule.indexValue = true
                return .figure(candidate, end: end)
            }
            return .passed(end: end)
        }
        if !isArabic {
            // 一 with a measure word is the indefinite article (一批, 一项); 一公里 is a slogan.
            // (一成 is a tenth: 提高一成; but 一成不变 is an idiom.)
            let tenth = unit.category == .tenths && !(end < s.endIndex && s[end] == "不")
            if first.value == 1, first.end > index, unit.category != .multiple, !tenth,
               !Self.hasDurationCue(s, before: index) || unit.category != .duration {
                return .passed(end: end)
            }
            // Counts that are part of a name: 五个“必须统筹”, “一带一路”八项行动, 三个一号旅游公路.
            if unit.category == .measure {
                let next: Unicode.Scalar? = end < s.endIndex ? s[end] : nil
                if previous == "”" || next == "“" || next.map({ NumberReader.isChineseNumeral($0) || NumberReader.digit($0) != nil }) == true {
                    return .passed(end: end)
                }
            }
        }
        if unit.category == .duration, unit.is(.year) || unit.is(.week) {
            // (11.7年 is no year of the calendar: 平均受教育年限提高到11.7年 measures schooling.)
            guard Self.hasDurationCue(s, before: index) || isArabic && unit.is(.year) && Candidate.isFraction(first.value)
                    || unit.is(.year) && Self.isStreakSince(s, after: end)
            else { return .passed(end: end) }
        }
        if unit.category == .rankPlace { candidate.kind = .rank }
        // 年满18岁, 满3岁即入园: an age that qualifies, not a figure.
        if unit.is(.age), previous == "满" { return .passed(end: end) }
        // 十个方面 / 10个方面, 分三个部分: how the speech is organised, not a figure.
        if unit.category == .measure, Self.has("方面", in: s, at: end) || Self.has("部分", in: s, at: end) { return .passed(end: end) }
        // 方 is cubic metres after digits (350亿方); 三方, 四方协议, 4方面 and 3.0方案 are no figures.
        if unit.is(.cubicMetre), !isArabic || end < s.endIndex && s[end].properties.isIdeographic && !Self.continuesFigure(s[end]) {
            return .passed(end: end)
        }
        // 三次产业, 二次供水: a numeral with 次 before a noun names it; 十一届九次全会 is a session.
        if unit.is(.times), !isArabic, Self.followsSession(s, at: index)
            || end < s.endIndex && s[end].properties.isIdeographic && !Self.continuesFigure(s[end]) {
            return .passed(end: end)
        }
        // 百万吨乙烯: a numeral with no digit, a multiplier and a noun after it names a scale
        // (十项重点民生实事, with no multiplier, is a count).
        if !isArabic, candidate.multiplier != nil || unit.category == .physical,
           !(s[index..<first.end].contains { Enumerators.digit($0) != nil }),
           end < s.endIndex, s[end].properties.isIdeographic, !Self.continuesFigure(s[end]) {
            return .passed(end: end)
        }
        // 四级三类: a count right after a grade is part of a name; 二轮延包 is the second round.
        if !isArabic, unit.category == .measure, previous == "级" || unit.is(.round) { return .passed(end: end) }

        // Trailing qualifiers.
        if end < s.endIndex, s[end] == "多" || s[end] == "余" {
            candidate.qualifier = candidate.qualifier ?? .moreThan
            end += 1
        }
        let conjoined = end < s.endIndex && s[end] == "及" && (Self.has("以上", in: s, at: end + 1) || Self.has("以下", in: s, at: end + 1))
        let qualifierStart = conjoined ? end + 1 : end
        if let found = Self.trailingQualifierWords.prefix(of: s[min(qualifierStart, s.endIndex)...]) {
            let qualifier = Self.trailingQualifiers[found].1
            candidate.qualifier = qualifier
            end = qualifierStart + Self.trailingQualifierWords.scalars[found].count
            // 50万千瓦以上机组, 150万吨以上的物流园区, 10万千瓦及以下燃煤机组: a size class, not a
            // figure (but 300个以上精品示范村 counts villages, and 覆盖85%以上县 is a share).
            var next = end
            if next < s.endIndex, s[next] == "的" { next += 1 }
            if qualifier != .approx, unit.category == .physical, next < s.endIndex, s[next].properties.isIdeographic {
                return .passed(end: end)
            }
            // 20户以上自然村, 300人以上企业: households or people that size a village or a firm.
            if qualifier != .approx, unit.is(.person) || unit.is(.household), next < s.endIndex, Self.sizedByPeople.prefix(of: s[next...]) != nil {
                return .passed(end: end)
            }
        }
        if candidate.qualifier == nil, unit.category == .duration, end < s.endIndex, s[end] == "内" {
            candidate.qualifier = .atMost
            end += 1
        }
        // 400亿级, 百万千瓦级: a scale label.
        if end < s.endIndex, s[end] == "级" { return .passed(end: end + 1) }
        // 公交与轨道50米内换乘比例, 15分钟内到达率: a bound inside the name of a rate defines it.
        if unit.category == .physical || unit.category == .duration, Self.definesRate(s, boundEnd: end) { return .passed(end: end) }
        // 0.1微克攻坚行动: a figure that names a campaign (but 开展12项专项行动 counts them).
        if unit.category != .measure, Self.namesCampaign(s, after: end) { return .passed(end: end) }
        candidate.range = index..<end
        // 增长-2.1%, 自然增长率为-1.5‰: a minus sign (not the dash of a range, 2021-2024年) is the value's.
        if isArabic, unit.category != .measure, candidate.valueHigh == nil, let previous, previous == "-" || previous == "－" || previous == "−",
           index - 2 < s.startIndex || NumberReader.digit(s[index - 2]) == nil && !Self.isCodeNeighbour(s[index - 2]) {
            candidate.value = candidate.value.map { -$0 }
            candidate.range = (index - 1)..<end
        }
        return .figure(candidate, end: end)
    }

    /// What a number of households or people may size (20户以上自然村, 300人以上企业).
    static let sizedByPeople = WordList(["自然村", "行政村", "村", "企业", "社区", "学校", "机构", "单位", "城市", "城镇", "县", "乡镇", "镇"])

    /// Nouns for people that say a figure's unit (人) when 万 or 亿 stands right before them.
    static let people = WordList(["群众", "人民", "儿女", "儿童", "婴幼儿", "人口", "农民", "居民", "职工", "学生", "老人",
                                  "游客", "市民", "村民", "青年", "人才", "患者", "妇女", "毕业生", "劳动力", "同胞",
                                  "乡亲", "父老", "考生", "师生", "员工", "人员", "残疾人", "老年人", "劳动者", "农牧民"])
    /// Words for a number of people or households, which a clause may close with the number
    /// alone, and the unit each counts in (冰雪运动参与人次超630万, 开户数近1800万).
    static let headcounts: [(word: String, unit: UnitLexicon.Unit)] = [("人数", person), ("人口", person),
                                                                      ("人次", UnitLexicon.unit(written: "人次")),
                                                                      ("户数", UnitLexicon.unit(written: "户"))]
    private static let headcountWords = WordList(headcounts.map(\.word))
    /// The unit 人, for people counted without it.
    static let person = UnitLexicon.unit(written: "人")

    /// Whether a noun for people follows `end`, maybe after a trailing qualifier (200万以上农民)
    /// and up to four Han characters that say whose (皖北群众, 异地务工人员): no numeral, no
    /// 的 (总投资5亿的市人民医院), and not 人民 of an institution (人民医院, 人民政府) or of 人民币.
    static func namesPeople(_ s: ArraySlice<Unicode.Scalar>, after end: Int) -> Bool {
        let start = afterQualifier(s, end)
        var position = start
        while position < s.endIndex, position - start <= 4 {
            if let word = people.prefix(of: s[position...]) {
                let after = position + people.scalars[word].count
                return !(people.words[word] == "人民" && after < s.endIndex && institutions.contains(s[after]))
            }
            guard s[position].properties.isIdeographic, s[position] != "的", !NumberReader.isChineseNumeral(s[position]),
                  helpVerbs.prefix(of: s[position...]) == nil else { return false }
            position += 1
        }
        return false
    }

    /// `end`, or past the trailing qualifier (以上, 左右…) that stands there.
    static func afterQualifier(_ s: ArraySlice<Unicode.Scalar>, _ end: Int) -> Int {
        trailingQualifierWords.prefix(of: s[min(end, s.endIndex)...]).map { end + trailingQualifierWords.scalars[$0].count } ?? end
    }

    /// Verbs for what money does for people (安排3000万帮助青年创业): the number before them is
    /// money, not people.
    static let helpVerbs = WordList(["支持", "帮助", "带动", "惠及", "用于", "服务", "奖励", "补助", "资助", "引进", "吸引",
                                     "培训", "扶持", "奖补", "救助", "慰问", "吸纳", "补贴", "新建", "建设", "保障", "改善",
                                     "表彰", "改造", "提升", "购买", "聘用"])

    /// Verbs that spend money, right before a number (投资1200万新建残疾人康复中心): the number
    /// is money, whatever noun for people follows.
    static let moneyVerbs = WordList(["投资", "投入", "拨付", "安排", "下达", "筹集", "奖励", "补助", "资助", "奖补", "补贴",
                                      "出资", "划拨", "支出", "统筹", "整合"])

    /// Whether one of `moneyVerbs` ends right before `index` (maybe before 了 or a qualifier).
    static func spendsMoney(_ s: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
        var end = index
        while end > s.startIndex, ["了", "超", "近", "约", "逾", "达"].contains(s[end - 1]), index - end < 2 { end -= 1 }
        return moneyVerbs.suffix(of: s[max(s.startIndex, end - 2)..<end]) != nil
    }

    /// What follows 人民 in the name of an institution or of money (人民医院, 人民政府, 人民币).
    static let institutions: Set<Unicode.Scalar> = ["医", "政", "法", "银", "币", "检", "代", "大", "广", "日", "公", "警", "武", "团"]

    /// The unit of a headcount when the number at `number` ends its clause at `end` (nothing, a
    /// trailing qualifier or punctuation after it) and the clause names a number of people or
    /// households in the eight scalars before it (旅居人数超550万, 旅居人数550万左右).
    static func closedHeadcount(_ s: ArraySlice<Unicode.Scalar>, number: Int, end: Int) -> UnitLexicon.Unit? {
        let end = afterQualifier(s, end)
        if end < s.endIndex, s[end].properties.isIdeographic || NumberReader.digit(s[end]) != nil { return nil }
        let before = s[max(s.startIndex, number - 8)..<number]
        let clause = before[((before.lastIndex { !$0.properties.isIdeographic && NumberReader.digit($0) == nil }).map { $0 + 1 } ?? before.startIndex)...]
        // The nearest word names what is counted (参保人数, not 人口 of an earlier word).
        var position = clause.endIndex
        while position > clause.startIndex {
            position -= 1
            if let word = headcountWords.prefix(of: clause[position...]) { return headcounts[word].unit }
        }
        return nil
    }

    /// Qualifiers written after a figure (built once: as a local it was allocated per number).
    static let trailingQualifiers: [(String, Candidate.Qualifier)] = [("左右", .approx), ("上下", .approx), ("以上", .atLeast),
                                                                  ("以下", .atMost), ("以内", .atMost)]
    /// Their words as scalars: the first of them that follows a figure is its qualifier.
    static let trailingQualifierWords = WordList(trailingQualifiers.map(\.0))

    /// The denominator of a compound unit after `/` or `每` (`/人`, `/百亿元`, `每立方米`): where
    /// it is written, without the mark.
    static func denominator(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Range<Int>? {
        guard index + 1 < s.endIndex, s[index] == "/" || s[index] == "每" else { return nil }
        var cursor = index + 1
        // Per unit of time (30万吨/日, 600立方米/秒): these are no units of their own.
        if s[index] == "/", Self.isTimeDenominator(s[cursor]) { return cursor..<(cursor + 1) }
        // An optional multiplier written in Chinese numerals (百亿元, 万人).
        while cursor < s.endIndex, NumberReader.chineseUnit(s[cursor]) != nil { cursor += 1 }
        guard let unit = UnitLexicon.unit(in: s, at: cursor) else { return nil }
        return (index + 1)..<(cursor + unit.length)
    }

    static func isTimeDenominator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "日", "秒", "时", "月", "周": return true
        default: return false
        }
    }

    /// Whether the number at `index` follows 附件, 附表 or 附录 (and maybe a space): it numbers an annex.
    static func isAnnexNumber(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        let end = index > s.startIndex && isSpace(s[index - 1]) ? index - 1 : index
        guard end - 2 >= s.startIndex, s[end - 2] == "附" else { return false }
        return s[end - 1] == "件" || s[end - 1] == "表" || s[end - 1] == "录"
    }

    /// The multiplier and unit of the next number of a list (after 、 or 和 at `index`), when it
    /// has a unit.
    static func listUnit(_ s: ArraySlice<Unicode.Scalar>, after index: Int) -> (UnitLexicon.Multiplier?, UnitLexicon.Unit)? {
        guard index >= s.startIndex, index + 1 < s.endIndex, s[index] == "、" || s[index] == "和",
              NumberReader.digit(s[index + 1]) != nil, let next = NumberReader.read(s, at: index + 1), !next.isChinese else { return nil }
        var end = next.end
        let multiplier = UnitLexicon.multiplier(in: s, at: end)
        if let multiplier { end += multiplier.length }
        guard let unit = UnitLexicon.unit(in: s, at: end), unit.denominator == nil else { return nil }
        return (multiplier, unit)
    }

    /// Whether the numeral at `index` numbers a session: 届 before it, or before the list of
    /// sessions it ends (`五届六次、七次、八次全会`).
    static func followsSession(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        var position = index - 1
        while position >= s.startIndex, index - position <= 24,
              NumberReader.isChineseNumeral(s[position]) || s[position] == "次" || s[position] == "、" {
            position -= 1
        }
        return position >= s.startIndex && s[position] == "届"
    }

    /// A space inside a line: ASCII, no-break or ideographic.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{3000}"
    }

    /// Marks between the two ends of a range (`1—2个`, `5%到6%`).
    static func isRangeMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "—", "－", "-", "~", "～", "至", "到": return true
        default: return false
        }
    }

    /// Ideographs that may follow a numeral's unit without making it part of a name
    /// (`百万吨以上`, `十项内`).
    static func continuesFigure(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "的", "以", "左", "余", "多", "内": return true
        default: return false
        }
    }

    /// An ASCII letter (the ASCII scalars that are alphabetic), tested by value: the Unicode
    /// property lookup was half the cost of this test, asked twice for every number.
    static func isCodeNeighbour(_ scalar: Unicode.Scalar) -> Bool {
        let folded = scalar.value | 0x20
        return scalar.value < 0x80 && folded >= 0x61 && folded <= 0x7A
    }

    static func has(_ word: String, in s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        Text.matches(word.unicodeScalars, in: s, at: index)
    }

    /// Years (2024年, 二〇二五年), months, days, quarters and numbered codes (1号线).
    static func isDate(_ s: ArraySlice<Unicode.Scalar>, number: NumberReader.Number, from start: Int) -> Bool {
        var after = number.end
        while after < s.endIndex, s[after] == " " { after += 1 }
        guard after < s.endIndex else { return false }
        let next = s[after]
        let digits = number.end - start
        if next == "年" {
            let yearLike = (1900...2199).contains(number.value) && number.value == number.value.rounded()
            return yearLike && (digits == 4 || number.isChinese && digits == 4)
        }
        if next == "月" || next == "日" || next == "号" || next == "时" || next == "点" { return true }
        if has("季度", in: s, at: after) { return true }
        return false
    }

    /// Words right before a number of years that make it a duration (提前一年, 历时7年, 连续11年).
    static let durationCues = ["提前", "历时", "连续", "用了", "时隔", "长达", "持续", "整整", "延长"]
    private static let durationCueWords = WordList(durationCues)

    static func hasDurationCue(_ s: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
        // `连续 31 年`: a space of a printed page's copy may stand between cue and number.
        let index = index > s.startIndex && isSpace(s[index - 1]) ? index - 1 : index
        let from = max(s.startIndex, index - 3)
        let before = s[from..<index]
        // Where every scalar is a character of its own (the cues' are), a suffix of scalars is a
        // suffix of characters: one look at the last scalar instead of a test per cue.
        guard before.allSatisfy(Text.isOwnCharacter) else { return durationCues.contains { Text.hasSuffix(before, $0) } }
        return durationCueWords.suffix(of: before) != nil
    }

    /// Whether a figure that ends at `boundEnd` with a bound (内, 以内, 以上, 以下) is followed, in
    /// the same run of characters, by the noun of a rate (比例, 率, 占比).
    static func definesRate(_ s: ArraySlice<Unicode.Scalar>, boundEnd: Int) -> Bool {
        var position = boundEnd
        if position < s.endIndex, s[position] == "内" {
            position += 1
        } else if boundEnd == s.startIndex || !["内", "上", "下"].contains(s[boundEnd - 1]) {
            return false
        }
        let boundEnd = position
        while position < min(s.endIndex, boundEnd + 10), s[position].properties.isIdeographic {
            // (Not 率先, first to do something.)
            if s[position] == "率", position + 1 >= s.endIndex || s[position + 1] != "先" { return true }
            if rateNouns.prefix(of: s[position...]) != nil { return true }
            position += 1
        }
        return false
    }

    private static let rateNouns = WordList(["比例", "占比", "比重"])

    /// Whether a campaign's name follows a figure (0.1微克攻坚行动).
    static func namesCampaign(_ s: ArraySlice<Unicode.Scalar>, after end: Int) -> Bool {
        end < s.endIndex && (s[end] == "攻" || s[end] == "行" || s[end] == "专") && campaigns.prefix(of: s[end...]) != nil
    }

    private static let campaigns = WordList(["攻坚行动", "攻坚战", "行动计划", "专项行动"])

    /// `14年来首次`, `30年来最高`: how long since it last happened, a streak (`一年来` alone opens a
    /// review and is no figure).
    static func isStreakSince(_ s: ArraySlice<Unicode.Scalar>, after end: Int) -> Bool {
        guard end < s.endIndex, s[end] == "来" else { return false }
        return sinceWords.prefix(of: s[(end + 1)...]) != nil
    }

    private static let sinceWords = WordList(["首次", "首度", "最高", "最低", "最大", "最多", "最少", "最好", "最快", "新高", "新低"])

    private static let indexWord = Array("指数".unicodeScalars)

    /// A bare number that is an index's value: `指数` earlier in the clause, the number ends it.
    static func isIndexValue(_ s: ArraySlice<Unicode.Scalar>, at index: Int, end: Int) -> Bool {
        // (道路交通指数从6.32下降至6.08: the value a change starts from is one too.)
        guard end >= s.endIndex || Clauses.isBoundary(s[end])
                || index > s.startIndex && s[index - 1] == "从" && MetricExtractor.towards.prefix(of: s[end...]) != nil else { return false }
        return Text.contains(indexWord, in: s[Clauses.start(of: index, in: s)..<index])
    }
}
