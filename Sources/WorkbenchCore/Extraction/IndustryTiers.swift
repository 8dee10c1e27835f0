/// The tiers of the economy named at once (`三次产业`, `第一、二、三产业`, `二、三产业`): a 分别
/// list of as many figures after such a name gives one figure to each tier.
extension Subjects {
    /// The ways of naming tiers together, with the tiers each names, longest first among those
    /// sharing a start.
    static let industryTierLists: [(name: [Unicode.Scalar], tiers: [String])] = [
        ("第一、第二、第三产业", all), ("第一、二、三产业", all), ("一、二、三次产业", all), ("一、二、三产业", all),
        ("第一二三产业", all), ("一二三产业", all), ("三次产业", all),
        ("第二、第三产业", lastTwo), ("第二、三产业", lastTwo), ("二、三产业", lastTwo), ("二三产业", lastTwo),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    private static let all = ["第一产业", "第二产业", "第三产业"]
    private static let lastTwo = ["第二产业", "第三产业"]

    /// The names alone (for the ranks that are none: 全省第一、二、三产业).
    static let industryTierNames = industryTierLists.map(\.name)
    /// The first scalars of those names (most scalars of a clause start none; a handful,
    /// compared one by one without hashing).
    private static let tierStarts: [Unicode.Scalar] = industryTierNames.reduce(into: []) { starts, name in
        if !starts.contains(name[0]) { starts.append(name[0]) }
    }

    /// `三次产业增加值分别增长3.2%、6.1%和5.3%`, `第二、三产业分别增长6.1%和5.3%`: when the words
    /// before 分别 (at `split`) name as many tiers as there are figures (`count`), each figure's
    /// subject is its tier with what comes before and after the name (全省…增加值); false, and
    /// nothing added, otherwise.
    static func industryTiers(_ prefix: ArraySlice<Unicode.Scalar>, before split: Int, count: Int,
                              into subjects: inout Assignment) -> Bool {
        guard count == 2 || count == 3 else { return false }
        let words = MeaningRules.cleanedRange(prefix[prefix.startIndex..<split]).range
        guard let (at, list) = firstTierList(in: prefix[words]), industryTierLists[list].tiers.count == count else { return false }
        let length = industryTierLists[list].name.count
        // The tiers are the list's only item (not 一二三产业融合发展示范园、农业产业化龙头企业、…).
        guard !prefix[words.lowerBound..<at].contains("、"), !prefix[(at + length)..<words.upperBound].contains("、")
        else { return false }
        let rest = MeaningRules.cleanedRange(prefix[(at + length)..<words.upperBound]).range
        for tier in industryTierLists[list].tiers {
            let front: [Piece] = at > words.lowerBound ? [.part(words.lowerBound..<at)] : []
            subjects.append(front + [.text(tier)] + (rest.isEmpty ? [] : [.part(rest)]))
        }
        return true
    }

    /// `全市三次产业结构调整为8.2:41.5:50.3`: when the words before a structure's terms name as
    /// many tiers as it has terms, each term's subject is its tier's share (全市第一产业比重);
    /// false, and nothing added, otherwise.
    static func structureTiers(_ prefix: ArraySlice<Unicode.Scalar>, count: Int, into subjects: inout Assignment) -> Bool {
        guard let (at, list) = firstTierList(in: prefix), industryTierLists[list].tiers.count == count,
              !prefix[prefix.startIndex..<at].contains("、") else { return false }
        // The structure of output itself (三次产业结构, 一二三产业比例), not of employment or
        // investment (三次产业就业结构): the name runs straight into its word for a structure.
        let nameEnd = at + industryTierLists[list].name.count
        guard QuantityScanner.structureWords.prefix(of: prefix[nameEnd...]) != nil else { return false }
        let front = MeaningRules.cleanedRange(prefix[prefix.startIndex..<at]).range
        for tier in industryTierLists[list].tiers {
            subjects.append((front.isEmpty ? [] : [.part(front)]) + [.text(tier + "比重")])
        }
        return true
    }

    /// Where the first name of tiers stands in `words`, and which list of `industryTierLists` it is.
    static func firstTierList(in words: ArraySlice<Unicode.Scalar>) -> (at: Int, list: Int)? {
        var position = words.startIndex
        while position < words.endIndex {
            let scalar = words[position]
            if tierStarts.contains(scalar) {
                for (index, entry) in industryTierLists.enumerated()
                where entry.name[0] == scalar && Text.matches(entry.name, in: words, at: position) {
                    return (position, index)
                }
            }
            position += 1
        }
        return nil
    }
}
