import WorkbenchSDK

/// Outcomes a review states in words (`单位地区生产总值能耗降低完成国家下达的年度目标任务`,
/// `城镇调查失业率控制在目标范围内`, `居民收入增长与经济增长同步`, `年初确定的…目标没有完成`): the
/// verdict they give on a target for which no figure decides.
extension TargetOutcomes {
    /// A sentence of the later report that gives a target's verdict in words.
    struct Statement: Equatable {
        /// The clause (or the two) that say it.
        var text: String
        var line: Int
        var verdict: String
    }

    /// The statement in `later`'s review of `year` about `target`'s measure: a clause naming the
    /// measure, with a phrase of verdict in it or opening the clause after it. Nil when none.
    static func statedInWords(_ target: HeadlineTargets.Target, in later: Report, year: Int?) -> Statement? {
        let names = measureNames(of: target)
        guard !names.isEmpty else { return nil }
        for paragraph in later.paragraphs {
            for sentence in paragraph.sentences {
                guard let period = sentence.period, period.kind == .review, period.from == period.to,
                      year == nil || period.from == year else { continue }
                // (Read respelled, shown as written: respelling joins no clauses.)
                let written = clauses(of: sentence.text)
                let clauses = written.map(IndicatorKey.respelled)
                for (index, clause) in clauses.enumerated() {
                    guard let after = words(after: names, openingClause: clause),
                          sameMeasure(clause, as: target.metric?.subject ?? target.text) else { continue }
                    if let verdict = verdict(in: after, target: target) {
                        return Statement(text: written[index], line: sentence.position.line, verdict: verdict)
                    }
                    // (The next clause's verdict only after the measure's own change: not 外贸企业帮扶
                    // 政策全部落地，顺利完成年度任务.)
                    if index + 1 < clauses.count, beyondChange(Substring(after)).isEmpty,
                       let verdict = verdict(in: clauses[index + 1], target: target, opening: true) {
                        return Statement(text: written[index] + "，" + written[index + 1], line: sentence.position.line, verdict: verdict)
                    }
                }
            }
        }
        return nil
    }

    /// The words of `clause` after one of `names` that opens it (after a scope: 全省, 全社会):
    /// the clause is about that measure, not a part of it (固定资产投资中的基础设施投资), a share
    /// of it (…中民营企业占比) or something tied to it (物价上涨挂钩联动机制). Nil when none opens
    /// it, or when more than a few words stand between the name and a phrase of verdict.
    static func words(after names: [String], openingClause clause: String) -> String? {
        var rest = Substring(clause)
        // (年初确定的粮食产量目标没有完成: the goal restated, then its verdict.)
        if let goal = restatedGoalOpenings.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(goal.count) }
        rest = IndicatorKey.droppingScopes(rest)
        guard let name = names.first(where: { rest.hasPrefix($0) }) else { return nil }
        let after = rest.dropFirst(name.count)
        if after.hasPrefix("中") || after.contains("占比") || after.contains("比重") { return nil }
        return String(after)
    }

    /// `words` without a verb of change and a figure opening them (下降2.9%): what stands
    /// between a measure and its verdict beyond its own change.
    static func beyondChange(_ words: Substring) -> Substring {
        guard let verb = changeWords.first(where: { words.hasPrefix($0) }) else { return words }
        return words.dropFirst(verb.count).drop { $0.isNumber || $0 == "." || $0 == "%" || $0 == "％" }
    }

    static let changeWords = ["增长", "下降", "降低", "提高", "上升", "减少"]

    static let restatedGoalOpenings = ["年初确定的", "年初提出的", "年初设定的", "年初制定的"]

    /// The words that name a target's measure in a review: a standard indicator's own words, or
    /// the measure of another target's item before its words of verdict
    /// (`单位地区生产总值能耗降低完成国家下达任务` → `单位生产总值能耗`), spelled as `IndicatorKey` spells it.
    static func measureNames(of target: HeadlineTargets.Target) -> [String] {
        if target.isStandard {
            return (HeadlineTargets.indicators.first { $0.id == target.indicator }?.words ?? []).map(IndicatorKey.respelled)
        }
        var item = target.metric?.subject ?? target.indicator
        for word in verdictOpenings {
            if let range = item.range(of: word), range.lowerBound > item.startIndex { item = String(item[..<range.lowerBound]) }
        }
        let name = IndicatorKey(subject: item).name
        return name.unicodeScalars.count >= 3 ? [name] : []
    }

    /// Words that begin an item's verdict in words (完成国家下达任务, 与经济增长同步, 控制在…以内).
    static let verdictOpenings = ["完成", "实现", "控制在", "保持", "与经济增长", "与上年"]

    /// The verdict the words `text` give: missed for 未完成 and the like, met for 完成…目标/任务,
    /// 控制在目标范围内, and 同步 against a target of growth in step; 与上年持平 is no change,
    /// judged against the target's figure. `opening`: the words must open `text` (the clause
    /// after the measure's), after an adverb (均, 全面, 顺利).
    static func verdict(in text: String, target: HeadlineTargets.Target, opening: Bool = false) -> String? {
        var body = Substring(text)
        if opening, let adverb = adverbs.first(where: { body.hasPrefix($0) }) { body = body.dropFirst(adverb.count) }
        func has(_ word: String) -> Bool { opening ? body.hasPrefix(word) : Text.contains(word, in: String(body)) }
        // (Far from the measure, the words are about something else: 物价上涨挂钩联动机制…完成,
        // 城镇新增就业困难人员就业完成….)
        if !opening {
            let near = beyondChange(body)
            guard let first = ["完成", "实现", "达到", "控制在", "与", "同步", "持平", "未", "没有", "超额"].compactMap({ near.range(of: $0)?.lowerBound }).min(),
                  near.distance(from: near.startIndex, to: first) <= Self.wordsBeforeVerdict else { return nil }
        }
        if missedWords.contains(where: has) { return "missed" }
        if has("与上年持平") || has("持平") {
            guard var flat = target.metric, flat.normalizedValue != nil else { return nil }
            flat.normalizedValue = 0
            return TargetOutcomes.verdict(target: target, outcome: flat)
        }
        if metWords.contains(where: has) { return "met" }
        let aGoal = Text.contains("目标", in: String(body)) || Text.contains("任务", in: String(body))
        if aGoal, ["完成", "实现", "达到"].contains(where: has) { return "met" }
        if Text.contains("同步", in: target.text), has("与经济增长同步") || has("同步") { return "met" }
        return nil
    }

    static let adverbs = ["均已", "全面", "顺利", "全部", "均", "已"]
    static let missedWords = ["未完成", "没有完成", "未能完成", "未实现", "没有实现", "未达到", "未达预期", "未能", "没能", "未与", "没有与"]
    /// The most words between a measure (and its own change, 下降2.9%) and its verdict (基本, 顺利).
    static let wordsBeforeVerdict = 2
    static let metWords = ["超额完成", "控制在目标范围内", "控制在预期目标内", "控制在预期目标以内"]

    /// The clauses of a sentence (split at ，；：), without its closing mark.
    static func clauses(of sentence: String) -> [String] {
        sentence.split(whereSeparator: { "，；：,;。".contains($0) }).map(String.init)
    }
}
