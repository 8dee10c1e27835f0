import WorkbenchSDK

/// Subjects of lists: a 分别 list names its figures in order (`A、B、C…分别达到X、Y、Z`), two
/// names joined by 和 share a head or a tail, and periods of one measure take its name.
extension Subjects {
    /// The subjects of a 分别 list (`A、B、C营业收入预计分别达到X、Y、Z`, or two names joined by
    /// 和): the i-th name for the i-th of `count` figures when the numbers agree, else the whole
    /// clause. False (and nothing added) when `prefix` has no 分别. `ownVerbs` holds, for each
    /// figure, the verb of change written before it inside the list (`分别增长3.2%、下降4.1%`).
    /// `impliedAt`: where the verb of a list with no 分别 begins (`impliedRespectively`), read
    /// as if 分别 stood before it.
    static func respectively(_ prefix: ArraySlice<Unicode.Scalar>, count: Int, ownVerbs: [Range<Int>?]? = nil,
                             impliedAt: Int? = nil, into subjects: inout Assignment) -> Bool {
        guard prefix.allSatisfy(Text.isOwnCharacter) else {
            return impliedAt == nil && respectivelyAsText(prefix, count: count, into: &subjects)
        }
        // Characters are scalars here: the names split at 、 before the first 分别, as
        // `String.split` splits them (empty names left out).
        guard let split = impliedAt ?? Self.firstIndex(of: respectivelyScalars, in: prefix) else { return false }
        let verbStart = impliedAt ?? split + 2
        if industryTiers(prefix, before: split, count: count, into: &subjects) { return true }
        if benchmarks(prefix, after: split, count: count, into: &subjects) { return true }
        // `进出口总额和实际使用外资年均分别增长`: how the change is counted is no part of the last
        // name; each figure's subject ends with it.
        var namesEnd = split
        // (Not a name of its own: 网签销售面积环比、同比分别增长.)
        if split - 2 > prefix.startIndex, respectivelyAdverbs.contains(where: { prefix[(split - 2)..<split].elementsEqual($0) }),
           !["、", "和", "及"].contains(prefix[split - 3]) {
            namesEnd = split - 2
        } else if let comparison = Self.comparisonBefore(prefix, split) {
            // `事故起数、死亡人数较“十三五”同期分别下降`: what the falls are measured against is
            // every figure's, not a part of the last name.
            namesEnd = comparison
        }
        // (同比 says nothing a one-year figure does not: 通信器材类零售额.)
        // (A fall is each figure's: 事故起数、死亡人数分别下降 → 事故起数下降, 死亡人数下降, as a
        // figure of its own reads 刑事案件发案数下降.)
        // (A comparison is kept before a fall, as a single figure's is, and left out before a rise:
        // 存贷款余额较年初分别增长 → 存款余额, 贷款余额.)
        let keepsAdverb = prefix[namesEnd] != "同" && (!Self.isComparison(prefix[namesEnd]) || Self.eachFiguresVerb(prefix, at: verbStart) != nil)
        let listAdverb: [Piece] = namesEnd < split && keepsAdverb ? [.part(namesEnd..<split)] : []
        let doneMeasure = Self.eachFiguresVerb(prefix, at: verbStart) == nil ? Self.doneMeasure(prefix, at: verbStart) : nil
        // (A rise too, as a single figure's `地区生产总值增长`: 城镇、农村居民收入分别增长 → 城镇居民收入增长.)
        let ownVerb = Self.eachFiguresVerb(prefix, at: verbStart) ?? doneMeasure ?? Self.comparedFall(prefix, at: verbStart)
        let rise = ownVerb == nil ? Self.rise(prefix, at: verbStart) : nil
        var listVerb = (ownVerb ?? rise).map { [Piece.part($0)] } ?? []
        // (A figure with a verb of its own ends with that, not with the list's.)
        func adverb(_ offset: Int) -> [Piece] {
            guard let ownVerbs, offset < ownVerbs.count, let own = ownVerbs[offset] else { return listAdverb + listVerb }
            return listAdverb + [.part(own)]
        }
        // `全省地区生产总值四个季度分别增长…`, `一至四季度分别…`: each figure is its quarter's.
        if let (first, start) = QuarterLists.quarters(before: split, in: prefix, count: count),
           case let measure = MeaningRules.cleanedRange(prefix[prefix.startIndex..<start]).range, measure.count >= 2 {
            for offset in 0..<count {
                subjects.append([.text(QuarterLists.quarterNames[first - 1 + offset]), .part(measure)] + adverb(offset))
            }
            return true
        }
        // `全市生产总值增长5.6%，各季度增速分别为5.3%、…`: each quarter's rate (the measure it is of
        // continues the figure before: `periodAndCue`).
        if let (first, start, rate) = QuarterLists.quartersAndRate(before: split, in: prefix, count: count) {
            let measure = MeaningRules.cleanedRange(prefix[prefix.startIndex..<start]).range
            for offset in 0..<count {
                subjects.append([.text(QuarterLists.quarterNames[first - 1 + offset])] + (measure.count >= 2 ? [.part(measure)] : [])
                                + [.part(rate)])
            }
            return true
        }
        var names: [Range<Int>] = []
        var nameStart = prefix.startIndex
        for position in prefix.startIndex..<namesEnd where prefix[position] == "、" {
            if position > nameStart { names.append(nameStart..<position) }
            nameStart = position + 1
        }
        if namesEnd > nameStart { names.append(nameStart..<namesEnd) }
        // `工业用电量、公路货运量和铁路发运量分别增长12.4%、4%和4.7%`: the last two names joined
        // by 和 or 及.
        if names.count >= 2, names.count == count - 1, let last = names.last,
           let joint = Self.lastJoint(in: prefix[last]), joint.lowerBound > last.lowerBound, joint.upperBound < last.upperBound {
            names[names.count - 1] = last.lowerBound..<joint.lowerBound
            names.append(joint.upperBound..<last.upperBound)
        }
        // `一季度、上半年、前三季度、全年全市GDP分别增长…`: periods of one measure.
        if names.count == count, count > 1 {
            // (Padding aside only: cleaning would take 全年 off 全年全市GDP.)
            let cleaned = names.map { name -> Range<Int> in
                var (low, high) = (name.lowerBound, name.upperBound)
                while low < high, TextLines.isPadding(prefix[low]) { low += 1 }
                while low < high, TextLines.isPadding(prefix[high - 1]) { high -= 1 }
                return low..<high
            }
            if let measure = Self.measureAfterPeriods(cleaned, in: prefix) {
                for name in cleaned.dropLast() { subjects.append([.part(name), .part(measure)]) }
                subjects.append([.part(cleaned[cleaned.count - 1].lowerBound..<measure.upperBound)])
                return true
            }
            // `重点项目一季度、二季度分别完成投资…`: a measure, then its periods; with what was
            // done after 分别 (`doneMeasure`), each period's.
            // (So for any measure: 地区生产总值一季度、上半年…分别增长; the whole year, 全年, is no
            // period of its own.)
            if let (measure, first) = Self.measureBeforePeriods(cleaned, in: prefix) {
                let done: [Piece] = listVerb
                for name in [first] + cleaned.dropFirst() {
                    let period: [Piece] = prefix[name].elementsEqual(Self.wholeYear) ? [] : [.part(name)]
                    subjects.append(period + [.part(measure)] + done)
                }
                return true
            }
        }
        // `适龄儿童入园率和普惠率分别达96%和94%`: two names joined by 和 or 及. When the first is
        // the shorter, the second's end is most likely shared (`民营经济和普惠小微贷款余额`: both
        // are 贷款余额), and the whole is kept; a first name of two characters takes the second's
        // rest (`城镇和农村居民人均可支配收入`, `sharedTail`).
        if names.count == 1, count == 2, let joint = Self.lastJoint(in: prefix[prefix.startIndex..<namesEnd]),
           joint.lowerBound > names[0].lowerBound, joint.upperBound < namesEnd,
           joint.lowerBound - names[0].lowerBound >= namesEnd - joint.upperBound || joint.lowerBound - names[0].lowerBound == 2
            // (进出口总额和实际使用外资: the pair is the two names, not 进口 and 出口.)
            || Self.joinedPair(in: prefix[names[0].lowerBound..<joint.lowerBound]) != nil {
            names = [names[0].lowerBound..<joint.lowerBound, joint.upperBound..<namesEnd]
        }
        // (Periods alone, 一季度、上半年…分别增长, stay periods: they continue the measure before
        // them, `onlyPeriod`.)
        if rise != nil, names.count == count, names.allSatisfy({ Self.isPeriod(prefix[MeaningRules.cleanedRange(prefix[$0]).range]) }) {
            listVerb = []
        }
        let whole = MeaningRules.cleanedRange(prefix)
        // `城乡居民人均可支配收入分别增长5.5%和6.5%`: 城乡 is 城镇 and 农村 (also after 预计).
        if names.count == 1, count == 2, let at = Self.townAndCountry(in: prefix[MeaningRules.cleanedRange(prefix[names[0]]).range]) {
            let rest = MeaningRules.cleanedRange(prefix[(at + 2)..<names[0].upperBound]).range
            subjects.append([.text("城镇"), .part(rest)] + adverb(0))
            subjects.append([.text("农村"), .part(rest)] + adverb(1))
            return true
        }
        // `一二三产增加值分别增长3.5%、6%、5%`: the three tiers of the economy, one each.
        if names.count == 1, count == 3, let rest = Self.threeTiers(in: prefix[MeaningRules.cleanedRange(prefix[names[0]]).range]) {
            let measure = MeaningRules.cleanedRange(prefix[rest..<names[0].upperBound]).range
            for (offset, tier) in ["第一产业", "第二产业", "第三产业"].enumerated() {
                subjects.append([.text(tier), .part(measure)] + adverb(offset))
            }
            return true
        }
        // `存贷款余额分别增长14.4%和18.8%`: a word that joins two is each of them.
        if names.count == 1, count == 2, let (at, pair) = Self.joinedPair(in: prefix[names[0]]) {
            let before = MeaningRules.cleanedRange(prefix[names[0].lowerBound..<at]).range
            let rest = MeaningRules.cleanedRange(prefix[(at + 3)..<names[0].upperBound]).range
            for (offset, word) in pair.enumerated() { subjects.append([.part(before), .text(word), .part(rest)] + adverb(offset)) }
            return true
        }
        for offset in 0..<count {
            let name = names.count == count ? MeaningRules.cleanedRange(prefix[names[offset]]) : whole
            // `地方财政收入、支出`: a later name that is only a measure takes the first's front.
            if names.count == count, offset > 0, let front = Self.sharedFront(of: name.range, first: MeaningRules.cleanedRange(prefix[names[0]]).range, in: prefix) {
                subjects.append([.part(front), .part(name.range)] + adverb(offset))
                continue
            }
            if names.count == count, offset < count - 1, !name.range.isEmpty,
               var tail = sharedTail(of: name.range, last: MeaningRules.cleanedRange(prefix[names[count - 1]]).range, in: prefix) {
                // (`南宁、柳州、桂林三市PM2.5浓度`: the count of the places is none of them.)
                if let counted = Self.countOpening(prefix[tail]) { tail = counted..<tail.upperBound }
                subjects.append([.part(name.range)] + (name.closesQuote ? [.closingQuote] : []) + [.part(tail)] + adverb(offset))
                continue
            }
            if names.count == count, offset == count - 1, count > 1, !name.range.isEmpty,
               let tail = sharedTail(of: MeaningRules.cleanedRange(prefix[names[0]]).range, last: name.range, in: prefix),
               let counted = Self.countOpening(prefix[tail]) {
                subjects.append([.part(name.range.lowerBound..<tail.lowerBound), .part(counted..<tail.upperBound)] + adverb(offset))
                continue
            }
            // `装备、石化、能源四大产业增加值分别增长`: the last name counts the list (四大) before
            // the words they share; it is the last item and those words.
            if names.count == count, offset == count - 1, count > 1, !name.range.isEmpty,
               let tail = sharedTail(of: MeaningRules.cleanedRange(prefix[names[0]]).range, last: name.range, in: prefix),
               let (counted, rest) = Self.listCount(in: prefix[name.range.lowerBound..<tail.lowerBound]) {
                subjects.append([.part(name.range.lowerBound..<counted), .part(rest..<tail.lowerBound), .part(tail)] + adverb(offset))
                continue
            }
            if names.count == count, !name.range.isEmpty, case let own = adverb(offset), !own.isEmpty {
                subjects.append([.part(name.range)] + (name.closesQuote ? [.closingQuote] : []) + own)
                continue
            }
            subjects.append(name.range.isEmpty && !name.closesQuote ? whole : name, of: prefix)
        }
        return true
    }

    /// Where a count of a list's items (`四大`, `3个`, `五类`) begins in `words`, after at least
    /// two characters of the last item's own, and where the words after it begin that are more
    /// than a description of the group (主导, 千亿级): `三大主导` → its end; `两类开发区` →
    /// 开发区, the items' noun. Nil when there is no count.
    static func listCount(in words: ArraySlice<Unicode.Scalar>) -> (count: Int, rest: Int)? {
        for position in words.indices.dropFirst(2) where position + 1 < words.endIndex
            && (NumberReader.digit(words[position]) != nil || Enumerators.digit(words[position]) != nil || words[position] == "两")
            && listCountWords.contains(words[position + 1])
            && NumberReader.digit(words[position - 1]) == nil && Enumerators.digit(words[position - 1]) == nil {
            var rest = words[(position + 2)...]
            while let word = groupWords.first(where: { rest.starts(with: $0) }) { rest = rest.dropFirst(word.count) }
            return (position, rest.startIndex)
        }
        return nil
    }

    /// Words that describe a group of industries or sectors (主导, 支柱, 千亿级).
    static let groupWords = ["主导", "支柱", "传统", "新兴", "优势", "重点", "特色", "主要", "战略性", "先导", "未来",
                             "万亿级", "千亿级", "百亿级"].map { Array($0.unicodeScalars) }

    static let listCountWords: Set<Unicode.Scalar> = ["大", "个", "类", "项"]

    /// Where the words after a count of the list's places or items that opens `tail` begin
    /// (`三市PM2.5浓度`: `PM2.5浓度`); nil when no such count opens it.
    static func countOpening(_ tail: ArraySlice<Unicode.Scalar>) -> Int? {
        var position = tail.startIndex
        while position < tail.endIndex, Enumerators.digit(tail[position]) != nil || NumberReader.digit(tail[position]) != nil || tail[position] == "两" {
            position += 1
        }
        guard position > tail.startIndex, position + 1 < tail.endIndex, countedPlaces.contains(tail[position]) else { return nil }
        return position + 1
    }

    static let countedPlaces: Set<Unicode.Scalar> = ["市", "县", "区", "省", "地", "州", "大", "个", "类", "项"]

    /// A verb right at `index`, after 分别, that each figure's subject ends with: a fall (下降, 降低,
    /// 减少, 压减) or a herd's measure (肉牛、生猪分别出栏120万头、800万头); nil for others.
    static func eachFiguresVerb(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Range<Int>? {
        guard index + 2 <= s.endIndex, isOne(of: eachFiguresVerbs, s[index..<(index + 2)]) else { return nil }
        return index..<(index + 2)
    }

    /// Where `占…比重` (比例, 份额) begins in `name`, with at least two characters before it;
    /// nil when it does not end so.
    static func shareOfWhole(in name: ArraySlice<Unicode.Scalar>) -> Int? {
        guard name.count >= 6, name[name.endIndex - 2] == "比" && (name.last == "重" || name.last == "例")
                || name[name.endIndex - 2] == "份" && name.last == "额",
              let mark = name.lastIndex(of: "占"), mark - name.startIndex >= 2, name.endIndex - mark >= 4 else { return nil }
        return mark
    }

    /// `分别比“十三五”时期下降14.1%、16.2%`: a comparison after 分别 at `index` and a fall that
    /// ends `s` (right before the first figure): each figure's, as `能耗比上年下降` is a single
    /// figure's. Nil for a rise, or anything but a comparison between.
    static func comparedFall(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Range<Int>? {
        guard index < s.endIndex, isComparison(s[index]), s.endIndex - index <= 16, s.endIndex - index >= 4,
              eachFiguresVerb(s, at: s.endIndex - 2) != nil,
              !s[index..<s.endIndex].contains(where: { $0 == "，" || $0 == "；" || $0 == "、" }) else { return nil }
        return index..<s.endIndex
    }

    private static func isComparison(_ scalar: Unicode.Scalar) -> Bool { scalar == "比" || scalar == "较" }

    /// Where a comparison (比上年, 较“十三五”同期) that ends at 分别 (`split`) begins, after the
    /// last list mark; nil when there is none (占GDP比重, 比例 and 占比 are measures, not comparisons).
    static func comparisonBefore(_ s: ArraySlice<Unicode.Scalar>, _ split: Int) -> Int? {
        var position = split - 3
        while position > s.startIndex, split - position <= 12 {
            let scalar = s[position]
            if scalar == "、" || scalar == "和" || scalar == "，" || scalar == "及" { return nil }
            if isComparison(scalar), !["重", "例", "率", "较"].contains(s[position + 1]),
               !["占", "对", "相", "环", "同", "类", "比", "、", "和"].contains(s[position - 1]) {
                return position
            }
            position -= 1
        }
        return nil
    }

    /// `分别完成投资800亿元、…`: a verb of doing and what was done (完成投资, 实现营业收入), the
    /// whole of what stands between 分别 at `index` and the first figure: each figure's measure.
    static func doneMeasure(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Range<Int>? {
        guard index + 4 <= s.endIndex, s.endIndex - index <= 8, isOne(of: doneVerbs, s[index..<(index + 2)]),
              s[index...].allSatisfy({ Text.isOwnCharacter($0) && !TextLines.isPadding($0) }) else { return nil }
        return index..<s.endIndex
    }

    private static let doneVerbs = ["完成", "实现"].map { Array($0.unicodeScalars) }

    /// At a list mark `end` right before a verb of change and the figure at `nextStart`
    /// (`、下降4.1%`), the verb. Nil for anything else between.
    static func changeVerbAfterMark(_ s: ArraySlice<Unicode.Scalar>, _ end: Int, _ nextStart: Int) -> Range<Int>? {
        guard nextStart - end == 3, s[end] == "、", isOne(of: changeVerbs, s[(end + 1)..<nextStart]) else { return nil }
        return (end + 1)..<nextStart
    }

    /// The part of a figure's own verb (`changeVerbAfterMark`) its subject ends with after
    /// 分别 names it: a fall (as the list's own), else nothing (an empty range).
    static func ownSuffix(_ verb: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> Range<Int> {
        eachFiguresVerb(s, at: verb.lowerBound) ?? verb.upperBound..<verb.upperBound
    }

    private static let changeVerbs = ["增长", "下降", "减少", "降低", "提高", "上升", "增加", "回落", "下滑", "提升"].map { Array($0.unicodeScalars) }

    /// `增长` right after 分别 (and right before the first figure): a rise each figure measures.
    static func rise(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Range<Int>? {
        guard index + 2 == s.endIndex, s[index] == "增", s[index + 1] == "长" else { return nil }
        return index..<(index + 2)
    }

    private static let eachFiguresVerbs = ["下降", "降低", "减少", "压减", "回落", "下滑", "出栏", "存栏"].map { Array($0.unicodeScalars) }

    /// Whether a rate or a goal follows at `index` (`的增速`, `的目标`): what the figure before
    /// it is, not what it is a share of.
    static func rateAfter(_ s: ArraySlice<Unicode.Scalar>, _ index: Int) -> Bool {
        guard index + 2 <= s.endIndex else { return false }
        return isOne(of: rateWords, s[index..<(index + 2)])
    }

    private static let rateWords = ["增速", "增幅", "速度", "幅度", "目标", "任务", "水平"].map { Array($0.unicodeScalars) }

    /// The last 和, 及 or 以及 that joins two names in `text` (not 和 of 和谐, 中和, nor 及 of 普及,
    /// 涉及, 危及), as the range of the joining word.
    static func lastJoint(in text: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var position = text.endIndex - 1
        while position >= text.startIndex {
            let previous: Unicode.Scalar? = position > text.startIndex ? text[position - 1] : nil
            let next: Unicode.Scalar? = position + 1 < text.endIndex ? text[position + 1] : nil
            if text[position] == "和", next.map({ !["谐", "平", "美", "睦"].contains($0) }) ?? true,
               previous.map({ !["中", "温", "随", "调", "缓", "祥"].contains($0) }) ?? true {
                return position..<(position + 1)
            }
            if text[position] == "及" {
                if previous == "以" { return (position - 1)..<(position + 1) }
                // I类及以上, 3岁及以下: a bound, not a second name.
                if next == "以" {
                    position -= 1
                    continue
                }
                if previous.map({ !["普", "涉", "危", "触", "波", "顾", "惠", "遍"].contains($0) }) ?? true,
                   next.map({ $0 != "时" }) ?? true {
                    return position..<(position + 1)
                }
            }
            position -= 1
        }
        return nil
    }

    /// `第一、二、三产业增加值增长3.5%、5.6%、6.2%`, `城镇、农村居民人均可支配收入增长4.5%、6.6%`: a list
    /// of names before a verb of change or of reaching, with as many figures after it and no
    /// 分别, is read as one with 分别; where the verb begins. Nil unless the clause is only the
    /// names (at least two, split at 、 alone) and the verb.
    static func impliedRespectively(_ prefix: ArraySlice<Unicode.Scalar>, count: Int) -> Int? {
        guard count > 1, prefix.count > 4, prefix.allSatisfy(Text.isOwnCharacter),
              let cue = impliedVerbs.suffix(of: prefix) else { return nil }
        let split = prefix.endIndex - impliedVerbs.scalars[cue].count
        var names = 1
        var nameStart = prefix.startIndex
        for position in prefix.startIndex..<split {
            switch prefix[position] {
            case "、":
                guard position > nameStart else { return nil }
                names += 1
                nameStart = position + 1
            case "，", "；", "：", "（", "）", "分": return nil
            default: break
            }
        }
        return names == count && split > nameStart ? split : nil
    }

    private static let impliedVerbs = WordList(["同比增长", "增长", "下降", "提高", "降低", "达到", "为"])

    /// The number of names before 分别 in `prefix` (split at 、 and a last 和 or 及), when it has 分别.
    static func respectivelyNames(_ prefix: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let split = Self.firstIndex(of: respectivelyScalars, in: prefix) else { return nil }
        let marks = prefix[prefix.startIndex..<split].filter { $0 == "、" }.count
        let joined = Self.lastJoint(in: prefix[prefix.startIndex..<split]) != nil ? 1 : 0
        return marks + joined + 1
    }

    /// Words that join two (`存贷款`: 存款 and 贷款), with the two.
    static let joinedPairs: [(word: [Unicode.Scalar], pair: [String])] = [
        ("存贷款", ["存款", "贷款"]), ("进出口", ["进口", "出口"]), ("中小学", ["中学", "小学"]),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// Where one of `joinedPairs` stands in `name`, and its two words.
    static func joinedPair(in name: ArraySlice<Unicode.Scalar>) -> (Int, [String])? {
        for position in name.indices where position + 3 <= name.endIndex {
            if let entry = joinedPairs.first(where: { name[position..<(position + 3)].elementsEqual($0.word) }) { return (position, entry.pair) }
        }
        return nil
    }

    /// For names that are all periods but the last, which is a period and then a measure
    /// (`一季度`, `上半年`, `全年全市GDP`), the measure.
    static func measureAfterPeriods(_ names: [Range<Int>], in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard names.dropLast().allSatisfy({ isPeriod(s[$0]) }), let last = names.last, last.count > 2 else { return nil }
        for length in stride(from: min(5, last.count - 2), through: 2, by: -1) where isPeriod(s[last.lowerBound..<(last.lowerBound + length)]) {
            return (last.lowerBound + length)..<last.upperBound
        }
        return nil
    }

    /// For names that are all periods but the first, which is a measure and then a period
    /// (`重点项目一季度`, `二季度`), the measure and the first period.
    static func measureBeforePeriods(_ names: [Range<Int>], in s: ArraySlice<Unicode.Scalar>) -> (measure: Range<Int>, period: Range<Int>)? {
        guard names.dropFirst().allSatisfy({ isPeriod(s[$0]) }), let first = names.first, first.count > 3 else { return nil }
        for length in stride(from: min(5, first.count - 2), through: 2, by: -1) where isPeriod(s[(first.upperBound - length)..<first.upperBound]) {
            let measure = MeaningRules.cleanedRange(s[first.lowerBound..<(first.upperBound - length)]).range
            guard measure.count >= 2 else { return nil }
            return (measure, (first.upperBound - length)..<first.upperBound)
        }
        return nil
    }

    /// A period of a year written in words (`一季度`, `前三季度`, `上半年`, `全年`, `1—11月`, `12月份`).
    static func isPeriod(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (2...5).contains(name.count), let last = name.last else { return false }
        let secondLast = name[name.endIndex - 2]
        // (Months and quarters are numbered: 1—11月, 前11个月, 前三季度; not 额12月份, 加值一季度.)
        func numbered(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
            !words.isEmpty && words.allSatisfy {
                NumberReader.digit($0) != nil || Enumerators.digit($0) != nil || PeriodResolver.isSpanMark($0) || $0 == "前" || $0 == "第" || $0 == "个"
            }
        }
        if last == "月" || last == "份" && secondLast == "月" && name.count > 2 { return numbered(name.dropLast(last == "月" ? 1 : 2)) }
        if last == "度", secondLast == "季" { return numbered(name.dropLast(2)) }
        // (上半年, 下半年, 全年; not 总额上半年.)
        guard last == "年" else { return false }
        return name.count == 3 && secondLast == "半" && (name.first == "上" || name.first == "下") || name.count == 2 && name.first == "全"
    }

    /// Where the measure after 一二三产 (or 一二三产业) opening `name` begins, after a scope
    /// word (全省一二三产…) if any.
    static func threeTiers(in name: ArraySlice<Unicode.Scalar>) -> Int? {
        var start = name.startIndex
        if name.count > 4, name[start] == "全", ["省", "市", "区", "县"].contains(name[start + 1]) { start += 2 }
        guard name.endIndex - start > 4, name[start] == "一", name[start + 1] == "二", name[start + 2] == "三", name[start + 3] == "产" else {
            return nil
        }
        let rest = start + 4
        return name[rest] == "业" ? rest + 1 : rest
    }

    /// Where 城乡 opens `name`, after a scope word (全省城乡居民…) if any.
    static func townAndCountry(in name: ArraySlice<Unicode.Scalar>) -> Int? {
        var start = name.startIndex
        if name.count > 4, name[start] == "全", ["省", "市", "区", "县"].contains(name[start + 1]) { start += 2 }
        guard name.endIndex - start > 2, name[start] == "城", name[start + 1] == "乡" else { return nil }
        return start
    }

    /// What an earlier name of a 分别 list shares with the last one, written only there: the
    /// rest after a two-character first name (`城镇、农村居民人均可支配收入`: 居民人均可支配收入) or
    /// after a parallel word (`城镇居民、农村居民人均可支配收入`: 人均可支配收入), or the measure the
    /// last name ends with (`新一代信息技术、高端装备产业增加值`: 产业增加值).
    static func sharedTail(of name: Range<Int>, last: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard last.count > 2, name != last, !name.isEmpty else { return nil }
        // `规上工业增加值、进出口、实际使用外资增速分别居全省第3、第5和第2位`: each name's rate of
        // growth, whatever its own measure.
        if last.count >= 4, name.count >= 2, let rate = growthRateWords.first(where: { s[(last.upperBound - 2)..<last.upperBound].elementsEqual($0) }),
           !s[(name.upperBound - 2)..<name.upperBound].elementsEqual(rate) {
            return (last.upperBound - 2)..<last.upperBound
        }
        // `研发投入、数字经济占GDP比重`: a share of a whole written after the last name is every
        // name's (from 占 on), unless the name has one of its own.
        // (With the measure before 占: 文化及相关产业、旅游及相关产业增加值占地区生产总值比重.)
        if var share = shareOfWhole(in: s[last]), !s[name].contains("占") {
            if let head = sharedHeads.first(where: { share - last.lowerBound >= $0.count + 2 && s[(share - $0.count)..<share].elementsEqual($0) }),
               !s[name].elementsEqual(head) {
                // (An industry's name keeps its one 产业: 文化及相关产业 + 增加值.)
                let industry = s[name.upperBound - 1] == "业" && head.count > 3 && head[0] == "产" && head[1] == "业"
                share -= industry ? head.count - 2 : head.count
            }
            return share..<last.upperBound
        }
        // `企业数、总产值`, `新开工入库项目数、总投资`: a name that ends with a measure is whole.
        // (Not 化学需氧量, a substance: 化学需氧量、氨氮排放量 are both emissions.)
        if completeEnds.contains(s[name.upperBound - 1]),
           !(name.count >= 3 && s[(name.upperBound - 3)..<name.upperBound].elementsEqual(oxygenDemand)) { return nil }
        // The measure after the last name's own words, at least two of them (not 总 of 总投资).
        // (`牛、羊饲养量`: one character before the measure names an item as well.)
        // (Not 省、市两级医院覆盖率: more than one character before the measure is a name of its own.)
        // (`铜、光伏、锂电、航空产业营业收入`: one character before 产业 and the measure names an
        // industry too.)
        if name.count == 1, let head = sharedHeads.first(where: { last.count >= $0.count + 4 && s[(last.upperBound - $0.count)..<last.upperBound].elementsEqual($0) }),
           s[last.upperBound - head.count - 2] == "产", s[last.upperBound - head.count - 1] == "业" {
            return (last.upperBound - head.count - 2)..<last.upperBound
        }
        for head in sharedHeads where (name.count == 1 ? last.count == head.count + 1 : last.count >= head.count + 2)
            && s[(last.upperBound - head.count)..<last.upperBound].elementsEqual(head) {
            let ownEnd = s[(max(name.lowerBound, name.upperBound - head.count))..<name.upperBound]
            if ownEnd.elementsEqual(head) { return nil }
            // `高技术制造业、六大优势产业增加值`: a name that ends with 业 is an industry already.
            var start = last.upperBound - head.count
            if s[name.upperBound - 1] == "业", head.count > 3, head[0] == "产", head[1] == "业" { return (start + 2)..<last.upperBound }
            // `主城都市区、渝东北、渝东南PM2.5年均浓度`: places share the pollutant as well (not
            // PM2.5、PM10平均浓度, where the pollutants are the names).
            if !s[name].contains(where: \.isASCII) {
                while start - 1 > last.lowerBound, s[start - 1].isASCII, s[start - 1] != " " { start -= 1 }
            }
            return start..<last.upperBound
        }
        // `城镇居民、农村居民人均可支配收入`: the last name opens with a word as long as this one
        // and ending with the same character; what follows that word is theirs both.
        if name.count > 2, last.count >= name.count + 2, s[name.upperBound - 1] == s[last.lowerBound + name.count - 1],
           !s[name].contains(where: notParallel.contains) {
            return (last.lowerBound + name.count)..<last.upperBound
        }
        // Two words of two characters each, neither a grade or a period (省级、国家级开发区 and
        // 第1、2季度 share nothing so).
        // (城市和农村居民…: before 农村 or 乡村, 城市 is the town's side, not a grade.)
        let lastOpening = s[last.lowerBound..<(last.lowerBound + 2)]
        if name.count == 2, !s[name].contains(where: notParallel.contains) || isOne(of: countrySides, lastOpening),
           !lastOpening.contains(where: notParallel.contains) {
            return (last.lowerBound + 2)..<last.upperBound
        }
        // `满洲里、二连浩特口岸过货量`, `库布其、毛乌素沙漠治理区林草覆盖度`: a kind of place after
        // the last name's own words, and what is measured there, are every name's.
        if name.count >= 2, !s[name].contains(where: { !$0.isIdeograph }) {
            var position = last.lowerBound + 2
            while position + 3 < last.upperBound {
                if let kind = placeKinds.first(where: { Text.matches($0, in: s, at: position) }),
                   position + kind.count + 2 <= last.upperBound, Text.firstIndex(of: kind, in: s[name]) == nil {
                    return position..<last.upperBound
                }
                position += 1
            }
        }
        return nil
    }

    /// Kinds of places written after a proper name (口岸, 沙漠, 开发区 …): where a list's names end.
    static let placeKinds = ["口岸", "沙漠", "沙地", "机场", "港口", "园区", "开发区", "高新区", "新区", "片区", "综合保税区",
                             "综保区", "流域", "盆地", "草原", "林区", "矿区", "景区"].map { Array($0.unicodeScalars) }

    /// Measures a name may be alone (`支出` after `地方财政收入、`), longest first.
    static let frontMeasures = ["资产总额", "营业收入", "总产值", "增加值", "产值", "收入", "支出", "利润", "营收", "产量", "销量", "总额", "余额", "税收",
                                "同比", "环比", "总产量", "播种面积", "利润总额"]
        .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    /// The last scalars of `frontMeasures` (most names end with none of them).
    static let frontMeasureLasts = Set(frontMeasures.compactMap(\.last))

    /// For a name that is only one of `frontMeasures`, the front of the first name before its
    /// own measure (`规上工业总产值、增加值`: 规上工业).
    /// (Or a name that is the counterpart of the first's measure, written with the same words
    /// after it: `货物进口、出口`, `金融机构存款余额、贷款余额`.)
    static func sharedFront(of name: Range<Int>, first: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard name != first, let last = s[name].last else { return nil }
        if let front = counterpartFront(of: name, first: first, in: s) { return front }
        guard frontMeasureLasts.contains(last),
              frontMeasures.contains(where: { s[name].elementsEqual($0) }) else { return nil }
        for measure in frontMeasures where first.count >= measure.count + 2
            && s[(first.upperBound - measure.count)..<first.upperBound].elementsEqual(measure) {
            return first.lowerBound..<(first.upperBound - measure.count)
        }
        return nil
    }

    /// Measures written in pairs, each the other's counterpart (进口 and 出口).
    static let counterparts: [([Unicode.Scalar], [Unicode.Scalar])] = [("进口", "出口"), ("存款", "贷款"), ("收入", "支出")]
        .flatMap { pair in [(Array(pair.0.unicodeScalars), Array(pair.1.unicodeScalars)), (Array(pair.1.unicodeScalars), Array(pair.0.unicodeScalars))] }

    /// The first scalars of `counterparts` (most names open with none of them).
    static let counterpartOpenings = Set(counterparts.map { $0.0[0] })

    /// The front of `first` before its measure, when `name` opens with that measure's
    /// counterpart and goes on as `first` does after it (`出口` after `货物进口`: 货物).
    static func counterpartFront(of name: Range<Int>, first: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard name.count >= 2, name.count <= 6, let opening = s[name].first, counterpartOpenings.contains(opening) else { return nil }
        for (own, other) in counterparts where s[name].starts(with: own) {
            let rest = s[(name.lowerBound + own.count)..<name.upperBound]
            guard first.count >= other.count + rest.count + 2,
                  s[(first.upperBound - rest.count)..<first.upperBound].elementsEqual(rest) else { continue }
            let measureStart = first.upperBound - rest.count - other.count
            guard s[measureStart..<(measureStart + other.count)].elementsEqual(other),
                  s[first.lowerBound..<measureStart].allSatisfy({ $0.isIdeograph }) else { continue }
            return first.lowerBound..<measureStart
        }
        return nil
    }

    static let countrySides = ["农村", "乡村"].map { Array($0.unicodeScalars) }

    /// Characters of grades, ordinals and periods, which make no parallel words.
    static let notParallel: Set<Unicode.Scalar> = ["级", "第", "度", "季", "年", "月", "省", "市", "区", "县"]

    static let oxygenDemand = Array("需氧量".unicodeScalars)

    /// Last scalars of names that already say what they measure (数, 额, 量, 值, 率, 资, 入).
    static let completeEnds: Set<Unicode.Scalar> = ["数", "额", "量", "值", "率", "资", "入"]

    /// Words for a rate of growth a list of names shares.
    static let growthRateWords = ["增速", "增幅"].map { Array($0.unicodeScalars) }

    /// Measures a list of names shares (`A、B营业收入分别增长`), longest first.
    static let sharedHeads = ["产业增加值占比", "增加值占比", "增加值比重", "产业增加值", "营业收入", "贷款余额", "存款余额", "增加值", "销售额", "零售额", "总额", "余额", "投资", "产量", "产值", "利润",
                              "毛入学率", "饲养量", "存栏量", "出栏量", "覆盖率", "普及率",
                              // (牛、羊出栏; 酱香白酒、新能源电池及材料、现代化工产业规模.)
                              "出栏", "存栏", "产业规模",
                              // (PM2.5、PM10平均浓度; 化学需氧量、氨氮排放量.)
                              "平均浓度", "年均浓度", "排放量", "排放总量",
                              // (新能源汽车、家电类消费分别增长.)
                              "消费",
                              // (高速公路、铁路总里程; 风电、光伏装机; 港口货物、集装箱吞吐量; 数字经济、海洋经济规模.)
                              "总里程", "通车里程", "运营里程", "里程", "总量", "吞吐量", "装机容量", "装机", "发电量", "保有量",
                              "人数", "面积", "规模",
                              // (刑事治安、涉诈、涉毒警情; 城市低保、农村低保标准.)
                              "警情", "标准",
                              // (集成电路、锂电池出口; 对非洲、拉美市场出口; 汽车、手机销量.)
                              "进出口", "出口额", "进口额", "出口", "进口", "销量"]
        .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    private static let respectivelyScalars: [Unicode.Scalar] = ["分", "别"]

    /// `人均可支配收入分别为39310元、20356元，增长5.5%、5.6%`: a list right after a list of as
    /// many figures (`previous`), with only a cue before it, pairs with it; the cue's range.
    static func followingList(_ prefix: ArraySlice<Unicode.Scalar>, after previous: Range<Int>?, count: Int, at index: Int) -> Range<Int>? {
        guard let previous, previous == (index - count)..<index else { return nil }
        let cleaned = MeaningRules.cleanedRange(prefix).range
        return !cleaned.isEmpty && isOne(of: bareCueScalars, prefix[cleaned]) ? cleaned : nil
    }

    /// How a change is counted, right before the 分别 that opens `prefix` (after its comma):
    /// `年均分别增长` is each figure's 年均增长.
    static func respectivelyAdverb(_ prefix: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var start = prefix.startIndex
        while start < prefix.endIndex, Clauses.isBoundary(prefix[start]) || prefix[start] == " " { start += 1 }
        guard start + 4 <= prefix.endIndex else { return nil }
        for adverb in respectivelyAdverbs where prefix[start..<(start + 2)].elementsEqual(adverb) {
            guard prefix[start + 2] == "分", prefix[start + 3] == "别" else { return nil }
            return start..<(start + 2)
        }
        return nil
    }

    static let respectivelyAdverbs = ["年均", "同比", "累计"].map { Array($0.unicodeScalars) }

    /// The verb after a 分别 that opens `prefix` (nothing but marks before it), as a range of
    /// `prefix` (empty for a linking word such as 达到); nil when `prefix` does not open so.
    static func backwardRespectively(_ prefix: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var start = prefix.startIndex
        while start < prefix.endIndex, Clauses.isBoundary(prefix[start]) || prefix[start] == " " { start += 1 }
        // (`年均分别增长6.5%、9.2%`: how the change is counted may come first; `respectivelyAdverb`.)
        if let adverb = respectivelyAdverb(prefix) { start = adverb.upperBound }
        // 分别, or 各 (`、各增长6.5%和9.5%`).
        let length: Int
        if start + 2 <= prefix.endIndex, prefix[start] == "分", prefix[start + 1] == "别" {
            length = 2
        } else if start + 1 < prefix.endIndex, prefix[start] == "各" {
            length = 1
        } else {
            return nil
        }
        let verb = (start + length)..<prefix.endIndex
        if isOne(of: linkingWordScalars, prefix[verb]) { return verb.upperBound..<verb.upperBound }
        // 各 only before a cue (各增长): 各级, 各地 and 各类 begin nouns.
        if length == 1, !isOne(of: bareCueScalars, prefix[verb]) { return nil }
        return verb
    }

    /// `respectively` with `String`'s rules, for text with scalars that are not characters of
    /// their own.
    private static func respectivelyAsText(_ prefixScalars: ArraySlice<Unicode.Scalar>, count: Int,
                                           into subjects: inout Assignment) -> Bool {
        let prefix = Text.string(prefixScalars)
        guard let split = Text.range(of: "分别", in: prefix) else { return false }
        var names = String(prefix[..<split.lowerBound]).split(separator: "、").map(String.init)
        if names.count == 1, count == 2, let joint = names[0].lastIndex(where: { $0 == "和" || $0 == "及" }),
           joint > names[0].startIndex, names[0].index(after: joint) < names[0].endIndex,
           names[0][..<joint].count >= names[0][names[0].index(after: joint)...].count {
            names = [String(names[0][..<joint]), String(names[0][names[0].index(after: joint)...])]
        }
        let whole = MeaningRules.cleanSubject(prefix)
        for offset in 0..<count {
            let name = names.count == count ? MeaningRules.cleanSubject(names[offset]) : whole
            subjects.append([.text(name.isEmpty ? whole : name)])
        }
        return true
    }

    /// Index of the first occurrence of `word` in `text`.
    private static func firstIndex(of word: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>) -> Int? {
        var position = text.startIndex
        while position + word.count <= text.endIndex {
            if text[position] == word[0], Text.matches(word, in: text, at: position) { return position }
            position += 1
        }
        return nil
    }
}
