/// China's province-level units with the short forms reports use and the pinyin that names a
/// loaded report (`shanxi-2025`).
struct Province: Sendable, Equatable {
    /// Full name: `山西省`, `内蒙古自治区`, `北京市`.
    var name: String
    /// Short forms, longest first: `内蒙古`, `山西`.
    var shortNames: [String]
    /// Pinyin used in report names; 陕西 is `shaanxi` by the usual convention.
    var pinyin: String

    /// The State Council's national report.
    static let national = Province(name: "全国", shortNames: ["国务院"], pinyin: "national")

    static let all: [Province] = [
        ("北京市", "北京", "beijing"), ("天津市", "天津", "tianjin"), ("河北省", "河北", "hebei"),
        ("山西省", "山西", "shanxi"), ("内蒙古自治区", "内蒙古", "neimenggu"),
        ("辽宁省", "辽宁", "liaoning"), ("吉林省", "吉林", "jilin"),
        ("黑龙江省", "黑龙江", "heilongjiang"), ("上海市", "上海", "shanghai"),
        ("江苏省", "江苏", "jiangsu"), ("浙江省", "浙江", "zhejiang"), ("安徽省", "安徽", "anhui"),
        ("福建省", "福建", "fujian"), ("江西省", "江西", "jiangxi"), ("山东省", "山东", "shandong"),
        ("河南省", "河南", "henan"), ("湖北省", "湖北", "hubei"), ("湖南省", "湖南", "hunan"),
        ("广东省", "广东", "guangdong"), ("广西壮族自治区", "广西", "guangxi"),
        ("海南省", "海南", "hainan"), ("重庆市", "重庆", "chongqing"), ("四川省", "四川", "sichuan"),
        ("贵州省", "贵州", "guizhou"), ("云南省", "云南", "yunnan"), ("西藏自治区", "西藏", "xizang"),
        ("陕西省", "陕西", "shaanxi"), ("甘肃省", "甘肃", "gansu"), ("青海省", "青海", "qinghai"),
        ("宁夏回族自治区", "宁夏", "ningxia"), ("新疆维吾尔自治区", "新疆", "xinjiang"),
        ("香港特别行政区", "香港", "hongkong"), ("澳门特别行政区", "澳门", "macau"),
        ("台湾省", "台湾", "taiwan"),
    ].map { Province(name: $0.0, shortNames: [$0.1], pinyin: $0.2) }

    /// The province whose full name is `name`.
    static func named(_ name: String) -> Province? {
        all.first { $0.name == name }
    }

    /// The first province named in `text` (full names before short ones), or `nil`.
    static func find(in text: String) -> Province? {
        let scalars = Array(text.unicodeScalars)[...]
        for position in scalars.indices {
            for (province, forms) in searchForms where forms.contains(where: { Text.matches($0, in: scalars, at: position) }) {
                return province
            }
        }
        return nil
    }

    /// Each province with its written forms as scalars, full name first.
    private static let searchForms: [(Province, [[Unicode.Scalar]])] = all.map { province in
        (province, ([province.name] + province.shortNames).map { Array($0.unicodeScalars) })
    }
}
