/// Benchmarks listed after 分别 and a word of comparison (`增速分别高于全国、全省0.1个和0.6个
/// 百分点`): the i-th gap is the one to the i-th benchmark.
extension Subjects {
    /// When the words after 分别 (at `split`) are a word of comparison and `count` benchmarks
    /// joined by 、 or 和, each figure's subject is the words before 分别, that word and its
    /// benchmark (增速高于全国, 增速高于全省); false, and nothing added, otherwise.
    static func benchmarks(_ prefix: ArraySlice<Unicode.Scalar>, after split: Int, count: Int,
                           into subjects: inout Assignment) -> Bool {
        let wordStart = split + 2
        guard count > 1, wordStart < prefix.endIndex, let word = MeaningRules.relativeCues.prefix(of: prefix[wordStart...]) else { return false }
        let wordEnd = wordStart + MeaningRules.relativeCues.scalars[word].count
        var items: [Range<Int>] = []
        var itemStart = wordEnd
        for position in wordEnd..<prefix.endIndex where prefix[position] == "、" || prefix[position] == "和" {
            items.append(itemStart..<position)
            itemStart = position + 1
        }
        items.append(itemStart..<prefix.endIndex)
        // Places or averages, each a few characters long.
        guard items.count == count, items.allSatisfy({ !$0.isEmpty && $0.count <= 8 }) else { return false }
        let front = MeaningRules.cleanedRange(prefix[prefix.startIndex..<split]).range
        for item in items {
            subjects.append([.part(front), .part(wordStart..<wordEnd), .part(item)])
        }
        return true
    }
}
