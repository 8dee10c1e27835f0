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
        // (四个季度分别增长…: the count of the list's quarters.)
        QuarterLists.dropQuarterCounts(from: &scratch.candidates, in: text)
        Self.shareTrailingQualifiers(in: text, among: &scratch.candidates)
    }

    /// Whether `unit` writes a rate or a share (%, ‰, 个百分点, 成).
    static func isRate(_ unit: UnitLexicon.Unit?) -> Bool {
        switch unit?.category {
        case .percent?, .points?, .permille?, .tenths?: return true
        default: return false
        }
    }

    /// `分别稳定在120万亩、46万吨以上`, `分别增长5%、7%左右`: a qualifier written once after the
    /// last figure of a list is every figure's that has none of its own.
    static func shareTrailingQualifiers(in s: ArraySlice<Unicode.Scalar>, among candidates: inout [Candidate]) {
        guard candidates.count > 1 else { return }
        // Whether the figure after the one looked at has a qualifier written after it (or shared).
        var nextShares = false
        for index in candidates.indices.dropLast().reversed() {
            let next = candidates[index + 1]
            let shares = nextShares || next.range.count > 2 && trailingQualifierWords.prefix(of: s[(next.range.upperBound - 2)...]) != nil
            nextShares = false
            guard candidates[index].qualifier == nil, shares, let qualifier = next.qualifier, qualifier != .moreThan,
                  next.range.lowerBound == candidates[index].range.upperBound + 1,
                  s[candidates[index].range.upperBound] == "、" || s[candidates[index].range.upperBound] == "和",
                  (candidates[index].unit == nil) == (next.unit == nil), candidates[index].kind == next.kind,
                  // (Not from a share onto a level: 42微克/立方米、75%以上, 2458万人、56%左右.)
                  isRate(candidates[index].unit) == isRate(next.unit), candidates[index].unit?.denominator == nil
            else { continue }
            candidates[index].qualifier = qualifier
            nextShares = true
        }
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

    /// Whether a verb of holding events (举办, 承办, 主办, 召开) ends right before `index`.
    static func holds(_ s: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
        guard index - 2 >= s.startIndex else { return false }
        let verb = s[index - 1]
        let first = s[index - 2]
        return verb == "办" && (first == "举" || first == "承" || first == "主") || verb == "开" && first == "召"
    }

    /// Whether a count of things (`12个`, `三座`) ends right before `index`.
    static func followsCount(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        guard index - 2 >= s.startIndex else { return false }
        let measure = s[index - 1]
        guard measure == "个" || measure == "座" || measure == "家" || measure == "项" else { return false }
        let number = s[index - 2]
        return NumberReader.digit(number) != nil || NumberReader.isChineseNumeral(number)
    }

    /// The scalars a figure or rank word can start with (digits, Chinese numerals, 正 第 前 首 榜 翻 中),
    /// one bit each over the Basic Multilingual Plane, where all of them lie: one test per
    /// scalar of the report instead of a chain of comparisons.
    static let starters: [UInt64] = {
        var bits = Text.filled(UInt64(0), count: 0x10000 / 64)
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if NumberReader.digit(scalar) != nil || NumberReader.isChineseNumeral(scalar)
                || scalar == "正" || scalar == "第" || scalar == "前" || scalar == "首" || scalar == "榜" || scalar == "翻"
                || scalar == "中" {
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
        // (`PM_2.5`: an underscore written for a subscript joins the code too.)
        if isArabic, let previous, Self.isCodeNeighbour(previous) || previous == "." || previous == "．"
            || previous == "_" && index - 2 >= s.startIndex && Self.isCodeNeighbour(s[index - 2]) {
            // (`AR-E3000成功首飞`: the digits of a code are all the code's, not only the first.)
            var end = index + 1
            while end < s.endIndex, NumberReader.digit(s[end]) != nil { end += 1 }
            return .passed(end: end)
        }
        if !isArabic, let previous, NumberReader.isChineseNumeral(previous) { return .nothing }
        // `10.36百亿亿次/秒`: a numeral right after digits belongs to their number.
        if !isArabic, let previous, NumberReader.digit(previous) != nil { return .nothing }
        guard let first = NumberReader.read(s, at: index) ?? Self.approachedTenThousand(s, at: index, after: previous) else { return .nothing }
        var end = first.end
        // Ordinals (第十四届, 第三次) are never quantities; 全国第一 is taken by RankWords.
        if previous == "第" || previous.map(Self.isSpace) == true && index - 2 >= s.startIndex && s[index - 2] == "第" {
            return .passed(end: end)
        }
        if quotations.contains(where: { $0.contains(index) }) { return .passed(end: end) }
        // 每千人口, 每10万人: a number after 每 is a rate's denominator; 劣五类水体 is a grade.
        if previous == "每" || previous == "劣" { return .passed(end: end) }
        // 数十个特色小镇, 几百家: a vague number of them, no figure.
        if !isArabic, previous == "数" || previous == "几", ["十", "百", "千", "万"].contains(s[index]) { return .passed(end: end) }
        // 每出口4辆汽车就有1辆安徽造: one in four, a proportion written as two counts.
        if Self.isOneInN(s, at: index) { return .passed(end: end) }
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
        // `9千亿元`, `5千人`: 千 after digits multiplies them, as 千亿元 is a thousand 亿元 (not
        // 千瓦, 千米, 千克: units of their own).
        if isArabic, candidate.qualifier == nil, end + 1 < s.endIndex, s[end] == "千",
           s[end + 1] == "亿" || UnitLexicon.unit(in: s, at: end) == nil && UnitLexicon.unit(in: s, at: end + 1) != nil {
            candidate.value = candidate.value.map { $0 * 1000 }
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
        // 迈上5万亿台阶: 台 of 台阶 (a step, a milestone) is no unit.
        if candidate.unit != nil, end + 1 < s.endIndex, s[end] == "台", s[end + 1] == "阶" { candidate.unit = nil }
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
        // `分别达1.28万亿、1.18万亿、8200亿元`: 万 or 亿 whose unit is written only after the last
        // number of the list takes that unit (and keeps its own multiplier).
        if isArabic, candidate.unit == nil, candidate.multiplier != nil, candidate.valueHigh == nil,
           let (_, unit) = Self.listUnit(s, after: end, passingMultipliers: true) {
            candidate.unit = unit
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
            } else if let unit = Self.impliedMoneyMilestone(s, number: index, end: end) {
                candidate.unit = unit
            }
        }
        guard let unit = candidate.unit else {
            // A bare number only counts as an index value (两化融合指数达到92) or a ratio
            // (城乡居民收入比缩小至2.31:1, 收入倍差缩小到1.9以内).
            if isArabic, candidate.multiplier == nil, Self.isIndexValue(s, at: index, end: end) {
                candidate.range = index..<end
                candidate.rule.indexValue = true
                return .figure(candidate, end: end)
            }
            if isArabic, candidate.multiplier == nil, let ratioEnd = Self.ratioEnd(s, at: index, end: end) {
                candidate.range = index..<ratioEnd
                candidate.kind = .share
                // (比重由70.2提高到72.5%: a start written without the unit of where it went is in it.)
                if ratioEnd == end, let unit = Self.changeTargetUnit(s, after: end) {
                    candidate.unit = unit
                    return .figure(candidate, end: end)
                }
                candidate.rule.ratio = true
                if let found = Self.trailingQualifierWords.prefix(of: s[ratioEnd...]) {
                    candidate.qualifier = Self.trailingQualifiers[found].1
                    candidate.range = index..<(ratioEnd + Self.trailingQualifierWords.scalars[found].count)
                }
                return .figure(candidate, end: candidate.range.upperBound)
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
                // (千人口床位数, 万人口拥有量: a per-capita denominator, not people counted.)
                if unit.is(.person), end < s.endIndex, s[end] == "口" { return .passed(end: end) }
                // (Or of a list just written: 稳增长、防风险、保民生三项基本任务.)
                if Self.countsListBefore(s, at: index, value: first.value) { return .passed(end: end) }
                let next: Unicode.Scalar? = end < s.endIndex ? s[end] : nil
                if previous == "”" || next == "“" || next.map({ NumberReader.isChineseNumeral($0) || NumberReader.digit($0) != nil }) == true {
                    return .passed(end: end)
                }
            }
        }
        if unit.category == .duration, unit.is(.year) || unit.is(.week) {
            // `20.2026年10件民生实事`: item 20 of a list on a year, no figure of years.
            if isArabic, unit.is(.year), ItemNumber.runsIntoYear(s, at: index) { return .passed(end: end) }
            // (11.7年 is no year of the calendar: 平均受教育年限提高到11.7年 measures schooling.)
            guard Self.hasDurationCue(s, before: index) || isArabic && unit.is(.year) && Candidate.isFraction(first.value)
                    || unit.is(.year) && Self.isStreakSince(s, after: end)
            else { return .passed(end: end) }
        }
        if unit.category == .rankPlace { candidate.kind = .rank }
        // 年满18岁, 满3岁即入园: an age that qualifies, not a figure.
        if unit.is(.age), previous == "满" { return .passed(end: end) }
        // 0—6岁儿童, 3岁以下婴幼儿: an age before people names who they are.
        if unit.is(.age), end < s.endIndex, Self.people.prefix(of: s[end...]) != nil { return .passed(end: end) }
        // 十个方面 / 10个方面, 分三个部分: how the speech is organised, not a figure.
        if unit.category == .measure, Self.has("方面", in: s, at: end) || Self.has("部分", in: s, at: end) { return .passed(end: end) }
        // 方 is cubic metres after digits (350亿方); 三方, 四方协议, 4方面 and 3.0方案 are no figures.
        if unit.is(.cubicMetre), !isArabic || end < s.endIndex && s[end].isIdeograph && !Self.continuesFigure(s[end]) {
            return .passed(end: end)
        }
        // 连续12届获评: terms count only in a streak (十四届全国人大 names a session, 两届全运会 events),
        // or as events held (举办2届亚欧博览会, 成功承办两届).
        if unit.is(.term), !Streaks.follows(s, at: index), !Self.holds(s, before: index) { return .passed(end: end) }
        // 三次产业, 二次供水: a numeral with 次 before a noun names it; 十一届九次全会 is a session.
        if unit.is(.times), !isArabic, Self.followsSession(s, at: index)
            || end < s.endIndex && s[end].isIdeograph && !Self.continuesFigure(s[end]) {
            return .passed(end: end)
        }
        // 百万吨乙烯: a numeral with no digit, a multiplier and a noun after it names a scale
        // (十项重点民生实事, with no multiplier, is a count; 近千亿元资金, funds after a word of
        // about or over, an amount: but 超百亿元企业, 超万亩示范片 name a scale).
        if !isArabic, candidate.multiplier != nil || unit.category == .physical,
           !(previous.map(Self.isApproach) ?? false) || Self.fundNouns.prefix(of: s[end...]) == nil,
           // (迈上万亿元台阶: a milestone stepped onto is an amount; not 连跨两个万亿元台阶, a count of them.)
           previous != "上" || !Self.milestoneAfter(s, end),
           // (带动近万人就业, 惠及上万人受益: about so many people doing something are a count.)
           !Self.peopleDoing(s, unit: unit, number: index, after: end, previous: previous),
           !(s[index..<first.end].contains { Enumerators.digit($0) != nil }),
           end < s.endIndex, s[end].isIdeograph, !Self.continuesFigure(s[end]) {
            return .passed(end: end)
        }
        // 12个百亿元、70个30亿元以上项目, 建设2个100万千瓦基地: an amount right after a count of
        // things is the class of the things counted, not a figure.
        if unit.category == .physical, Self.followsCount(s, at: index) { return .passed(end: end) }
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
            // (But 控制在30微克/立方米以下水平 bounds a level: 水平, 目标 and 标准 are no class.)
            if qualifier != .approx, unit.category == .physical, next < s.endIndex, s[next].isIdeograph,
               !Self.boundsLevel(s, at: next) {
                return .passed(end: end)
            }
            // 年接待100万人次以上的精品景区, 年产10万吨以上的企业: a yearly volume that classes what
            // follows 的.
            if qualifier != .approx, next > end, next < s.endIndex, s[next].isIdeograph,
               (2...3).contains(where: { index - $0 >= s.startIndex && s[index - $0] == "年" }) {
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
        // 3个过三千亿元城市, 千亿元产业集群: an amount of money right before a city, a county or
        // a cluster names their class (as 千亿县 does).
        if candidate.multiplier != nil, unit.base.normalized == "元", let found = Self.scaleClasses.prefix(of: s[end...]),
           Self.endsNounPhrase(s, at: end + Self.scaleClasses.scalars[found].count) {
            return .passed(end: end)
        }
        // 总投资超10亿元项目86个, 营收超50亿元企业, 地区生产总值超300亿元的县: money over which
        // something is counted, right before (or after 的, a few words before) what it classes.
        // (Or any amount: 粮食产量超20亿斤的产粮大县, 年产量超过10万吨的企业.)
        if candidate.multiplier != nil, unit.category != .measure, Self.exceeds(s, before: index),
           Self.classedAfter(s, end) {
            return .passed(end: end)
        }
        // 吞吐量超千万人次的机场达到3个, 占比超过10%的有44种: any amount over which the things
        // after 的 are counted.
        if Self.exceeds(s, before: index), Self.classesACount(s, end) { return .passed(end: end) }
        // 单机容量100万千瓦机组: the size of a generating unit, not an amount (but 完成600万千瓦
        // 机组灵活性改造 is the capacity worked on).
        if unit.category == .physical, Self.has("机组", in: s, at: end),
           s[max(s.startIndex, index - 4)..<index].contains("单") { return .passed(end: end) }
        // 公交与轨道50米内换乘比例, 15分钟内到达率: a bound inside the name of a rate defines it.
        if unit.category == .physical || unit.category == .duration, Self.definesRate(s, boundEnd: end) { return .passed(end: end) }
        // 0.1微克攻坚行动: a figure that names a campaign (but 开展12项专项行动 counts them).
        if unit.category != .measure, Self.namesCampaign(s, after: end) { return .passed(end: end) }
        // 15分钟品质文化生活圈: a time of travel that names an area.
        if unit.category == .duration, !unit.is(.year), Self.namesCircle(s, after: end) { return .passed(end: end) }
        candidate.range = index..<end
        // 增长-2.1%, 自然增长率为-1.5‰: a minus sign (not the dash of a range, 2021-2024年) is the value's.
        if isArabic, unit.category != .measure, candidate.valueHigh == nil, let previous, previous == "-" || previous == "－" || previous == "−",
           index - 2 < s.startIndex || NumberReader.digit(s[index - 2]) == nil && !Self.isCodeNeighbour(s[index - 2]) {
            candidate.value = candidate.value.map { -$0 }
            candidate.range = (index - 1)..<end
        }
        return .figure(candidate, end: end)
    }
}
