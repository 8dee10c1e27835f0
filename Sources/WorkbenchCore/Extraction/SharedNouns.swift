/// Counts of a list that share the noun written after the last of them, and nouns described by a
/// list of qualities before them.
extension Subjects {
    /// What a batch or a stage is called at the end of the words before a count (首批, 第二批,
    /// 一期): the words say which ones, not what is counted.
    private static let batchEnds: Set<Unicode.Scalar> = ["批", "期", "轮"]

    /// `推进首批12项、第二批14项重点改革`, `建成12条和8条高速公路`: a count with no noun of its
    /// own, whose words (`base`) are only a verb or name a batch, followed by a list mark, at most
    /// a few words of the next count's own and the next count in the same unit, counts the noun
    /// written after that next count.
    static func sharedNounAhead(after figure: Candidate, next: Candidate?, base: Range<Int>,
                                in s: ArraySlice<Unicode.Scalar>) -> Piece? {
        guard let next, let unit = figure.unit, unit.category == .measure, next.unit == unit,
              next.range.lowerBound > figure.range.upperBound, next.range.lowerBound - figure.range.upperBound <= 6,
              isListMark(s[figure.range.upperBound]) || s[figure.range.upperBound] == "与",
              s[(figure.range.upperBound + 1)..<next.range.lowerBound].allSatisfy({ $0.isIdeograph && !isListMark($0) }),
              base.isEmpty || batchEnds.contains(s[base.upperBound - 1]) || isBareVerb(s[base])
        else { return nil }
        let after = next.range.upperBound
        guard after < s.endIndex, s[after].isIdeograph, s[after] != "的" else { return nil }
        let noun = followingNoun(after: after, in: s, nextStart: nil)
        guard case .part(let range) = noun, range.count >= 2, range.count <= 12 else { return nil }
        return noun
    }

    /// Last scalars of words of quality (吸引力强, 特色鲜明, 质量高, 效益好).
    private static let qualityEnds: Set<Unicode.Scalar> = ["强", "高", "好", "大", "优", "明", "广", "足", "精", "佳", "多", "厚", "新", "美", "快", "实"]

    /// The noun after a list of qualities and 的 that follows a count (`40个吸引力强、特色鲜明的
    /// 消费场景`): `start..<end` is the first quality, which ends at a 、; the noun runs from
    /// after 的 to the end of its clause, before `limit` (the next figure).
    static func describedNoun(from start: Int, to end: Int, in s: ArraySlice<Unicode.Scalar>, limit: Int) -> Range<Int>? {
        guard end < limit, s[end] == "、", end - start >= 2, end - start <= 6, qualityEnds.contains(s[end - 1]),
              s[start..<end].allSatisfy({ $0.isIdeograph && $0 != "的" }) else { return nil }
        var cursor = end + 1
        while cursor < min(limit, end + 16) {
            if s[cursor] == "的" { break }
            if s[cursor] != "、", Clauses.isBoundary(s[cursor]) || !s[cursor].isIdeograph { return nil }
            cursor += 1
        }
        guard cursor < limit, s[cursor] == "的" else { return nil }
        let nounStart = cursor + 1
        var nounEnd = nounStart
        while nounEnd < limit, nounEnd - nounStart < 12, !Clauses.isBoundary(s[nounEnd]) { nounEnd += 1 }
        return nounEnd - nounStart >= 2 ? nounStart..<nounEnd : nil
    }
}

extension Subjects {
    /// Measures a whole is told in that a part named after 其中 shares (汽车保有量 → 新能源汽车保有量).
    static let wholeMeasures = WordList(["保有量", "产量", "销量", "产值", "增加值", "营业收入", "进出口", "出口额", "出口", "吞吐量", "装机容量"])

    /// `subject` (a part after 其中) with the measure `whole` ends with, when the part has a name
    /// of two to twelve scalars and no measure of its own; nil otherwise.
    static func measuredAsWhole(_ subject: String, whole: String) -> String? {
        let part = Array(subject.unicodeScalars)
        guard part.count >= 2, part.count <= 12, part.allSatisfy(Text.isOwnCharacter), measureHeads.suffix(of: part[...]) == nil,
              wholeMeasures.suffix(of: part[...]) == nil else { return nil }
        let scalars = Array(whole.unicodeScalars)
        guard let found = wholeMeasures.suffix(of: scalars[...]) else { return nil }
        let measure = wholeMeasures.scalars[found]
        guard scalars.count >= measure.count + 2 else { return nil }
        return String(String.UnicodeScalarView(part + measure))
    }
}
