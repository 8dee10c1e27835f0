/// The lead of a news page that carries a report (`2月3日上午，江苏省十四届人大五次会议在南京开幕，
/// 省长刘小涛作政府工作报告。`): such a page has no title block, and its lead is where the
/// province, the speaker and the day of delivery are.
struct NewsLead: Equatable {
    /// The words of the lead's sentence before the congress it names (`2月3日上午，江苏省十四届`).
    var place: String
    var office: String
    var name: String
    /// `YYYY-MM-DD` when the lead gives the year, or a year stated as the one under way.
    var date: String?
    /// The year the lead says is under way (`2026年是“十五五”开局之年`), or the year of its date.
    var year: Int?

    private static let reportWords = Array("作政府工作报告".unicodeScalars)
    private static let meetingWords = [Array("人大".unicodeScalars), Array("人民代表大会".unicodeScalars)]

    /// The lead in `paragraph`, if it has one: a sentence of a meeting of a people's congress
    /// (人大, 人民代表大会) whose last clause is an office and a name before 作政府工作报告.
    static func read(_ paragraph: [Unicode.Scalar]) -> NewsLead? {
        guard let at = Text.firstIndex(of: reportWords, in: paragraph[...]) else { return nil }
        let clauseStart = paragraph[..<at].lastIndex(where: isClauseEnd).map { $0 + 1 } ?? 0
        let sentenceStart = paragraph[..<at].lastIndex(where: isSentenceEnd).map { $0 + 1 } ?? 0
        let sentence = paragraph[sentenceStart..<clauseStart]
        // The congress's own words (江苏省十四届人大), not where it meets (在南京开幕).
        guard let meeting = meetingWords.compactMap({ Text.firstIndex(of: $0, in: sentence) }).min(),
              let (office, name) = MetadataReader.speaker(paragraph[clauseStart..<at]) else { return nil }
        // A year written with the day, else one said to be under way before the lead (a later
        // 2024年是… may be the report's own words about another year).
        let year = statedYear(in: sentence) ?? yearUnderWay(in: Array(paragraph[..<sentenceStart]))
        return NewsLead(place: Text.string(sentence[..<meeting]), office: office, name: name,
                        date: date(in: sentence, year: year), year: year)
    }

    private static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
        isSentenceEnd(scalar) || scalar == "，" || scalar == "," || scalar == "；" || scalar == ";"
    }

    private static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？"
    }

    /// `2026年是…之年`: a news lead names the year under way so.
    private static func yearUnderWay(in scalars: [Unicode.Scalar]) -> Int? {
        for index in scalars.indices {
            guard let (year, end) = PeriodResolver.year(in: scalars[...], at: index) else { continue }
            if end < scalars.count, scalars[end] == "是" { return year }
        }
        return nil
    }

    /// A year written with the lead's date (`2026年2月3日`).
    private static func statedYear(in sentence: ArraySlice<Unicode.Scalar>) -> Int? {
        for index in sentence.indices {
            guard let (year, end) = PeriodResolver.year(in: sentence, at: index) else { continue }
            if end < sentence.endIndex, ("0"..."9").contains(sentence[end]) { return year }
        }
        return nil
    }

    /// The lead's day (`2月3日`, `1月21日`) in `year`.
    private static func date(in sentence: ArraySlice<Unicode.Scalar>, year: Int?) -> String? {
        guard let year, let month = Text.firstIndex(of: ["月"], in: sentence) else { return nil }
        let digits = sentence[..<month].reversed().prefix(while: { ("0"..."9").contains($0) })
        let after = sentence[(month + 1)...]
        let dayDigits = after.prefix(while: { ("0"..."9").contains($0) })
        guard (1...2).contains(digits.count), (1...2).contains(dayDigits.count),
              dayDigits.endIndex < sentence.endIndex, sentence[dayDigits.endIndex] == "日" else { return nil }
        let text = "\(year)年" + Text.string(ArraySlice(digits.reversed())) + "月" + Text.string(dayDigits) + "日"
        return ChineseDate.parse(text)
    }
}
