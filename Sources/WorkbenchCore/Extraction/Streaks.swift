/// Streaks: `粮食产量连续13年稳定在1400亿斤以上`, `连续3次获评国务院督查激励`, `连续12届获评全国文明城市`.
///
/// The figure counts the years (times, terms) a thing kept happening, so what it measures is
/// the thing and what kept happening to it, not the thing alone: the answer key writes
/// `省级“三公”经费连续只减不增的年数`. The predicate is the rest of the figure's clause.
enum Streaks {
    private static let cue: [Unicode.Scalar] = ["连", "续"]

    /// Whether the number at `index` follows 连续 (a space of a printed page's copy may stand
    /// between them).
    static func follows(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        var position = index
        if position > s.startIndex, QuantityScanner.isSpace(s[position - 1]) { position -= 1 }
        // (The scalars written out: a read of `cue` is a lazy global's, once per figure.)
        return position - s.startIndex >= 2 && s[position - 1] == "续" && s[position - 2] == "连"
    }

    /// The longest predicate kept: a streak's is a few words (`只减不增`, `排全国前列`); a longer
    /// clause is a list of deeds whose words say nothing more about the count.
    static let longestPredicate = 24

    /// The predicate after a streak's figure that ends at `end`: the rest of its clause, without
    /// a bound or 来 written right after the number (`连续5年以上`, `连续三年来`). Nil when none.
    /// `长江干流断面连续8年、赣江干流断面连续5年保持Ⅱ类水质`: streaks listed share the predicate
    /// after the last one (`later` are the figures after this one, in order).
    static func predicate(_ s: ArraySlice<Unicode.Scalar>, after end: Int, later: ArraySlice<Candidate>) -> Range<Int>? {
        var end = end
        var later = later
        while end < s.endIndex, s[end] == "、" || s[end] == "和" || s[end] == "与",
              let next = later.first, next.range.lowerBound - end <= longestPredicate, follows(s, at: next.range.lowerBound),
              !s[end..<next.range.lowerBound].contains(where: isClauseEnd) {
            end = next.range.upperBound
            later = later.dropFirst()
        }
        return predicate(s, after: end)
    }

    static func predicate(_ s: ArraySlice<Unicode.Scalar>, after end: Int) -> Range<Int>? {
        var low = end
        while low < s.endIndex, QuantityScanner.isSpace(s[low]) { low += 1 }
        if low + 1 < s.endIndex, s[low] == "以", s[low + 1] == "上" || s[low + 1] == "来" { low += 2 }
        if low < s.endIndex, s[low] == "来" || s[low] == "的" { low += 1 }
        var high = low
        while high < s.endIndex, high - low <= longestPredicate, !isClauseEnd(s[high]) { high += 1 }
        guard high > low, high - low <= longestPredicate else { return nil }
        return low..<high
    }

    /// The noun of what a streak counts, by its unit: 年 → 年数, 个月 → 月数, 次 → 次数.
    static func countNoun(unit written: String) -> String {
        let bare = written.hasPrefix("个") && written.count > 1 ? String(written.dropFirst()) : written
        return bare + "数"
    }

    /// The subject of a streak: the thing (what the subject says before 连续), 连续, the
    /// predicate, and what is counted (`执行集采药品数量连续排全国前列的年数`).
    static func subject(_ subject: String, predicate: ArraySlice<Unicode.Scalar>, unit written: String) -> String {
        // (Read as scalars: Foundation's search of a string costs thousands of instructions.)
        var topic = Array(subject.unicodeScalars)[...]
        if let at = topic.indices.first(where: { topic[$0] == cue[0] && $0 + 1 < topic.endIndex && topic[$0 + 1] == cue[1] }) {
            topic = topic[..<at]
        }
        // (援藏援疆工作连续3次获全国先进典型: a count's subject may hold the words after it.)
        if topic.count > predicate.count, topic.suffix(predicate.count).elementsEqual(predicate) { topic = topic.dropLast(predicate.count) }
        // (PM2.5年均浓度较“十三五”末改善16.5%，连续5年达…: not the comparison of the figure before.)
        if topic.count > 2, let at = topic.indices.first(where: { $0 > topic.startIndex && (topic[$0] == "较" || topic[$0] == "比") }) {
            topic = topic[..<at]
        }
        var result = String.UnicodeScalarView(topic)
        result.append(contentsOf: cue)
        result.append(contentsOf: predicate)
        result.append("的")
        result.append(contentsOf: countNoun(unit: written).unicodeScalars)
        return String(result)
    }

    private static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?": return true
        default: return false
        }
    }
}
