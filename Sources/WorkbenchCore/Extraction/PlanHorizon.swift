import CTextKernels
import WorkbenchSDK

/// A later year that a plan's clause sets its goal for: `到2030年，全省生产总值突破8万亿元`
/// in the report year's plan is a goal for 2030, not for the year planned; so is
/// `新建高标准农田100万亩，到2027年累计建成500万亩` for its second figure.
///
/// Written at the head of a clause, maybe after a word of resolve (`力争到2027年底`,
/// `确保到2028年`), or as a deadline (`2030年前`, `2027年底前`). At the head of a sentence
/// it covers the whole sentence; at the head of a later clause, that clause up to the next
/// ； (a later horizon ends the one before). The sentence's period is kept for what it covers
/// when it already reaches that far (a five-year plan's `到2030年`).
enum PlanHorizon {
    /// A stretch of a paragraph's scalars whose goals are set for `year`.
    struct Scope: Equatable {
        var range: Range<Int>
        var year: Int
    }

    /// The scopes of the sentence `sentence` (a range of `s`), in order, into `scopes`
    /// (emptied first). Every horizon has a 年: the sentence is searched for those (four
    /// scalars at a time), and only a year at the head of a clause is read (walking the whole
    /// sentence for clause marks cost ~70 K instructions a report).
    static func scopes(in s: ArraySlice<Unicode.Scalar>, sentence: Range<Int>, into scopes: inout [Scope]) {
        scopes.removeAll(keepingCapacity: true)
        var from = sentence.lowerBound
        while let yearMark = nextYearMark(in: s, from: from, end: sentence.upperBound) {
            from = yearMark + 1
            // The year's digits (maybe a space before 年), then the head of their clause: at
            // most a word of resolve and 到 before them.
            var digits = yearMark
            while digits > sentence.lowerBound, s[digits - 1] == " " { digits -= 1 }
            let digitsEnd = digits
            while digits > sentence.lowerBound, PeriodResolver.digitValue(s[digits - 1]) != nil { digits -= 1 }
            guard digitsEnd - digits == 4 else { continue }
            var head = digits
            while head > sentence.lowerBound, digits - head <= headReach, !isClauseMark(s[head - 1]) { head -= 1 }
            guard head == sentence.lowerBound || isClauseMark(s[head - 1]),
                  let year = horizon(in: s, at: head, end: sentence.upperBound) else { continue }
            if let last = scopes.indices.last, scopes[last].range.upperBound > head {
                scopes[last].range = scopes[last].range.lowerBound..<head
            }
            let end = head == sentence.lowerBound ? sentence.upperBound : semicolon(in: s, from: head, end: sentence.upperBound)
            scopes.append(Scope(range: head..<end, year: year))
        }
    }

    /// The most scalars that may stand before a horizon's year in its clause (padding, a word
    /// of resolve, 到).
    private static let headReach = 6

    /// The position of the next 年 in `s[from..<end]`, or nil.
    private static func nextYearMark(in s: ArraySlice<Unicode.Scalar>, from: Int, end: Int) -> Int? {
        guard from < end else { return nil }
        let found = s[from..<end].withUnsafeBufferPointer { scalars -> Int in
            yearMarks.withUnsafeBufferPointer { wanted in
                guard let base = scalars.baseAddress, let values = wanted.baseAddress else { return scalars.count }
                return wb_first_of_five(base, scalars.count, values)
            }
        }
        return from + found < end ? from + found : nil
    }

    /// 年 five times, for `wb_first_of_five`.
    private static let yearMarks: [UInt32] = Array(repeating: ("年" as Unicode.Scalar).value, count: 5)

    /// The period of a figure at `position` in a sentence of period `period` when a scope
    /// carries it to a later year than the plan's (a plan from the same year to that one); nil
    /// when the sentence's period stands.
    static func later(_ period: Period?, at position: Int, scopes: [Scope]) -> Period? {
        guard let period, period.kind == .plan else { return nil }
        for scope in scopes where scope.range.contains(position) && scope.year > period.to {
            return Period(from: period.from, to: scope.year, kind: .plan)
        }
        return nil
    }

    /// The year a horizon written at `index` names: [word of resolve] (到|至) YYYY年, or
    /// YYYY年[底|末]前; nil when none opens there.
    static func horizon(in s: ArraySlice<Unicode.Scalar>, at index: Int, end: Int) -> Int? {
        var cursor = index
        while cursor < end, TextLines.isPadding(s[cursor]) { cursor += 1 }
        if let lead = resolveWords.prefix(of: s[cursor..<end]) { cursor += resolveWords.scalars[lead].count }
        let reaching = cursor < end && (s[cursor] == "到" || s[cursor] == "至")
        if reaching { cursor += 1 }
        guard let (year, afterYear) = PeriodResolver.year(in: s[..<end], at: cursor) else { return nil }
        if reaching { return year }
        var rest = afterYear
        if rest < end, s[rest] == "底" || s[rest] == "末" { rest += 1 }
        return rest < end && s[rest] == "前" ? year : nil
    }

    /// Words of resolve that may stand before a horizon.
    static let resolveWords = WordList(["力争", "争取", "确保", "计划", "预计", "目标是"])

    private static func semicolon(in s: ArraySlice<Unicode.Scalar>, from: Int, end: Int) -> Int {
        var cursor = from
        while cursor < end, s[cursor] != "；", s[cursor] != ";" { cursor += 1 }
        return cursor
    }

    private static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "；", "：", ",", ";", ":": return true
        default: return false
        }
    }
}
