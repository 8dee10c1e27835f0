extension Metric {
    /// Subject words of pollution, emissions and the use of energy and water: less of them is better.
    public static let lowerIsBetterWords = ["PM2.5", "PM10", "细颗粒物", "可吸入颗粒物", "浓度", "排放", "能耗", "水耗", "污染",
                                            "重污染", "劣V类", "劣Ⅴ类", "臭氧", "二氧化硫", "氮氧化物", "化学需氧量", "氨氮", "散煤",
                                            "退化率", "水土流失率", "土壤流失率", "石漠化率", "沙化率", "荒漠化率"]

    /// Names of the use of energy and water that are not ecology words of their own (they count
    /// for which way is better, not for what the ecology module lists).
    public static let resourceUseWords = ["能源消耗", "用水总量", "用水量"]

    /// Subject words that report a cut (`能耗降低`, `浓度下降`, `排放量削减`).
    public static let cutWords = ["降低", "下降", "减少", "降幅", "压减", "削减"]

    /// Verbs a subject opens with when the figure is an amount of pollution taken away
    /// (`削减受污染建设用地面积`).
    public static let removalVerbs = ["削减", "减少", "压减", "淘汰", "化解"]

    /// Rates of getting something right, where more is better even of pollution (`污水处理率`,
    /// `受污染耕地安全利用率`, `排放达标率`).
    /// Any rate that says 达标 is one too (`达标排放率`).
    public static let attainmentRates = ["达标率", "利用率", "处理率", "处置率", "合格率", "优良率", "回收率", "治理率", "修复率"]

    /// Both lists above, for `isBetterWhenLower`.
    static let lowerIsBetterOrResourceUse = lowerIsBetterWords + resourceUseWords

    /// Words a subject may open with before its verb (`累计削减`, `完成淘汰`).
    static let leadingWords = ["累计", "完成", "新增", "全年", "全省", "全市"]

    /// True when a lower value of this figure is better: pollution and the use of energy and
    /// water (`细颗粒物平均浓度`) but not a rate of attainment (`工业废水排放达标率`); and, the
    /// other way round, a cut of what is better higher (`出口下降5%`). A cut of pollution is better
    /// higher: `能耗降低3%`, `浓度下降11.5%`, an amount removed (`削减受污染建设用地面积10万平方米`).
    public var isBetterWhenLower: Bool {
        let attainment = Metric.attainmentRates.contains(where: subject.hasSuffix) || subject.hasSuffix("率") && subject.contains("达标")
        // 超低排放改造: meeting the cleanest standard, more is better.
        let pollution = Metric.lowerIsBetterOrResourceUse.contains(where: subject.contains) && !attainment
            && !subject.contains("超低排放")
        var head = Substring(subject)
        while let word = Metric.leadingWords.first(where: { head.hasPrefix($0) && head.count > $0.count }) { head = head.dropFirst(word.count) }
        // A growth rate that says a cut, or an amount removed (削减…). Not a level whose subject
        // ends with its cut: 减少到9万吨 loses its 到 in the subject, and is the level reached.
        let cut = kind == .growth && Metric.cutWords.contains(where: subject.contains)
            || pollution && Metric.removalVerbs.contains(where: head.hasPrefix)
        return pollution != cut
    }
}
