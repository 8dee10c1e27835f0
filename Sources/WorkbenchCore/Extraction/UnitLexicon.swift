import WorkbenchSDK

/// The units a figure can carry, longest first so that `千瓦时` wins over `千瓦` and `个百分点`
/// over `个`. Each unit's category decides the figure's kind (measure words make counts) and how
/// it is normalized.
enum UnitLexicon {
    enum Category: Equatable {
        case percent          // % ％ (normalized to %)
        case points           // 个百分点
        case permille         // ‰
        case tenths           // 成 (三成 = 30%)
        case multiple         // 倍
        case physical         // money, area, length, energy, volume, weight, concentration
        case duration         // 年 个月 天 小时 … (only where the text makes them figures)
        case measure          // measure words: 个 家 件 项 户 人 …
        case rankPlace        // 位 after 上升/前移 (a change of rank)
    }

    struct Unit: Equatable {
        var written: String
        var normalized: String
        var category: Category
    }

    /// Every unit, longest written form first.
    static let all: [Unit] = {
        var units: [Unit] = []
        func add(_ category: Category, _ names: [String]) {
            units += names.map { Unit(written: $0, normalized: $0, category: category) }
        }
        units.append(Unit(written: "%", normalized: "%", category: .percent))
        units.append(Unit(written: "％", normalized: "%", category: .percent))
        add(.points, ["个百分点"])
        add(.permille, ["‰"])
        add(.multiple, ["倍"])
        add(.tenths, ["成"])
        add(.physical, [
            "元", "美元", "欧元", "港元", "日元",
            "亩", "公顷", "平方公里", "平方千米", "平方米", "公里", "千米", "米",
            "千瓦时", "千瓦", "兆瓦", "吉瓦", "瓦", "度电", "度",
            "立方米", "标准立方米", "升",
            "吨标准煤", "吨标煤", "吨", "公斤", "千克", "斤",
            "微克/立方米", "毫克/立方米", "毫克/升", "微克", "毫克", "岁",
            "标准箱", "标箱",
        ])
        add(.duration, ["个工作日", "个自然日", "工作日", "自然日", "个小时", "小时", "分钟", "个月", "周", "天", "年"])
        add(.measure, [
            "人次", "户次", "架次", "辆次", "班次", "批次", "场次", "农户", "个", "家", "件", "项", "户", "人", "名", "所", "座",
            "部", "台", "处", "条", "对", "宗", "张", "架", "场", "类", "批", "套", "辆", "艘",
            "列", "趟", "种", "款", "只", "头", "株", "篇", "本", "册", "间", "栋", "支", "队", "位",
            "份", "起", "例", "床", "轮",
        ])
        return units.sorted { $0.written.unicodeScalars.count > $1.written.unicodeScalars.count }
    }()

    /// The units' written forms by first scalar, longest first (the order of `all`).
    private static let index = FirstScalarIndex(all.enumerated().map { (Text.scalars($0.element.written), $0.offset) })

    /// The unit written at `position`, if any.
    static func unit(in scalars: ArraySlice<Unicode.Scalar>, at position: Int) -> Unit? {
        index.firstMatch(in: scalars, at: position).map { all[$0.id] }
    }

    /// A multiplier written before the unit (`万`, `亿`, `万亿`, `千万`, `百万`) and its factor; of
    /// two that start at one place, the longer.
    static func multiplier(in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> (written: String, factor: Double)? {
        guard index < scalars.endIndex else { return nil }
        let next: Unicode.Scalar? = index + 1 < scalars.endIndex ? scalars[index + 1] : nil
        switch scalars[index] {
        case "万": return next == "亿" ? ("万亿", 1e12) : ("万", 1e4)
        case "亿": return ("亿", 1e8)
        case "千": return next == "万" ? ("千万", 1e7) : nil
        case "百": return next == "万" ? ("百万", 1e6) : nil
        default: return nil
        }
    }
}
