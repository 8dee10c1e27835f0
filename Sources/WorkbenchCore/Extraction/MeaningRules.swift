import WorkbenchSDK

/// Decides what a figure means from the words around it: kind, qualifiers written before it,
/// whether it is an estimate, and the indicator it measures.
enum MeaningRules {
    static let growthCues = ["增长", "增速", "下降", "降低", "提高", "上升", "涨幅", "增幅", "减少", "上涨", "回升",
                             "增加", "提升", "同比", "年均", "缩小", "扩大", "翻番", "降幅", "跌幅"]
    static let shareCues = ["率", "占比", "比重", "比例", "占", "达标", "覆盖", "保持在", "稳定在", "控制在", "比值"]
    static let leadingQualifiers: [(String, Metric.Qualifier)] = [
        ("不低于", .atLeast), ("不少于", .atLeast), ("不超过", .atMost), ("不高于", .atMost), ("超过", .atLeast),
        ("突破", .atLeast), ("逾", .atLeast), ("超", .atLeast), ("接近", .approx), ("约", .approx), ("近", .approx),
    ]
    static let estimateCues = ["预计", "初步统计", "初步测算", "初步核算", "预估"]

    /// The kind of a figure from its unit and the nearest cue word before it.
    static func kind(of candidate: Candidate, before prefix: String) -> (Metric.Kind, String) {
        if let kind = candidate.kind { return (kind, "form") }
        guard let unit = candidate.unit else { return (.level, "bare-index") }
        switch unit.category {
        case .measure: return (.count, "measure-word")
        case .physical, .duration: return (.level, "physical-unit")
        case .rankPlace: return (.rank, "rank-places")
        case .multiple:
            return (nearestCue(in: prefix) == .growth ? .growth : .level, "multiple")
        case .percent, .points, .permille, .tenths:
            switch nearestCue(in: prefix) {
            case .growth: return (.growth, "percent+growth-cue")
            case .share: return (.share, "percent+share-cue")
            default: return (.share, "percent-default-share")
            }
        }
    }

    /// Growth or share, whichever cue stands nearest before the figure. A growth verb followed
    /// by 到/至 (提高到, 降至) states a level reached, not a change.
    static func nearestCue(in prefix: String) -> Metric.Kind? {
        let scalars = Array(prefix.unicodeScalars)
        var best: (kind: Metric.Kind, end: Int)?
        func consider(_ cues: [String], _ kind: Metric.Kind) {
            for cue in cues {
                let cueScalars = Array(cue.unicodeScalars)
                var index = scalars.count - cueScalars.count
                while index >= 0 {
                    if Array(scalars[index..<(index + cueScalars.count)]) == cueScalars {
                        let end = index + cueScalars.count
                        var effective = kind
                        if kind == .growth, end < scalars.count, scalars[end] == "到" || scalars[end] == "至" { effective = .share }
                        if best == nil || end > best!.end { best = (effective, end) }
                        break
                    }
                    index -= 1
                }
            }
        }
        consider(growthCues, .growth)
        consider(shareCues, .share)
        return best?.kind
    }

    /// A qualifier written right before the number (超过550亿元, 近千亿元).
    static func leadingQualifier(before prefix: String) -> Metric.Qualifier? {
        var tail = prefix
        for filler in ["达到", "达", "到", "了", "为"] where tail.hasSuffix(filler) {
            tail.removeLast(filler.count)
            break
        }
        return leadingQualifiers.first(where: { tail.hasSuffix($0.0) })?.1
    }

    /// Words trimmed from the end of a subject: they link it to the figure.
    static let linkingWords = ["分别达到", "分别增长", "分别", "预计", "达到", "超过", "突破", "实现", "保持在", "保持",
                               "控制在", "稳定在", "稳定", "完成", "累计", "共计", "共", "力争", "约", "近", "达", "为",
                               "逾", "超", "不低于", "不少于", "不超过", "以上", "左右", "提高到", "提高至", "降至", "降到", "到"]
    /// Words trimmed from the start of a subject.
    static let openingWords = ["其中", "全年", "同比", "预计", "初步统计", "此外", "同时", "并", "和", "及", "以及", "、"]

    static func cleanSubject(_ raw: String) -> String {
        var subject = raw.trimming(["，", "、", " ", "：", "“", "”"])
        var changed = true
        while changed {
            changed = false
            for word in linkingWords where subject.hasSuffix(word) && subject.count > word.count {
                subject.removeLast(word.count)
                changed = true
            }
            for word in openingWords where subject.hasPrefix(word) && subject.count > word.count {
                subject.removeFirst(word.count)
                changed = true
            }
        }
        return subject.trimming(["，", "、", " ", "：", "的"])
    }
}

extension String {
    /// Without leading and trailing characters from `set`.
    func trimming(_ set: Set<Character>) -> String {
        guard let first = firstIndex(where: { !set.contains($0) }),
              let last = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
