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

    /// The subjects of one paragraph's figures: the i-th is `pieces[ranges[i]]`, in order.
    struct Assignment {
        var pieces: [Piece] = []
        var ranges: [Range<Int>] = []

        /// The pieces of the i-th subject.
        subscript(index: Int) -> ArraySlice<Piece> {
            pieces[ranges[index]]
        }

        /// Adds a subject made of `parts` (empty parts are left out: they add no text).
        mutating func append(_ parts: [Piece]) {
            let start = pieces.count
            for part in parts where !Self.isEmpty(part) { pieces.append(part) }
            ranges.append(start..<pieces.count)
        }

        /// Adds a cleaned subject (`MeaningRules.cleanedRange`) of `s`, with `noun` after it.
        /// A 预计 inside it is left out (`开发区工业投资预计增长` → `开发区工业投资增长`): it says the
        /// figure is an estimate (`Metric.estimated`), not what it measures.
        mutating func append(_ cleaned: (range: Range<Int>, closesQuote: Bool), of s: ArraySlice<Unicode.Scalar>,
                             noun: Piece? = nil) {
            let start = pieces.count
            if let estimate = Self.estimate(in: s, cleaned.range) {
                pieces.append(.part(cleaned.range.lowerBound..<estimate))
                pieces.append(.part((estimate + 2)..<cleaned.range.upperBound))
            } else if !cleaned.range.isEmpty {
                pieces.append(.part(cleaned.range))
            }
            if cleaned.closesQuote { pieces.append(.closingQuote) }
            if let noun, !Self.isEmpty(noun) { pieces.append(noun) }
            ranges.append(start..<pieces.count)
        }

        /// Where 预计 begins inside `range` of `s`, after its first scalar and before its last two.
        static func estimate(in s: ArraySlice<Unicode.Scalar>, _ range: Range<Int>) -> Int? {
            guard range.count > 3 else { return nil }
            for position in (range.lowerBound + 1)..<(range.upperBound - 2) where s[position] == "预" && s[position + 1] == "计" {
                return position
            }
            return nil
        }

        static func isEmpty(_ piece: Piece) -> Bool {
            switch piece {
            case .part(let range): return range.isEmpty
            case .closingQuote: return false
            case .text(let text): return text.isEmpty
            }
        }

        /// The number of scalars of the i-th subject.
        func scalarCount(_ index: Int) -> Int {
            var count = 0
            for piece in self[index] {
                switch piece {
                case .part(let range): count += range.count
                case .closingQuote: count += 1
                case .text(let text): count += text.unicodeScalars.count
                }
            }
            return count
        }

        /// The scalars of the i-th subject, written into `buffer` (emptied first, its storage kept).
        func scalars(_ index: Int, of s: ArraySlice<Unicode.Scalar>, into buffer: inout [Unicode.Scalar]) {
            buffer.removeAll(keepingCapacity: true)
            // By position, without a slice of the pieces (a retain and a release).
            for position in ranges[index] {
                switch pieces[position] {
                case .part(let range): buffer.append(contentsOf: s[range])
                case .closingQuote: buffer.append("”")
                case .text(let text): buffer.append(contentsOf: text.unicodeScalars)
                }
            }
        }
    }

    /// The subjects of a paragraph's `candidates`, into `subjects` (emptied first, its storage
    /// kept: the extractor passes one for every paragraph of a report).
    static func assign(_ candidates: [Candidate], in s: ArraySlice<Unicode.Scalar>, into subjects: inout Assignment) {
        subjects.pieces.removeAll(keepingCapacity: true)
        subjects.ranges.removeAll(keepingCapacity: true)
        subjects.pieces.reserveCapacity(candidates.count * 2)
        subjects.ranges.reserveCapacity(candidates.count)
        var index = 0
        // The clause before the last count whose noun follows it, and where that noun ends.
        var countList: (base: (range: Range<Int>, closesQuote: Bool), nounEnd: Int)?
        // The candidates of the last run (a list, or one figure).
        var previousRun: Range<Int>?
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
            let count = runEnd - index + 1
            // `接待游客1.7亿人次，旅游总花费突破3000亿元，分别增长15.6%、24.4%`: 分别 with no names
            // before it pairs the figures with the ones before them in the sentence.
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
                    subjects.append([.text(earlier), .part(verb)])
                }
                previousRun = index..<(runEnd + 1)
                index = runEnd + 1
                continue
            }
            if count > 1, Self.respectively(prefixScalars, count: count, into: &subjects) {
                previousRun = index..<(runEnd + 1)
                index = runEnd + 1
                continue
            }
            var base = MeaningRules.cleanedRange(prefixScalars)
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
                    && s[figureEnd].properties.isIdeographic && s[figureEnd] != "的" && !Self.rateAfter(s, figureEnd)
                let shareOfNoun = shareOf || opensClause
                let noun = isMeasure || shareOfNoun || afterVerb ? Self.followingNoun(after: figureEnd, in: s, nextStart: nextStart) : nil
                if shareOfNoun, let noun, !Assignment.isEmpty(noun) {
                    subjects.append([noun])
                    continue
                }
                subjects.append(base, of: s, noun: noun)
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
            || Self.isGap(candidates[index]) && isOnlyBenchmark(index, of: subjects, in: s) {
            // Not a rank's (`稳居全国前十强、增长4.8%` grows what the sentence is about).
            var source = index - 1
            while source > 0, candidates[source].kind == .rank { source -= 1 }
            guard candidates[source].kind != .rank else { continue }
            let between = s[candidates[source].range.upperBound..<candidates[index].range.lowerBound]
            guard !between.contains("。"), !subjects.ranges[source].isEmpty else { continue }
            if source == index - 1, subjects.pieces[written[index]] == subjects.pieces[written[source]] {
                subjects.ranges[index] = subjects.ranges[source]
                continue
            }
            // A subject is read no further back than this: chains of cues end (and stay linear).
            guard subjects.scalarCount(source) <= Self.longestContinued else { continue }
            let continued = Self.continued(index, from: source, of: subjects, in: s, buffer: &buffer)
            subjects.ranges[index] = subjects.pieces.count..<subjects.pieces.count + continued.count
            subjects.pieces += continued
        }
    }

    /// The longest subject (in scalars) that a cue after it continues.
    static let longestContinued = 64

    static func isListMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "、" || scalar == "和" || scalar == "及"
    }

    /// The subjects of a 分别 list (`A、B、C营业收入预计分别达到X、Y、Z`, or two names joined by
    /// 和): the i-th name for the i-th of `count` figures when the numbers agree, else the whole
    /// clause. False (and nothing added) when `prefix` has no 分别.
    static func respectively(_ prefix: ArraySlice<Unicode.Scalar>, count: Int, into subjects: inout Assignment) -> Bool {
        guard prefix.allSatisfy(Text.isOwnCharacter) else { return respectivelyAsText(prefix, count: count, into: &subjects) }
        // Characters are scalars here: the names split at 、 before the first 分别, as
        // `String.split` splits them (empty names left out).
        guard let split = Self.firstIndex(of: respectivelyScalars, in: prefix) else { return false }
        var names: [Range<Int>] = []
        var nameStart = prefix.startIndex
        for position in prefix.startIndex..<split where prefix[position] == "、" {
            if position > nameStart { names.append(nameStart..<position) }
            nameStart = position + 1
        }
        if split > nameStart { names.append(nameStart..<split) }
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
        }
        // `适龄儿童入园率和普惠率分别达96%和94%`: two names joined by 和 or 及. When the first is
        // the shorter, the second's end is most likely shared (`民营经济和普惠小微贷款余额`: both
        // are 贷款余额), and the whole is kept; a first name of two characters takes the second's
        // rest (`城镇和农村居民人均可支配收入`, `sharedTail`).
        if names.count == 1, count == 2, let joint = Self.lastJoint(in: prefix[prefix.startIndex..<split]),
           joint.lowerBound > names[0].lowerBound, joint.upperBound < split,
           joint.lowerBound - names[0].lowerBound >= split - joint.upperBound || joint.lowerBound - names[0].lowerBound == 2 {
            names = [names[0].lowerBound..<joint.lowerBound, joint.upperBound..<split]
        }
        let whole = MeaningRules.cleanedRange(prefix)
        // `城乡居民人均可支配收入分别增长5.5%和6.5%`: 城乡 is 城镇 and 农村 (also after 预计).
        if names.count == 1, count == 2, let at = Self.townAndCountry(in: prefix[MeaningRules.cleanedRange(prefix[names[0]]).range]) {
            let rest = MeaningRules.cleanedRange(prefix[(at + 2)..<names[0].upperBound]).range
            subjects.append([.text("城镇"), .part(rest)])
            subjects.append([.text("农村"), .part(rest)])
            return true
        }
        // `存贷款余额分别增长14.4%和18.8%`: a word that joins two is each of them.
        if names.count == 1, count == 2, let (at, pair) = Self.joinedPair(in: prefix[names[0]]) {
            let before = MeaningRules.cleanedRange(prefix[names[0].lowerBound..<at]).range
            let rest = MeaningRules.cleanedRange(prefix[(at + 3)..<names[0].upperBound]).range
            for word in pair { subjects.append([.part(before), .text(word), .part(rest)]) }
            return true
        }
        for offset in 0..<count {
            let name = names.count == count ? MeaningRules.cleanedRange(prefix[names[offset]]) : whole
            // `地方财政收入、支出`: a later name that is only a measure takes the first's front.
            if names.count == count, offset > 0, let front = Self.sharedFront(of: name.range, first: MeaningRules.cleanedRange(prefix[names[0]]).range, in: prefix) {
                subjects.append([.part(front), .part(name.range)])
                continue
            }
            if names.count == count, offset < count - 1, !name.range.isEmpty,
               let tail = sharedTail(of: name.range, last: MeaningRules.cleanedRange(prefix[names[count - 1]]).range, in: prefix) {
                subjects.append([.part(name.range)] + (name.closesQuote ? [.closingQuote] : []) + [.part(tail)])
                continue
            }
            subjects.append(name.range.isEmpty && !name.closesQuote ? whole : name, of: prefix)
        }
        return true
    }

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

    /// A period of a year written in words (`一季度`, `前三季度`, `上半年`, `全年`, `1—11月`).
    static func isPeriod(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard (2...5).contains(name.count), let last = name.last else { return false }
        let secondLast = name[name.endIndex - 2]
        return last == "月" || last == "度" && secondLast == "季" || last == "年" && (secondLast == "半" || name.count == 2 && name.first == "全")
    }

    /// Where 城乡 opens `name`, after a scope word (全省城乡居民…) if any.
    static func townAndCountry(in name: ArraySlice<Unicode.Scalar>) -> Int? {
        var start = name.startIndex
        if name.count > 4, name[start] == "全", ["省", "市", "区", "县"].contains(name[start + 1]) { start += 2 }
        guard name.endIndex - start > 2, name[start] == "城", name[start + 1] == "乡" else { return nil }
        return start
    }

    /// What an earlier name of a 分别 list shares with the last one, written only there: the
    /// rest after a two-character first name (`城镇、农村居民人均可支配收入`: 居民人均可支配收入), or
    /// the measure the last name ends with (`新一代信息技术、高端装备产业增加值`: 产业增加值).
    static func sharedTail(of name: Range<Int>, last: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard last.count > 2, name != last, !name.isEmpty else { return nil }
        // `企业数、总产值`, `新开工入库项目数、总投资`: a name that ends with a measure is whole.
        if completeEnds.contains(s[name.upperBound - 1]) { return nil }
        // The measure after the last name's own words, at least two of them (not 总 of 总投资).
        for head in sharedHeads where last.count >= head.count + 2 && s[(last.upperBound - head.count)..<last.upperBound].elementsEqual(head) {
            let ownEnd = s[(max(name.lowerBound, name.upperBound - head.count))..<name.upperBound]
            if ownEnd.elementsEqual(head) { return nil }
            // `高技术制造业、六大优势产业增加值`: a name that ends with 业 is an industry already.
            let start = last.upperBound - head.count
            if s[name.upperBound - 1] == "业", head.count > 3, head[0] == "产", head[1] == "业" { return (start + 2)..<last.upperBound }
            return start..<last.upperBound
        }
        // Two words of two characters each, neither a grade or a period (省级、国家级开发区 and
        // 第1、2季度 share nothing so).
        if name.count == 2, !s[name].contains(where: notParallel.contains),
           !s[last.lowerBound..<(last.lowerBound + 2)].contains(where: notParallel.contains) {
            return (last.lowerBound + 2)..<last.upperBound
        }
        return nil
    }

    /// Measures a name may be alone (`支出` after `地方财政收入、`), longest first.
    static let frontMeasures = ["营业收入", "总产值", "增加值", "产值", "收入", "支出", "利润", "营收", "产量", "销量", "总额", "余额", "税收"]
        .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    /// For a name that is only one of `frontMeasures`, the front of the first name before its
    /// own measure (`规上工业总产值、增加值`: 规上工业).
    static func sharedFront(of name: Range<Int>, first: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard name != first, frontMeasures.contains(where: { s[name].elementsEqual($0) }) else { return nil }
        for measure in frontMeasures where first.count >= measure.count + 2
            && s[(first.upperBound - measure.count)..<first.upperBound].elementsEqual(measure) {
            return first.lowerBound..<(first.upperBound - measure.count)
        }
        return nil
    }

    /// Characters of grades, ordinals and periods, which make no parallel words.
    static let notParallel: Set<Unicode.Scalar> = ["级", "第", "度", "季", "年", "月", "省", "市", "区", "县"]

    /// Last scalars of names that already say what they measure (数, 额, 量, 值, 率, 资, 入).
    static let completeEnds: Set<Unicode.Scalar> = ["数", "额", "量", "值", "率", "资", "入"]

    /// Measures a list of names shares (`A、B营业收入分别增长`), longest first.
    static let sharedHeads = ["产业增加值", "营业收入", "增加值", "销售额", "零售额", "总额", "余额", "投资", "产量", "产值", "利润"]
        .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

    private static let respectivelyScalars: [Unicode.Scalar] = ["分", "别"]

    /// `人均可支配收入分别为39310元、20356元，增长5.5%、5.6%`: a list right after a list of as
    /// many figures (`previous`), with only a cue before it, pairs with it; the cue's range.
    static func followingList(_ prefix: ArraySlice<Unicode.Scalar>, after previous: Range<Int>?, count: Int, at index: Int) -> Range<Int>? {
        guard let previous, previous == (index - count)..<index else { return nil }
        let cleaned = MeaningRules.cleanedRange(prefix).range
        return !cleaned.isEmpty && isOne(of: bareCueScalars, prefix[cleaned]) ? cleaned : nil
    }

    /// The verb after a 分别 that opens `prefix` (nothing but marks before it), as a range of
    /// `prefix` (empty for a linking word such as 达到); nil when `prefix` does not open so.
    static func backwardRespectively(_ prefix: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        var start = prefix.startIndex
        while start < prefix.endIndex, Clauses.isBoundary(prefix[start]) || prefix[start] == " " { start += 1 }
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

    /// Subjects that say only how a figure relates, not what it measures, each before any
    /// shorter one it ends with: a continued subject drops the first of them it ends with, so
    /// `…同比增长` loses `同比增长`, not just `增长`, and `铁路运营里程新增` its 新增 before
    /// `、突破7000公里` (a total, not an increase). (A `Set` gave its own order, which differs
    /// from process to process: the same report could get different subjects in two runs.)
    static let bareCueWords = ["比上年增长", "比上年增加", "比上年提高", "比上年下降", "比上年减少",
                               "提高到", "提高至", "提升到", "提升至", "增加到", "增长到", "增至", "下降到", "降至", "降到",
                               "同比增长", "同比下降", "年均增长", "增长", "下降", "增速", "占比", "比重", "提高", "降低",
                               "增加", "减少", "连续", "新增", "净增"]
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

    private static let linkingWordScalars = MeaningRules.linkingWords.map { Array($0.unicodeScalars) }

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
        guard let range = onlyPart(index, of: subjects), range.count <= 8, range.count >= 3 else { return false }
        // `无人机产量同比增长39%、占全国九成`: the share of a whole is the previous figure's too.
        if isOne(of: sharesOfWhole, s[range]) { return true }
        guard let word = MeaningRules.relativeCues.prefix(of: s[range]) else { return false }
        // The benchmark is a place or an average, not a measure of its own (高于全国平均水平).
        return range.count - MeaningRules.relativeCues.scalars[word].count <= 6
    }

    /// A share of a whole with nothing of its own (占全国九成).
    static let sharesOfWhole = ["占全国", "占全省", "占全市", "占全区", "占全州", "占全县", "占全球", "占全国的", "占全省的"]
        .map { Array($0.unicodeScalars) }

    /// The one run of the paragraph the i-th subject is, if it is one.
    private static func onlyPart(_ index: Int, of subjects: Assignment) -> Range<Int>? {
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
    /// then its own.
    static func continued(_ index: Int, from source: Int, of subjects: Assignment, in s: ArraySlice<Unicode.Scalar>,
                          buffer: inout [Unicode.Scalar]) -> [Piece] {
        let previous = subjects[source]
        subjects.scalars(source, of: s, into: &buffer)
        var pieces: [Piece] = []
        if previous.allSatisfy({ $0 == .closingQuote || Self.isPart($0) }),
           buffer.allSatisfy(Text.isOwnCharacter) {
            // Characters are scalars: `hasSuffix` and `count` compare and count scalars.
            var cut = 0
            for cue in bareCueScalars where buffer.count > cue.count && buffer.suffix(cue.count).elementsEqual(cue) {
                cut = cue.count
                break
            }
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
            for cue in bareCueWords where base.hasSuffix(cue) && base.count > cue.count {
                base.removeLast(cue.count)
                break
            }
            if !base.isEmpty { pieces.append(.text(base)) }
        }
        // A streak's own 连续 says how long, not what: `耕地面积连续4年` is 耕地面积's.
        if !pieces.isEmpty, let own = onlyPart(index, of: subjects), s[own].elementsEqual(Self.streakScalars) { return pieces }
        pieces += subjects[index]
        return pieces
    }

    private static let streakScalars: [Unicode.Scalar] = ["连", "续"]

    private static func isPart(_ piece: Piece) -> Bool {
        if case .part = piece { return true }
        return false
    }

    /// Figures separated only by a list mark belong to one list.
    static func joinedByListMark(_ s: ArraySlice<Unicode.Scalar>, _ end: Int, _ nextStart: Int) -> Bool {
        guard nextStart > end, nextStart - end <= 2 else { return false }
        let between = s[end..<nextStart]
        // One scalar that is a whole character: compared as it is, without building a string.
        if between.count == 1, let mark = between.first, Text.isOwnCharacter(mark) {
            return isListMark(mark)
        }
        let text = Text.string(between)
        return ["、", "和", "及", "，"].contains(text) && text != "，"
    }

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
                                    "安排", "投入", "下达", "发行", "拨付", "筹集", "增加", "一次性增加"])

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
    static func followingNoun(after figureEnd: Int, in s: ArraySlice<Unicode.Scalar>, nextStart: Int?) -> Piece {
        var end = figureEnd
        let limit = min(nextStart ?? s.endIndex, s.endIndex)
        while end < limit, !Clauses.isBoundary(s[end]) { end += 1 }
        // `8家国家级企业和20个智慧园区`: the 和 before the next figure joins, it is not the noun's.
        if end == nextStart, end > figureEnd, s[end - 1] == "和" || s[end - 1] == "及" { end -= 1 }
        // `116个国家和地区近6000名运动员`: the next figure's qualifier is not this one's noun.
        let runsIntoNext = end == nextStart && end > figureEnd
        if runsIntoNext, end > figureEnd + 1, let word = MeaningRules.leadingWords.suffix(of: s[(figureEnd + 1)..<end]) {
            let written = MeaningRules.leadingWords.scalars[word]
            if written.count > 1 || !MeaningRules.endsAnotherWord(written[0], after: s[end - 2]) { end -= written.count }
        }
        // `66个粮食产能提升重点县和豫东平原200万亩…`: a noun that runs into the next figure ends
        // at the 和 or 及 that begins the next one's words (a 、 already ended the clause).
        if runsIntoNext, end > figureEnd, s[figureEnd..<end].allSatisfy(Text.isOwnCharacter) {
            let joint = lastJoint(in: s[figureEnd..<end])
            // (Only where the words after it can be a noun of their own: not 国家和地区近.)
            if let joint, joint.lowerBound > figureEnd + 1, end - joint.upperBound >= 4 { end = joint.lowerBound }
        }
        let following = s[figureEnd..<end]
        // Where every scalar is a character of its own, characters are scalars: no string needed.
        if following.allSatisfy(Text.isOwnCharacter) {
            var noun = following
            if noun.first == "的" { noun = noun.dropFirst() }
            if noun.count > 24 { noun = noun.prefix(24) }
            // `从689万户增至951万户`: a verb up to the next figure is no noun.
            if noun.count <= 5, Self.isLinkingVerb(noun) { return .part(noun.startIndex..<noun.startIndex) }
            return .part(noun.startIndex..<noun.endIndex)
        }
        var noun = Text.string(following)
        if noun.hasPrefix("的") { noun.removeFirst() }
        if noun.count > 24 { noun = String(noun.prefix(24)) }
        return .text(noun)
    }
}
