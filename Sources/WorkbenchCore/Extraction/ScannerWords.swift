import WorkbenchSDK

/// The words around a number that the scanner reads: who or what a count of people sizes or
/// helps, trailing qualifiers, denominators, dates, durations, campaigns and streaks.
extension QuantityScanner {
    /// What a number of households or people may size (20户以上自然村, 300人以上企业).
    static let sizedByPeople = WordList(["自然村", "行政村", "村", "企业", "社区", "学校", "机构", "单位", "城市", "城镇", "县", "乡镇", "镇"])

    /// Nouns for people that say a figure's unit (人) when 万 or 亿 stands right before them.
    static let people = WordList(["群众", "人民", "儿女", "儿童", "婴幼儿", "人口", "农民", "居民", "职工", "学生", "老人",
                                  "游客", "市民", "村民", "青年", "人才", "患者", "妇女", "毕业生", "劳动力", "同胞",
                                  "乡亲", "父老", "考生", "师生", "员工", "人员", "残疾人", "老年人", "劳动者", "农牧民",
                                  "对象", "教师", "干部", "党员", "志愿者", "运动员"])
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
        peopleNounEnd(s, after: end) != nil
    }

    /// Where the word for people that `namesPeople` finds after `end` ends (江淮儿女 of
    /// 7100万江淮儿女倍感温暖), or nil.
    static func peopleNounEnd(_ s: ArraySlice<Unicode.Scalar>, after end: Int) -> Int? {
        let start = afterQualifier(s, end)
        var position = start
        while position < s.endIndex, position - start <= 4 {
            if let word = people.prefix(of: s[position...]) {
                var after = position + people.scalars[word].count
                if people.words[word] == "人民", after < s.endIndex, institutions.contains(s[after]) { return nil }
                // `4000万干部群众`, `5万党员干部`: people named by two nouns.
                while after < s.endIndex, let next = people.prefix(of: s[after...]) { after += people.scalars[next].count }
                return after
            }
            guard s[position].isIdeograph, s[position] != "的", !NumberReader.isChineseNumeral(s[position]),
                  helpVerbs.prefix(of: s[position...]) == nil else { return nil }
            position += 1
        }
        return nil
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

    /// Words of about or over right before a number (近千亿元资金, 超万户).
    static func isApproach(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "近", "超", "逾", "约", "达", "破": true
        default: false
        }
    }

    /// Whether 超, 过 or 逾 stands right before `index`: a lower bound that classes
    /// what follows (营收超50亿元企业).
    static func exceeds(_ s: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
        guard index > s.startIndex else { return false }
        switch s[index - 1] {
        case "超", "逾": return true
        // (超过 and 过; not 不超过, a bound, nor 通过.)
        case "过": return index - 2 < s.startIndex || s[index - 2] != "通" && !(s[index - 2] == "超" && index - 3 >= s.startIndex && s[index - 3] == "不")
        default: return false
        }
    }

    /// What money after 超 classes (超10亿元项目, 超50亿元企业): what money classes anyway
    /// (`scaleClasses`), projects, and 县域 before 县.
    static let exceededClasses = WordList(["项目", "县域"] + scaleClasses.words)

    /// Words of rank or kind written between an amount and the class it names (超10亿元重大项目).
    static let classModifiers = WordList(["重大", "重点", "产业", "工业", "制造业", "招商"])

    /// Whether one of `exceededClasses` follows `end`, right there (not before funds: 超50亿元
    /// 项目投资) or after 的 and at most six more Han characters, ending its noun phrase or
    /// before a verb of counting (超5亿元的制造业项目210个, 超300亿元的县达到5个; not 的县域…,
    /// 的企业贷款).
    static func classedAfter(_ s: ArraySlice<Unicode.Scalar>, _ end: Int) -> Bool {
        // (超10亿元重大项目14个: a word of rank may stand before the class.)
        var end = end
        if let modifier = classModifiers.prefix(of: s[min(end, s.endIndex)...]),
           exceededClasses.prefix(of: s[min(end + classModifiers.scalars[modifier].count, s.endIndex)...]) != nil {
            end += classModifiers.scalars[modifier].count
        }
        if let found = exceededClasses.prefix(of: s[min(end, s.endIndex)...]) {
            let after = end + exceededClasses.scalars[found].count
            return after >= s.endIndex || fundNouns.prefix(of: s[after...]) == nil && !moneyUses.contains(s[after])
        }
        guard end < s.endIndex, s[end] == "的" else { return false }
        var position = end + 1
        while position < min(s.endIndex, end + 8), s[position].isIdeograph {
            if let found = exceededClasses.prefix(of: s[position...]) {
                let after = position + exceededClasses.scalars[found].count
                if endsNounPhrase(s, at: after) || countingVerbStarts.contains(s[after]) { return true }
            }
            position += 1
        }
        return false
    }

    /// Whether 的, a few words and a count of them follow `end` (超千万人次的机场达到3个,
    /// 占比超过10%的有44种): the amount over which things are counted classes them.
    static func classesACount(_ s: ArraySlice<Unicode.Scalar>, _ end: Int) -> Bool {
        guard end < s.endIndex, s[end] == "的" else { return false }
        var position = end + 1
        while position < min(s.endIndex, end + 10), s[position].isIdeograph {
            if let verb = countingVerbs.prefix(of: s[position...]) {
                let after = position + countingVerbs.scalars[verb].count
                if after < s.endIndex, NumberReader.digit(s[after]) != nil || NumberReader.isChineseNumeral(s[after]) { return true }
            }
            position += 1
        }
        return false
    }

    /// Verbs that count a class (达到3个, 有44种).
    private static let countingVerbs = WordList(["达到", "达", "有", "共有", "增至", "增加到", "增长到", "增加至"])

    /// What money before a class may be for (超50亿元企业补助, 项目建设): the money is an amount.
    private static let moneyUses: Set<Unicode.Scalar> = ["补", "奖", "建", "融", "资", "贷", "基", "投"]
    /// First characters of verbs that count a class (达到, 增至, 突破, 超过, 共, 有).
    private static let countingVerbStarts: Set<Unicode.Scalar> = ["达", "增", "突", "超", "共", "有", "已"]

    /// Funds, which an amount before them measures (近千亿元资金).
    static let fundNouns = WordList(["资金", "资本", "基金", "贷款", "债券", "投资"])

    /// `惠及近万户`, `超万家`, `带动上万人`: 万 alone after a word of about or over, before a unit, stands for one
    /// 万 (its multiplier is read after it, as 超万亿元's is).
    static func approachedTenThousand(_ s: ArraySlice<Unicode.Scalar>, at index: Int, after previous: Unicode.Scalar?) -> NumberReader.Number? {
        guard s[index] == "万", isApproached(s, number: index, previous: previous), index + 1 < s.endIndex, s[index + 1] != "亿",
              UnitLexicon.unit(in: s, at: index + 1) != nil else { return nil }
        return NumberReader.Number(value: 1, end: index, isChinese: true)
    }

    /// What people counted by a round number may be doing (带动近万人就业, 上万人参与).
    static let peopleActivities = WordList(["就业", "增收", "受益", "参与", "参加", "返乡", "创业", "务工", "脱贫", "搬迁",
                                            "入学", "入住", "就医", "培训", "观看", "观赛", "到场"])

    /// Whether a round number of people after a word of about or over (`isApproached`) is
    /// followed by what they do: a count of them (带动近万人就业), not the scale of a class
    /// (超万人企业).
    static func peopleDoing(_ s: ArraySlice<Unicode.Scalar>, unit: UnitLexicon.Unit, number index: Int, after end: Int,
                            previous: Unicode.Scalar?) -> Bool {
        (unit.is(.person) || unit.is(.household)) && end < s.endIndex && peopleActivities.prefix(of: s[end...]) != nil
            && isApproached(s, number: index, previous: previous)
    }

    /// Whether a word of about or over (近, 超…) or 上 of a round bound (上万) stands right before
    /// the number at `index`, whose previous scalar is `previous`.
    static func isApproached(_ s: ArraySlice<Unicode.Scalar>, number index: Int, previous: Unicode.Scalar?) -> Bool {
        previous.map(isApproach) == true || MeaningRules.roundBoundBefore(index, in: s)
    }

    /// What follows 人民 in the name of an institution or of money (人民医院, 人民政府, 人民币).
    static let institutions: Set<Unicode.Scalar> = ["医", "政", "法", "银", "币", "检", "代", "大", "广", "日", "公", "警", "武", "团"]

    /// The unit of a headcount when the number at `number` ends its clause at `end` (nothing, a
    /// trailing qualifier or punctuation after it) and the clause names a number of people or
    /// households in the eight scalars before it (旅居人数超550万, 旅居人数550万左右), or people
    /// right before it (城镇新增就业11.2万, 低保对象达到120万).
    static func closedHeadcount(_ s: ArraySlice<Unicode.Scalar>, number: Int, end: Int) -> UnitLexicon.Unit? {
        let end = afterQualifier(s, end)
        if end < s.endIndex, s[end].isIdeograph || NumberReader.digit(s[end]) != nil { return nil }
        let clause = wordsBefore(number, in: s, within: 8)
        // The nearest word names what is counted (参保人数, not 人口 of an earlier word).
        var position = clause.endIndex
        while position > clause.startIndex {
            position -= 1
            if let word = headcountWords.prefix(of: clause[position...]) { return headcounts[word].unit }
        }
        // 城镇新增就业11.2万, 农村低保对象达到120万, 接待游客8000万: a noun for people (or visits)
        // right before the number, or before a word that links it to the number.
        position = clause.endIndex
        while position > clause.startIndex {
            position -= 1
            guard let word = closingPeopleWords.prefix(of: clause[position...]) else { continue }
            // (稳就业, 促就业: a policy, which money is for.)
            if closingPeople[word].word == "就业", position > clause.startIndex, "稳促保援".contains(Character(clause[position - 1])) { return nil }
            let link = clause[(position + closingPeopleWords.scalars[word].count)...]
            return link.isEmpty || Subjects.isOne(of: headcountLinks, link) ? closingPeople[word].unit : nil
        }
        return nil
    }

    /// Words after a figure that make it a milestone passed (迈上5万亿元台阶, 突破万亿元大关).
    static let milestoneWords = WordList(["新台阶", "台阶", "大关"])

    /// Whether a milestone word follows `end`.
    static func milestoneAfter(_ s: ArraySlice<Unicode.Scalar>, _ end: Int) -> Bool {
        end < s.endIndex && milestoneWords.prefix(of: s[end...]) != nil
    }

    /// Amounts of an economy, a sector or a budget, which a milestone counts in money when its
    /// unit is left out (地区生产总值迈上5万亿台阶).
    private static let economicAmounts = WordList(["总值", "总量", "收入", "营收", "总额", "产值", "增加值", "规模", "投资", "零售"])

    /// 元 for 万 or 亿 with no unit before a milestone word, in a clause (the twelve scalars
    /// before the number) about an economic amount: 地区生产总值迈上5万亿台阶 is 5万亿元.
    static func impliedMoneyMilestone(_ s: ArraySlice<Unicode.Scalar>, number: Int, end: Int) -> UnitLexicon.Unit? {
        guard milestoneAfter(s, end), economicAmounts.occurs(in: wordsBefore(number, in: s, within: 12)) else { return nil }
        return money
    }

    /// The words right before `number`: at most `within` scalars, back to the nearest scalar that
    /// is neither an ideograph nor a digit (a mark ends them).
    static func wordsBefore(_ number: Int, in s: ArraySlice<Unicode.Scalar>, within: Int) -> ArraySlice<Unicode.Scalar> {
        let before = s[max(s.startIndex, number - within)..<number]
        return before[((before.lastIndex { !$0.isIdeograph && NumberReader.digit($0) == nil }).map { $0 + 1 } ?? before.startIndex)...]
    }
    private static let money = UnitLexicon.unit(written: "元")

    /// Nouns for people or visits that a clause may close with after a bare 万 or 亿, and the unit
    /// each counts in (`closedHeadcount`).
    static let closingPeople: [(word: String, unit: UnitLexicon.Unit)] = [
        ("就业", person), ("对象", person), ("人才", person), ("劳动力", person), ("职工", person), ("学生", person),
        ("农民工", person), ("毕业生", person), ("用户", person), ("会员", person), ("游客", UnitLexicon.unit(written: "人次")), ("旅客", UnitLexicon.unit(written: "人次")),
    ]
    private static let closingPeopleWords = WordList(closingPeople.map(\.word))
    /// What may stand between such a noun and its number (低保对象达到120万).
    private static let headcountLinks = ["达到", "达", "超过", "超", "突破", "近", "约", "逾", "为", "累计", "累计达", "共",
                                         "总计", "稳定在", "保持在", "达到了", "超过了"].map { Array($0.unicodeScalars) }

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
    /// First characters of what a bound after a list's unit may be of (以下水平, 以上目标, 以内标准).
    private static let boundNouns: Set<Unicode.Scalar> = ["水", "目", "标", "的"]

    /// Whether the words at `index` after a bound (以下, 以上) say it bounds a level or a goal
    /// (水平, 目标, 标准), not a class of things (以上机组).
    static func boundsLevel(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        guard index + 1 < s.endIndex else { return false }
        return levelWords.contains { $0[0] == s[index] && $0[1] == s[index + 1] }
    }

    static let levelWords: [[Unicode.Scalar]] = [["水", "平"], ["目", "标"], ["标", "准"]]

    static func listUnit(_ s: ArraySlice<Unicode.Scalar>, after index: Int,
                         passingMultipliers: Bool = false) -> (UnitLexicon.Multiplier?, UnitLexicon.Unit)? {
        // (Over bare numbers between: 分别控制在28、30、25微克/立方米 — eight at most.)
        var mark = index
        for _ in 0..<8 {
            guard mark >= s.startIndex, mark + 1 < s.endIndex, s[mark] == "、" || s[mark] == "和",
                  NumberReader.digit(s[mark + 1]) != nil, let next = NumberReader.read(s, at: mark + 1), !next.isChinese else { return nil }
            var end = next.end
            let multiplier = UnitLexicon.multiplier(in: s, at: end)
            if let multiplier { end += multiplier.length }
            if let unit = UnitLexicon.unit(in: s, at: end) {
                // (Not the unit of a class: 60、70、80岁以上老人.)
                let after = end + unit.length
                // (But 控制在28、30微克/立方米以下水平 is a bound on each.)
                if after + 2 < s.endIndex, s[after] == "以", s[after + 1] == "上" || s[after + 1] == "下",
                   s[after + 2].isIdeograph, !boundNouns.contains(s[after + 2]) { return nil }
                return unit.denominator == nil ? (multiplier, unit) : nil
            }
            // (`1.28万亿、1.18万亿、8200亿元`: numbers with their own 万 or 亿 pass to the unit.)
            guard multiplier == nil || passingMultipliers else { return nil }
            mark = end
        }
        return nil
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
        while position < min(s.endIndex, boundEnd + 10), s[position].isIdeograph {
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

    /// `15分钟品质文化生活圈`, `1小时通勤圈`, `半小时经济圈`: a time of travel that names the area
    /// within it (a 圈 within eight Han characters, in the same clause), not a figure; unless a
    /// verb of reaching stands between (实现1小时通达都市圈: how long it takes).
    static func namesCircle(_ s: ArraySlice<Unicode.Scalar>, after end: Int) -> Bool {
        var position = end
        while position < min(s.endIndex, end + 9), s[position].isIdeograph {
            switch s[position] {
            case "圈": return true
            case "达", "到", "至", "抵": return false
            default: position += 1
            }
        }
        return false
    }

    /// `14年来首次`, `30年来最高`: how long since it last happened, a streak (`一年来` alone opens a
    /// review and is no figure).
    static func isStreakSince(_ s: ArraySlice<Unicode.Scalar>, after end: Int) -> Bool {
        guard end < s.endIndex, s[end] == "来" else { return false }
        return sinceWords.prefix(of: s[(end + 1)...]) != nil
    }

    private static let sinceWords = WordList(["首次", "首度", "最高", "最低", "最大", "最多", "最少", "最好", "最快", "新高", "新低"])

    private static let indexWord = Array("指数".unicodeScalars)
    /// Other measures written as bare numbers right before them, maybe after a linking verb:
    /// coefficients (基尼系数0.46) and deaths per unit of output or traffic (亿元生产总值生产安全
    /// 事故死亡率降至0.006, 道路交通万车死亡率1.2).
    private static let rateWords = ["系数", "死亡率"].map { Array($0.unicodeScalars) }
    private static let rateWordList = WordList(["系数", "死亡率"])
    private static let rateLinks = ["为", "是", "由", "从", "达到", "降至", "降到", "下降到", "下降至", "降低到", "降低至", "提高到", "提高至",
                                    "提升到", "提升至", "缩小到", "缩小至", "稳定在", "控制在", "保持在"]
        .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// A bare number that is an index's value: `指数` earlier in the clause, or a coefficient or a
    /// death rate right before it (a linking verb between them at most); the number ends the clause.
    static func isIndexValue(_ s: ArraySlice<Unicode.Scalar>, at index: Int, end: Int) -> Bool {
        // (道路交通指数从6.32下降至6.08: the value a change starts from is one too.)
        guard end >= s.endIndex || Clauses.isBoundary(s[end])
                || index > s.startIndex && s[index - 1] == "从" && MetricExtractor.towards.prefix(of: s[end...]) != nil else { return false }
        let clauseStart = Clauses.start(of: index, in: s)
        if Text.contains(indexWord, in: s[clauseStart..<index]) { return true }
        guard rateWordList.occurs(in: s[clauseStart..<index]) else { return false }
        // (Not 执行风险系数的企业达到3200: what has the coefficient is counted. Links and the
        // value a change starts from may stand between: 恩格尔系数由30.2下降到28.5.)
        var wordEnd = index
        for _ in 0..<4 {
            if let link = rateLinks.first(where: { wordEnd - $0.count >= clauseStart && s[(wordEnd - $0.count)..<wordEnd].elementsEqual($0) }) {
                wordEnd -= link.count
                continue
            }
            var digits = wordEnd
            while digits > clauseStart, NumberReader.digit(s[digits - 1]) != nil || s[digits - 1] == "." { digits -= 1 }
            guard digits < wordEnd, digits > clauseStart, s[digits - 1] == "由" || s[digits - 1] == "从" else { break }
            wordEnd = digits - 1
        }
        return rateWords.contains { wordEnd - $0.count >= clauseStart && s[(wordEnd - $0.count)..<wordEnd].elementsEqual($0) }
    }

    /// Where a ratio written as a bare number ends (`2.31:1` with its `:1`, `1.9`), when the
    /// clause before it names a ratio (收入比, 倍差, 之比, 比值) and the number closes the clause
    /// (a trailing qualifier allowed: 缩小到1.9以内); nil otherwise.
    static func ratioEnd(_ s: ArraySlice<Unicode.Scalar>, at index: Int, end: Int) -> Int? {
        // 三次产业结构为8.2:41.5:50.3: each term of a structure of shares is a figure.
        if isStructureTerm(s, at: index, end: end) { return end }
        // The second term of a ratio (the 1 of 2.31:1 or 2.31 : 1, the 3 of 1:3) is no figure of
        // its own.
        var back = index
        while back > s.startIndex, s[back - 1] == " " { back -= 1 }
        if back > s.startIndex, isRatioColon(s[back - 1]) {
            var term = back - 1
            while term > s.startIndex, s[term - 1] == " " { term -= 1 }
            if term > s.startIndex, NumberReader.digit(s[term - 1]) != nil { return nil }
        }
        var close = end
        var colon = end
        while colon < s.endIndex, s[colon] == " " { colon += 1 }
        if colon < s.endIndex, isRatioColon(s[colon]) {
            // Only ratios to one (2.31:1) are read: 1:3 and 1:0.6 are left alone.
            var one = colon + 1
            while one < s.endIndex, s[one] == " " { one += 1 }
            guard one < s.endIndex, s[one] == "1",
                  one + 1 >= s.endIndex || NumberReader.digit(s[one + 1]) == nil && s[one + 1] != "." else { return nil }
            close = one + 1
        }
        let after = afterQualifier(s, close)
        // (Or the ratio a change starts from: 由2.82缩小到2.58, 从2020年的1.92下降到1.75.)
        guard after >= s.endIndex || Clauses.isBoundary(s[after])
                || after == close && startsChange(s, before: index) && ratioChanges.prefix(of: s[after...]) != nil else { return nil }
        // The ratio's name in the 24 scalars before it, back to a comma or the sentence's start
        // (a colon of an earlier ratio, 由2.5:1缩小到2.4:1, ends nothing).
        var start = index
        while start > s.startIndex, index - start < 24, !["，", "。", "；", ",", ";"].contains(s[start - 1]) { start -= 1 }
        guard ratioWords.occurs(in: s[start..<index]) else { return nil }
        return close
    }

    /// Whether the number at `index..<end` is a term of a structure written as a ratio of three or
    /// four shares that add up to a hundred (`8.2:41.5:50.3`, `1.1∶33.2∶65.7`) after a word for a
    /// structure (产业结构, 比例).
    static func isStructureTerm(_ s: ArraySlice<Unicode.Scalar>, at index: Int, end: Int) -> Bool {
        let touchesColon = end < s.endIndex && isRatioColon(s[end]) || index > s.startIndex && isRatioColon(s[index - 1])
        guard touchesColon else { return false }
        // Back to the chain's first term.
        var first = index
        while first - 1 > s.startIndex, isRatioColon(s[first - 1]), NumberReader.digit(s[first - 2]) != nil {
            var start = first - 2
            while start > s.startIndex, NumberReader.digit(s[start - 1]) != nil || s[start - 1] == "." { start -= 1 }
            first = start
        }
        var terms = 0
        var sum = 0.0
        var position = first
        while let term = NumberReader.read(s, at: position), !term.isChinese, terms < 5 {
            terms += 1
            sum += term.value
            guard term.end < s.endIndex, isRatioColon(s[term.end]) else { break }
            position = term.end + 1
        }
        guard (3...4).contains(terms), abs(sum - 100) <= 1.01 else { return false }
        // (由2020年的25.1:25.4:49.5调整为2025年的22.3:28.0:49.7: the name may stand before
        // the structure the change starts from.)
        var start = first
        while start > s.startIndex, first - start < 40, !["，", "。", "；", ",", ";"].contains(s[start - 1]) { start -= 1 }
        return structureWords.occurs(in: s[start..<first])
    }

    /// Words for a structure of shares (also `Subjects.structureTiers`: the tiers' name runs into one).
    static let structureWords = WordList(["结构", "比例", "比重", "之比"])

    /// The unit of per cent or per mille of the figure a change after `end` goes to
    /// (`提高到72.5%`), when a verb of change follows right away.
    static func changeTargetUnit(_ s: ArraySlice<Unicode.Scalar>, after end: Int) -> UnitLexicon.Unit? {
        guard end < s.endIndex, let verb = ratioChanges.prefix(of: s[end...]) else { return nil }
        var position = end + ratioChanges.scalars[verb].count
        if position < s.endIndex, s[position] == "到" || s[position] == "至" || s[position] == "为" { position += 1 }
        guard let next = NumberReader.read(s, at: position), !next.isChinese,
              let unit = UnitLexicon.unit(in: s, at: next.end), unit.category == .percent || unit.category == .permille else { return nil }
        return unit
    }

    /// Whether 由 or 从 (maybe with a year and 的: 由2020年的) comes right before `index`.
    static func startsChange(_ s: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
        var position = index - 1
        if position >= s.startIndex, s[position] == "的" {
            position -= 1
            guard position >= s.startIndex, s[position] == "年" else { return false }
            position -= 1
            while position >= s.startIndex, NumberReader.digit(s[position]) != nil { position -= 1 }
        }
        return position >= s.startIndex && (s[position] == "由" || s[position] == "从")
    }

    /// Verbs of a ratio's change after its first value.
    private static let ratioChanges = WordList(["缩小", "下降", "降至", "降到", "调整", "扩大", "收窄", "提高", "上升", "增加", "减少"])

    /// Colons that write a ratio (２.３１∶１ with the ratio sign too).
    static func isRatioColon(_ scalar: Unicode.Scalar) -> Bool {
        scalar == ":" || scalar == "：" || scalar == "∶"
    }

    /// Words that name a ratio of two amounts.
    private static let ratioWords = WordList(["收入比", "倍差", "之比", "比值", "消费比"])

    /// What an amount of money right before it classes by size (过三千亿元城市), where the word
    /// ends its noun phrase (not 18亿元县域商业, 30亿元城市更新).
    static let scaleClasses = WordList(["城市", "县", "强县", "大县", "镇", "强镇", "乡镇", "园区", "企业", "产业集群", "集群"])

    /// Whether a noun phrase ends at `position`: the text ends, or a clause mark (、 among them),
    /// 和 or 及 follows, or the count of what it names (超百亿元企业12家).
    static func endsNounPhrase(_ s: ArraySlice<Unicode.Scalar>, at position: Int) -> Bool {
        position >= s.endIndex || Clauses.isBoundary(s[position]) || s[position] == "和" || s[position] == "及"
            || NumberReader.digit(s[position]) != nil
    }

    /// Whether the number at `index` is a term of `每…N…就有M…` (每出口4辆汽车就有1辆安徽造): after
    /// 每 and a verb of one or two characters, with 就有 within twelve scalars after it; or right
    /// after 就有, with 每 within sixteen before.
    static func isOneInN(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        guard index - 2 >= s.startIndex else { return false }
        if s[index - 1] == "有", s[index - 2] == "就" {
            return s[max(s.startIndex, index - 18)..<(index - 2)].contains("每")
        }
        let afterEvery = (index - 3 >= s.startIndex && s[index - 3] == "每" && s[index - 2].isIdeograph)
            || s[index - 2] == "每"
        guard afterEvery, s[index - 1].isIdeograph else { return false }
        var position = index
        while position + 1 < min(s.endIndex, index + 14) {
            if s[position] == "就", s[position + 1] == "有" { return true }
            if Clauses.isBoundary(s[position]) { return false }
            position += 1
        }
        return false
    }
}
