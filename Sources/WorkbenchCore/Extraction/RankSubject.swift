/// What a rank ranks, and among whom: `智能化煤矿全国排名`, not `排全国` or `居全国`.
///
/// A rank is written as the thing ranked, a verb and the field (`总量和增速均居全国第5位`,
/// `增速居副省级城市第2位`), or after a figure of the same thing
/// (`旅客吞吐量突破9000万人次、居全国第3位`), where the clause before the rank holds only the verb
/// and the field. The subject drops the verb and names the ranking: the thing ranked (the
/// previous figure's subject when the clause has none), the field, then 排名.
///
/// Words are compared as scalars (every word here is CJK, one scalar a character): `String`'s
/// `hasSuffix` compares by characters, at thousands of instructions a call.
enum RankSubject {
    typealias Scalars = ArraySlice<Unicode.Scalar>

    /// The subject of a rank whose clause reads `raw`; `previous` is the subject of the figure
    /// before it in the same sentence as its clause reads (not made a rank's), if any. A subject
    /// with no field is kept.
    static func subject(_ raw: String, previous: String?) -> String {
        let scalars = Array(raw.unicodeScalars)[...]
        // `创新能力排名上升5位`: a change of rank names its ranking already.
        guard let (written, field) = split(scalars) else {
            // `中国地级市基本现代化指数第12位`: an item of a list of ranks names its ranking.
            // Not after a verb of change alone (前进4位) or a rank of its own (从第9名到第2名).
            let body = trimmed(scalars)
            guard body.count >= 2, !ends(body, with: ranking), body.last != "名", body.last != "位",
                  !changes.contains(where: { ends(body, with: $0) }) else { return raw }
            return Text.string(Array(body) + ranking)
        }
        guard !changes.contains(where: { ends(field, with: $0) }) else { return raw }
        // `全球排名升至第六位`: the ranking is named already.
        guard !field.isEmpty else { return ends(written, with: ranking) ? Text.string(written) : raw }
        var body = trimmed(written)
        // `新增“小巨人”企业47家，数量居中部第2位`, `贷款余额增长9.1%，增速居全国第5位`: a measure with
        // no owner (数量, 增速, 总量) is of what the figure before measured.
        let ownerless = !body.isEmpty && ownerlessMeasures.contains { body.elementsEqual($0) }
        if body.isEmpty || ownerless, let previous {
            let measure = body
            body = MeaningRules.cleanSubject(Array(previous.unicodeScalars)[...])
            // `全球第一、全国第一`: the one before was a rank too; its field is not this one's.
            if let earlier = split(body) { body = earlier.body }
            if let cue = verbCues.first(where: { ends(body, with: $0) && body.count > $0.count }) { body = body.dropLast(cue.count) }
            body = trimmed(body)
            if ownerless {
                // (The count ranked is all of them, not the new ones: 新增 is left out.)
                if let new = countOpenings.first(where: { starts(body, with: $0) && body.count > $0.count + 1 }) { body = body.dropFirst(new.count) }
                body = ends(body, with: Array(measure)) ? body : (body.isEmpty ? measure : (Array(body) + Array(measure))[...])
            }
        }
        if ends(body, with: ranking) { body = body.dropLast(ranking.count) }
        return Text.string(Array(body) + Array(field) + ranking)
    }

    /// The thing a rank's subject ranks, without the field and 排名 (`智能化煤矿全国排名` →
    /// `智能化煤矿`): what decides its sector, whose head is the thing's, not the ranking's.
    static func thingRanked(_ subject: [Unicode.Scalar]) -> Scalars {
        var body = subject[...]
        guard ends(body, with: ranking) else { return body }
        body = body.dropLast(ranking.count)
        if let field = fields.first(where: { ends(body, with: $0) && body.count > $0.count }) { body = body.dropLast(field.count) }
        return body
    }

    /// The thing ranked and the field: around the last rank verb followed by a field of at most
    /// `longestField` scalars, or before a field the subject ends with.
    static func split(_ raw: Scalars) -> (body: Scalars, field: Scalars)? {
        var end = raw.endIndex
        while end > raw.startIndex, raw.endIndex - end <= longestField + 2 {
            if let verb = verbs.first(where: { end - $0.count >= raw.startIndex && raw[(end - $0.count)..<end].elementsEqual($0) }) {
                let field = raw[end...]
                // 居 only as a verb (not 居民, 居住); 排, 列 and 在 only where nothing else can be meant.
                let single = verb.count == 1
                let residing = verb == ["居"] && field.first.map { RankWords.notResiding.contains(Character($0)) } == true
                let listing = verb == ["列"] && field.first.map { RankWords.notListing.contains(Character($0)) } == true
                // (Opening the text, a single verb is one, but not 居民: 居民人均可支配收入突破4万元，
                // 居全国第9位 ranks that income.)
                if !single || (verb == ["居"] && !residing) || (verb == ["列"] && !listing) || end - 1 == raw.startIndex && !residing && !listing
                    || fields.contains(where: { starts(field, with: $0) }),
                   field.count <= longestField {
                    return (raw[..<(end - verb.count)], field)
                }
            }
            end -= 1
        }
        guard let field = fields.first(where: { ends(raw, with: $0) }) else { return nil }
        return (raw.dropLast(field.count), raw.suffix(field.count))
    }

    /// The thing ranked without the adverbs and verbs around it (`均`, `首次`, a leading `稳居`).
    static func trimmed(_ text: Scalars) -> Scalars {
        var body = text
        while let word = adverbs.first(where: { ends(body, with: $0) }) { body = body.dropLast(word.count) }
        if let verb = verbs.first(where: { $0.count > 1 && starts(body, with: $0) }) { body = body.dropFirst(verb.count) }
        return MeaningRules.cleanSubject(body)
    }

    static func ends(_ text: Scalars, with word: [Unicode.Scalar]) -> Bool {
        text.count >= word.count && text.suffix(word.count).elementsEqual(word)
    }

    static func starts(_ text: Scalars, with word: [Unicode.Scalar]) -> Bool {
        text.count >= word.count && text.prefix(word.count).elementsEqual(word)
    }

    private static func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    static let ranking: [Unicode.Scalar] = ["排", "名"]

    /// Measures that name no owner of their own (the thing ranked is the one before).
    static let ownerlessMeasures = scalars(["数量", "增速", "总量", "规模", "增幅", "总额", "总数"])

    /// Words that open a count of new ones (新增“小巨人”企业).
    static let countOpenings = scalars(["新增", "累计", "新培育"])

    /// The longest field a rank is held in (`全国副省级城市`, `西北五省区省会（首府）城市`).
    static let longestField = 14

    /// Fields a subject may end with when no verb says where the rank is (`外送量全国第一`),
    /// longest first.
    static let fields = scalars(["副省级城市", "省会城市", "同类城市", "中部地区", "西部地区", "东部地区", "东北地区", "沿黄省区",
                                 "中西部", "全国", "全省", "全市", "全区", "全球", "世界", "中部", "西部", "东部", "东北"])

    /// Verbs that put a thing at a rank, longest first. A one-character verb counts only before
    /// one of `fields` or at the start (排 of 排放, 列 of 系列 are no verbs).
    static let verbs = scalars(RankWords.rankVerbs + ["居于", "处于", "走在", "排", "列", "在"])

    /// The bare cues that are verbs (`突破…、居全国第3位` ranks what broke through, not the
    /// breaking); 增速, 占比 and 比重 name what is ranked.
    static let verbCues = Subjects.bareCueWords.filter { !["增速", "占比", "比重"].contains($0) }.map { Array($0.unicodeScalars) }

    /// Words of a change of rank (`上升5位`).
    static let changes = scalars(RankWords.risesInRank + ["下降", "后退"])

    /// Adverbs between the thing and its verb (`均居`, `继续保持`, `首次跻身`, `双双跃居`,
    /// `历史性跃居`), and the 从 or 由 of where a rank started (`从全国第13位升至第5位`).
    static let adverbs = scalars(["继续", "始终", "首次", "连续", "分别", "双双", "历史性", "持续", "仍", "均", "也", "并", "从", "由"])
}
