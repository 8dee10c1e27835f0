/// Reads the small Chinese numerals that number parts, sub-sections and list items
/// (`一` … `九十九`, `两`), and the five-year plans named after them (`十四五`).
enum Enumerators {
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "十" || digit(scalar) != nil
    }

    /// The value of a numeral from 1 to 99 written with 十 (`十五`, `二十三`), or `nil`.
    static func value<S: Collection>(_ scalars: S) -> Int? where S.Element == Unicode.Scalar {
        // At most three scalars, read into locals (an array of them was an allocation a call).
        var chars: (Unicode.Scalar, Unicode.Scalar, Unicode.Scalar) = ("\u{0}", "\u{0}", "\u{0}")
        var count = 0
        for scalar in scalars {
            guard count < 3 else { return nil }
            switch count {
            case 0: chars.0 = scalar
            case 1: chars.1 = scalar
            default: chars.2 = scalar
            }
            count += 1
        }
        guard count > 0 else { return nil }
        let ten = chars.0 == "十" ? 0 : count > 1 && chars.1 == "十" ? 1 : count > 2 && chars.2 == "十" ? 2 : nil
        if let ten {
            let tens = ten == 0 ? 1 : (ten == 1 ? digit(chars.0) : nil)
            guard let tens, tens > 0 else { return nil }
            let rest = count - ten - 1
            if rest == 0 { return tens * 10 }
            guard rest == 1, let unit = digit(ten == 0 ? chars.1 : chars.2), unit > 0 else { return nil }
            return tens * 10 + unit
        }
        guard count == 1, let single = digit(chars.0), single > 0 else { return nil }
        return single
    }

    /// Leading numeral of `scalars` followed by `terminator`: `一、` → (1, 2 scalars used).
    /// (The terminators are an array: a `Set` literal was built and hashed on every call, and
    /// the outline asks at every scalar of the report.)
    static func leading(_ scalars: ArraySlice<Unicode.Scalar>, then terminator: [Unicode.Scalar]) -> (value: Int, length: Int)? {
        var length = 0
        var index = scalars.startIndex
        while index < scalars.endIndex, isNumeral(scalars[index]), length < 3 {
            length += 1
            index += 1
        }
        guard length > 0, index < scalars.endIndex, terminator.contains(scalars[index]),
              let value = value(scalars[scalars.startIndex..<index]) else { return nil }
        return (value, length + 1)
    }

    /// The years of the N-th five-year plan (`十四五` → 2021…2025). The 1st ran 1953–1957 and
    /// the 2nd 1958–1962; after three years of readjustment the 3rd began in 1966.
    static func fiveYearPlan(_ number: Int) -> ClosedRange<Int>? {
        guard number >= 1, number <= 30 else { return nil }
        let start = number <= 2 ? 1953 + (number - 1) * 5 : 1966 + (number - 3) * 5
        return start...(start + 4)
    }

    /// Finds a five-year plan name such as `十四五` (with or without quotes) in `scalars`,
    /// returning its years and the index just past it.
    static func fiveYearPlanName(in scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> (years: ClosedRange<Int>, end: Int)? {
        var index = start
        guard index < scalars.endIndex else { return nil }
        while index < scalars.endIndex, isNumeral(scalars[index]), index - start < 4 {
            index += 1
        }
        // The name ends in 五 (“五年”); what comes before it is the plan's ordinal.
        guard index - start >= 2, scalars[index - 1] == "五", let ordinal = value(scalars[start..<(index - 1)]),
              let years = fiveYearPlan(ordinal) else { return nil }
        return (years, index)
    }
}
