/// What a rank ranks, and among whom: `智能化煤矿全国排名`, not `排全国` or `居全国`.
///
/// A rank is written as the thing ranked, a verb and the field (`总量和增速均居全国第5位`,
/// `增速居副省级城市第2位`), or after a figure of the same thing
/// (`旅客吞吐量突破9000万人次、居全国第3位`), where the clause before the rank holds only the verb
/// and the field. The subject drops the verb and names the ranking: the thing ranked (the
/// previous figure's subject when the clause has none), the field, then 排名.
enum RankSubject {
    /// The subject of a rank whose clause reads `raw`; `previous` is the subject of the figure
    /// before it in the same sentence as its clause reads (not made a rank's), if any. A subject
    /// with no field is kept.
    static func subject(_ raw: String, previous: String?) -> String {
        // `创新能力排名上升5位`: a change of rank names its ranking already.
        guard let (written, field) = split(raw), !changes.contains(where: field.hasSuffix) else { return raw }
        // `全球排名升至第六位`: the ranking is named already.
        guard !field.isEmpty else { return written.hasSuffix("排名") ? written : raw }
        var body = trimmed(written)
        if body.isEmpty, let previous {
            body = MeaningRules.cleanSubject(previous)
            // `全球第一、全国第一`: the one before was a rank too; its field is not this one's.
            if let earlier = split(body) { body = earlier.body }
            for cue in verbCues where body.hasSuffix(cue) && body.count > cue.count {
                body.removeLast(cue.count)
                break
            }
            body = trimmed(body)
        }
        if body.hasSuffix("排名") { body.removeLast(2) }
        return body + field + "排名"
    }

    /// The thing ranked and the field: around the last rank verb followed by a field of at most
    /// `longestField` characters, or before a field the subject ends with.
    static func split(_ raw: String) -> (body: String, field: String)? {
        let characters = Array(raw)
        var end = characters.count
        while end > 0, characters.count - end <= longestField + 2 {
            if let verb = verbs.first(where: { end >= $0.count && characters[(end - $0.count)..<end].elementsEqual($0) }) {
                let field = String(characters[end...])
                // 居 only as a verb (not 居民, 居住); 排, 列 and 在 only where nothing else can be meant.
                let single = verb.count == 1
                let residing = verb == ["居"] && field.first.map { RankWords.notResiding.contains($0) } == true
                if !single || (verb == ["居"] && !residing) || end == 1 || fields.contains(where: field.hasPrefix),
                   field.count <= longestField {
                    return (String(characters[..<(end - verb.count)]), field)
                }
            }
            end -= 1
        }
        guard let field = fields.first(where: { raw.hasSuffix($0) }) else { return nil }
        return (String(raw.dropLast(field.count)), field)
    }

    /// The thing ranked without the adverbs and verbs around it (`均`, `首次`, a leading `稳居`).
    static func trimmed(_ text: String) -> String {
        var body = text
        while let word = adverbs.first(where: { body.hasSuffix($0) }) { body.removeLast(word.count) }
        if let verb = verbs.first(where: { $0.count > 1 && body.hasPrefix(String($0)) }) { body.removeFirst(verb.count) }
        return MeaningRules.cleanSubject(body)
    }

    /// The longest field a rank is held in (`全国副省级城市`, `西北五省区省会（首府）城市`).
    static let longestField = 14

    /// Fields a subject may end with when no verb says where the rank is (`外送量全国第一`).
    static let fields = ["副省级城市", "省会城市", "同类城市", "中部地区", "西部地区", "东部地区", "东北地区", "沿黄省区",
                         "中西部", "全国", "全省", "全市", "全区", "全球", "世界", "中部", "西部", "东部", "东北"]
        .sorted { $0.count > $1.count }

    /// Verbs that put a thing at a rank, longest first. A one-character verb counts only before
    /// one of `fields` or at the start (排 of 排放, 列 of 系列 are no verbs).
    static let verbs = ["跃升至", "跃居", "位居", "稳居", "保持", "位列", "名列", "跻身", "进入", "排名", "排在", "居于", "处于",
                        "走在", "升至", "蝉联", "排", "居", "列", "在"]
        .map(Array.init).sorted { $0.count > $1.count }

    /// The bare cues that are verbs (`突破…、居全国第3位` ranks what broke through, not the
    /// breaking); 增速, 占比 and 比重 name what is ranked.
    static let verbCues = Subjects.bareCueWords.filter { !["增速", "占比", "比重"].contains($0) }

    /// Words of a change of rank (`上升5位`).
    static let changes = ["上升", "提升", "前移", "前进", "跃升", "进位", "下降", "后退"]

    /// Adverbs between the thing and its verb (`均居`, `继续保持`, `首次跻身`).
    static let adverbs = ["继续", "始终", "首次", "连续", "分别", "仍", "均", "也", "并"]
}
