/// Figures written in words rather than a number and a unit: doubling (`翻番`, `翻一番`, `翻两番`),
/// a half (`占到一半`, `压减一半`) and fractions (`三分之二`, `百分之五`, `千分之五`, `1/4`).
///
/// Doubling is growth in multiples, as `增长两倍多` is: `翻番` grew by one time (1倍), `翻两番`
/// by three (it quadrupled). A half and a fraction are shares in per cent; `千分之N` is per mille.
enum WordFigures {
    /// Whether a figure of words may start at `index`: 翻, 一半, 分之 one or two scalars on
    /// (三分之二, 十五分之一; longer numbers before 分之 are not written), or a slash after one or
    /// two digits (1/4). Most numerals are none: the scanner asks this before `match`.
    @inline(__always)
    static func mayStart(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        let first = s[index]
        if first == "翻" { return true }
        guard index + 1 < s.endIndex else { return false }
        let second = s[index + 1]
        // 1/4, 1/3以上: a fraction written with a slash.
        if second == "/" || second == "／" { return NumberReader.digit(first) != nil }
        if index + 2 < s.endIndex, s[index + 2] == "/" || s[index + 2] == "／" {
            return NumberReader.digit(first) != nil && NumberReader.digit(second) != nil
        }
        if second == "半" { return first == "一" }
        guard index + 2 < s.endIndex else { return false }
        if second == "分" { return s[index + 2] == "之" }
        return index + 3 < s.endIndex && s[index + 2] == "分" && s[index + 3] == "之"
    }

    static func match(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Candidate? {
        let first = s[index]
        if first == "翻" { return doubling(s, at: index) }
        if first == "一", index + 1 < s.endIndex, s[index + 1] == "半" { return half(s, at: index) }
        if NumberReader.digit(first) != nil { return slashFraction(s, at: index) }
        return fraction(s, at: index)
    }

    /// `占全国1/4`, `1/3以上的资金`: a part of a whole written with a slash, a share in per cent.
    /// Both numbers are small whole numbers, the part less than the whole, and nothing that
    /// makes it a date, a code or a ratio of codes stands on either side (2024/1/4, 5G/6G).
    static func slashFraction(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Candidate? {
        func digits(from start: Int) -> (value: Int, end: Int)? {
            var end = start
            var value = 0
            while end < s.endIndex, end - start < 3, let digit = NumberReader.digit(s[end]) {
                value = value * 10 + digit
                end += 1
            }
            return end > start && end - start <= 2 ? (value, end) : nil
        }
        func isPartOfCode(_ scalar: Unicode.Scalar) -> Bool {
            NumberReader.digit(scalar) != nil || QuantityScanner.isCodeNeighbour(scalar) || ["/", "／", ".", "．", "-", ":", "："].contains(scalar)
        }
        if index > s.startIndex, isPartOfCode(s[index - 1]) { return nil }
        guard let part = digits(from: index), part.end < s.endIndex, s[part.end] == "/" || s[part.end] == "／",
              let whole = digits(from: part.end + 1), part.value >= 1, whole.value >= 2, part.value < whole.value else { return nil }
        if whole.end < s.endIndex, isPartOfCode(s[whole.end]) { return nil }
        // 7/24小时, 12/31前: a unit or a word of time after it makes it no part of a whole. A share
        // has a word of share before it (占全国1/4, 约1/3) or 以上, 左右, 的 after it.
        if whole.end < s.endIndex, UnitLexicon.unit(in: s, at: whole.end) != nil || ["前", "后", "号", "日", "时"].contains(s[whole.end]) {
            return nil
        }
        var before = index
        while before > max(s.startIndex, index - 6), !Clauses.isBoundary(s[before - 1]) { before -= 1 }
        let cued = s[before..<index].contains { ["占", "约", "超", "近", "达", "为", "逾", "过", "将", "至", "到"].contains($0) }
            || whole.end < s.endIndex && (s[whole.end] == "的" || QuantityScanner.trailingQualifierWords.prefix(of: s[whole.end...]) != nil)
        guard cued else { return nil }
        let value = ((Double(part.value) / Double(whole.value)) * 10_000).rounded() / 100
        return Candidate(range: index..<whole.end, value: value, unit: percent, kind: .share, rule: .init(.fraction))
    }

    /// `翻番`, `翻了一番`, `翻两番`: growth of 2ⁿ − 1 times.
    static func doubling(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Candidate? {
        var cursor = index + 1
        if cursor < s.endIndex, s[cursor] == "了" { cursor += 1 }
        guard cursor < s.endIndex else { return nil }
        var times = 1
        if s[cursor] != "番" {
            guard let number = Enumerators.digit(s[cursor]), (1...3).contains(number),
                  cursor + 1 < s.endIndex, s[cursor + 1] == "番" else { return nil }
            times = number
            cursor += 1
        }
        var candidate = Candidate(range: index..<(cursor + 1), value: Double((1 << times) - 1), unit: times_, kind: .growth,
                                  rule: .init(.doubling))
        // 翻了两番多: more than that.
        if cursor + 1 < s.endIndex, s[cursor + 1] == "多" || s[cursor + 1] == "余" {
            candidate.qualifier = .moreThan
            candidate.range = index..<(cursor + 2)
        }
        return candidate
    }

    /// `占到一半`, `超过一半`: 50 per cent, after a word of share or amount (not `一半是…`); after a
    /// word of cutting (压减一半, 减少一半, 缩短一半) a change of half.
    static func half(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Candidate? {
        guard index > s.startIndex else { return nil }
        if s[index - 1] == "减" || s[index - 1] == "降" || cuts.suffix(of: s[max(s.startIndex, index - 2)..<index]) != nil {
            return Candidate(range: index..<(index + 2), value: 50, unit: percent, kind: .growth, rule: .init(.half))
        }
        guard ["占", "到", "过", "超", "近", "达"].contains(s[index - 1]) else { return nil }
        return Candidate(range: index..<(index + 2), value: 50, unit: percent, kind: .share, rule: .init(.half))
    }

    /// `三分之二` (66.67%), `百分之五` (5%), `千分之五` (5‰).
    static func fraction(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Candidate? {
        guard index == s.startIndex || !NumberReader.isChineseNumeral(s[index - 1]) && NumberReader.digit(s[index - 1]) == nil,
              let whole = NumberReader.read(s, at: index), whole.value >= 2,
              whole.end + 2 < s.endIndex, s[whole.end] == "分", s[whole.end + 1] == "之",
              let part = NumberReader.read(s, at: whole.end + 2), part.value > 0 else { return nil }
        let (value, unit): (Double, UnitLexicon.Unit) = switch whole.value {
        case 100: (part.value, percent)
        case 1000: (part.value, permille)
        default: (((part.value / whole.value) * 10_000).rounded() / 100, percent)
        }
        return Candidate(range: index..<part.end, value: value, unit: unit, kind: .share, rule: .init(.fraction))
    }

    /// Words of cutting that end before 一半 (besides 压减, 下降 …, which end in 减 or 降).
    private static let cuts = WordList(["减少", "缩短", "降低", "压缩", "缩小", "减半"])

    private static let times_ = UnitLexicon.unit(written: "倍")
    private static let percent = UnitLexicon.unit(written: "%")
    private static let permille = UnitLexicon.unit(written: "‰")
}
