import WorkbenchSDK

/// The indicator each figure measures, in the report's words.
///
/// The subject is the clause before the figure (after the previous figure of the same clause,
/// for lists such as `精品示范村300个以上、提档升级村2500个以上`), without linking words
/// (达到, 超过, 分别). A count whose noun follows it (`建成8个高水平实验试验平台`) takes that
/// noun too. In a 分别 list (`A、B、C营业收入预计分别达到X、Y、Z`) the i-th figure gets the i-th
/// name when the numbers agree.
enum Subjects {
    static func assign(_ candidates: [Candidate], in s: ArraySlice<Unicode.Scalar>) -> [String] {
        var subjects: [String] = []
        var index = 0
        while index < candidates.count {
            // A run of figures joined only by 、 (or 和/及): a list sharing one subject.
            var runEnd = index
            while runEnd + 1 < candidates.count,
                  Self.joinedByListMark(s, candidates[runEnd].range.upperBound, candidates[runEnd + 1].range.lowerBound) {
                runEnd += 1
            }
            let first = candidates[index]
            let clauseStart = Clauses.start(of: first.range.lowerBound, in: s)
            var from = clauseStart
            if index > 0, candidates[index - 1].range.upperBound > clauseStart {
                from = candidates[index - 1].range.upperBound
            }
            let prefix = Text.string(s[from..<first.range.lowerBound])
            let count = runEnd - index + 1
            if count > 1, let split = prefix.range(of: "分别") {
                let names = String(prefix[..<split.lowerBound]).split(separator: "、").map(String.init)
                let whole = MeaningRules.cleanSubject(prefix)
                for offset in 0..<count {
                    let name = names.count == count ? MeaningRules.cleanSubject(names[offset]) : whole
                    subjects.append(name.isEmpty ? whole : name)
                }
            } else {
                let base = MeaningRules.cleanSubject(prefix)
                for offset in 0..<count {
                    let candidate = candidates[index + offset]
                    subjects.append(Self.withFollowingNoun(base, candidate, in: s, nextStart: index + offset + 1 < candidates.count ? candidates[index + offset + 1].range.lowerBound : nil))
                }
            }
            index = runEnd + 1
        }
        // `生产总值6.36万亿元、增长5.1%`: a subject that is only a cue word continues the
        // previous figure's subject in the same sentence.
        for index in subjects.indices.dropFirst() where subjects[index].isEmpty || bareCues.contains(subjects[index]) {
            let between = s[candidates[index - 1].range.upperBound..<candidates[index].range.lowerBound]
            guard !between.contains("。"), !subjects[index - 1].isEmpty else { continue }
            var base = subjects[index - 1]
            for cue in bareCues where base.hasSuffix(cue) && base.count > cue.count {
                base.removeLast(cue.count)
                break
            }
            subjects[index] = base + subjects[index]
        }
        return subjects
    }

    /// Subjects that say only how a figure relates, not what it measures.
    static let bareCues: Set<String> = ["增长", "下降", "增速", "占比", "比重", "提高", "降低", "增加", "减少", "同比增长", "年均增长"]

    /// Figures separated only by a list mark belong to one list.
    static func joinedByListMark(_ s: ArraySlice<Unicode.Scalar>, _ end: Int, _ nextStart: Int) -> Bool {
        guard nextStart > end, nextStart - end <= 2 else { return false }
        let between = Text.string(s[end..<nextStart])
        return ["、", "和", "及", "，"].contains(between) && between != "，"
    }

    /// For a count written before its noun (`8个高水平实验试验平台`), the noun up to the clause's end.
    static func withFollowingNoun(_ base: String, _ candidate: Candidate, in s: ArraySlice<Unicode.Scalar>, nextStart: Int?) -> String {
        guard candidate.unit?.category == .measure else { return base.isEmpty ? "" : base }
        var end = candidate.range.upperBound
        let limit = min(nextStart ?? s.endIndex, s.endIndex)
        while end < limit, !Clauses.isBoundary(s[end]) { end += 1 }
        var noun = Text.string(s[candidate.range.upperBound..<end])
        if noun.hasPrefix("的") { noun.removeFirst() }
        if noun.count > 24 { noun = String(noun.prefix(24)) }
        if base.isEmpty { return noun }
        return noun.isEmpty ? base : base + noun
    }
}
