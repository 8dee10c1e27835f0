import WorkbenchSDK

/// The indicator each figure measures, in the report's words.
///
/// The subject is the clause before the figure (after the previous figure of the same clause,
/// for lists such as `精品示范村300个以上、提档升级村2500个以上`), without linking words
/// (达到, 超过, 分别). A count whose noun follows it (`建成8个高水平实验试验平台`) takes that
/// noun too. In a 分别 list (`A、B、C营业收入预计分别达到X、Y、Z`) the i-th figure gets the i-th
/// name when the numbers agree.
enum Subjects {
    /// A figure's subject: its text for the model and its scalars for the sector lexicon.
    struct Subject {
        var text: String
        var scalars: [Unicode.Scalar]

        init(_ text: String) {
            self.text = text
            self.scalars = Text.scalars(text)
        }

        init<S: Collection>(scalars: S) where S.Element == Unicode.Scalar {
            self.scalars = Array(scalars)
            self.text = Text.string(self.scalars)
        }
    }

    static func assign(_ candidates: [Candidate], in s: ArraySlice<Unicode.Scalar>) -> [Subject] {
        var subjects: [Subject] = []
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
            let prefixScalars = s[from..<first.range.lowerBound]
            let count = runEnd - index + 1
            if count > 1, case let prefix = Text.string(prefixScalars), let split = Text.range(of: "分别", in: prefix) {
                let names = String(prefix[..<split.lowerBound]).split(separator: "、").map(String.init)
                let whole = MeaningRules.cleanSubject(prefix)
                for offset in 0..<count {
                    let name = names.count == count ? MeaningRules.cleanSubject(names[offset]) : whole
                    subjects.append(Subject(name.isEmpty ? whole : name))
                }
            } else {
                let base = MeaningRules.cleanSubject(prefixScalars)
                for offset in 0..<count {
                    let candidate = candidates[index + offset]
                    subjects.append(Self.withFollowingNoun(base, candidate, in: s, nextStart: index + offset + 1 < candidates.count ? candidates[index + offset + 1].range.lowerBound : nil))
                }
            }
            index = runEnd + 1
        }
        // `生产总值6.36万亿元、增长5.1%`: a subject that is only a cue word continues the
        // previous figure's subject in the same sentence.
        for index in subjects.indices.dropFirst() where subjects[index].text.isEmpty || isBareCue(subjects[index]) {
            let between = s[candidates[index - 1].range.upperBound..<candidates[index].range.lowerBound]
            guard !between.contains("。"), !subjects[index - 1].text.isEmpty else { continue }
            var base = subjects[index - 1].text
            for cue in bareCues where base.hasSuffix(cue) && base.count > cue.count {
                base.removeLast(cue.count)
                break
            }
            subjects[index] = Subject(base + subjects[index].text)
        }
        return subjects
    }

    /// Subjects that say only how a figure relates, not what it measures.
    static let bareCues: Set<String> = ["增长", "下降", "增速", "占比", "比重", "提高", "降低", "增加", "减少", "同比增长", "年均增长"]

    private static let bareCueScalars = bareCues.map { Array($0.unicodeScalars) }

    /// `bareCues.contains(subject.text)`, compared on scalars where every scalar is a character
    /// of its own (a `Set<String>` normalizes each subject to hash it).
    static func isBareCue(_ subject: Subject) -> Bool {
        guard subject.scalars.allSatisfy(Text.isOwnCharacter) else { return bareCues.contains(subject.text) }
        return bareCueScalars.contains(subject.scalars)
    }

    /// Figures separated only by a list mark belong to one list.
    static func joinedByListMark(_ s: ArraySlice<Unicode.Scalar>, _ end: Int, _ nextStart: Int) -> Bool {
        guard nextStart > end, nextStart - end <= 2 else { return false }
        let between = s[end..<nextStart]
        // One scalar that is a whole character: compared as it is, without building a string.
        if between.count == 1, let mark = between.first, Text.isOwnCharacter(mark) {
            return mark == "、" || mark == "和" || mark == "及"
        }
        let text = Text.string(between)
        return ["、", "和", "及", "，"].contains(text) && text != "，"
    }

    /// For a count written before its noun (`8个高水平实验试验平台`), the noun up to the clause's end.
    static func withFollowingNoun(_ base: ArraySlice<Unicode.Scalar>, _ candidate: Candidate, in s: ArraySlice<Unicode.Scalar>,
                                  nextStart: Int?) -> Subject {
        guard candidate.unit?.category == .measure else { return Subject(scalars: base) }
        var end = candidate.range.upperBound
        let limit = min(nextStart ?? s.endIndex, s.endIndex)
        while end < limit, !Clauses.isBoundary(s[end]) { end += 1 }
        let following = s[candidate.range.upperBound..<end]
        // Where every scalar is a character of its own, characters are scalars: no string needed.
        if following.allSatisfy(Text.isOwnCharacter) {
            var noun = following
            if noun.first == "的" { noun = noun.dropFirst() }
            if noun.count > 24 { noun = noun.prefix(24) }
            return Subject(scalars: base + noun)
        }
        var noun = Text.string(following)
        if noun.hasPrefix("的") { noun.removeFirst() }
        if noun.count > 24 { noun = String(noun.prefix(24)) }
        if base.isEmpty { return Subject(noun) }
        return Subject(noun.isEmpty ? Text.string(base) : Text.string(base) + noun)
    }
}
