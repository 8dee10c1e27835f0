import WorkbenchSDK

/// A clause of a review of several years that opens with one of those years: `五年来，旅游总收入
/// 年均增长18%，2025年接待游客11.6亿人次` — its figures are that year's, not the span's (the
/// mirror of `FiveYearClauses`).
///
/// The clause runs from the year (maybe after 其中) to the next ，, ；, 、 or the sentence's end
/// (past a mark right after the year: `2025年，接待游客…`).
enum YearClauses {
    /// The clauses of `sentence` (a range of `s`) of the years `reviewed` spans that open with a
    /// year of it, with that year, into `spans` (emptied first).
    static func spans(in s: ArraySlice<Unicode.Scalar>, sentence: Range<Int>, reviewing reviewed: Period,
                      into spans: inout [(range: Range<Int>, year: Int)]) {
        spans.removeAll(keepingCapacity: true)
        guard reviewed.kind == .review, reviewed.from < reviewed.to else { return }
        var position = sentence.lowerBound
        while position < sentence.upperBound {
            defer { position += 1 }
            // A year opens the sentence or a clause (not 比2020年, 是2020年的, 从2020年), maybe after
            // 其中 (其中2025年增长5.4%).
            guard s[position] == "2" || s[position] == "1",
                  position == sentence.lowerBound || FiveYearClauses.isMark(s[position - 1])
                    || position - 2 > sentence.lowerBound && s[position - 2] == "其" && s[position - 1] == "中"
                       && FiveYearClauses.isMark(s[position - 3]),
                  let (year, yearEnd) = PeriodResolver.year(in: s[..<sentence.upperBound], at: position),
                  (reviewed.from...reviewed.to).contains(year), yearEnd < sentence.upperBound,
                  !notOneYear.contains(s[yearEnd]) else { continue }
            var end = yearEnd
            if FiveYearClauses.isMark(s[end]) { end += 1 }
            // (To a 、 as well: 2025年为3500亿元、五年累计1.6万亿元.)
            while end < sentence.upperBound, !FiveYearClauses.isMark(s[end]), !FiveYearClauses.isTerminator(s[end]), s[end] != "、" { end += 1 }
            // (2025年比2020年增长31%, 是2020年的1.5倍, 、五年累计1.6万亿元: the span's still.)
            if !spansYears(s[yearEnd..<end]) { spans.append((position..<end, year)) }
            position = end
        }
    }

    /// Whether a clause compares its year with another (比, 较, 与…相比, 是…的) or counts
    /// over years (累计, 五年, 年均): its figures measure the span.
    static func spansYears(_ clause: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in clause {
            // (Not 比上年: one year against the year before is the year's.)
            if "比较与是".unicodeScalars.contains(previous), scalar == "2" || scalar == "1" || scalar == "“" { return true }
            if (previous == "累" && scalar == "计") || (previous == "年" && scalar == "均") || (previous == "五" && scalar == "年") { return true }
            previous = scalar
        }
        return false
    }

    /// What after 年 makes the year the start of a stretch or one of several (以来, 至, 到, 、, 和).
    private static let notOneYear: Set<Unicode.Scalar> = ["以", "来", "至", "到", "、", "和", "及", "-", "—", "－", "起", "的"]
}
