extension SectorLexicon {
    typealias Match = Matches.Match

    /// Drops from `matches` the occurrences that do not say what a text is about:
    /// - a keyword inside a longer one of another sector found at the same place (单位地区生产总值能耗
    ///   is about energy use, not the economy's output; 科技型中小企业 about technology, not industry);
    /// - a keyword that is only the measure of another figure: the whole a share is taken of
    ///   (数字经济核心产业增加值占地区生产总值比重, 占全省固定资产投资的比重) or what an intensity is
    ///   per (单位地区生产总值二氧化碳排放).
    /// `text` is the text the matches were found in (positions are its indices).
    func dropCovered(_ matches: inout Matches, in text: ArraySlice<Unicode.Scalar>) {
        let count = matches.found.count
        guard count > 0 else { return }
        // Decided first for all (the backward look reads the occurrences as found), then kept.
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: count) { keep in
            entries.withUnsafeBufferPointer { entries in
                text.withUnsafeBufferPointer { scalars in
                    matches.found.withUnsafeBufferPointer { found in
                        decide(found, entries: entries, text: scalars, base: text.startIndex, into: keep)
                    }
                }
            }
            var kept = 0
            matches.found.withUnsafeMutableBufferPointer { found in
                for index in 0..<count where keep[index] {
                    found[kept] = found[index]
                    kept += 1
                }
            }
            matches.found.removeLast(count - kept)
        }
    }

    /// Whether each occurrence of `found` is kept (`dropCovered`), into `keep`. `base` is the
    /// text's first index (positions count from it).
    private func decide(_ found: UnsafeBufferPointer<Match>, entries: UnsafeBufferPointer<Entry>, text: UnsafeBufferPointer<Unicode.Scalar>,
                        base: Int, into keep: UnsafeMutableBufferPointer<Bool>) {
        // How far the occurrences so far reach: most reach no further than where the next one
        // ends, and then only one at the same place can cover it.
        var reach = Int.min
        // (Without an early exit, so that the loop runs on vectors: one pass a paragraph.)
        var hits: UInt32 = 0
        for scalar in text { hits |= scalar.value == 0x5360 ? 1 : 0 }
        let shares = hits != 0
        for index in found.indices {
            let match = found[index]
            let entry = entries[match.entry]
            let end = match.position + entry.count
            let mayBeCovered = reach >= end || index + 1 < found.count && found[index + 1].position == match.position
            keep[index] = !Self.isMeasureOfAnother(text, at: match.position - base, shares: shares)
                && !(mayBeCovered && Self.isCovered(match.position, entry.count, sector: entry.sector, at: index, in: found,
                                                    entries: entries, longest: longestKeyword, text: text, base: base, shares: shares))
            reach = max(reach, end)
        }
    }

    /// Whether a longer keyword of another sector (or a blocker, `!以上市`) found at or before `position` reaches at least
    /// as far, or a longer one that is itself a measure of another figure. (Within one sector
    /// the shorter word still counts: 新能源 with 能源.)
    private static func isCovered(_ position: Int, _ length: Int, sector: Int, at index: Int, in found: UnsafeBufferPointer<Match>,
                                  entries: UnsafeBufferPointer<Entry>, longest: Int, text: UnsafeBufferPointer<Unicode.Scalar>,
                                  base: Int, shares: Bool) -> Bool {
        var other = index
        while other > 0, found[other - 1].position > position - longest {
            other -= 1
            let start = found[other].position
            let entry = entries[found[other].entry]
            // (Inside a measure of another figure, of any sector: 单位地区生产总值's 生产总值.)
            if entry.count > length, start + entry.count >= position + length,
               entry.sector != sector || entry.score == 0 || isMeasureOfAnother(text, at: start - base, shares: shares) { return true }
        }
        other = index + 1
        while other < found.count, found[other].position == position {
            let entry = entries[found[other].entry]
            if entry.count > length, entry.sector != sector || entry.score == 0 { return true }
            other += 1
        }
        return false
    }

    /// 占 before `offset`, right before it or up to 10 scalars back with only words between
    /// (占全省的, 占规上工业), in a clause that states a share (比重, 比例, 份额, %, 成 follow), 与
    /// before the base of a ratio, or 单位 before the base of an intensity (单位地区生产总值,
    /// 单位GDP, 单位工业增加值; not 事业单位改革, 用人单位, 乱占耕地). `shares`: whether the text
    /// holds a 占 at all; most paragraphs have none, and no word of theirs is looked back from.
    @inline(__always)
    private static func isMeasureOfAnother(_ text: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int, shares: Bool) -> Bool {
        guard offset >= 1 else { return false }
        let previous = text[offset - 1]
        if previous == "位", offset >= 2, text[offset - 2] == "单" { return opensIntensityBase(text, at: offset) }
        if previous == "占" { return !takenBy(text, before: offset - 1) && statesShare(text, after: offset) }
        // 社会物流总费用与GDP的比率: the base of a ratio.
        if previous == "与" { return statesRatio(text, after: offset) }
        // 占全省 / 占全国的 / 占规上工业: any word of the base, after 占 in the same clause.
        guard shares, let share = shareMark(text, before: offset) else { return false }
        return !takenBy(text, before: share) && statesShare(text, after: offset)
    }

    /// The position of a 占 at most 10 scalars before `offset` with only words between (no
    /// figure, no mark of a clause or list), or nil.
    @inline(__always)
    private static func shareMark(_ text: UnsafeBufferPointer<Unicode.Scalar>, before offset: Int) -> Int? {
        var position = offset - 1
        while position >= 0, position >= offset - 10 {
            let scalar = text[position]
            if scalar == "占" { return position }
            if scalar.value < 0x3000 || scalar == "，" || scalar == "、" || scalar == "。" || scalar == "；" || scalar == "：" { return nil }
            position -= 1
        }
        return nil
    }

    /// What an intensity is per: 地区生产总值, 生产总值, 国内生产总值, GDP, 工业增加值, 增加值.
    private static let intensityBases = ["地区生产总值", "生产总值", "国内生产总值", "GDP", "工业增加值", "增加值"].map { Array($0.unicodeScalars) }

    private static func opensIntensityBase(_ text: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int) -> Bool {
        intensityBases.contains { base in
            offset + base.count <= text.count && base.indices.allSatisfy { text[offset + $0] == base[$0] }
        }
    }

    /// 占 as a verb of taking (乱占, 侵占, 抢占, 霸占, 挤占, 强占).
    private static func takenBy(_ text: UnsafeBufferPointer<Unicode.Scalar>, before position: Int) -> Bool {
        position >= 1 && "乱侵抢霸挤强".unicodeScalars.contains(text[position - 1])
    }

    /// Whether a ratio (比率, 之比, 比值, 比例) is named within the clause after `offset`.
    private static func statesRatio(_ text: UnsafeBufferPointer<Unicode.Scalar>, after offset: Int) -> Bool {
        var position = offset
        while position + 1 < min(text.count, offset + 16) {
            let scalar = text[position]
            if scalar == "，" || scalar == "。" || scalar == "；" { return false }
            let next = text[position + 1]
            if scalar == "比", next == "率" || next == "值" || next == "例" { return true }
            if scalar == "之", next == "比" { return true }
            position += 1
        }
        return false
    }

    /// Whether a share is stated within the clause after `offset` (比重, 比例, 份额, 比, %, 成).
    private static func statesShare(_ text: UnsafeBufferPointer<Unicode.Scalar>, after offset: Int) -> Bool {
        var position = offset
        while position < min(text.count, offset + 24) {
            let scalar = text[position]
            if scalar == "，" || scalar == "。" || scalar == "；" { return false }
            if scalar == "比" || scalar == "%" || scalar == "％" || scalar == "份" || scalar == "成" { return true }
            position += 1
        }
        return false
    }

    /// Makes the subject's head outweigh every other sector's words of its subject and clause: `total`
    /// held `before` until their words were added. A long modifier (科技型企业信用贷款,
    /// 新能源汽车零售额) no longer outweighs the head it modifies. The caller adds the clause's
    /// words before asking, so they count as rivals too; only the sentence and the section
    /// (held in `before`) can still decide.
    static func headLeads(_ head: Int, since before: [Int], in total: inout [Int]) {
        guard before.count == total.count, total.indices.contains(head) else { return }
        // (Once a figure: read without bounds checks, one score per sector in both.)
        before.withUnsafeBufferPointer { before in
            total.withUnsafeMutableBufferPointer { total in
                var rival = 0
                for position in total.indices where position != head { rival = max(rival, total[position] - before[position]) }
                let own = total[head] - before[head]
                if own <= rival { total[head] += rival - own + 1 }
            }
        }
    }
}
