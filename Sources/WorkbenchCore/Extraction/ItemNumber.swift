/// The number an item line of a list opens with — `1.`, `2、`, `（3）`, `(4)`, `⑤`, `六是`, or the
/// dash of a highlight item `——` — read once: how long it is, how it is written, and its value.
struct ItemNumber {
    /// Scalars the number takes, its mark included.
    var length: Int
    /// In brackets: `（3）`.
    var bracketed: Bool
    /// In Chinese numerals: `六是`, `（一）`.
    var chinese: Bool
    /// The mark after the number (`.`, `、`, `）`, `是`); `①` for every circled number, `—` for a dash.
    var mark: Unicode.Scalar
    /// The number; nil for a dash.
    var value: Int?

    init?(_ scalars: [Unicode.Scalar]) {
        self.init(scalars[...])
    }

    /// The number `scalars` open with (a paragraph's, or a subject's run of its scalars).
    init?(_ scalars: ArraySlice<Unicode.Scalar>) {
        guard let first = scalars.first else { return nil }
        let origin = scalars.startIndex
        if first == "—", scalars.count > 1, scalars[origin + 1] == "—" {
            self.init(length: 2, bracketed: false, chinese: false, mark: "—", value: nil)
            return
        }
        if ("\u{2460}"..."\u{2473}").contains(first) {   // ① … ⑳
            self.init(length: 1, bracketed: false, chinese: false, mark: "①", value: Int(first.value) - 0x2460 + 1)
            return
        }
        let bracketed = first == "（" || first == "("
        let start = origin + (bracketed ? 1 : 0)
        var index = start
        while index < scalars.endIndex, index - start < 3,
              PeriodResolver.digitValue(scalars[index]) != nil || Enumerators.isNumeral(scalars[index]) {
            index += 1
        }
        guard index > start, index < scalars.endIndex else { return nil }
        let mark = scalars[index]
        let closers: [Unicode.Scalar] = bracketed ? ["）", ")"] : [".", "．", "、", "）", ")", "是"]
        guard closers.contains(mark) else { return nil }
        // 1.5万亿元 is a figure, not item 1.
        // (But `20.2026年10件民生实事` is item 20 on a year: no figure has a fraction of a year's
        // four digits.)
        if [".", "．"].contains(mark), index + 1 < scalars.endIndex, PeriodResolver.digitValue(scalars[index + 1]) != nil,
           !Self.opensYear(scalars[(index + 1)...]) { return nil }
        let chinese = Enumerators.isNumeral(scalars[start])
        // 是 follows Chinese numerals only (`一是`); a digit before it is a figure.
        if mark == "是", !Enumerators.isNumeral(scalars[index - 1]) { return nil }
        let number = scalars[start..<index]
        let value = chinese ? Enumerators.value(number)
                            : number.reduce(0 as Int?) { total, scalar in
                                  guard let total, let digit = PeriodResolver.digitValue(scalar) else { return nil }
                                  return total * 10 + digit
                              }
        self.init(length: index + 1 - origin, bracketed: bracketed, chinese: chinese, mark: mark, value: value)
    }

    init(length: Int, bracketed: Bool, chinese: Bool, mark: Unicode.Scalar, value: Int?) {
        self.length = length
        self.bracketed = bracketed
        self.chinese = chinese
        self.mark = mark
        self.value = value
    }

    /// `2026年…`: a year and 年 open `scalars` (`PeriodResolver.year`).
    static func opensYear(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        PeriodResolver.year(in: scalars, at: scalars.startIndex) != nil
    }

    /// `20.2026年`: a number of up to three digits, a point, then a year of four digits and 年 —
    /// an item's number run into the year its line opens with, not a figure.
    static func runsIntoYear(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        var point = index
        while point < s.endIndex, point - index < 3, PeriodResolver.digitValue(s[point]) != nil { point += 1 }
        guard point > index, point < s.endIndex, s[point] == "." || s[point] == "．" else { return false }
        return opensYear(s[(point + 1)...])
    }

    /// The same way of numbering, whatever the number.
    func sameStyle(as other: ItemNumber?) -> Bool {
        bracketed == other?.bracketed && chinese == other?.chinese && mark == other?.mark
    }

    /// （一） and 一、 number the report's sections.
    var isSectionNumber: Bool { chinese && (bracketed || mark == "、") }
}
