/// What a rank ranks, and among whom: `智能化煤矿全国排名`, not `排全国` or `居全国`.
///
/// A rank is written as the thing ranked, a verb and the field (`总量和增速均居全国第5位`,
/// `备案上线大模型数量稳居全国首位`), or after a figure of the same thing
/// (`旅客吞吐量突破9000万人次、居全国第3位`), where the clause before the rank holds only the verb
/// and the field. The subject drops the verb and names the ranking: the thing ranked (the
/// previous figure's subject when the clause has none), the field, then 排名.
enum RankSubject {
    /// The subject of a rank whose clause reads `raw`; `previous` is the subject of the figure
    /// before it in the same sentence, if any. A subject that does not end with a field is kept.
    static func subject(_ raw: String, previous: String?) -> String {
        guard let field = fields.first(where: { raw.hasSuffix($0) }) else { return raw }
        var body = String(raw.dropLast(field.count))
        if let verb = verbs.first(where: { body.hasSuffix($0) }) { body.removeLast(verb.count) }
        for word in adverbs where body.hasSuffix(word) {
            body.removeLast(word.count)
            break
        }
        if let verb = verbs.first(where: { $0.count > 1 && body.hasPrefix($0) }) { body.removeFirst(verb.count) }
        body = MeaningRules.cleanSubject(body)
        if body.isEmpty, let previous {
            body = MeaningRules.cleanSubject(previous)
            // `全球第一、全国第一`: the one before was a rank too; its field is not this one's.
            if body.hasSuffix("排名") {
                body.removeLast(2)
                if let earlier = fields.first(where: { body.hasSuffix($0) }) { body.removeLast(earlier.count) }
            }
            for cue in Subjects.bareCueWords where body.hasSuffix(cue) && body.count > cue.count {
                body.removeLast(cue.count)
                break
            }
            body = MeaningRules.cleanSubject(body)
        }
        return body + field + "排名"
    }

    /// Where a rank is held, longest first (`中西部` before `西部`).
    static let fields = ["副省级城市", "省会城市", "同类城市", "中部地区", "西部地区", "东部地区", "东北地区", "沿黄省区",
                         "中西部", "全国", "全省", "全市", "全区", "全球", "世界", "中部", "西部", "东部", "东北"]
        .sorted { $0.count > $1.count }

    /// Verbs that put a thing at a rank, longest first.
    static let verbs = ["跃升至", "跃居", "位居", "稳居", "保持", "位列", "名列", "跻身", "进入", "排名", "排在", "居于", "处于",
                        "走在", "升至", "排", "居", "列", "在"]
        .sorted { $0.count > $1.count }

    /// Adverbs between the thing and its verb (`均居`, `继续保持`).
    static let adverbs = ["继续", "始终", "仍", "均", "也"]
}
