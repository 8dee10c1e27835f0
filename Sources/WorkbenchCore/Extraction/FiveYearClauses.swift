import WorkbenchSDK

/// A clause of one year's review that opens with 五年累计, 五年来, 过去五年…: `2022年，新增高新技术
///企业42家；五年累计培育186家` — its figures review the five years up to that year, not the year.
///
/// The clause runs from its opening words to the next mark of its kind: after a ；, to the next ；
/// (or the sentence's end); after a ，, to the next ， or ；.
enum FiveYearClauses {
    /// The clauses of `sentence` (a range of `s`) that open with a phrase of five years back,
    /// in order, into `spans` (emptied first). Every phrase has a 五: only those are read.
    static func spans(in s: ArraySlice<Unicode.Scalar>, sentence: Range<Int>, into spans: inout [Range<Int>]) {
        spans.removeAll(keepingCapacity: true)
        var position = sentence.lowerBound
        while let five = nextFive(in: s, from: position, end: sentence.upperBound) {
            position = five + 1
            // The phrase's head: at most 过去的 before 五, then the mark that opens the clause.
            var head = five
            while head > sentence.lowerBound, five - head < 3, !isMark(s[head - 1]) { head -= 1 }
            guard head > sentence.lowerBound, isMark(s[head - 1]),
                  let found = PeriodResolver.fiveYearsBack.prefix(of: s[head..<sentence.upperBound]) else { continue }
            // `五年来首次迈上5万亿元台阶`: the first time in five years is the year's.
            let phraseEnd = head + PeriodResolver.fiveYearsBack.scalars[found].count
            if firstSinceWords.prefix(of: s[phraseEnd..<sentence.upperBound]) != nil { continue }
            let afterSemicolon = s[head - 1] == "；" || s[head - 1] == ";"
            var end = phraseEnd
            // (`，五年来，累计新增…`: a phrase that is a clause of its own opens the next one.)
            if !afterSemicolon, end < sentence.upperBound, isMark(s[end]), !isSemicolon(s[end]) { end += 1 }
            while end < sentence.upperBound, !(afterSemicolon ? isSemicolon(s[end]) : isMark(s[end])), !isTerminator(s[end]) { end += 1 }
            spans.append(head..<end)
            position = end
        }
    }

    /// The position of the next 五 in `s[from..<end]`, or nil.
    private static func nextFive(in s: ArraySlice<Unicode.Scalar>, from: Int, end: Int) -> Int? {
        Text.firstOfFive(fives, in: s, from: from, end: end)
    }

    private static let fives: [UInt32] = Array(repeating: ("五" as Unicode.Scalar).value, count: 5)

    /// The five years a clause of `reviewed`'s review covers: the year and the four before it.
    /// Nil unless `reviewed` is one year's review.
    static func period(reviewing reviewed: Period?) -> Period? {
        guard let reviewed, reviewed.kind == .review, reviewed.from == reviewed.to else { return nil }
        return Period(from: reviewed.to - 4, to: reviewed.to, kind: .review)
    }

    /// Words after the phrase that make it the year's (the first time, the most, in five years).
    private static let firstSinceWords = WordList(["首次", "第一次", "最"])

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？"
    }

    private static func isSemicolon(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "；" || scalar == ";"
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "，" || scalar == "," || isSemicolon(scalar)
    }
}
