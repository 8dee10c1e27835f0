import WorkbenchSDK

/// Which figures are environment, ecology or energy-transition indicators, and whether a lower or
/// a higher value is better. Words of the genre, checked against a figure's subject.
enum EcologyIndicators {
    /// Subjects naming pollution and the use of energy (`Metric.lowerIsBetterWords`), the state of
    /// nature or the energy transition. Capacity counts with a clean source (新能源装机, 水电装机)
    /// or as a share (可再生能源…装机占比, 占全疆电力装机; not 火电装机占比): a province's whole
    /// generating capacity (电力装机1.1亿千瓦) is mostly coal.
    static let words = Metric.lowerIsBetterWords + [
        "空气质量", "优良天数", "蓝天", "水质", "断面", "水体", "入黄", "河湖", "地表水", "水源保护", "水源地保护", "水源涵养", "水源地达标", "水源达标",
        "营造林", "造林", "森林", "林草", "草原", "湿地", "水土流失", "水土保持", "荒漠", "沙化", "生物多样性", "种群",
        "国土绿化", "三北", "种草改良", "治沙", "两污",
        "绿证", "绿电", "新能源", "清洁能源", "可再生能源", "非化石能源", "绿色能源", "光伏", "风电", "风光", "核电",
        "生物质", "光热", "储能", "水电装机", "抽蓄", "抽水蓄能",
        "节能", "降碳", "碳达峰", "低碳", "零碳", "能效", "绿色工厂", "绿色矿山", "绿色园区", "再生水", "污水", "垃圾",
        "沉陷区", "生态", "环境综合治理", "综合治理工程", "煤电机组", "三改联动", "外送",
        "碧道", "绿道", "植树", "红树林", "林分", "危险废物", "固体废物", "固废", "清洁取暖", "绿色电力", "绿色工业园区",
        "矿山修复", "修复治理", "挥发性有机物", "养殖废弃物", "粪污", "养殖尾水",
        "石漠化", "低效林", "绿地率", "绿化覆盖率", "碳汇", "公园绿地", "水域面积",
        // 林木覆盖率 (the plains provinces' measure), 退耕还林, 阻沙防护带.
        "林木覆盖率", "还林", "还草", "阻沙", "防沙",
    ]
    /// Subjects about the energy used, which `notEcology`'s 消费 does not take away (非化石能源
    /// 消费比重, 煤炭消费比重: the energy transition).
    static let energyUse = ["能源消费比重", "能源消费占比", "能源消费总量", "煤炭消费", "能源消耗"]
    /// Subjects that mention an ecology word but measure something else (industry, consumption).
    /// (深水网箱养殖水体 is fish farming, but 养殖尾水, 养殖废弃物 are pollution; 风电主轴轴承、
    /// 液压支架 are machines.)
    /// (Nor a plant's yearly output, 中硅高科年产3万吨.)
    static let notEcology = ["汽车", "装备制造", "消费", "营业收入", "养殖水体", "网箱养殖", "轴承", "液压支架", "下线", "年产",
                             // (晶硅光伏、数字经济等产业规模: an industry's size.)
                             "产业规模"]

    /// An ecology figure: its subject names an ecology indicator, or it describes the thing named
    /// right after it (投资超过550亿元的晋北采煤沉陷区新能源基地). (The extractor's sector is not
    /// enough: a paragraph on the city environment also counts subway lines.)
    static func isEcology(_ metric: Metric, paragraph: [Unicode.Scalar], paragraphOffset: Int) -> Bool {
        // 水质连续7年保持II类: how long a state has lasted is no indicator of it.
        if metric.role == .other, let unit = metric.normalizedUnit, durationUnits.contains(unit) { return false }
        let subject = Array(metric.subject.unicodeScalars)
        if mentions(notEcologyScalars, in: subject), !mentions(energyUseScalars, in: subject) { return false }
        // 74个国控断面水质优良比例达到100%: how many places a rate is of is no figure of it.
        if metric.kind == .count, mentions(rateWords, in: subject) { return false }
        if mentions(wordScalars, in: subject) { return true }
        if mentions([capacity], in: subject), subject.contains("占"), !mentions(notCleanShares, in: subject) { return true }
        return mentions(wordScalars, in: Array(modifiedNoun(of: metric, paragraph: paragraph, paragraphOffset: paragraphOffset).unicodeScalars))
    }

    private static let wordScalars = words.map { Array($0.unicodeScalars) }
    private static let rateWords = ["比例", "比率", "达标率", "优良率", "覆盖率", "天数比"].map { Array($0.unicodeScalars) }
    private static let energyUseScalars = energyUse.map { Array($0.unicodeScalars) }
    private static let capacity = Array("装机".unicodeScalars)
    /// Shares of capacity that are no clean source's: coal's, and a province's of the country's.
    private static let notCleanShares = ["火电", "煤电", "全国"].map { Array($0.unicodeScalars) }
    private static let durationUnits: Set<String> = ["年", "月", "个月", "天", "日", "季度", "周", "小时"]
    private static let notEcologyScalars = notEcology.map { Array($0.unicodeScalars) }

    /// True when one of `words` occurs in `text`, compared scalar by scalar (String.contains
    /// builds a searcher per call: a quarter of a millisecond per figure for these lists).
    static func mentions(_ words: [[Unicode.Scalar]], in text: [Unicode.Scalar]) -> Bool {
        words.contains { word in
            guard let first = word.first, word.count <= text.count else { return word.isEmpty }
            var start = 0
            while start + word.count <= text.count {
                if text[start] == first, text[start..<(start + word.count)].elementsEqual(word) { return true }
                start += 1
            }
            return false
        }
    }

    /// The ecology figures of a report, in order. Each paragraph's scalars are taken once: a
    /// paragraph with thousands of figures would otherwise be walked from its start for each.
    static func figures(in report: Report) -> [Metric] {
        var scalars: (paragraph: Int, scalars: [Unicode.Scalar])?
        return report.metrics.filter { metric in
            guard report.paragraphs.indices.contains(metric.paragraph) else { return isEcology(metric, paragraph: [], paragraphOffset: 0) }
            let paragraph = report.paragraphs[metric.paragraph]
            if scalars?.paragraph != metric.paragraph { scalars = (metric.paragraph, Array(paragraph.textPart.unicodeScalars)) }
            return isEcology(metric, paragraph: scalars?.scalars ?? [], paragraphOffset: paragraph.offset)
        }
    }

    /// Lower is better for pollution and use of energy; but a figure that measures a cut of them
    /// (能耗降低3%, 浓度下降11.5%) is better when higher, and so is a rank (污染防治攻坚战成效考核
    /// 全国第一): first place is the best, whatever it ranks.
    static func betterWhen(_ metric: Metric) -> String {
        metric.kind != .rank && metric.isBetterWhenLower ? "lower" : "higher"
    }

    /// The indicator a figure measures, without the verbs that report it (完成, 累计); a year's
    /// additions say so after it, as the answer key writes them (省级绿色工厂（新创建）,
    /// 新能源装机（新增）), apart from the stock of the same name.
    static func indicator(_ metric: Metric) -> String {
        var subject = metric.subject
        var added: String?
        // (Scopes first: 全区新增风电光伏装机.)
        for prefix in ["全年", "全省", "全区", "全市", "全州", "全县", "新增", "新创建", "完成", "累计"]
        where subject.hasPrefix(prefix) && subject.count > prefix.count + 1 {
            subject.removeFirst(prefix.count)
            if prefix.hasPrefix("新") { added = prefix }
        }
        // (新增和改造提升公园绿地: what else was done to it is said beside 新增.)
        if let added = added, let joint = subject.first, joint == "和" || joint == "及",
           let verb = alsoDone.first(where: { subject.dropFirst().hasPrefix($0) }), subject.count > verb.count + 2 {
            let rest = subject.dropFirst(1 + verb.count)
            return String(rest) + "（\(added)\(joint)\(verb)）"
        }
        return added.map { subject + "（\($0)）" } ?? subject
    }

    /// What may be done beside adding (新增和改造提升), longest first.
    static let alsoDone = ["改造提升", "提升改造", "改造", "提升", "改建", "修复"]

    /// Whether a figure counts what was added in its period (新增, 新建, 培育), not a stock.
    static func countsAdditions(_ metric: Metric) -> Bool {
        ["新增", "新建", "新创建", "新培育", "培育"].contains { metric.subject.hasPrefix($0) }
    }

    /// Whether two figures of one indicator cover stretches of time that can be compared: years
    /// as many, or a figure that stands at a moment whatever the stretch (森林覆盖率, PM2.5浓度,
    /// 森林蓄积量). Work done over several years (营造林, 治理水土流失面积) is a total of them all, and
    /// a fall over several years (累计下降15%) the sum of theirs: no year's, unless it is a yearly
    /// average (年均).
    static func comparableSpans(_ first: Metric, _ second: Metric) -> Bool {
        guard let a = first.period, let b = second.period, a.to - a.from != b.to - b.from else { return true }
        switch (first.kind, second.kind) {
        case (.growth, .growth):
            return [first, second].contains { $0.subject.contains("年均") || $0.subject.contains("平均") }
        case (.level, .level), (.count, .count), (.level, .count), (.count, .level):
            return ![first, second].contains { metric in workDone.contains { metric.subject.contains($0) } }
        default:
            return true
        }
    }

    /// Words of work done in a stretch of time, whose amounts add up over the years.
    static let workDone = ["营造", "造林", "植树", "种草", "治理", "修复", "整治", "新增", "新建", "改造", "完成", "退耕"]

    /// When the figure is followed by 的, the noun phrase after it up to the clause's end.
    static func modifiedNoun(of metric: Metric, paragraph: [Unicode.Scalar], paragraphOffset: Int) -> String {
        let start = metric.offset - paragraphOffset + metric.text.unicodeScalars.count
        guard start >= 0, start < paragraph.count else { return "" }
        let after = paragraph[start...]
        guard after.first == "的" else { return "" }
        let phrase = after.dropFirst().prefix { !["，", "。", "；", "、"].contains($0) }
        return String(String.UnicodeScalarView(phrase.prefix(20)))
    }

    /// How closely two figures that end in the same words (`…处理能力`) name the same thing: the
    /// number of two-character pieces their words before that share, or nil when they name
    /// different things. When both subjects say more than the shared end, they share a piece
    /// (污水处理能力 is not 生活垃圾总处理能力) and the waters they are measured in
    /// (`monitoredWaters`): 近岸海域水质优良比例 is not 国考断面水质优良比例.
    static func sharedWording(_ first: Metric, _ second: Metric) -> Int? {
        let a = Array(first.subject)
        let b = Array(second.subject)
        let tail = 3
        guard a.count > tail + 1, b.count > tail + 1 else { return 0 }
        let piecesA = pieces(a.dropLast(tail))
        let piecesB = pieces(b.dropLast(tail))
        let shared = piecesB.filter { piecesA.contains($0) }.count
        guard shared > 0, monitoredWaters.allSatisfy({ first.subject.contains($0) == second.subject.contains($0) }) else { return nil }
        return shared
    }

    /// Waters a figure of water quality is measured in: the same rate in others is another indicator.
    static let monitoredWaters = ["近岸海域", "断面", "地表水", "饮用水", "地下水", "黑臭水体", "干流"]

    /// The distinct two-character pieces of `characters`.
    private static func pieces(_ characters: ArraySlice<Character>) -> Set<String> {
        var found = Set<String>()
        for index in characters.indices.dropLast() { found.insert(String(characters[index...index + 1])) }
        return found
    }
}
