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

    /// A unit found in a text. It holds no strings (a figure's candidate is copied several
    /// times on its way to the model, and each string in it was a retain and a release per
    /// copy): its written and normalized forms are read from the lexicon when the figure's
    /// model is made.
    struct Unit: Equatable {
        /// Its place in `entries`.
        var entry: Int
        var category: Category
        /// A compound unit's denominator (`/人`, `每立方米`): where its text (without the mark)
        /// lies in the paragraph.
        var denominator: Range<Int>?

        /// The written form of the lexicon's unit, without a denominator.
        var base: Entry { UnitLexicon.entries[entry] }

        /// Scalars of the unit's written form in the text, the denominator and its mark included.
        var length: Int { base.length + (denominator.map { $0.count + 1 } ?? 0) }

        /// As written, a denominator after `/` (`元/人`); `text` is the paragraph's scalars.
        func written(in text: ArraySlice<Unicode.Scalar>) -> String {
            denominator.map { base.written + "/" + Text.string(text[$0]) } ?? base.written
        }

        /// Normalized (`％` is `%`), a denominator after `/`.
        func normalized(in text: ArraySlice<Unicode.Scalar>) -> String {
            denominator.map { base.normalized + "/" + Text.string(text[$0]) } ?? base.normalized
        }

        /// Whether it is the lexicon's `word`, with no denominator.
        func `is`(_ word: String) -> Bool {
            denominator == nil && base.written == word
        }

        /// Whether it is the lexicon's entry `index` (one of `UnitLexicon.Named`), with no
        /// denominator: an integer comparison, where `is` compares strings (thousands of
        /// instructions for CJK text, asked for nearly every figure).
        func `is`(_ named: Named) -> Bool {
            denominator == nil && entry == named.entry
        }
    }

    /// A unit of the lexicon.
    struct Entry: Sendable {
        var written: String
        var normalized: String
        var category: Category
        /// Scalars of `written`.
        var length: Int

        init(written: String, normalized: String, category: Category) {
            self.written = written
            self.normalized = normalized
            self.category = category
            length = written.unicodeScalars.count
        }
    }

    /// The units a text is searched for (`all`), then those that rules add themselves (`位`
    /// after 上升, a change of rank).
    static let entries: [Entry] = all + [Entry(written: "位", normalized: "位", category: .rankPlace)]

    /// The units the scanner's rules name, by their place in `entries`.
    enum Named {
        case year, week, piece, times, cubicMetre, round, person, age, household, term, place

        var entry: Int {
            switch self {
            case .year: return UnitLexicon.yearEntry
            case .week: return UnitLexicon.weekEntry
            case .piece: return UnitLexicon.pieceEntry
            case .times: return UnitLexicon.timesEntry
            case .cubicMetre: return UnitLexicon.cubicMetreEntry
            case .round: return UnitLexicon.roundEntry
            case .person: return UnitLexicon.personEntry
            case .age: return UnitLexicon.ageEntry
            case .household: return UnitLexicon.householdEntry
            case .term: return UnitLexicon.termEntry
            case .place: return UnitLexicon.placeEntry
            }
        }
    }

    private static func entry(_ written: String) -> Int { entries.firstIndex { $0.written == written } ?? -1 }

    /// The lexicon's unit written `written`, with no denominator (for rules that make figures of
    /// their own: 翻番 is in 倍, 一半 in %).
    static func unit(written: String) -> Unit {
        let index = max(entry(written), 0)
        return Unit(entry: index, category: entries[index].category)
    }
    static let yearEntry = entry("年")
    static let weekEntry = entry("周")
    static let pieceEntry = entry("个")
    static let timesEntry = entry("次")
    static let cubicMetreEntry = entry("方")
    static let roundEntry = entry("轮")
    static let personEntry = entry("人")
    static let ageEntry = entry("岁")
    static let householdEntry = entry("户")
    static let termEntry = entry("届")
    static let placeEntry = entry("位")

    /// `位` of a change of rank (上升5位).
    static let rankPlace = Unit(entry: all.count, category: .rankPlace)

    /// Every unit, longest written form first.
    static let all: [Entry] = {
        var units: [Entry] = []
        func add(_ category: Category, _ names: [String]) {
            units += names.map { Entry(written: $0, normalized: $0, category: category) }
        }
        units.append(Entry(written: "%", normalized: "%", category: .percent))
        units.append(Entry(written: "％", normalized: "%", category: .percent))
        add(.points, ["个百分点"])
        add(.permille, ["‰"])
        // Rates per 100,000 or 10,000 people (孕产妇死亡率9.6/10万): kept as written, like ‰.
        add(.permille, ["/10万", "/十万", "/万"])
        add(.multiple, ["倍"])
        add(.tenths, ["成"])
        // 100万人民币 is money (and not 100万人 followed by 民币).
        units.append(Entry(written: "人民币", normalized: "元", category: .physical))
        add(.physical, [
            "元", "美元", "欧元", "港元", "日元",
            "亩", "公顷", "平方公里", "平方千米", "平方米", "公里", "千米", "米",
            "千瓦时", "兆瓦时", "吉瓦时", "千瓦", "兆瓦", "吉瓦", "瓦", "度电", "度",
            "立方米", "标准立方米", "方", "升",
            "吨标准煤", "吨标煤", "吨公里", "人公里", "吨", "公斤", "千克", "斤",
            "微克/立方米", "毫克/立方米", "毫克/升", "微克", "毫克", "岁",
            // (黑土地耕层厚度20.6厘米, 土壤有机质含量27克/千克.)
            "厘米", "毫米", "克/千克", "克",
            "标准箱", "标箱",
            // (A crane's or a berth's moves: 每小时42.8自然箱.)
            "自然箱",
        ])
        // Units written in Latin letters (35GWh, 100万TEU, 9.4万P of computing power); a number
        // followed by other letters is a code (5G, 3D).
        add(.physical, latinUnits)
        add(.duration, ["个工作日", "个自然日", "个季度", "工作日", "自然日", "个小时", "小时", "分钟", "个月", "周", "天", "年"])
        add(.measure, [
            // 台套 (a machine and its set), how equipment renewal is counted.
            "台（套）", "台(套)", "台套", "头只", "人次", "户次", "亩次", "艘次", "架次", "辆次", "班次", "批次", "场次", "列次", "乘次", "航次", "车次", "农户", "个", "家", "件", "项", "户", "人", "名", "所", "座",
            "部", "台", "处", "条", "对", "宗", "张", "架", "场", "类", "批", "套", "辆", "艘",
            "列", "趟", "种", "款", "只", "头", "株", "篇", "本", "册", "间", "栋", "支", "队", "位",
            "份", "起", "例", "床", "轮", "次", "笔", "颗", "根", "枚", "盏", "块",
            // (鲜切花205亿枝, 葡萄酒1.4亿瓶, 配送订单380万单; not 方面, which counts the parts of a
            // plan: 重点做好十方面工作.)
            "枝", "瓶", "单",
            // (连续12届获评: a streak of terms. 第十四届 is an ordinal, passed over before units.)
            "届",
        ])
        return units.sorted { $0.length > $1.length }
    }()

    /// (Not kV: 1000kV特高压, like 500千伏, names a class of line.)
    static let latinUnits = ["GWh", "MWh", "kWh", "KWh", "TWh", "GW", "MW", "kW", "KW", "TEU",
                             "EFLOPS", "EFlops", "PFLOPS", "PFlops", "PF", "P", "TB", "PB"]

    /// Whether the unit at `position` is written in Latin letters and ends where the word does
    /// (no letter or digit after it: 5GW is a unit, 5GWX a code).
    static func latinUnit(in scalars: ArraySlice<Unicode.Scalar>, at position: Int) -> Bool {
        guard position < scalars.endIndex, QuantityScanner.isCodeNeighbour(scalars[position]),
              let unit = unit(in: scalars, at: position) else { return false }
        let after = position + unit.length
        return after == scalars.endIndex
            || !QuantityScanner.isCodeNeighbour(scalars[after]) && NumberReader.digit(scalars[after]) == nil
    }

    /// The units' written forms by first scalar, longest first (the order of `all`).
    private static let index = FirstScalarIndex(all.enumerated().map { (Text.scalars($0.element.written), $0.offset) })

    /// The unit written at `position`, if any (a lexicon unit: no denominator).
    static func unit(in scalars: ArraySlice<Unicode.Scalar>, at position: Int) -> Unit? {
        index.firstMatch(in: scalars, at: position).map { Unit(entry: $0.id, category: all[$0.id].category) }
    }

    /// A multiplier written before a unit, with its factor.
    enum Multiplier: Equatable {
        /// (亿亿 and 百亿亿 measure computing power: 10.36百亿亿次/秒 is 1.036e19 per second.)
        case wan, yi, wanYi, qianWan, baiWan, yiYi, baiYiYi

        var written: String {
            switch self {
            case .wan: return "万"
            case .yi: return "亿"
            case .wanYi: return "万亿"
            case .qianWan: return "千万"
            case .baiWan: return "百万"
            case .yiYi: return "亿亿"
            case .baiYiYi: return "百亿亿"
            }
        }

        var factor: Double {
            switch self {
            case .wan: return 1e4
            case .yi: return 1e8
            case .wanYi: return 1e12
            case .qianWan: return 1e7
            case .baiWan: return 1e6
            case .yiYi: return 1e16
            case .baiYiYi: return 1e18
            }
        }

        /// Scalars of `written`.
        var length: Int {
            switch self {
            case .wan, .yi: return 1
            case .baiYiYi: return 3
            default: return 2
            }
        }
    }

    /// A multiplier written before the unit (`万`, `亿`, `万亿`, `千万`, `百万`, `亿亿`,
    /// `百亿亿`); of two that start at one place, the longer.
    static func multiplier(in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Multiplier? {
        guard index < scalars.endIndex else { return nil }
        let next: Unicode.Scalar? = index + 1 < scalars.endIndex ? scalars[index + 1] : nil
        let third: Unicode.Scalar? = index + 2 < scalars.endIndex ? scalars[index + 2] : nil
        switch scalars[index] {
        case "万": return next == "亿" ? .wanYi : .wan
        case "亿": return next == "亿" ? .yiYi : .yi
        case "千": return next == "万" ? .qianWan : nil
        case "百": return next == "万" ? .baiWan : next == "亿" && third == "亿" ? .baiYiYi : nil
        default: return nil
        }
    }
}
