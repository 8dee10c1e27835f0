import WorkbenchSDK

/// Which figures are environment, ecology or energy-transition indicators, and whether a lower or
/// a higher value is better. Words of the genre, checked against a figure's subject.
enum EcologyIndicators {
    /// Subjects naming pollution, emissions or the use of energy and water: lower is better.
    static let lowerIsBetter = ["PM2.5", "PM10", "细颗粒物", "可吸入颗粒物", "浓度", "排放", "能耗", "水耗", "污染",
                                "重污染", "劣V类", "劣Ⅴ类", "臭氧", "二氧化硫", "氮氧化物", "化学需氧量", "氨氮", "散煤"]
    /// Subjects naming the state of nature or the energy transition.
    static let words = lowerIsBetter + [
        "空气质量", "优良天数", "蓝天", "水质", "断面", "水体", "入黄", "河湖", "地表水", "饮用水源",
        "营造林", "造林", "森林", "林草", "草原", "湿地", "水土流失", "水土保持", "荒漠", "沙化", "生物多样性", "种群",
        "绿证", "绿电", "新能源", "清洁能源", "可再生能源", "非化石能源", "光伏", "风电", "储能", "装机",
        "节能", "降碳", "碳达峰", "低碳", "零碳", "能效", "绿色工厂", "绿色矿山", "绿色园区", "再生水", "污水", "垃圾",
        "沉陷区", "生态", "环境综合治理", "综合治理工程", "煤电机组", "三改联动", "外送",
    ]
    /// Subjects that mention an ecology word but measure something else (industry, consumption).
    static let notEcology = ["汽车", "装备制造", "消费", "营业收入"]

    /// An ecology figure: its subject names an ecology indicator, or it describes the thing named
    /// right after it (投资超过550亿元的晋北采煤沉陷区新能源基地). (The extractor's sector is not
    /// enough: a paragraph on the city environment also counts subway lines.)
    static func isEcology(_ metric: Metric, in report: Report) -> Bool {
        let subject = metric.subject
        if notEcology.contains(where: subject.contains) { return false }
        if words.contains(where: subject.contains) { return true }
        return words.contains(where: modifiedNoun(of: metric, in: report).contains)
    }

    /// Lower is better for pollution and use of energy; but a figure that measures a cut of them
    /// (能耗降低3%, 浓度下降11.5%) is better when higher.
    static func betterWhen(_ metric: Metric) -> String {
        let pollution = lowerIsBetter.contains(where: metric.subject.contains)
        let cut = metric.kind == .growth && ["降低", "下降", "减少", "降幅", "压减"].contains(where: metric.subject.contains)
        return pollution != cut ? "lower" : "higher"
    }

    /// The indicator a figure measures, without the verbs that report it (新增, 完成).
    static func indicator(_ metric: Metric) -> String {
        var subject = metric.subject
        for prefix in ["新增", "新创建", "完成", "累计", "全年", "全省"] where subject.hasPrefix(prefix) && subject.count > prefix.count + 1 {
            subject.removeFirst(prefix.count)
        }
        return subject
    }

    /// When the figure is followed by 的, the noun phrase after it up to the clause's end.
    static func modifiedNoun(of metric: Metric, in report: Report) -> String {
        guard report.paragraphs.indices.contains(metric.paragraph) else { return "" }
        let paragraph = report.paragraphs[metric.paragraph]
        let after = paragraph.text.unicodeScalars.dropFirst(metric.offset - paragraph.offset + metric.text.unicodeScalars.count)
        guard after.first == "的" else { return "" }
        let phrase = after.dropFirst().prefix { !["，", "。", "；", "、"].contains($0) }
        return String(String.UnicodeScalarView(phrase.prefix(20)))
    }
}
