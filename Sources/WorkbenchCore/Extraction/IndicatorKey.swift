import WorkbenchSDK

/// What a figure's subject measures, written so that a target and the outcome a later report
/// gives for it compare equal: `规上工业增加值增长` (2025's target) and `全省规模以上工业增加值增长`
/// (2026's review) are both `规上工业增加值`, rising. Headline targets outside the standard ids
/// (`粮食产量`, `一般公共预算收入增长`, `单位国内生产总值能耗降低`) are judged by it.
struct IndicatorKey: Hashable {
    enum Direction: Hashable { case none, up, down }

    /// The subject without its scope and its verb of change.
    var name: String
    /// The verb of change the subject ended with: `增长` up, `下降` down.
    var direction: Direction

    /// Scopes a subject may open with, which do not change what is measured in a report:
    /// 全社会研发经费支出 is the region's R&D, 设区城市PM2.5平均浓度 the province's air, and a
    /// province's 地方一般公共预算收入 its revenue (the word sets it apart from the centre's).
    /// (Not 全国: in a province's report 全国粮食产量 is the country's harvest.)
    static let scopes = ["全省", "全市", "全区", "全州", "全年", "本省", "本市", "全社会", "设区城市", "设区市", "地方"]
    /// Verbs of change a subject may end with, longest first within each direction.
    static let rises = ["实际增长", "名义增长", "同比增长", "增长", "增速", "涨幅", "上涨", "提高", "提升", "上升", "增加"]
    static let falls = ["同比下降", "下降", "降低", "减少", "压减", "削减"]
    /// Spellings of the same thing (longer first).
    static let spellings = [("规模以上", "规上"), ("地区生产总值", "生产总值"), ("国内生产总值", "生产总值"), ("总产量", "产量")]

    init(subject: String) {
        var scalars = Array(subject.unicodeScalars)
        var direction = Direction.none
        if let verb = IndicatorKey.ending(of: scalars, among: IndicatorKey.rises) {
            scalars.removeLast(verb)
            direction = .up
        } else if let verb = IndicatorKey.ending(of: scalars, among: IndicatorKey.falls) {
            scalars.removeLast(verb)
            direction = .down
        }
        var trimmed = true
        while trimmed {
            trimmed = false
            for scope in IndicatorKey.scopes {
                let word = Array(scope.unicodeScalars)
                if scalars.count > word.count + 1, scalars.starts(with: word) {
                    scalars.removeFirst(word.count)
                    trimmed = true
                }
            }
        }
        var name = String(String.UnicodeScalarView(scalars))
        for (long, short) in IndicatorKey.spellings { name = IndicatorKey.replacing(long, with: short, in: name) }
        self.name = name
        self.direction = direction
    }

    /// Whether a figure with key `other` can be the outcome of a target with this key whose
    /// figure is of `kind`: the same name, and for a level or count no verb of change
    /// (粮食产量增加6.6亿斤 is a change, not the harvest). A level with a verb is left alone:
    /// its subject cannot tell 减少1万吨 (the amount) from 减少到9万吨 (the level reached).
    func admits(_ other: IndicatorKey, kind: Metric.Kind) -> Bool {
        name == other.name && (kind == .growth || direction == .none && other.direction == .none)
    }

    /// Whether `other` reports the change the other way round (上升 against 降低). A figure with
    /// no verb of its own (能耗、排放分别下降3.5%、4%: 能耗) is taken as the target's way round.
    func isOpposite(to other: IndicatorKey) -> Bool {
        (direction == .up && other.direction == .down) || (direction == .down && other.direction == .up)
    }

    /// The length of the verb in `verbs` that `scalars` ends with, leaving a name of two or more.
    static func ending(of scalars: [Unicode.Scalar], among verbs: [String]) -> Int? {
        for verb in verbs {
            let word = Array(verb.unicodeScalars)
            if scalars.count >= word.count + 2, scalars.suffix(word.count).elementsEqual(word) { return word.count }
        }
        return nil
    }

    /// `text` without the scopes it opens with (全省全社会研发经费… → 研发经费…), as a key drops them.
    static func droppingScopes(_ text: Substring) -> Substring {
        var rest = text
        while let scope = scopes.first(where: { rest.hasPrefix($0) && rest.count > $0.count }) { rest = rest.dropFirst(scope.count) }
        return rest
    }

    /// `text` in the spellings a key uses (`全省规模以上工业增加值` → `全省规上工业增加值`).
    static func respelled(_ text: String) -> String {
        spellings.reduce(text) { replacing($1.0, with: $1.1, in: $0) }
    }

    static func replacing(_ word: String, with replacement: String, in text: String) -> String {
        let target = Array(word.unicodeScalars)
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index...].starts(with: target) {
                result.append(contentsOf: replacement.unicodeScalars)
                index += target.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }
}
