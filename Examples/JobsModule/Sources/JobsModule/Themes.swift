/// The livelihood themes the module sorts figures into, by words of the figure's subject.
enum Theme: String, CaseIterable, Sendable {
    case employment
    case income
    case socialSecurity = "social-security"

    /// Words that put a figure in the theme; the first theme that matches wins.
    var words: [String] {
        switch self {
        case .employment: return ["就业", "失业", "岗位", "劳动力", "农民工", "职业技能", "技能培训", "创业", "招聘", "见习"]
        case .income: return ["收入", "工资", "可支配", "薪"]
        case .socialSecurity: return ["养老金", "养老保险", "医保", "社保", "低保", "救助", "补助标准", "基础养老金", "特困", "残疾人"]
        }
    }

    /// The theme of a subject, if any.
    static func of(_ subject: String) -> Theme? {
        allCases.first { theme in theme.words.contains(where: subject.contains) }
    }
}
