import WorkbenchSDK

/// Decides what a figure means from the words around it: kind, qualifiers written before it,
/// whether it is an estimate, and the indicator it measures.
enum MeaningRules {
    static let growthCues = ["增长", "增速", "下降", "降低", "提高", "上升", "涨幅", "增幅", "减少", "上涨", "回升",
                             "增加", "提升", "同比", "年均", "缩小", "扩大", "翻番", "降幅", "跌幅", "压减", "压缩", "缩短", "减少",
                             "精简", "削减", "缩减",
                             // (养老金上调2%, 债务累计压降85.2%.)
                             "上调", "下调", "压降"]
    /// Words that compare a figure with a benchmark: 高于全国0.4个百分点 is a gap, not a change.
    static let relativeCues = WordList(["高于", "低于", "快于", "慢于", "超出", "领先", "比全国高", "比全国低", "比全省高", "比全省低",
                                        "超目标", "优于", "好于全国", "超过全国", "超过全省", "高出"])
    static let shareCues = ["率", "占比", "比重", "比例", "占", "达标", "覆盖", "保持在", "稳定在", "控制在", "比值", "之比", "贡献", "强度", "满意度"]
    static let leadingQualifiers: [(String, Metric.Qualifier)] = [
        ("不低于", .atLeast), ("不少于", .atLeast), ("不超过", .atMost), ("不高于", .atMost), ("超过", .atLeast),
        ("突破", .atLeast), ("逾", .atLeast), ("超", .atLeast), ("接近", .approx), ("约", .approx), ("近", .approx),
        ("过", .atLeast), ("至少", .atLeast), ("破", .atLeast),
        // 不到2万元, 少于5天, 不足3000万人次: an upper bound (not 最高, mostly a superlative: 全球最高).
        ("不到", .atMost), ("少于", .atMost), ("不足", .atMost),
        // 跃上1.4万亿斤新台阶, 跨上3万亿元台阶: a level crossed.
        ("跃上", .atLeast), ("迈上", .atLeast), ("跨上", .atLeast), ("站上", .atLeast),
    ]
    static let estimateCues = ["预计", "初步统计", "初步测算", "初步核算", "预估"]
    /// Words of a ranking, before which 位 counts places, not people.
    static let rankingWords = WordList(["排名", "位次", "排位", "排序"])

    /// The kind of a figure from its unit and the nearest cue word before it (or, with none,
    /// a change named right after it: 实现40%以上增长).
    static func kind(of candidate: Candidate, before prefix: ArraySlice<Unicode.Scalar>,
                     after suffix: ArraySlice<Unicode.Scalar> = [][...]) -> (Metric.Kind, String) {
        if let kind = candidate.kind { return (kind.metric, "form") }
        guard let unit = candidate.unit else { return (.level, "bare-index") }
        switch unit.category {
        case .measure:
            // 世界500强排名由369位上升到235位: places of a ranking, not people.
            if unit.is(.place), rankingWords.occurs(in: clauseTail(of: prefix, within: 16, endingSentences: true)) {
                return (.rank, "place+ranking")
            }
            if changedBy(prefix, before: suffix) { return (.growth, "measure-word+change") }
            return (.count, "measure-word")
        case .physical, .duration:
            // (重污染天数减少5天, 审批时限缩短3天: days the indicator counts, changed.)
            if changedBy(prefix, before: suffix) { return (.growth, "physical-unit+change") }
            return (.level, "physical-unit")
        case .rankPlace: return (.rank, "rank-places")
        case .multiple:
            // 是2010年的1.8倍, 是“十一五”末的3.7倍: a ratio to a base, whatever grew before it.
            if isRatioToBase(prefix) { return (.level, "multiple+ratio") }
            return (nearestCue(in: prefix) == .growth ? .growth : .level, "multiple")
        case .percent, .points, .permille, .tenths:
            // 高于全国0.4个百分点, 快于全国平均水平1.2个百分点: a gap to a benchmark is a level;
            // so is each gap of a list (分别高于全国、全省1.2个、3.7个百分点): the benchmark is
            // looked for in the figure's clause.
            if unit.category == .points, isGapToBenchmark(clauseTail(of: prefix, within: 24, endingSentences: false)) {
                return (.level, "points+relative")
            }
            if unit.category == .percent || unit.category == .tenths {
                let clause = clauseTail(of: prefix, within: 24, endingSentences: true)
                // 70%村卫生室实现一体化管理: a share that opens its clause, a noun right after it, is a
                // share of that noun, whatever changed in the clause before.
                if let next = suffix.first, next.isIdeograph, next != "的", changeAfter.prefix(of: suffix) == nil,
                   clause.allSatisfy({ leadingOnly.contains($0) }) {
                    return (.share, "percent+opens-clause")
                }
                // 不超过原封顶线的20%: a part of a reference amount, whatever changed before it.
                if unit.category == .percent, boundOfReference(clause) != nil { return (.share, "percent+of-reference") }
            }
            switch nearestCue(in: prefix) {
            case .growth: return (.growth, "percent+growth-cue")
            case .share: return (.share, "percent+share-cue")
            default:
                if changeAfter.prefix(of: suffix) != nil { return (.growth, "percent+growth-after") }
                return (.share, "percent-default-share")
            }
        }
    }

    /// Whether a verb of change stands right before the figure (maybe with a leading qualifier):
    /// 比上年增加28亿斤, 每人每月提高20元, 减少3万人 say by how much something changed, in its own
    /// unit, as 增长5% does in per cent. (Not 新增 or 增加到: an addition counted, a level reached;
    /// nor a figure with a noun after it, 增加1万个错时共享停车位: what was added, counted.)
    static func changedBy(_ prefix: ArraySlice<Unicode.Scalar>, before suffix: ArraySlice<Unicode.Scalar>) -> Bool {
        if let next = suffix.first, next.isIdeograph { return false }
        var end = prefix.endIndex
        while end > prefix.startIndex, changeQualifiers.contains(prefix[end - 1]), end > prefix.endIndex - 2 { end -= 1 }
        guard end - prefix.startIndex >= 2 else { return false }
        guard ownUnitChanges.suffix(of: prefix[..<end]) != nil else { return moreThanBefore(prefix[..<end]) }
        // 新增加 is an addition too.
        return !(end - prefix.startIndex >= 3 && prefix[end - 3] == "新")
    }

    /// `比上年多开行112列`, `较上年少发生3起`: 多 or 少 and a verb of one or two characters
    /// right before the figure, with the year it is compared with before them in the clause.
    static func moreThanBefore(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        for length in 2...3 where prefix.count > length {
            let opening = prefix[prefix.endIndex - length]
            guard opening == "多" || opening == "少",
                  prefix[(prefix.endIndex - length + 1)...].allSatisfy({ $0.isIdeograph }) else { continue }
            let clause = prefix[max(prefix.startIndex, prefix.endIndex - length - 8)..<(prefix.endIndex - length)]
            return comparedYears.contains { Text.matches($0, in: clause, at: clause.endIndex - $0.count) }
        }
        return false
    }

    /// The year a figure of 多/少 is compared with, right before 多/少.
    static let comparedYears = ["比上年", "较上年", "比去年", "较去年", "同比"].map { Array($0.unicodeScalars) }

    /// Verbs of a change that the figure after them measures in its own unit.
    static let ownUnitChanges = WordList(["增加", "提高", "减少", "增长", "下降", "降低", "上涨", "上升", "扩大", "缩小", "缩短", "延长", "增收", "减收",
                                          "增产", "减产"])

    /// Leading qualifiers and particles between such a verb and its figure (增加了, 增加近).
    static let changeQualifiers: Set<Unicode.Scalar> = ["了", "近", "约", "超", "逾"]

    /// What may stand between a clause mark and a share that opens the clause (超70%村庄).
    static let leadingOnly: Set<Unicode.Scalar> = ["超", "近", "约", "逾", "有", "达", " "]

    /// Words for a change right after a figure and its qualifier (40%以上增长). (Not 的增长:
    /// 拉动全市40%的增长 is a share of the growth.)
    static let changeAfter = WordList(["增长", "增幅"])

    /// Whether `clause` (the words before a figure in points) compares with a benchmark, with
    /// no word of change after the comparison: 快于经济增速、城乡收入差距缩小0.1个百分点 is a change.
    static func isGapToBenchmark(_ clause: ArraySlice<Unicode.Scalar>) -> Bool {
        var position = clause.endIndex
        while position > clause.startIndex {
            position -= 1
            if let found = relativeCues.prefix(of: clause[position...]) {
                // (快于经济增速1个百分点: 增速 names the benchmark; a change is said only after a
                // mark that ends it, 快于经济增速、城乡收入差距缩小.)
                let after = clause[(position + relativeCues.scalars[found].count)...]
                guard let mark = after.lastIndex(where: { $0 == "、" || $0 == "，" || $0 == "," }) else { return true }
                return nearestCue(in: after[(mark + 1)...]) != .growth
            }
        }
        return false
    }

    /// Whether the figure's clause reads `是…的` up to it: a multiple of a base (是上年的3.1倍).
    static func isRatioToBase(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        let clause = clauseTail(of: prefix, within: 16, endingSentences: true)
        return clause.last == "的" && clause.contains("是")
    }

    /// The last `within` scalars of `prefix` after its last clause mark (，；, or also 。).
    static func clauseTail(of prefix: ArraySlice<Unicode.Scalar>, within: Int, endingSentences: Bool) -> ArraySlice<Unicode.Scalar> {
        let recent = prefix.suffix(within)
        var start = recent.endIndex
        while start > recent.startIndex {
            switch recent[start - 1] {
            case "，", ",", "；", ";": return recent[start...]
            case "。" where endingSentences: return recent[start...]
            default: start -= 1
            }
        }
        return recent
    }

    /// Cue words as scalars, with their kind (growth or else share). The kind is a `Bool`, not
    /// the SDK's `Metric.Kind`: that enum is built for library evolution, so each copy of a
    /// cue, or of the best cue found so far, went through the runtime's value witnesses.
    private static let cues: [(scalars: [Unicode.Scalar], isGrowth: Bool)] =
        growthCues.map { (Array($0.unicodeScalars), true) } + shareCues.map { (Array($0.unicodeScalars), false) }

    /// Indexes into `cues` by the cue's last scalar.
    private static let cuesByLastScalar: ScalarTable<[Int]> = {
        var table = ScalarTable<[Int]>()
        for (index, cue) in cues.enumerated() {
            let last = cue.scalars[cue.scalars.count - 1]
            table[last] = (table[last] ?? []) + [index]
        }
        return table
    }()

    /// One bit (scalar value mod 64) for the last scalar of each cue: most positions are passed
    /// over on this register test, without a lookup in `cuesByLastScalar`.
    private static let cueLasts: UInt64 = cues.reduce(0) { $0 | bit($1.scalars[$1.scalars.count - 1]) }

    /// How far back (in scalars) a cue may stand from its figure.
    static let cueWindow = 40

    /// Growth or share, whichever cue stands nearest before the figure. A growth verb followed
    /// by 到/至 (提高到, 降至) states a level reached, not a change.
    static func nearestCue(in prefix: ArraySlice<Unicode.Scalar>) -> Metric.Kind? {
        let slice = prefix.suffix(cueWindow)
        let cueLasts = Self.cueLasts
        var end = slice.endIndex
        // (社会治理效能持续提高，社会治安状况良好，人民群众安全感达98.2%: a cue two clauses back
        // is another figure's.)
        var marks = 0
        while end > slice.startIndex {
            if slice[end - 1] == "，" || slice[end - 1] == "；" || slice[end - 1] == "。" {
                marks += 1
                if marks == 2 { return nil }
            }
            // Only positions where some cue ends are worth a look.
            guard cueLasts & bit(slice[end - 1]) != 0, let candidates = cuesByLastScalar[slice[end - 1]] else { end -= 1; continue }
            // Longest cue ending at `end` wins (占比 over 比).
            var found: (isGrowth: Bool, length: Int)?
            for index in candidates {
                let cue = cues[index]
                let length = cue.scalars.count
                guard end - length >= slice.startIndex, found == nil || length > found!.length else { continue }
                if Text.matches(cue.scalars, in: slice, at: end - length) { found = (cue.isGrowth, length) }
            }
            if let found {
                if found.isGrowth, end < slice.endIndex, slice[end] == "到" || slice[end] == "至" { return .share }
                // `居民消费价格涨幅控制在3%左右`: a rate of change held at a level is still a change.
                let before = end - found.length
                if !found.isGrowth, found.length == 3, slice[end - 1] == "在", before - 2 >= slice.startIndex,
                   Subjects.isOne(of: rateNouns, slice[(before - 2)..<before]) {
                    return .growth
                }
                return found.isGrowth ? .growth : .share
            }
            end -= 1
        }
        return nil
    }

    /// Whose and how often an amount is paid, written between a bound and the amount.
    private static let paymentRates = WordList(Subjects.paymentRateWords + ["每人", "每年", "每户"])

    /// Nouns of a rate of change, which 控制在/保持在/稳定在 hold at a level.
    private static let rateNouns = ["涨幅", "增幅", "增速", "降幅", "跌幅"].map { Array($0.unicodeScalars) }

    /// A qualifier written right before the number (超过550亿元, 近千亿元).
    static func leadingQualifier(before prefix: ArraySlice<Unicode.Scalar>) -> Metric.Qualifier? {
        var tail = prefix
        // (不低于每人每年7000元: the bound stands before whose and how often.)
        if let rate = paymentRates.suffix(of: tail) { tail = tail.dropLast(paymentRates.scalars[rate].count) }
        // (不到2万元: a bound that ends with a filler's word.)
        if let found = leadingWords.suffix(of: tail), leadingWords.scalars[found].count > 1, fillers.suffix(of: tail) != nil {
            return leadingQualifiers[found].1
        }
        if let filler = fillers.suffix(of: tail) { tail = tail.dropLast(fillers.scalars[filler].count) }
        guard let found = leadingWords.suffix(of: tail) else { return boundOfReference(tail) }
        // 项目签约3543亿元, 最近5年: 约 and 近 that end another word say nothing about the figure.
        let word = leadingWords.scalars[found]
        if word.count == 1, let before = tail.dropLast().last, endsAnotherWord(word[0], after: before) { return nil }
        return leadingQualifiers[found].1
    }

    /// Whether 上 stands right before a figure that opens with a bare 百, 千 or 万 (带动上万人就业,
    /// 吸引上百家企业): "as many as a hundred or more", a lower bound, and no part of what is counted.
    /// (Not 以上, 线上, 网上, 马上…: 上 that ends another word.)
    static func roundBoundBefore(_ start: Int, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard start - 1 > s.startIndex, start < s.endIndex, s[start - 1] == "上",
              s[start] == "百" || s[start] == "千" || s[start] == "万" else { return false }
        return !endsWithShang.contains(s[start - 2])
    }

    /// What stands before 上 in words that end with it (以上, 线上, 网上, 马上, 之上, 北上…).
    private static let endsWithShang: Set<Unicode.Scalar> = ["以", "线", "网", "马", "之", "北", "南", "向", "往", "早", "晚", "台",
                                                             "会", "桌", "路", "街", "海", "山", "楼", "身", "手", "面", "世", "基", "础"]

    /// The bound of `不低于…的` or `不超过…的` written before a figure of a reference amount
    /// (不低于当地最低生活保障标准的1.6倍), or 约占 (约占全国的10%): the words must end with 的, and
    /// no clause mark stands between the bound and the figure.
    static func boundOfReference(_ clause: ArraySlice<Unicode.Scalar>) -> Metric.Qualifier? {
        guard clause.last == "的" else { return nil }
        var position = clause.endIndex - 1
        while position > clause.startIndex {
            position -= 1
            if Clauses.isBoundary(clause[position]) { return nil }
            if let found = bounds.prefix(of: clause[position...]) { return leadingQualifiers[found].1 }
            // 约占全国的10%: about that share.
            // (Not 签约占, 预约占: 约 of another word.)
            if clause[position] == "约", clause[position + 1] == "占",
               position == clause.startIndex || !endsAnotherWord("约", after: clause[position - 1]) { return .approx }
        }
        return nil
    }

    /// The bounds of `boundOfReference`: the first four leading qualifiers.
    private static let bounds = WordList(leadingQualifiers.prefix(4).map(\.0))

    /// Whether `last` (约, 近 or 过) ends a word with `before` (签约, 最近, 通过): then it is no
    /// qualifier of the figure after it.
    static func endsAnotherWord(_ last: Unicode.Scalar, after before: Unicode.Scalar) -> Bool {
        switch last {
        case "约": return endsWithYue.contains(before)
        case "近": return endsWithJin.contains(before)
        case "过": return endsWithGuo.contains(before)
        // 打破, 侦破, 攻破 12项: broke, not over.
        case "破": return endsWithPo.contains(before)
        // 人均, 年均, 亩均 收入: per head, per year, per mu.
        case "均": return endsWithJun.contains(before)
        default: return false
        }
    }

    /// What stands before 均 in words that end with it (人均, 平均, 年均, 日均, 户均, 亩均…).
    static let endsWithJun: Set<Unicode.Scalar> = ["人", "平", "年", "日", "户", "亩", "村", "县", "月", "周", "场", "台", "企", "地", "次", "车", "床", "校", "班"]

    /// What stands before 约 in words that end with it (签约, 节约, 制约, 公约…).
    /// (Not 合: 折合约5000万元 is about that much.)
    private static let endsWithYue: Set<Unicode.Scalar> = ["签", "预", "节", "制", "履", "特", "公", "条", "违", "邀",
                                                           "集", "简", "契", "相", "婚", "践", "守", "缔", "誓", "纽"]
    /// What stands before 过 in words that end with it (通过, 经过, 度过…): 连续两年过万亿元 is over
    /// a trillion, 经过5年 is not.
    /// What stands before 破 in words that end with it (打破, 侦破, 攻破).
    private static let endsWithPo: Set<Unicode.Scalar> = ["打", "侦", "攻", "击", "爆", "冲", "识", "看", "说", "道", "点"]

    private static let endsWithGuo: Set<Unicode.Scalar> = ["通", "经", "度", "不", "错", "放", "难", "走", "路", "渡", "闯",
                                                           "试", "做", "用", "看", "听", "去", "来", "得", "没", "未", "曾",
                                                           "太", "改", "记", "罪", "功", "滤", "筛", "审", "超"]
    /// What stands before 近 in words that end with it (最近, 附近, 临近…).
    private static let endsWithJin: Set<Unicode.Scalar> = ["最", "附", "临", "就", "邻", "亲", "贴", "靠", "挨"]

    private static let fillers = WordList(["达到", "达", "到", "了", "为"])
    /// The words of `leadingQualifiers` (also looked for where a figure's noun ends).
    static let leadingWords = WordList(leadingQualifiers.map(\.0))

    static func bit(_ scalar: Unicode.Scalar) -> UInt64 {
        1 << UInt64(scalar.value & 63)
    }

    /// Whether the words before a figure say the goal it names was reached (全年实现地区生产总值
    /// 增长5.5%的预期目标), not restate it (年初确定的…, 完成年初确定的50万人目标).
    static func reachesGoal(_ before: ArraySlice<Unicode.Scalar>) -> Bool {
        reachingWords.occurs(in: before) && !goalSettingWords.occurs(in: before)
    }

    static let reachingWords = WordList(["实现", "完成", "达到"])
    static let goalSettingWords = WordList(["年初", "确定", "提出", "设定", "制定"])

    /// Characters of words that set an outcome against its goal (超出, 高于, 成绩, 好于, 优于).
    static let notGoalWords: Set<Unicode.Scalar> = ["超", "出", "高", "于", "成", "绩", "好", "优", "低", "过"]

    /// Whether a goal follows the figure ending at `end`: 目标 (`50万人目标`), or 的 and up to 7
    /// words with no figure or mark ending with 目标 (`6%—6.5%的目标`, `5.5%左右的预期目标`,
    /// `9%的增长目标`). In a review it is the goal restated, not what was achieved.
    static func restatesGoal(_ s: ArraySlice<Unicode.Scalar>, after end: Int) -> Bool {
        guard end + 1 < s.endIndex else { return false }
        if s[end] == "目", s[end + 1] == "标" { return true }
        guard s[end] == "的" else { return false }
        var position = end + 1
        while position + 1 < min(s.endIndex, end + 10) {
            let scalar = s[position]
            if scalar == "目", s[position + 1] == "标" { return true }
            // (Not an outcome said against the goal: 52万人的成绩超出年度目标, 增长12%的好成绩高于目标.)
            guard scalar.isIdeograph, !notGoalWords.contains(scalar) else { return false }
            position += 1
        }
        return false
    }
}
