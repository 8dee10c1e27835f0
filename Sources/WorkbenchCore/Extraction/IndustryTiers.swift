/// The three tiers of the economy named at once (`三次产业`, `第一、二、三产业`, `一二三产业`):
/// a 分别 list of three figures after such a name gives one figure to each tier.
extension Subjects {
    /// The ways of naming the three tiers together, longest first among those sharing a start.
    static let industryTierNames = ["第一、第二、第三产业", "第一、二、三产业", "一、二、三次产业", "一、二、三产业",
                                    "第一二三产业", "一二三产业", "三次产业"].map { Array($0.unicodeScalars) }

    /// The tiers' own names, in order.
    static let tiers = ["第一产业", "第二产业", "第三产业"]

    /// `三次产业增加值分别增长3.2%、6.1%和5.3%`: when the words before 分别 (at `split`) name the
    /// three tiers and `count` is three, each figure's subject is its tier with what comes
    /// before and after the name (全省…增加值); false, and nothing added, otherwise.
    static func industryTiers(_ prefix: ArraySlice<Unicode.Scalar>, before split: Int, count: Int,
                              into subjects: inout Assignment) -> Bool {
        guard count == 3 else { return false }
        let words = MeaningRules.cleanedRange(prefix[prefix.startIndex..<split]).range
        guard let (at, length) = firstTierName(in: prefix[words]) else { return false }
        // The tiers are the list's only item (not 一二三产业融合发展示范园、农业产业化龙头企业、…).
        guard !prefix[words.lowerBound..<at].contains("、"), !prefix[(at + length)..<words.upperBound].contains("、")
        else { return false }
        let rest = MeaningRules.cleanedRange(prefix[(at + length)..<words.upperBound]).range
        for tier in tiers {
            let front: [Piece] = at > words.lowerBound ? [.part(words.lowerBound..<at)] : []
            subjects.append(front + [.text(tier)] + (rest.isEmpty ? [] : [.part(rest)]))
        }
        return true
    }

    /// Where the first name of the three tiers stands in `words`, and its length.
    static func firstTierName(in words: ArraySlice<Unicode.Scalar>) -> (at: Int, length: Int)? {
        var position = words.startIndex
        while position < words.endIndex {
            let scalar = words[position]
            if scalar == "第" || scalar == "一" || scalar == "三" {
                for name in industryTierNames where name[0] == scalar && Text.matches(name, in: words, at: position) {
                    return (position, name.count)
                }
            }
            position += 1
        }
        return nil
    }
}
