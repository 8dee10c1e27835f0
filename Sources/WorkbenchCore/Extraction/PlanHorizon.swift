import WorkbenchSDK

/// A later year that a plan's clause sets its goal for: `到2030年，全省生产总值突破8万亿元`
/// in the report year's plan is a goal for 2030, not for the year planned; so is
/// `新建高标准农田100万亩，到2027年累计建成500万亩` for its second figure.
///
/// Written at the head of a clause, maybe after a word of resolve (`力争到2027年底`,
/// `确保到2028年`), or as a deadline (`2030年前`, `2027年底前`). At the head of a sentence
/// it covers the rest of the sentence; at the head of a later clause, the rest up to the next
/// ；. Either ends before a clause that opens with a time of its own (`今年…`, `全年…`,
/// `2026年…`) and where a later horizon begins. The sentence's period is kept for what it
/// covers when it already reaches that far (a five-year plan's `到2030年`).
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
            let reach = head == sentence.lowerBound ? sentence.upperBound : semicolon(in: s, from: head, end: sentence.upperBound)
            scopes.append(Scope(range: head..<timeOfItsOwn(in: s, after: head, end: reach), year: year))
        }
    }

    /// The most scalars that may stand before a horizon's year in its clause (padding, a word
    /// of resolve, 到).
    private static let headReach = 6

    /// The position of the next 年 in `s[from..<end]`, or nil.
    private static func nextYearMark(in s: ArraySlice<Unicode.Scalar>, from: Int, end: Int) -> Int? {
        Text.firstOfFive(yearMarks, in: s, from: from, end: end)
    }

    /// 年 five times, for `wb_first_of_five`.
    private static let yearMarks: [UInt32] = Array(repeating: ("年" as Unicode.Scalar).value, count: 5)

    /// The period of a figure at `position` in a sentence of period `period` when a scope
    /// carries it to a later year than the plan's (a plan from the same year to that one); nil
    /// when the sentence's period stands.
    /// `cursor` is the first scope that may hold the position: a sentence's figures come in
    /// order, so each scope is passed once (not every scope tried for every figure).
    static func later(_ period: Period?, at position: Int, scopes: [Scope], cursor: inout Int) -> Period? {
        while cursor < scopes.count, scopes[cursor].range.upperBound <= position { cursor += 1 }
        guard let period, period.kind == .plan, cursor < scopes.count, scopes[cursor].range.contains(position),
              scopes[cursor].year > period.to else { return nil }
        return Period(from: period.from, to: scopes[cursor].year, kind: .plan)
    }

    /// The start of the first clause after `head` and before `end` that opens with a time of
    /// its own (今年, 全年, a year), or `end`.
    private static func timeOfItsOwn(in s: ArraySlice<Unicode.Scalar>, after head: Int, end: Int) -> Int {
        var cursor = head
        while cursor < end {
            if isClauseMark(s[cursor]), cursor + 1 < end {
                let next = cursor + 1
                if ownTimes.prefix(of: s[next..<end]) != nil || PeriodResolver.year(in: s[..<end], at: next) != nil { return next }
            }
            cursor += 1
        }
        return end
    }

    /// Times a clause of the year's plan opens with.
    private static let ownTimes = WordList(["今年", "全年", "当年", "年内", "明年"])

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
        return PeriodResolver.opensDeadline(s[afterYear..<end]) ? year : nil
    }

    /// Words of resolve that may stand before a horizon.
    static let resolveWords = WordList(["力争", "争取", "确保", "计划", "预计", "目标是"])

    private static func semicolon(in s: ArraySlice<Unicode.Scalar>, from: Int, end: Int) -> Int {
        var cursor = from
        while cursor < end, s[cursor] != "；", s[cursor] != ";" { cursor += 1 }
        return cursor
    }

    /// Marks that end a clause here: a horizon may follow a colon (目标是：到2030年) or a
    /// semicolon, as well as a comma.
    private static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "；", "：", ",", ";", ":": return true
        default: return false
        }
    }
}
