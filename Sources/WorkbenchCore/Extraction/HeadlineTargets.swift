import WorkbenchSDK

/// The year's headline targets: the list after `主要预期目标是` (or `主要目标是`) in the plan for
/// the report's year, each with the indicator id that lines reports up (`gdp`, `cpi`, …),
/// including targets with no number (`居民收入增长与经济增长同步`).
struct HeadlineTargets {
    struct Target: Equatable {
        /// `gdp`, `fixed-asset-investment`, …, or the item's own subject for other indicators.
        var indicator: String
        /// Whether `indicator` is one of the standard ids.
        var isStandard: Bool
        /// The item as written (`地区生产总值增长5%左右`).
        var text: String
        var position: TextPosition
        /// The figure of the item, if it has one.
        var metric: Metric?
        /// A second, higher level the report strives for (`7%以上、力争达到8%`).
        var stretch: Metric?
        /// Whether the target is an item of the headline list (`StatedTargets` adds standard
        /// indicators the report sets elsewhere).
        var isListed = true
    }

    /// Standard indicator ids and the words that name them, checked in this order (居民收入
    /// before 经济增长, so that `居民收入增长与经济增长同步` is income).
    static let indicators: [(id: String, words: [String])] = [
        ("income", ["居民人均可支配收入", "人均可支配收入", "居民可支配收入", "城乡居民收入", "居民收入"]),
        ("unemployment", ["城镇调查失业率", "调查失业率", "城镇登记失业率", "登记失业率", "失业率"]),
        ("urban-jobs", ["城镇新增就业", "新增城镇就业"]),
        ("cpi", ["居民消费价格", "CPI", "物价"]),
        ("foreign-trade", ["进出口", "外贸", "对外贸易"]),
        ("retail-sales", ["社会消费品零售总额", "社会消费品零售额", "社零"]),
        ("fixed-asset-investment", ["固定资产投资"]),
        ("gdp", ["地区生产总值", "国内生产总值", "生产总值", "GDP", "经济增长", "经济总量"]),
    ]

    /// Words that open a comparison with a benchmark (`略高于全省增速`), or the benchmark an
    /// item keeps pace with (`与经济增长同步`): no indicator of their own.
    static let comparisons = ["略高于", "高于", "快于", "略快于", "好于", "优于", "不低于", "与经济增长", "同经济增长"]

    /// Nouns of things measured: an item with no figure names one of them (国际收支保持基本平衡,
    /// 提高居民基础养老金), a gloss on a group of items does not (加快构建优势).
    static let measureNouns = ["收入", "产值", "增加值", "总值", "养老金", "价格", "收支", "投资", "消费", "零售", "就业", "失业",
                               "质量", "能耗", "排放", "粮食", "产量", "水平", "标准", "比重", "比例", "率", "强度", "指标", "环境",
                               "生态", "保障", "总量", "规模", "平衡", "人口", "面积", "数量", "储备", "赤字", "债务", "物价", "贸易",
                               "进出口", "出口", "进口", "外资", "碳", "节能", "减排", "安全", "约束性", "下达", "额", "量"]

    /// Words of a region's standing or of what the targets are for, which glosses speak of
    /// (努力跑赢全国, 加快构建优势, 在全国实现位次前移, 为…良好开局打牢基础); a target with no figure
    /// (守住不发生系统性风险底线) speaks of none.
    static let standingWords = ["全国", "全省", "优势", "差距", "位次", "跑赢", "前移", "进位", "争先", "开局", "基础", "第一方阵"]

    /// Words that introduce a higher level striven for.
    static let stretchWords = ["力争", "争取", "努力"]

    /// The standard indicator an item names, if any. 单位生产总值能耗, 万元地区生产总值用水量 and
    /// 研发经费支出相当于地区生产总值的比例 measure intensity, not output; 在排放下降的同时全省地区
    /// 生产总值增长 is output.
    static func indicator(of whole: String) -> String? {
        // `一般公共预算收入与经济增长同步`: what the item measures comes before its benchmark.
        let item = comparisonStart(in: whole).map { String(whole[..<$0]) } ?? whole
        return indicators.first { entry in
            entry.words.contains { word in
                guard let range = Text.range(of: word, in: item) else { return false }
                // (外贸出口 is exports alone, not the trade the id stands for.)
                if entry.id == "foreign-trade", word != "进出口", ["出口", "进口"].contains(String(item[range.upperBound...].prefix(2))) {
                    return false
                }
                return entry.id != "gdp" || !measuresIntensity(item, around: range)
            }
        }?.id
    }

    /// Where a comparison with a benchmark begins in `item` (`与经济增长同步`, `高于全国`), after
    /// some words of its own.
    static func comparisonStart(in item: String) -> String.Index? {
        let starts = comparisons.compactMap { Text.range(of: $0, in: item)?.lowerBound }.filter { $0 > item.startIndex }
        return starts.min()
    }

    /// Whether the output named at `range` is the denominator of an intensity: 单位 or 万元 just
    /// before it, or a use of energy, water or emissions just after it.
    static func measuresIntensity(_ item: String, around range: Range<String.Index>) -> Bool {
        let before = item[..<range.lowerBound].suffix(4)
        let after = item[range.upperBound...].prefix(8)
        return Text.containsAny(["单位", "万元", "占", "相当于"], in: before)
            || Text.containsAny(["能耗", "水耗", "用水", "排放", "强度", "比重", "比例"], in: after)
    }

    static let leadIns = ["主要预期目标是", "主要预期目标为", "主要目标是", "主要目标为", "预期目标是", "预期目标为", "主要预期目标：",
                          "主要预期目标建议为", "主要预期目标建议是", "主要预期目标安排为", "主要预期目标安排如下", "主要预期目标确定为",
                          "主要预期目标设定为", "主要预期目标定为", "主要预期目标如下", "主要预期目标建议：", "主要预期目标建议:",
                          "主要预期目标:", "预期目标：", "预期目标:", "主要目标：", "主要目标:",
                          "主要预期指标如下", "主要预期指标是", "主要预期指标为", "主要预期指标："]

    /// Finds the headline list of `report`: in a paragraph that plans the report's own year
    /// (not a five-year plan), after one of the lead-ins, up to its 。 (or on past it: `items`). When that paragraph stops
    /// after the lead-in or with ；/，/、 (the list goes on), the following paragraphs are items
    /// too: while they end with ；，、, while they are numbered (whatever they end with), and, in a
    /// list set out one item a line under a lead-in of its own, while each short line names an
    /// indicator or a figure. A heading, a long paragraph or prose ends it.
    static func find(in report: Report) -> [Target] {
        // Every lead-in says 目标: paragraphs without 标 are passed over without decoding them.
        let candidates = report.paragraphs.filter { $0.textPart.unicodeScalars.contains("标") && Text.containsAny(leadIns, in: $0.textPart) }
        let singleYear = candidates.filter { $0.period?.kind == .plan && $0.period?.from == $0.period?.to }
        // Paragraphs with no period (a text without part headings or time phrases): those whose
        // sentence before the lead-in names no other year (到2030年) and whose clause before it
        // no five years, those that say this year (今年, the report's year) first.
        func fallback() -> [Paragraph] {
            let thisYear = ["今年"] + (report.year.map { ["\($0)年"] } ?? [])
            let undated = candidates.filter { paragraph in
                paragraph.period == nil && plansOneYear(beforeLeadIn(paragraph.textPart), year: report.year)
            }
            let saysThisYear = undated.filter { Text.containsAny(thisYear, in: lastSentence(beforeLeadIn($0.textPart))) }
            return saysThisYear.isEmpty ? undated : saysThisYear
        }
        // The first tier that has a paragraph; within it, of the paragraphs that plan one year
        // (not 到2027年，主要目标是), the longest list (a news page quotes the first few targets
        // before the report's whole list), the first of equals; else the tier's first.
        for tier in [singleYear, candidates.filter { $0.period?.kind == .plan }, fallback()] where !tier.isEmpty {
            let oneYear = tier.filter { plansOneYear(beforeLeadIn($0.textPart), year: report.year) }
            guard oneYear.count > 1 else { return list(from: oneYear.first ?? tier[0], in: report) }
            var best: [Target] = []
            for paragraph in oneYear {
                let targets = list(from: paragraph, in: report)
                if targets.count > best.count { best = targets }
            }
            return best
        }
        return []
    }

    /// The targets listed after the lead-in of `paragraph`, and in the paragraphs below it.
    private static func list(from paragraph: Paragraph, in report: Report) -> [Target] {
        let scalars = Text.scalars(paragraph.text)
        let text = paragraph.text
        guard let lead = leadIns.compactMap({ Text.range(of: $0, in: text) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return [] }
        var start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: lead.upperBound)
        while start < scalars.count, [":", "：", " "].contains(scalars[start]) { start += 1 }
        var targets: [Target] = []
        var closed = items(of: paragraph, scalars: scalars, from: start, metrics: report.metrics, into: &targets)
        // The lead-in alone on its line: the list is set out below it.
        let setOutBelow = targets.isEmpty
        // Parts and sub-sections end the list; items set out as highlights (——…) or numbered
        // items (一是…) are headings of the outline too, but items here.
        let headings = Set(report.outline.filter { [.document, .part, .subSection].contains($0.kind) }.map(\.position.offset))
        var next = paragraph.index + 1
        var enumerated = false
        var style: ItemNumber?
        // Whether every item line so far ended with 。 (or nothing): only then is a 。 not the end.
        var stopsEveryLine = true
        while !closed || enumerated || setOutBelow, next < report.paragraphs.count, next - paragraph.index <= maximumItemParagraphs {
            let item = report.paragraphs[next]
            let itemScalars = Text.scalars(item.text)
            let first = next == paragraph.index + 1
            // The first paragraph under a lead-in of its own may hold the whole list.
            guard !headings.contains(item.offset), let last = itemScalars.last,
                  itemScalars.count <= maximumItemLength || first && setOutBelow else { break }
            // An item ends with ；，、 or 。; a short line with no mark at all is the last item.
            guard continuing.contains(last) || last == "。" || itemScalars.count <= 40 && endsBare(last) else { break }
            let number = ItemNumber(itemScalars)
            // A list whose items are numbered goes on while they are, in one style, whatever they
            // end with; （一） and 一、 number sections, not items.
            if number?.isSectionNumber == true { break }
            if !first, enumerated != (number != nil) || number?.sameStyle(as: style) == false { break }
            // Numbers follow on: 1. 2. 3. and then 1. again begins something else.
            if !first, let value = number?.value, let previous = style?.value, value != previous + 1 { break }
            // Items that ended with ；: the one that ended with 。 was the last, numbered or not.
            if closed, !stopsEveryLine { break }
            enumerated = number != nil
            style = number
            var found = targets
            let itemClosed = items(of: item, scalars: itemScalars, from: number?.length ?? 0, metrics: report.metrics, into: &found)
            if closed, !enumerated {
                // After a line that ended with 。: only another short line that names a standard
                // indicator or has a figure.
                guard setOutBelow, stopsEveryLine, itemScalars.count <= 60,
                      found[targets.count...].contains(where: { $0.isStandard || $0.metric != nil }) else { break }
            }
            // A line of several items (；) does not show that every item ends its sentence.
            if last != "。" && !endsBare(last) || itemScalars.contains(where: { $0 == "；" || $0 == ";" }) { stopsEveryLine = false }
            targets = found
            closed = itemClosed
            next += 1
        }
        // `同时，粮食产量稳定在800亿斤以上，能耗强度…完成国家下达的任务。`: the paragraph right after
        // the list, opening with 同时 (此外, 另外), goes on with more targets, when it names a
        // standard indicator or sets a figure.
        if !targets.isEmpty, next < report.paragraphs.count, !headings.contains(report.paragraphs[next].offset) {
            let item = report.paragraphs[next]
            let itemScalars = Text.scalars(item.text)
            if itemScalars.count <= maximumItemLength * 2, let opener = continuationOpeners.first(where: { itemScalars.starts(with: $0) }) {
                var start = opener.count
                while start < itemScalars.count, ["，", ",", "：", " "].contains(itemScalars[start]) { start += 1 }
                var found = targets
                _ = items(of: item, scalars: itemScalars, from: start, metrics: report.metrics, into: &found)
                // (Not a paragraph on the year before: 同时，去年全省新增城镇就业48万人.)
                if !Self.pastWords.occurs(in: itemScalars[...]) {
                    targets += found[targets.count...].filter { Self.continuesList($0, after: targets) }
                }
            }
        }
        return targets
    }

    /// Whether an item of the paragraph after the list is one more headline target: a standard
    /// indicator the list has not set (not a second gdp), a figure planned for the year and
    /// bounded as targets are (粮食产量稳定在800亿斤以上) or a task set from above (能耗强度…完成
    /// 国家下达的任务); not 20件民生实事, 专项债券1200亿元.
    static func continuesList(_ item: Target, after targets: [Target]) -> Bool {
        if let metric = item.metric, metric.role != .target { return false }
        if item.isStandard { return !targets.contains { $0.indicator == item.indicator } }
        // (A target with no figure is one when it is a task set from above: 完成国家下达的任务.)
        guard let metric = item.metric else { return item.text.contains("下达") || item.text.contains("约束性") }
        return [.atLeast, .atMost, .approx].contains(metric.qualifier)
    }

    /// Words of a paragraph about the years before (去年, 上年, 过去).
    static let pastWords = WordList(["去年", "上年", "过去", "上一年"])

    /// Words that open a paragraph going on with the list before it.
    static let continuationOpeners = ["同时", "此外", "另外"].map { Array($0.unicodeScalars) }

    /// Whether the words before a lead-in plan one year: their sentence names no year but
    /// `year` (到2030年，…主要目标是 plans to 2030), and their clause no five years (今后五年,
    /// “十五五”时期; but 今年是“十五五”开局之年，主要预期目标是 plans this year).
    static func plansOneYear(_ before: Substring, year: Int?) -> Bool {
        let sentence = lastSentence(before)
        let clause = sentence.split(separator: "，", omittingEmptySubsequences: false).last ?? sentence
        if Text.containsAny(["五年", "十四五", "十五五", "十六五"], in: clause) { return false }
        let scalars = Array(sentence.unicodeScalars)[...]
        return !scalars.indices.contains { index in
            PeriodResolver.year(in: scalars, at: index).map { $0.year != year } ?? false
        }
    }

    /// The last sentence of `text` (after its last 。).
    static func lastSentence(_ text: Substring) -> Substring {
        text.lastIndex(of: "。").map { text[text.index(after: $0)...] } ?? text
    }

    /// The words of `text` before its first lead-in.
    static func beforeLeadIn(_ text: Substring) -> Substring {
        let starts = leadIns.compactMap { text.range(of: $0)?.lowerBound }
        return text[..<(starts.min() ?? text.endIndex)]
    }

    /// Whether `text` opens with an item of the list: its first clause names a standard
    /// indicator or holds a figure.
    static func opensAnItem(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        let end = text.firstIndex { ["，", "；", "。", ",", ";"].contains($0) } ?? text.endIndex
        let clause = Text.string(text[..<end])
        // `2025年是“十四五”规划收官之年`: a year is no figure, and a sentence about the targets
        // or one that says what a year is ends the list.
        guard !Text.containsAny(["目标", "是"], in: clause[...]) else { return false }
        let scalars = Array(clause.unicodeScalars)[...]
        let hasFigure = scalars.indices.contains { index in
            NumberReader.digit(scalars[index]) != nil && PeriodResolver.year(in: scalars, at: index) == nil
                && (index == scalars.startIndex || NumberReader.digit(scalars[index - 1]) == nil)
        }
        return indicator(of: clause) != nil || hasFigure
    }

    /// Paragraphs after the lead-in read as items at most, and the longest item paragraph.
    static let maximumItemParagraphs = 16
    static let maximumItemLength = 160
    /// What a paragraph ends with when the list goes on in the next one.
    static let continuing: Set<Unicode.Scalar> = ["；", "，", "、", ";", ",", "：", ":"]

    /// A last item written with no mark after it ends with a letter, a digit, % or a bracket.
    static func endsBare(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || ["%", "％", ")", "）"].contains(scalar)
    }

    /// The length of the number an item paragraph opens with (`ItemNumber`); 0 when it has none.
    static func itemNumberLength(_ scalars: [Unicode.Scalar]) -> Int {
        ItemNumber(scalars)?.length ?? 0
    }

    /// Whether `metric` is a goal for a later year than the plan `period` its paragraph makes.
    static func reachesBeyond(_ metric: Metric, _ period: Period?) -> Bool {
        guard let own = metric.period, let period, own.kind == .plan, period.kind == .plan else { return false }
        return own.to > period.to
    }

    /// Adds the targets in `paragraph` from scalar `start` to the first 。 that ends the list to `targets` (a stretch
    /// goal at its start belongs to the last item before it), and says whether the list ended
    /// there (a 。, or the paragraph's end without ；，、).
    static func items(of paragraph: Paragraph, scalars: [Unicode.Scalar], from start: Int, metrics: [Metric],
                      into targets: inout [Target]) -> Bool {
        let metrics = metrics.filter { $0.paragraph == paragraph.index }
        // Cut the list into pieces at ，；、 and decide for each piece whether it is an item of
        // its own, the higher level the previous item strives for (`7%以上、力争达到8%`,
        // `5%左右、在实际工作中努力争取更好结果`), or the start of the next item
        // (`能源、水资源、碳排放等指标达到国家要求`).
        var pieces: [Range<Int>] = []
        var pieceStart = start
        var sentenceStart = start
        var index = start
        while index < scalars.count {
            // `增长6.5%，在实际工作中争取更好结果。一般公共预算总收入增长5%…`: a 。 after a stretch
            // goal with more of the list after it does not end the list.
            // `地区生产总值增长6%左右。规上工业增加值增长6%以上。…`: items written one a sentence
            // go on past each 。 while the next sentence opens with another item (and does not
            // speak of the targets, 上述目标…).
            if scalars[index] == "。" {
                let stretch = index > pieceStart
                    && stretchWords.contains(where: { Text.contains($0, in: Text.string(scalars[pieceStart..<index])) })
                let oneItemSentence = sentenceStart == pieceStart && index > pieceStart
                guard index + 1 < scalars.count, stretch || oneItemSentence,
                      Self.opensAnItem(scalars[(index + 1)...]) else { break }
                pieces.append(pieceStart..<index)
                pieceStart = index + 1
                sentenceStart = index + 1
                index += 1
                continue
            }
            if ["，", "；", "、", ",", ";"].contains(scalars[index]) {
                if index > pieceStart { pieces.append(pieceStart..<index) }
                pieceStart = index + 1
            }
            index += 1
        }
        if index > pieceStart { pieces.append(pieceStart..<index) }
        let closed = index < scalars.count || (scalars.last.map { !continuing.contains($0) } ?? false) && index > start

        var pendingStart: Int?
        // A standard indicator with no figure, joined by 、 to the next piece: where it stands in
        // `targets`, and where its piece ends.
        var bare: (index: Int, end: Int)?
        for piece in pieces {
            defer { if bare?.end != piece.upperBound { bare = nil } }
            let from = pendingStart ?? piece.lowerBound
            let text = Text.string(scalars[from..<piece.upperBound])
            let range = (paragraph.offset + from)..<(paragraph.offset + piece.upperBound)
            let inPiece = metrics.filter { range.contains($0.offset) }
            // `力争到2028年全省生产总值突破8万亿元` in the year's list: a goal for a later year
            // (`PlanHorizon`) is no target of the year's.
            if !inPiece.isEmpty, inPiece.allSatisfy({ reachesBeyond($0, paragraph.period) }) {
                pendingStart = nil
                continue
            }
            let id = indicator(of: text)
            let pieceText = Text.string(scalars[piece])
            if id == nil, let last = targets.indices.last, stretchWords.contains(where: pieceText.includes) {
                targets[last].text += "、" + pieceText
                if targets[last].stretch == nil, let first = inPiece.first, Self.sameMeasure(targets[last].metric, first) {
                    targets[last].stretch = first
                }
                pendingStart = nil
                continue
            }
            // `地区生产总值增长5%左右、略高于全省增速`, `居民人均可支配收入增长5%左右，与经济增长同步`: a
            // comparison with no subject of its own says more about the item before it (the
            // economy it keeps pace with is no item).
            // (Not a measure of its own after 的: 同经济增长相协调的居民收入增长.)
            if inPiece.isEmpty, let last = targets.indices.last, comparisons.contains(where: { pieceText.hasPrefix($0) }),
               id == nil || !pieceText.contains("的") {
                targets[last].text += "、" + pieceText
                pendingStart = nil
                continue
            }
            // `…，对标全国全力消减差距；`: words with no figure that name nothing measured, closing a
            // group of items, sum the group up; they are no item of their own.
            let closesGroup = piece.upperBound >= scalars.count || ["；", ";", "。"].contains(scalars[piece.upperBound])
            if id == nil, inPiece.isEmpty, closesGroup, let last = targets.indices.last, !Text.containsAny(measureNouns, in: pieceText[...]),
               Text.containsAny(standingWords, in: pieceText[...]) {
                targets[last].text += "，" + pieceText
                pendingStart = nil
                continue
            }
            // A name with neither figure nor indicator, joined by 、 to what follows, begins the next item.
            if id == nil, inPiece.isEmpty, piece.upperBound < scalars.count, scalars[piece.upperBound] == "、" {
                pendingStart = from
                continue
            }
            pendingStart = nil
            // Items with neither a standard indicator nor a figure are kept too (国际收支保持基本
            // 平衡): they are targets the report sets; their indicator is their own text.
            // A numbered item's subject loses its number (`2.规模以上工业增加值增长`).
            let name = (inPiece.first?.subject).map { subject in
                let scalars = Text.scalars(subject)
                return Text.string(scalars.dropFirst(itemNumberLength(scalars)))
            }
            // `城乡居民人均可支配收入分别增长7%左右和8%左右`: one target for each figure, named by
            // its own subject (城镇…, 农村…), not a higher level striven for.
            if inPiece.count > 1, Text.contains("分别", in: text), !stretchWords.contains(where: text.includes) {
                for metric in inPiece {
                    let id = indicator(of: metric.subject)
                    targets.append(Target(indicator: id ?? metric.subject, isStandard: id != nil,
                                          text: metric.subject + metric.text, position: TextPosition(line: metric.line, offset: metric.offset),
                                          metric: metric, stretch: nil))
                }
                continue
            }
            // `城乡居民人均可支配收入分别增长5%、7%`: an item that is only a figure of such a list
            // is named by its subject (农村居民人均可支配收入), as the figures of a 分别 pair are.
            var itemText = text
            var itemID = id
            if let name, inPiece.count == 1, pieceText == inPiece[0].text, from == piece.lowerBound {
                itemText = name + pieceText
                itemID = id ?? indicator(of: name)
            } else if let name, inPiece.count == 1, Text.contains("分别", in: pieceText) {
                // (The first item of such a list names them all: 一般公共预算收入、固定资产投资分别
                // 增长3% is the first's, whatever the others are.)
                itemID = indicator(of: name)
                // (城乡居民人均可支配收入分别增长5.5%、6.5%: a name the list gave the figure, not the
                // piece's opening words, is the item's, as the second's is.)
                if !pieceText.hasPrefix(name), let metric = inPiece.first { itemText = name + metric.text }
            }
            // `社会消费品零售总额、固定资产投资增长4%左右`: a rate of growth after two indicators
            // joined by 、 is each one's.
            if let (index, end) = bare, end + 1 == from, let shared = inPiece.first, shared.kind == .growth {
                targets[index].metric = shared
            }
            targets.append(Target(indicator: itemID ?? (name ?? text), isStandard: itemID != nil, text: itemText,
                                  position: TextPosition(line: paragraph.line, offset: paragraph.offset + from),
                                  metric: inPiece.first,
                                  stretch: inPiece.count > 1 && Self.sameMeasure(inPiece.first, inPiece[1]) ? inPiece[1] : nil))
            if itemID != nil, inPiece.isEmpty, piece.upperBound < scalars.count, scalars[piece.upperBound] == "、" {
                bare = (targets.count - 1, piece.upperBound)
            }
        }
        return closed
    }

    /// Whether `stretch` may be a higher level of `target`: the same kind in the same unit
    /// (增长6%左右、力争7%; not 增长6%左右，力争突破1万亿元, a level beside a growth rate).
    static func sameMeasure(_ target: Metric?, _ stretch: Metric) -> Bool {
        guard let target else { return true }
        // (A target without a number, 保持正增长, has a kind only: 争取增长3% is its stretch.)
        return target.kind == stretch.kind && (target.value == nil || target.normalizedUnit == stretch.normalizedUnit)
    }
}
