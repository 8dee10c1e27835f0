/// A count in numerals right after a list of as many items names the list, not a figure:
/// `稳增长、防风险、保民生三项基本任务`, `做大做强酒泉、天水两个区域中心城市`.
extension QuantityScanner {
    /// Whether the count of `value` at `index` follows, with nothing between, a list of exactly
    /// `value` short items (two to eight characters each) joined by 、.
    static func countsListBefore(_ s: ArraySlice<Unicode.Scalar>, at index: Int, value: Double) -> Bool {
        guard value >= 2, value <= 10, value == value.rounded(), index > s.startIndex, s[index - 1].isIdeograph else { return false }
        var items = 1
        var itemLength = 0
        var position = index - 1
        // Back over the items to the start of the clause, counting them; at most ten items of
        // eight characters are looked at.
        while position >= s.startIndex, index - position <= 90 {
            let scalar = s[position]
            if scalar == "、" {
                guard (2...8).contains(itemLength) else { return false }
                items += 1
                itemLength = 0
            } else if Clauses.isBoundary(scalar) || !scalar.isIdeograph && scalar != "“" && scalar != "”" {
                break
            } else {
                itemLength += 1
            }
            position -= 1
        }
        // (The first item is the clause's opening words, verb and all: 扎实抓好稳增长.)
        guard items >= 2, itemLength >= 2 else { return false }
        return Double(items) == value
    }
}
