extension Metric {
    /// Subject words of pollution, emissions and the use of energy and water: less of them is better.
    public static let lowerIsBetterWords = ["PM2.5", "PM10", "细颗粒物", "可吸入颗粒物", "浓度", "排放", "能耗", "水耗", "污染",
                                            "重污染", "劣V类", "劣Ⅴ类", "臭氧", "二氧化硫", "氮氧化物", "化学需氧量", "氨氮", "散煤"]

    /// Subject words that report a cut (`能耗降低`, `浓度下降`).
    public static let cutWords = ["降低", "下降", "减少", "降幅", "压减"]

    /// True when a lower value of this figure is better: pollution and the use of energy and
    /// water (`细颗粒物平均浓度`), but not a figure that measures a cut of them (`能耗降低3%`,
    /// `浓度下降11.5%` are better when higher).
    public var isBetterWhenLower: Bool {
        let pollution = Metric.lowerIsBetterWords.contains(where: subject.contains)
        let cut = kind == .growth && Metric.cutWords.contains(where: subject.contains)
        return pollution != cut
    }
}
