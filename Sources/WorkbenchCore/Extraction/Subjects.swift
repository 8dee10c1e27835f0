import WorkbenchSDK

/// The indicator each figure measures, in the report's words.
///
/// The subject is the clause before the figure (after the previous figure of the same clause,
/// for lists such as `精品示范村300个以上、提档升级村2500个以上`), without linking words
/// (达到, 超过, 分别). A count whose noun follows it (`建成8个高水平实验试验平台`) takes that
/// noun too. In a 分别 list (`A、B、C营业收入预计分别达到X、Y、Z`) the i-th figure gets the i-th
/// name when the numbers agree.
///
/// Subjects are kept as parts of their paragraph (`Piece`s), not as strings: a figure's subject
/// is nearly always one or two runs of the paragraph's scalars, and building a `String` and a
/// scalar array for each one, some of them thrown away, was most of the cost of finding it.
/// The extractor encodes the one string it keeps.
enum Subjects {
    /// A part of a subject's text.
    enum Piece: Equatable {
        /// Scalars of the paragraph.
        case part(Range<Int>)
        /// The `”` that cleaning adds after a subject whose quote it cut off.
        case closingQuote
        /// Text made with `String`'s rules (whole characters), where the paragraph holds
        /// scalars that are not characters of their own (rare).
        case text(String)
    }


    /// The subjects of a paragraph's `candidates`, into `subjects` (emptied first, its storage
    /// kept: the extractor passes one for every paragraph of a report).
    static func assign(_ candidates: [Candidate], in s: ArraySlice<Unicode.Scalar>, into subjects: inout Assignment) {
        // Read through a buffer: the array's subscript was a call that copied the whole
        // candidate, thousands of times a report.
        candidates.withUnsafeBufferPointer { assign($0, in: s, into: &subjects) }
    }

    private static func assign(_ candidates: UnsafeBufferPointer<Candidate>, in s: ArraySlice<Unicode.Scalar>,
                               into subjects: inout Assignment) {
        subjects.pieces.removeAll(keepingCapacity: true)
        subjects.ranges.removeAll(keepingCapacity: true)
        subjects.pieces.reserveCapacity(candidates.count * 2)
        subjects.ranges.reserveCapacity(candidates.count)
        var index = 0
        // The clause before the last count whose noun follows it, and where that noun ends.
        var countList: (base: (range: Range<Int>, closesQuote: Bool), nounEnd: Int)?
        // The candidates of the last run (a list, or one figure).
        var previousRun: Range<Int>?
        // The owner the last figure's measure took from the one before it (`frontCarried`), for
        // the next measure of a chain.
        var frontCarried: (front: Range<Int>, figure: Int)?
        // The verb of adding the last figure took from the one before it (新增A30个、B100户、C150家:
        // C takes it too), and that figure's index.
        var verbCarried: (verb: Range<Int>, index: Int)?
        while index < candidates.count {
            // A run of figures joined only by 、 (or 和/及): a list sharing one subject.
            var runEnd = index
            while runEnd + 1 < candidates.count,
                  Self.joinedByListMark(s, candidates[runEnd].range.upperBound, candidates[runEnd + 1].range.lowerBound) {
                runEnd += 1
            }
            // Only the ranges and units of candidates are read (a copy of a candidate retains
            // and releases each of its strings).
            let firstStart = candidates[index].range.lowerBound
            let clauseStart = Clauses.start(of: firstStart, in: s)
            var from = clauseStart
            if index > 0, candidates[index - 1].range.upperBound > clauseStart {
                from = candidates[index - 1].range.upperBound
            }
            let prefixScalars = s[from..<firstStart]
            // `总产值、增加值分别年均增长22.2%,16%`: after 分别, a comma between figures of one
            // unit joins them too, while the names before it outnumber the figures.
            if runEnd + 1 < candidates.count, candidates[runEnd + 1].range.lowerBound == candidates[runEnd].range.upperBound + 1,
               [",", "，"].contains(s[candidates[runEnd].range.upperBound]), let names = Self.respectivelyNames(prefixScalars) {
                while runEnd + 1 < candidates.count, runEnd - index + 1 < names,
                      candidates[runEnd + 1].range.lowerBound == candidates[runEnd].range.upperBound + 1,
                      [",", "，"].contains(s[candidates[runEnd].range.upperBound]),
                      candidates[runEnd + 1].unit == candidates[runEnd].unit {
                    runEnd += 1
                }
            }
            // `进出口总额、出口额分别增长3.2%、下降4.1%`: after 分别, a list mark and a verb of
            // change join figures too, each later one with its own verb.
            var ownVerbs: [Range<Int>?]?
            if runEnd + 1 < candidates.count,
               Self.changeVerbAfterMark(s, candidates[runEnd].range.upperBound, candidates[runEnd + 1].range.lowerBound) != nil,
               let names = Self.respectivelyNames(prefixScalars) {
                var verbs = [Range<Int>?](repeating: nil, count: runEnd - index + 1)
                // (One name before 分别 is a pair: 城乡居民人均可支配收入分别增长5.1%、下降0.3%.)
                while runEnd + 1 < candidates.count, runEnd - index + 1 < max(names, 2) {
                    let (end, nextStart) = (candidates[runEnd].range.upperBound, candidates[runEnd + 1].range.lowerBound)
                    if Self.joinedByListMark(s, end, nextStart) {
                        verbs.append(nil)
                    } else if let verb = Self.changeVerbAfterMark(s, end, nextStart) {
                        verbs.append(verb)
                    } else {
                        break
                    }
                    runEnd += 1
                }
                ownVerbs = verbs
            }
            let count = runEnd - index + 1
            // `接待游客1.7亿人次，旅游总花费突破3000亿元，分别增长15.6%、24.4%`: 分别 with no names
            // before it pairs the figures with the ones before them in the sentence.
            // `三次产业结构为8.2:41.5:50.3`: a structure's terms are its tiers' shares.
            // (调整为2025年的22.3:28.0:49.7: the terms of the structure a change starts from name
            // the tiers of the one it ends at.)
            if count > 1, QuantityScanner.isRatioColon(s[candidates[index].range.upperBound]) {
                var named = Self.structureTiers(prefixScalars, count: count, into: &subjects)
                if !named, let previous = previousRun, previous.count == count, previous.upperBound == index,
                   QuantityScanner.isRatioColon(s[candidates[previous.lowerBound].range.upperBound]) {
                    var buffer: [Unicode.Scalar] = []
                    for term in previous {
                        subjects.scalars(term, of: s, into: &buffer)
                        subjects.append([.text(Text.string(buffer[...]))])
                    }
                    named = true
                }
                if named {
                    previousRun = index..<(runEnd + 1)
                    index = runEnd + 1
                    continue
                }
            }
            if count > 1, index >= count, !s[candidates[index - count].range.lowerBound..<firstStart].contains("。"),
               let verb = Self.backwardRespectively(prefixScalars) ?? Self.followingList(prefixScalars, after: previousRun, count: count, at: index) {
                var buffer: [Unicode.Scalar] = []
                for offset in 0..<count {
                    subjects.scalars(index - count + offset, of: s, into: &buffer)
                    var earlier = Text.string(MeaningRules.cleanSubject(buffer[...]))
                    for cue in bareCueWords where earlier.hasSuffix(cue) && earlier.count > cue.count {
                        earlier.removeLast(cue.count)
                        break
                    }
                    // (A figure's own verb, 分别增长3.2%、下降4.1%, before the list's.)
                    let ownVerb = ownVerbs.flatMap { offset < $0.count ? $0[offset] : nil } ?? verb
                    if let adverb = Self.respectivelyAdverb(prefixScalars) {
                        subjects.append([.text(earlier), .part(adverb), .part(ownVerb)])
                    } else {
                        subjects.append([.text(earlier), .part(ownVerb)])
                    }
                }
                previousRun = index..<(runEnd + 1)
                index = runEnd + 1
                continue
            }
            if count > 1, Self.respectively(prefixScalars, count: count, ownVerbs: ownVerbs?.map { $0.map { Self.ownSuffix($0, in: s) } },
                                            into: &subjects) {
                previousRun = index..<(runEnd + 1)
                index = runEnd + 1
                continue
            }
            if let implied = Self.impliedRespectively(prefixScalars, count: count),
               Self.respectively(prefixScalars, count: count, impliedAt: implied, into: &subjects) {
                previousRun = index..<(runEnd + 1)
                index = runEnd + 1
                continue
            }
            var base = MeaningRules.cleanedRange(prefixScalars)
            // `带动上万人就业`: 上 of a round bound is the figure's qualifier, not its noun's end.
            if base.range.upperBound == firstStart, MeaningRules.roundBoundBefore(firstStart, in: s) {
                base.range = base.range.lowerBound..<max(base.range.lowerBound, firstStart - 1)
            }
            // `建成35个先导区、1000个和美乡村`: between two counts stands only the first one's
            // noun and a list mark; the second takes the first one's verb, not that noun.
            if let (previousBase, nounEnd) = countList, from == candidates[index - 1].range.upperBound,
               nounEnd + 1 == firstStart, Self.isListMark(s[nounEnd]) {
                base = previousBase
            }
            countList = nil
            for offset in 0..<count {
                // `6.1万户14.2万名防返贫监测对象`: counts written one after the other count the
                // same noun, the one after the last of them.
                var position = index + offset
                let isMeasure = candidates[position].unit?.category == .measure
                while isMeasure, position + 1 < candidates.count,
                      candidates[position].range.upperBound == candidates[position + 1].range.lowerBound,
                      candidates[position + 1].unit?.category == .measure {
                    position += 1
                }
                let nextStart = position + 1 < candidates.count ? candidates[position + 1].range.lowerBound : nil
                let figureEnd = candidates[position].range.upperBound
                // `实现年均9%左右的地区生产总值增长目标`: a rate before 的 and a goal of growth is
                // the growth of what the goal names.
                if candidates[position].unit?.category == .percent, figureEnd < s.endIndex, s[figureEnd] == "的",
                   let goal = Self.growthGoal(after: figureEnd + 1, in: s) {
                    // (年均 before the rate stays with the verb: 地区生产总值年均增长.)
                    if base.range.count >= 2, s[base.range].suffix(2).elementsEqual("年均".unicodeScalars) {
                        subjects.append([.part(goal.lowerBound..<(goal.upperBound - 2)), .part((base.range.upperBound - 2)..<base.range.upperBound),
                                         .part((goal.upperBound - 2)..<goal.upperBound)])
                    } else {
                        subjects.append([.part(goal)])
                    }
                    continue
                }
                // `72%的县有了三级医院`, `80.1%的新出让工业用地`: a share before 的 is the share of
                // what follows it.
                // (Not where the words before it measure already: 完成增长5.5%的预期目标,
                // 覆盖率提高到35%的水平; nor before 的增速.)
                let shareOf = candidates[position].unit?.category == .percent && figureEnd < s.endIndex && s[figureEnd] == "的"
                    && (base.range.isEmpty || from != clauseStart || MeaningRules.nearestCue(in: s[from..<firstStart]) == nil)
                    && !Self.rateAfter(s, figureEnd + 1)
                // `完成20万平方米旧住房成套改造`: before an amount, a verb alone says nothing of what
                // is measured; the noun after the amount does, as after a count.
                let afterVerb = !isMeasure && !shareOf && candidates[position].unit?.category == .physical
                    && Self.isBareVerb(s[base.range])
                // `70%村卫生室实现一体化管理`, `九成以上养老助餐点覆盖城乡社区`: a share that opens its
                // clause, a noun right after it, is the share of what that noun does.
                let unitCategory = candidates[position].unit?.category
                let opensClause = (unitCategory == .percent || unitCategory == .tenths) && offset == 0 && count == 1
                    && base.range.isEmpty && from == clauseStart && figureEnd < s.endIndex
                    && s[figureEnd].isIdeograph && s[figureEnd] != "的" && !Self.rateAfter(s, figureEnd)
                let shareOfNoun = shareOf || opensClause
                var noun = isMeasure || shareOfNoun || afterVerb ? Self.followingNoun(after: figureEnd, in: s, nextStart: nextStart) : nil
                // `7100万江淮儿女倍感温暖`: people counted with no measure word are the people named,
                // not what they did.
                if candidates[position].unit?.is(.person) == true, figureEnd > s.startIndex, s[figureEnd - 1] == "万" || s[figureEnd - 1] == "亿",
                   case .part(let range)? = noun, let peopleEnd = QuantityScanner.peopleNounEnd(s, after: figureEnd), peopleEnd < range.upperBound {
                    noun = .part(range.lowerBound..<peopleEnd)
                }
                if isMeasure, position == index + offset,
                   noun.map(Assignment.isEmpty) ?? true || figureEnd < s.endIndex && Self.isListMark(s[figureEnd]),
                   let shared = Self.sharedNounAhead(after: candidates[position], next: position + 1 < candidates.count ? candidates[position + 1] : nil,
                                                     base: base.range, in: s) {
                    noun = shared
                }
                if shareOfNoun, let noun, !Assignment.isEmpty(noun) {
                    subjects.append([noun])
                    continue
                }
                // `投资超过550亿元的晋北采煤沉陷区新能源基地开工`, `设立总规模100亿元的科创母基金`: a
                // size written before 的 is the size of what the 的 names.
                if offset == 0, !base.closesQuote, let sized = Self.sizedThing(after: figureEnd, measure: base.range, in: s) {
                    subjects.append([.part(sized.thing), .part(sized.measure)])
                    continue
                }
                // (A count with no noun after it is counted by the words before it.)
                let noNoun = noun.map(Assignment.isEmpty) ?? true
                // `新能源产业快速崛起，装机规模达638.15兆瓦`: a measure alone measures the industry
                // that the clause before it (with no figure of its own) is about.
                if noNoun, !base.closesQuote, offset == 0, from == clauseStart, Self.isBareMeasure(s[base.range]),
                   let topic = Self.topicBefore(clauseStart, in: s, after: index > 0 ? candidates[index - 1].range.upperBound : s.startIndex) {
                    subjects.append([.part(topic), .part(base.range)])
                    continue
                }
                // `全省地区生产总值跨越两个万亿元台阶，达到6.3万亿元`, `科技型中小企业数量快速增长，突破2万家`:
                // a linking word alone, with no figure in the clause before it, links what that
                // clause measures.
                // (A bare cue says how: `全省经济总量连跨两个万亿元台阶，年均增长5.8%` is 经济总量's
                // growth, `工业投资由负转正，增长4.6%` 工业投资's.)
                // (Asked only of the few subjects of up to four scalars opening their clause.)
                if noNoun, offset == 0, from == clauseStart, base.range.count <= 4 {
                    let isBareCue = !base.range.isEmpty && isOne(of: bareCueScalars, s[base.range])
                    if base.range.isEmpty || isBareCue || isOne(of: linkingWordScalars, s[base.range]),
                       let measure = Self.measureBefore(clauseStart, in: s, after: index > 0 ? candidates[index - 1].range.upperBound : s.startIndex) {
                        subjects.append(isBareCue ? [.part(measure), .part(base.range)] : [.part(measure)])
                        continue
                    }
                }
                // `茶叶产量7.8万吨、产值65.2亿元`, `粮食播种面积52.4万亩，总产量20.3万吨`: a measure alone
                // right after the figure before it is of what that figure's subject names.
                if noNoun, offset == 0, index > 0, !base.range.isEmpty, base.range.count <= 4,
                   candidates[index - 1].range.upperBound + 1 >= base.range.lowerBound,
                   let previous = Self.onlyPart(index - 1, of: subjects).map({ previous in
                       // (Its own measure, not how it changed: 地方一般公共预算收入增长2.3%、支出超过7000亿元.)
                       previous.lowerBound..<(previous.upperBound - (Self.endingCue(s[previous]) ?? 0))
                   }),
                   let front = Self.sharedFront(of: base.range, first: previous, in: s) {
                    subjects.append([.part(front), .part(base.range)])
                    continue
                }
                // `中老铁路累计发送旅客4200万人次、运输货物5800万吨`: a clause of the same shape as
                // the one before (a verb and what it acts on, as long as the words after that
                // clause's 累计/全年) is of the owner that clause named first.
                if noNoun, offset == 0, index > 0, base.range.count >= 2, base.range.count <= 8,
                   candidates[index - 1].range.upperBound + 1 == base.range.lowerBound,
                   let previous = Self.onlyPart(index - 1, of: subjects),
                   let owner = Self.parallelOwner(of: base.range, after: previous,
                                                  listed: s[candidates[index - 1].range.upperBound] == "、", in: s) {
                    subjects.append([.part(owner), .part(base.range)])
                    continue
                }
                // `新开工高速公路500公里、建成通车300公里`: a verb alone after a figure whose subject is
                // a verb and what it acts on acts on the same thing.
                if noNoun, offset == 0, index > 0, base.range.count >= 2, base.range.count <= 4,
                   candidates[index - 1].range.upperBound + 1 == base.range.lowerBound,
                   let previous = Self.onlyPart(index - 1, of: subjects),
                   let object = Self.sharedObject(of: base.range, after: previous, in: s) {
                    subjects.append([.part(object), .part(base.range)])
                    continue
                }
                // `实施省列重大项目320个，完成投资2860亿元`, `完成老旧小区改造280个、惠及居民8.6万户`:
                // what follows up a count (the investment in it, the people it reached) is of what
                // that count counted.
                // (Only of works counted, not 累计 totals; nor before 的: 总投资40亿元的项目 is a
                // project's size.)
                // (`新开工高速公路3条、里程180公里`: the length of the lines counted.)
                if noNoun, offset == 0, index > 0, base.range.count >= 2, base.range.count <= 6,
                   candidates[index - 1].unit?.category == .measure,
                   candidates[index - 1].range.upperBound + 1 >= base.range.lowerBound,
                   figureEnd >= s.endIndex || s[figureEnd] != "的",
                   let previous = Self.onlyPart(index - 1, of: subjects), previous.count >= 2,
                   Self.followsUp(s[base.range], count: s[previous]) {
                    subjects.append([.part(previous), .part(base.range)])
                    continue
                }
                // `市属国有企业资产总额增长5%，营业收入增长6%，利润总额增长8%以上`: a measure and a
                // cue alone take the owner of the measure before them, each in turn.
                if noNoun, offset == 0, index > 0, base.range.count > 2, base.range.count <= 8,
                   candidates[index - 1].range.upperBound + 1 >= base.range.lowerBound,
                   let cue = Self.endingCue(s[base.range]), cue < base.range.count {
                    let measure = base.range.lowerBound..<(base.range.upperBound - cue)
                    let owner: Range<Int>?
                    if let carried = frontCarried, carried.figure == index - 1 {
                        owner = carried.front
                    } else if let previous = Self.onlyPart(index - 1, of: subjects), let previousCue = Self.endingCue(s[previous]),
                              previousCue < previous.count {
                        owner = Self.sharedFront(of: measure, first: previous.lowerBound..<(previous.upperBound - previousCue), in: s)
                    } else if let previous = Self.onlyPart(index - 1, of: subjects), Self.isMoneyMeasure(s[measure]) {
                        // (A firm's money measured before with no cue: 省属企业营业收入突破1.1万亿元，利润总额增长8.6%;
                        // not 营业 of 营业收入 alone, a verb, or a measure of another kind: 粮食总产量…，营业收入增长.)
                        owner = Self.sharedFront(of: measure, first: previous, in: s).flatMap { front in
                            let measured = s[front.upperBound..<previous.upperBound]
                            return Self.isMoneyMeasure(measured) && front.count >= 2 && !Self.opensWithVerb(s[front]) ? front : nil
                        }
                    } else {
                        owner = nil
                    }
                    if let owner {
                        subjects.append([.part(owner), .part(base.range)])
                        frontCarried = (owner, index)
                        continue
                    }
                }
                // `新增规上工业企业186家、国家级专精特新企业8家`: a noun after the figure before it and
                // a list mark takes that figure's verb of adding (what is new, not the stock).
                // (Only for counts of things and lengths: not money, areas or rates, which measure
                // more than new items: 缓缴社保费50亿元, 贷款余额增长10%.)
                if noNoun, offset == 0, count == 1, index > 0, !base.range.isEmpty, Self.countsItems(candidates[index]),
                   candidates[index - 1].range.upperBound < s.endIndex, s[candidates[index - 1].range.upperBound] == "、",
                   base.range.lowerBound - candidates[index - 1].range.upperBound <= 2,
                   let verb = Self.onlyPart(index - 1, of: subjects).flatMap({ Self.addingVerb(opening: $0, in: s) })
                    ?? verbCarried.flatMap({ $0.index == index - 1 ? $0.verb : nil }),
                   Self.addingVerb(opening: base.range, in: s) == nil, !Self.isStockOrMeasure(s[base.range]),
                   // (建成过江通道4座、在建8座: a state of its own.)
                   !Self.statesOfWork.contains(where: { Text.matches($0, in: s, at: base.range.lowerBound) }) {
                    subjects.append([.part(verb), .part(base.range)])
                    verbCarried = (verb, index)
                    continue
                }
                // (Most nouns end in no 级: only those are looked at again.)
                if case .part(let range)? = noun, range.count >= 2, s[range.upperBound - 1] == "级" {
                    subjects.append(base, of: s, noun: Self.gradedNoun(range, in: s))
                } else {
                    subjects.append(base, of: s, noun: noun)
                }
                if offset == count - 1, case .part(let range)? = noun, !range.isEmpty, position == index + offset {
                    countList = (base, range.upperBound)
                }
            }
            previousRun = index..<(runEnd + 1)
            index = runEnd + 1
        }
        // `生产总值6.36万亿元、增长5.1%`: a subject that is only a cue word continues the
        // previous figure's subject in the same sentence.
        var buffer: [Unicode.Scalar] = []
        // The subjects as the clauses gave them: figures of one list with the same one share
        // the first one's continued subject (`分别增长5%、6%、…`), instead of each extending the
        // one before it, which made the subjects of a long list grow with their number.
        let written = subjects.ranges
        for index in subjects.ranges.indices.dropFirst()
        where subjects.ranges[index].isEmpty || isBareCue(index, of: subjects, in: s, buffer: &buffer)
            || isOnlyLinkingWord(index, of: subjects, in: s)
            || Self.isGap(candidates[index]) && (isOnlyBenchmark(index, of: subjects, in: s) || isOnlyShareOf(index, of: subjects, in: s))
            || isOnlyTotal(index, of: subjects, in: s) || isOnlyComparison(index, of: subjects, in: s)
            || isOnlyChangeToYear(index, of: subjects, in: s) || Self.periodAndCue(index, of: subjects, in: s) != nil
            || Self.onlyPeriod(index, of: subjects, in: s) != nil || Self.quarterAndRate(index, of: subjects, in: s) != nil {
            // Not a rank's (`稳居全国前十强、增长4.8%` grows what the sentence is about).
            var source = index - 1
            while source > 0, candidates[source].kind == .rank { source -= 1 }
            // `进出口总额7200亿元（其中出口6100亿元），增长6.1%`: a figure in brackets closed before
            // this one is an aside; the figure before the bracket is what grew.
            if source > 0, s[candidates[source].range.upperBound..<candidates[index].range.lowerBound].contains("）"),
               s[candidates[source - 1].range.upperBound..<candidates[source].range.lowerBound].contains("（") {
                source -= 1
            }
            guard candidates[source].kind != .rank else { continue }
            // `跨越2000亿元、2500亿元两个台阶，2025年达到2850亿元左右`: a count named by the noun after
            // it (两个台阶) says nothing of an amount after it; the figure before it does.
            if source > 0, candidates[source].unit?.category == .measure, candidates[index].unit?.category != .measure,
               Self.namedByNounAfter(source, of: subjects, candidate: candidates[source]),
               !s[candidates[source - 1].range.upperBound..<candidates[source].range.lowerBound].contains("。") {
                source -= 1
            }
            let between = s[candidates[source].range.upperBound..<candidates[index].range.lowerBound]
            guard !between.contains("。"), !subjects.ranges[source].isEmpty else { continue }
            // `一季度全省生产总值增长6.1%，上半年增长5.5%，全年增长4.8%`: a period of the year and a
            // cue continue the measure before them, in their own period (the year's: none).
            // (And a cue alone, 全年 cleaned off, after a part of the year: the year's.)
            let periodCue = Self.periodAndCue(index, of: subjects, in: s)
            let bareCue = Self.onlyPart(index, of: subjects).flatMap { isOne(of: bareCueScalars, s[$0]) ? $0 : nil }
            // (What periods continue: not a gap to a benchmark in between, and only a measure that
            // moved as they did, `periodSource`.)
            if periodCue != nil || Self.quarterAndRate(index, of: subjects, in: s) != nil || Self.onlyPeriod(index, of: subjects, in: s) != nil {
                guard let periodSource = Self.periodSource(index, from: source, subjects: subjects, candidates: candidates, in: s, buffer: &buffer)
                else { continue }
                source = periodSource
            }
            if periodCue != nil || bareCue != nil {
                subjects.scalars(source, of: s, into: &buffer)
                let measure = Self.measureOfPeriod(buffer[...])
                if let cue = periodCue?.cue ?? (measure.hadPeriod ? bareCue : nil) {
                    guard !measure.scalars.isEmpty, !Self.isPeriod(measure.scalars) else { continue }
                    let own: [Piece] = periodCue.map { s[$0.period].elementsEqual(Self.wholeYear) ? [] : [.part($0.period)] } ?? []
                    let continued = own + [.text(Text.string(measure.scalars)), .part(cue)]
                    subjects.ranges[index] = subjects.pieces.count..<subjects.pieces.count + continued.count
                    subjects.pieces += continued
                    continue
                }
            }
            // `全省地区生产总值增长5.4%，一季度、上半年、前三季度分别增长5.6%、5.5%、5.4%`: a period
            // alone is the measure before it in that period, with the cue it had.
            // (`各季度增速分别为…`: each quarter's rate of that measure.)
            if let (quarter, rate) = Self.quarterAndRate(index, of: subjects, in: s) {
                subjects.scalars(source, of: s, into: &buffer)
                let measure = Self.measureOfPeriod(buffer[...]).scalars
                guard !measure.isEmpty, !Self.isPeriod(measure) else { continue }
                let continued: [Piece] = [.text(quarter), .text(Text.string(measure)), .part(rate)]
                subjects.ranges[index] = subjects.pieces.count..<subjects.pieces.count + continued.count
                subjects.pieces += continued
                continue
            }
            if let period = Self.onlyPeriod(index, of: subjects, in: s) {
                subjects.scalars(source, of: s, into: &buffer)
                let cue = bareCueScalars.first { buffer.count > $0.count && buffer.suffix($0.count).elementsEqual($0) }
                // (Not when what came before is a period left alone: 一季度、上半年、前三季度和全年分别
                // 增长… after a figure of another sentence measure nothing named.)
                let measure = Self.measureOfPeriod(buffer[...]).scalars
                guard !measure.isEmpty, !Self.isPeriod(measure) else { continue }
                let own: [Piece] = s[period].elementsEqual(Self.wholeYear) ? [] : [.part(period)]
                let continued = own + [.text(Text.string(measure) + (cue.map { Text.string($0) } ?? ""))]
                subjects.ranges[index] = subjects.pieces.count..<subjects.pieces.count + continued.count
                subjects.pieces += continued
                continue
            }
            if source == index - 1, subjects.pieces[written[index]] == subjects.pieces[written[source]] {
                subjects.ranges[index] = subjects.ranges[source]
                continue
            }
            // A subject is read no further back than this: chains of cues end (and stay linear).
            guard subjects.scalarCount(source) <= Self.longestContinued else { continue }
            // A total is not of one person (人均…) nor of one item of a whole (其中出口…).
            let isTotal = isOnlyTotal(index, of: subjects, in: s)
            if isTotal {
                subjects.scalars(source, of: s, into: &buffer)
                if buffer.starts(with: "人均".unicodeScalars) || buffer.starts(with: "其中".unicodeScalars) { continue }
            }
            // (产业投资比重提升至55.7%、提高4.7个百分点: a change in points is the share's.)
            let keepsShare = candidates[index].unit?.category == .points
            var continued = Self.continued(index, from: source, of: subjects, in: s, keepsShare: keepsShare, buffer: &buffer)
            // `新增经营主体80万户，达750万户`: what a count of the new ones reaches is the total.
            // (Not a stretch goal: 新增城镇就业5万人以上，力争6万人 is still of new jobs.)
            if Self.reachesTotal(candidates[index], after: candidates[source]), !Self.stretchWords.occurs(in: between),
               isTotal || isOnlyLinkingWord(index, of: subjects, in: s) {
                Self.dropNew(from: &continued, in: s)
            }
            subjects.ranges[index] = subjects.pieces.count..<subjects.pieces.count + continued.count
            subjects.pieces += continued
        }
        // `全省地区生产总值一季度增长5.4%`: a period of the year written between the measure and
        // its cue opens the subject, as it does when it continues one (上半年全省地区生产总值增长).
        for index in subjects.ranges.indices {
            guard let range = Self.onlyPart(index, of: subjects), range.count >= 6,
                  let (period, cue) = Self.periodBeforeCue(range, in: s) else { continue }
            let measure = range.lowerBound..<period.lowerBound
            let reordered: [Piece] = [.part(period), .part(measure), .part(cue)]
            subjects.ranges[index] = subjects.pieces.count..<subjects.pieces.count + reordered.count
            subjects.pieces += reordered
        }
    }

    /// The period of the year (not the whole year) and the cue closing `range`, when the period
    /// stands right before the cue and after a measure of two or more scalars that is no period.
    static func periodBeforeCue(_ range: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> (period: Range<Int>, cue: Range<Int>)? {
        guard let last = s[range].last, last == "长" || last == "降" || last == "速" || last == "加" || last == "少" || last == "高",
              let cue = periodCues.first(where: { range.count > $0.count && s[range].suffix($0.count).elementsEqual($0) }) else { return nil }
        let cueStart = range.upperBound - cue.count
        for length in stride(from: min(5, cueStart - range.lowerBound - 2), through: 2, by: -1) {
            let period = (cueStart - length)..<cueStart
            guard isPeriod(s[period]), !s[period].elementsEqual(wholeYear) else { continue }
            let measure = s[range.lowerBound..<period.lowerBound]
            guard measure.count >= 2, !isPeriod(measure), let previous = measure.last, !isListMark(previous),
                  !"、和及与前至到—-－".unicodeScalars.contains(previous) else { return nil }
            return (period, cueStart..<range.upperBound)
        }
        return nil
    }

    /// Cues a period of the year may stand before (一季度增长, 上半年同比下降).
    static let periodCues = ["同比增长", "同比下降", "增长", "下降", "增速", "增加", "减少", "提高"].map { Array($0.unicodeScalars) }

    /// Measures that say what is measured only of a topic named before them (总产值, 装机规模).
    static let bareMeasures = ["总产值", "产值", "规模", "总规模", "产业规模", "装机规模", "装机容量", "营业收入", "营收",
                               "增加值", "总量", "产量", "交易额", "营业额", "销售额", "总里程", "总装机"].map { Array($0.unicodeScalars) }

    /// Words of where a work stands, longest first: no verb of adding before them applies to
    /// them (在建8座), and one alone takes the works of the figure before it (竣工437个:
    /// `MetricExtractor.stateOfWork`).
    static let statesOfWork: [[Unicode.Scalar]] = ["建成投用", "建成投产", "开工建设", "新开工", "开工", "竣工", "完工", "投产", "投用", "投运",
                                                   "建成", "在建", "续建", "签约", "落地"].map { Array($0.unicodeScalars) }

    /// Whether `words` are only one of `bareMeasures`, maybe with a verb of change after it
    /// (增加值增长).
    static func isBareMeasure(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
        if isOne(of: bareMeasures, words) { return true }
        for cue in ["增长", "下降", "提高"] where words.count > 2 && words.suffix(2).elementsEqual(cue.unicodeScalars) {
            return isOne(of: bareMeasures, words.dropLast(2))
        }
        return false
    }

    /// Words that end the name of a topic (铜磷产业, 数字经济, 先进制造业集群).
    /// (And of things a total is told of: 经营主体, 高速公路.)
    private static let topicHeads = WordList(["产业", "行业", "经济", "集群", "制造业", "服务业", "主体", "公路", "铁路"])

    /// The topic that the clause before `clauseStart` opens with (`新能源产业快速崛起，`:
    /// 新能源产业): a name of three to twelve scalars ending in a topic head, in a clause of the
    /// same sentence with no figure (none ends after `after`).
    static func topicBefore(_ clauseStart: Int, in s: ArraySlice<Unicode.Scalar>, after: Int) -> Range<Int>? {
        guard let previousStart = clauseBefore(clauseStart, in: s, after: after) else { return nil }
        var end = previousStart
        while end < clauseStart - 1, end - previousStart < 12, s[end].isIdeograph {
            end += 1
            guard end - previousStart >= 3, topicHeads.suffix(of: s[previousStart..<end]) != nil, end < clauseStart - 1 else { continue }
            // 先进制造业集群: the longer name; 高新技术产业开发区, 数字产业园: a zone's, not an industry's.
            if s[end] == "集", s[end + 1] == "群" { return previousStart..<(end + 2) }
            if ["业", "济", "群", "园", "区", "链", "基", "开", "带"].contains(s[end]) { return nil }
            return previousStart..<end
        }
        return nil
    }

    /// Words of a stretch goal beyond a figure (力争6万人).
    static let stretchWords = WordList(["力争", "争取", "确保", "努力"])

    /// Words that end the name of a measure (生产总值, 经济总量, 社会消费品零售总额, 一般公共预算收入).
    static let measureHeads = WordList(["生产总值", "总量", "总值", "总额", "增加值", "收入", "产量", "产值", "规模", "吞吐量",
                                        "占比", "比重", "比例", "率", "强度", "指数", "面积", "里程", "人数", "总数", "数量",
                                        "价格", "投资", "进出口", "出口"])

    /// The measure that the clause before `clauseStart` opens with (`全省地区生产总值跨越…，`:
    /// 全省地区生产总值): its words up to the last measure head within 16 scalars, in a clause
    /// of the same sentence with no figure (none ends after `after`) that opens with no verb.
    static func measureBefore(_ clauseStart: Int, in s: ArraySlice<Unicode.Scalar>, after: Int) -> Range<Int>? {
        guard let previousStart = clauseBefore(clauseStart, in: s, after: after) else { return nil }
        // The last head within reach, not one inside a longer name (规模 of 规模以上工业增加值).
        var found: Int?
        var end = previousStart + 2
        while end < clauseStart - 1, end - previousStart <= 16, s[end - 1].isIdeograph {
            if measureHeads.suffix(of: s[previousStart..<end]) != nil, !(s[end] == "以" && s[end + 1] == "上"),
               !(s[end - 1] == "率" && (s[end] == "先" || s[end] == "领")), s[end] != "级" { found = end }
            end += 1
        }
        return found.map { previousStart..<$0 }
    }

    /// The start of the clause before `clauseStart` (after a comma, in the same sentence), when
    /// no figure ends in it (none after `after`) and it opens with no verb: a clause that opens
    /// with one (推动传统产业转型升级, 支持民营经济发展) is about doing something, not about what
    /// the figure after it measures.
    private static func clauseBefore(_ clauseStart: Int, in s: ArraySlice<Unicode.Scalar>, after: Int) -> Int? {
        guard clauseStart - 1 > s.startIndex, s[clauseStart - 1] == "，" || s[clauseStart - 1] == "," else { return nil }
        let previousStart = Clauses.start(of: clauseStart - 1, in: s)
        guard previousStart >= after, previousStart < clauseStart - 1,
              topicVerbs.prefix(of: s[previousStart..<clauseStart]) == nil else { return nil }
        return previousStart
    }

    /// Verbs a clause about doing something to an industry opens with.
    private static let topicVerbs = WordList(["推动", "推进", "支持", "坚持", "加快", "促进", "发展", "培育", "壮大", "打造",
                                              "实施", "深化", "做强", "做大", "做优", "提升", "引导", "鼓励", "聚焦", "围绕",
                                              "大力", "着力", "积极", "全力", "持续", "加强", "强化", "优化", "扩大", "布局"])

    /// The longest subject (in scalars) that a cue after it continues.
    static let longestContinued = 64

    /// The figure whose measure periods alone continue (`一季度、上半年分别增长…`, `各季度增速分别为…`):
    /// `source`, or the figure before it when `source` is a gap to a benchmark (增长5.6%（高于全国
    /// 0.6个百分点），各季度增速…); nil when that figure's measure did not move as the i-th figure
    /// does: another unit (城镇新增就业52万人，一季度、上半年分别完成…28%), a rate (失业率5.2%，
    /// 一季度…分别增长), or another verb (居民消费价格上涨0.3%，…分别增长).
    static func periodSource(_ index: Int, from source: Int, subjects: Assignment, candidates: UnsafeBufferPointer<Candidate>,
                             in s: ArraySlice<Unicode.Scalar>, buffer: inout [Unicode.Scalar]) -> Int? {
        var source = source
        if candidates[source].unit?.category == .points, source > 0, !subjects.ranges[source - 1].isEmpty,
           !s[candidates[source - 1].range.upperBound..<candidates[index].range.lowerBound].contains("。") {
            source -= 1
        }
        guard candidates[source].unit?.category == candidates[index].unit?.category else { return nil }
        subjects.scalars(source, of: s, into: &buffer)
        let measure = Self.measureOfPeriod(buffer[...]).scalars
        if candidates[index].unit?.category == .percent, rateEnds.suffix(of: measure) != nil { return nil }
        // The verb written before the i-th figure, after the periods, against the one the measure had.
        let before = s[max(s.startIndex, candidates[index].range.lowerBound - 6)..<candidates[index].range.lowerBound]
        if let own = movingVerbs.scalars.firstIndex(where: { verb in before.count >= verb.count && Text.matches(verb, in: before, at: before.endIndex - verb.count) }),
           let theirs = movingVerbs.suffix(of: buffer[...]), movingVerbs.scalars[own] != movingVerbs.scalars[theirs] {
            return nil
        }
        return source
    }

    /// Measures that are rates, whose periods' figures are no growth of them.
    static let rateEnds = WordList(["率", "比例", "比重", "占比", "失业率"])
    /// Verbs of a measure's movement that tell one measure from another (上涨 is prices').
    static let movingVerbs = WordList(["增长", "上涨", "下降", "回落"])

    static func isListMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "、" || scalar == "和" || scalar == "及"
    }
}
