/// Dates as reports write them: `2025年1月17日`, `2025 年 1 月 17 日`, `二〇二六年一月二十日`.
enum ChineseDate {
    /// ISO `yyyy-mm-dd` for a text that ends in a date, or `nil`.
    static func parse(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars.filter { !TextLines.isPadding($0) }.map(zero))
        guard let yearMark = scalars.firstIndex(of: "年"),
              let monthMark = scalars[yearMark...].firstIndex(of: "月"),
              let dayMark = scalars[monthMark...].firstIndex(of: "日"),
              let year = number(scalars[..<yearMark].suffix(4), digitsOnly: true),
              let month = number(scalars[(yearMark + 1)..<monthMark], digitsOnly: false),
              let day = number(scalars[(monthMark + 1)..<dayMark], digitsOnly: false),
              (1900...2199).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    /// The first year written in Chinese numerals (`二〇二六年`) in `text`.
    static func parseYear(_ text: String) -> Int? {
        let scalars = Text.scalars(text).map(zero)
        guard let mark = scalars.firstIndex(of: "年"), mark >= 4 else { return nil }
        return number(scalars[(mark - 4)..<mark], digitsOnly: true).flatMap { (1900...2199).contains($0) ? $0 : nil }
    }

    /// Reads Arabic digits, or Chinese digits written one by one (`二〇二六`), or with 十 (`二十`).
    private static func number<S: Collection>(_ scalars: S, digitsOnly: Bool) -> Int? where S.Element == Unicode.Scalar {
        // Years have four digits, months and days at most two (or three numerals: 二十九).
        guard !scalars.isEmpty, scalars.count <= 4 else { return nil }
        if scalars.allSatisfy({ PeriodResolver.digitValue($0) != nil }) {
            return scalars.reduce(0) { $0 * 10 + PeriodResolver.digitValue($1)! }
        }
        if scalars.allSatisfy({ Enumerators.digit($0) != nil && $0 != "两" }) {
            return scalars.reduce(0) { $0 * 10 + Enumerators.digit($1)! }
        }
        return digitsOnly ? nil : Enumerators.value(scalars)
    }

    /// `二○二二年`: a circle (○, 〇's look-alike typed on many pages) for zero.
    private static func zero(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar == "○" || scalar == "◯" || scalar == "Ｏ" ? "〇" : scalar
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
