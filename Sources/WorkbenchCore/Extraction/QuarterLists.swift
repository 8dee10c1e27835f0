/// `全省地区生产总值四个季度分别增长5.2%、5.4%、5.6%和5.8%`, `一至四季度分别增长…`: the quarters of
/// one measure, named once before 分别. The count of quarters is no figure; each figure is its
/// quarter's.
enum QuarterLists {
    static let quarterNames = ["一季度", "二季度", "三季度", "四季度"]

    /// The quarters (1–4) that the words just before 分别 at `split` name, when they are as many
    /// as `count`, and where those words start: 四个季度 / 各季度 (all four), 一至四季度,
    /// 二到四季度, 1—4季度, 后三个季度 (the last three).
    static func quarters(before split: Int, in s: ArraySlice<Unicode.Scalar>, count: Int) -> (first: Int, start: Int)? {
        guard count >= 2, count <= 4, split - 3 >= s.startIndex, s[split - 2] == "季", s[split - 1] == "度" else { return nil }
        return quarters(ending: split, in: s, count: count)
    }

    /// The quarters of `quarters(before:in:count:)` written before `end` (the end of 季度).
    private static func quarters(ending end: Int, in s: ArraySlice<Unicode.Scalar>, count: Int) -> (first: Int, start: Int)? {
        var position = end - 2
        if s[position - 1] == "个" {
            // 四个季度, 后三个季度.
            position -= 1
            guard position - 1 >= s.startIndex, let number = quarterDigit(s[position - 1]), number == count else { return nil }
            position -= 1
            if position - 1 >= s.startIndex, s[position - 1] == "后" { return (5 - count, position - 1) }
            if position - 1 >= s.startIndex, s[position - 1] == "前" { return nil }
            return count == 4 ? (1, position) : nil
        }
        if s[position - 1] == "各" { return count == 4 ? (1, position - 1) : nil }
        // 一至四季度: a first and a last quarter.
        guard position - 3 >= s.startIndex, let last = quarterDigit(s[position - 1]),
              ["至", "到", "—", "-", "～", "~"].contains(s[position - 2]), let first = quarterDigit(s[position - 3]),
              first < last, last - first + 1 == count else { return nil }
        return (first, position - 3)
    }

    /// `各季度增速分别为5.3%、5.5%、5.7%、5.6%`: the quarters, and the rate (增速, 增幅) written
    /// between them and 分别 at `split`.
    static func quartersAndRate(before split: Int, in s: ArraySlice<Unicode.Scalar>, count: Int)
        -> (first: Int, start: Int, rate: Range<Int>)? {
        // (Or a measure between the quarters and its rate: `四个季度经济增速分别为…`,
        // `各季度规上工业增加值增速分别为…`.)
        guard count >= 2, count <= 4,
              let rateEnd = rateNouns.first(where: { split - $0.count >= s.startIndex && s[(split - $0.count)..<split].elementsEqual($0) }) else { return nil }
        var end = split - rateEnd.count
        while end - 3 >= s.startIndex, split - end <= 12, !Clauses.isBoundary(s[end - 1]), NumberReader.digit(s[end - 1]) == nil {
            if s[end - 2] == "季", s[end - 1] == "度", let found = quarters(ending: end, in: s, count: count) {
                return (found.first, found.start, end..<split)
            }
            end -= 1
        }
        return nil
    }

    /// Rates a quarter's list may name (增速, 增幅, 增长率).
    static let rateNouns = ["增长率", "增速", "增幅"].map { Array($0.unicodeScalars) }

    /// 1–4 written as a Chinese numeral or a digit.
    static func quarterDigit(_ scalar: Unicode.Scalar) -> Int? {
        let value = Enumerators.digit(scalar) ?? NumberReader.digit(scalar)
        guard let value, value >= 1, value <= 4 else { return nil }
        return value
    }

    /// Takes out of `candidates` each count of quarters (四个季度) that only says how many a 分别
    /// list right after it has: as many figures follow it in its sentence.
    static func dropQuarterCounts(from candidates: inout [Candidate], in s: ArraySlice<Unicode.Scalar>) {
        var index = 0
        while index < candidates.count {
            let candidate = candidates[index]
            guard countsQuartersOfList(candidate, in: s), let value = candidate.value else {
                index += 1
                continue
            }
            var following = 0
            var next = index + 1
            while next < candidates.count,
                  !s[candidate.range.upperBound..<candidates[next].range.lowerBound].contains(where: { $0 == "。" || $0 == "；" || $0 == ";" }) {
                following += 1
                next += 1
            }
            if following == Int(value) { candidates.remove(at: index) } else { index += 1 }
        }
    }

    /// Whether the count `candidate` (四个季度) stands right before 分别 and names quarters.
    static func countsQuartersOfList(_ candidate: Candidate, in s: ArraySlice<Unicode.Scalar>) -> Bool {
        let end = candidate.range.upperBound
        guard end - 2 > candidate.range.lowerBound, s[end - 2] == "季", s[end - 1] == "度", let value = candidate.value else { return false }
        if end + 1 < s.endIndex, s[end] == "分", s[end + 1] == "别" { return quarters(before: end, in: s, count: Int(value)) != nil }
        // (四个季度经济增速分别为: a measure and its rate between the count and 分别.)
        var split = end
        while split + 1 < s.endIndex, split - end <= 12, !Clauses.isBoundary(s[split]), !(s[split] == "分" && s[split + 1] == "别") { split += 1 }
        guard split + 1 < s.endIndex, s[split] == "分", s[split + 1] == "别",
              let found = quartersAndRate(before: split, in: s, count: Int(value)) else { return false }
        return found.rate.lowerBound == end
    }
}
