import WorkbenchSDK

/// Ranks written without a unit: `全国第一`, `保持全国首位`, `前列`, `第一方阵`, `中游`; and `正增长`, a
/// growth target with no number.
enum RankWords {
    /// Words before a rank that show it is a position in a ranking.
    static let rankingContext = ["全国", "全省", "全球", "全市", "全区", "中部", "西部", "东部", "位居", "位列", "居", "排名", "排", "保持", "稳居", "跻身", "进入"]

    private static let rankingScalars = rankingContext.map { Array($0.unicodeScalars) }
    /// Names of the first tier of a ranking.
    static let firstTiers = WordList(["第一方阵", "第一梯队", "第一阵营", "第一档"])
    /// The middle of a field, with no number.
    static let middleTiers = WordList(["中上游", "中游"])

    /// Verbs that put a thing at a rank, with the field between them and the rank
    /// (`居副省级城市第2位`, `稳居全国城市第8`, `跻身全国前十`).
    static let rankVerbs = ["跃升至", "位居", "稳居", "跃居", "位列", "名列", "排名", "排在", "跻身", "进入", "升至", "蝉联", "保持",
                            "取得", "获得", "荣获", "夺得", "居", "列"]
    /// Fields of a ranking that show, anywhere in the clause before a rank marked with 位 or 名,
    /// that it is one (`全国先进制造业城市第16位`).
    static let rankingFields = ["全国", "全省", "全球", "世界", "全市", "全区", "全州"].map { Array($0.unicodeScalars) }

    /// Words of a rise in rank before its number of places (`上升5位`, `前进4位`).
    static let risesInRank = ["上升", "提升", "前移", "前进", "跃升", "进位"]

    private static let rankVerbScalars = rankVerbs.map { Array($0.unicodeScalars) }

    /// How far back in its clause a rank's verb is looked for: the verb, then a field of up to
    /// a dozen characters (`位居世界科技集群第九`).
    static let verbReach = 16

    /// Whether a rank verb stands in the clause before `index`, at most `verbReach` scalars back
    /// (居 not as in 居民, 居住).
    static func hasRankVerb(_ s: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
        var floor = max(s.startIndex, index - verbReach)
        // Back to the clause's start, no further than the reach. (A short group in brackets is
        // passed over: 居泉州各县（市、区）第1位.)
        var back = index - 1
        while back >= floor {
            if s[back] == "）", let open = s[max(floor, back - 8)..<back].lastIndex(of: "（") {
                back = open - 1
                continue
            }
            if Clauses.isBoundary(s[back]) && s[back] != "、" {
                floor = back + 1
                break
            }
            back -= 1
        }
        var position = index - 1
        while position >= floor {
            if let verb = rankVerbScalars.first(where: { $0.last == s[position] && position + 1 - $0.count >= floor
                && Text.matches($0, in: s, at: position + 1 - $0.count) }) {
                if verb.count > 1 { return true }
                let next: Unicode.Scalar? = position + 1 < s.endIndex ? s[position + 1] : nil
                let excluded = verb[0] == "居" ? notResiding : notListing
                if let next, excluded.contains(Character(next)) { position -= 1; continue }
                return true
            }
            position -= 1
        }
        return false
    }

    /// Verbs of a change of rank, which may follow the rank it changes from.
    static let changesAfterRank = RankSubject.changes + ["升至", "降至", "跃居"].map { Array($0.unicodeScalars) }

    /// What follows 居 when it is not the verb of a rank (居民, 居住, 居家 …).
    static let notResiding: Set<Character> = ["民", "住", "家", "室", "所", "村", "委", "留"]
    /// What follows 列 when it is not the verb of a rank (列入, 列车, 列为 …).
    static let notListing: Set<Character> = ["入", "车", "为", "出", "举", "支", "席", "队", "表", "明", "项"]

    /// Whether a rank's verb (or 在) stands right before `index`, at most four scalars back in
    /// its clause: `居9个…`, `在全国168个…`, `位居全省11个…`.
    static func opensRankingField(_ s: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
        var position = index - 1
        while position >= max(s.startIndex, index - 4) {
            if Clauses.isBoundary(s[position]) { return false }
            if ["居", "在", "列", "排"].contains(s[position]) { return true }
            position -= 1
        }
        return false
    }

    /// Whether one of `rankingFields` stands in the clause before `index`, at most `verbReach` back.
    static func hasRankingField(_ s: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
        let floor = max(s.startIndex, index - verbReach)
        var position = index - 2
        while position >= floor {
            if Clauses.isBoundary(s[position + 1]) { return false }
            if rankingFields.contains(where: { Text.matches($0, in: s, at: position) }) { return true }
            position -= 1
        }
        return false
    }

    /// Whether the item before `index` in a list (after 、) ends with a rank: `第2、第1、第3位`,
    /// `前十强、…第12位`; a list of ranks shares its verb and its 位.
    static func followsRank(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        var mark = index - 1
        while mark >= s.startIndex, mark >= index - 30, s[mark] != "、" {
            if Clauses.isBoundary(s[mark]) { return false }
            mark -= 1
        }
        guard mark > s.startIndex, mark >= index - 30, s[mark] == "、" else { return false }
        var end = mark
        if s[end - 1] == "位" || s[end - 1] == "名" || s[end - 1] == "强" { end -= 1 }
        var start = end
        while start > s.startIndex, NumberReader.digit(s[start - 1]) != nil || NumberReader.isChineseNumeral(s[start - 1]) { start -= 1 }
        return start < end && start > s.startIndex && (s[start - 1] == "第" || s[start - 1] == "前")
    }

    /// Whether a rank ending at `end` is followed by 的, directly or after more ranks joined by
    /// 、 (全球第一、全国第一、行业第一的).
    /// (At most four more ranks are followed: real chains have two or three, and a crafted
    /// chain of thousands would be walked again from each of its ranks.)
    static func describesNoun(_ s: ArraySlice<Unicode.Scalar>, from end: Int) -> Bool {
        var position = end
        var items = 0
        while position < s.endIndex, items <= 4 {
            items += 1
            if s[position] == "的" { return true }
            guard s[position] == "、" else { return false }
            // The next item: a few characters, then 第 and a numeral.
            guard let mark = s[(position + 1)..<min(s.endIndex, position + 8)].firstIndex(of: "第"),
                  !s[(position + 1)..<mark].contains(where: Clauses.isBoundary),
                  let number = NumberReader.read(s, at: mark + 1) else { return false }
            position = number.end
        }
        return false
    }

    /// Whether a verb of making (培育, 打造, 争创 …) stands in the clause before a rank: 培育更多
    /// 全国第一的企业 describes what is to be made; 巩固粮食产量全国第一的地位 holds a rank.
    static func isMade(_ s: ArraySlice<Unicode.Scalar>, before index: Int) -> Bool {
        let clause = s[Clauses.start(of: index, in: s)..<index]
        return makingVerbs.occurs(in: clause)
    }

    static let makingVerbs = WordList(["培育", "打造", "争创", "创建", "建设", "造就", "涌现", "形成", "壮大", "做强"])

    static func match(_ s: ArraySlice<Unicode.Scalar>, at index: Int) -> Candidate? {
        let first = s[index]
        if first == "榜", QuantityScanner.has("榜首", in: s, at: index) {
            // 居全国榜首: first place.
            return Candidate(range: index..<(index + 2), value: 1, kind: .rank, rule: .init(.rankTopOfList))
        }
        if first == "中" {
            // 进入全国中游, 居全省中上游: the middle of a field (not 产业链中游).
            // (Ending its clause or before 水平: 长江中上游港口 is a river's reach.)
            guard let tier = middleTiers.prefix(of: s[index...]) else { return nil }
            let end = index + middleTiers.scalars[tier].count
            guard end >= s.endIndex || Clauses.isBoundary(s[end]) || QuantityScanner.has("水平", in: s, at: end) else { return nil }
            let before = s[max(s.startIndex, index - 4)..<index]
            let near = rankingScalars.contains { index - $0.count >= s.startIndex && Text.matches($0, in: s, at: index - $0.count) }
            guard near || Text.hasSuffix(before, "国") || Text.hasSuffix(before, "省") || hasRankVerb(s, before: index) else { return nil }
            return Candidate(range: index..<end, kind: .rank, rule: .init(.rankMiddle))
        }
        guard first == "正" || first == "第" || first == "前" || first == "首" || NumberReader.digit(first) != nil
                || NumberReader.isChineseNumeral(first) else { return nil }
        // The cheap tests first: most numerals here are ordinary words.
        let possible = (first == "正" && QuantityScanner.has("正增长", in: s, at: index))
            || (first == "第")
            || (first == "前" && index + 1 < s.endIndex && (s[index + 1] == "列" || NumberReader.digit(s[index + 1]) != nil
                                                            || NumberReader.isChineseNumeral(s[index + 1])))
            || (first == "首" && QuantityScanner.has("首位", in: s, at: index))
            || (index + 1 < s.endIndex && s[index + 1] == "位")
            || (NumberReader.digit(first) != nil && s[index..<min(s.endIndex, index + 5)].contains("位"))
        guard possible else { return nil }
        let before = s[max(s.startIndex, index - 4)..<index]
        let near = rankingScalars.contains { index - $0.count >= s.startIndex && Text.matches($0, in: s, at: index - $0.count) }
        // A verb further back is looked for only once the form itself is a rank's.
        var ranked: Bool { near || hasRankVerb(s, before: index) }
        if QuantityScanner.has("正增长", in: s, at: index) {
            return Candidate(range: index..<(index + 3), kind: .growth, rule: .init(.positiveGrowth))
        }
        // (第一方阵, 第一梯队, 第一阵营, 第一档: the first tier.)
        if first == "第", let tier = firstTiers.prefix(of: s[index...]), near || Text.hasSuffix(before, "入") || hasRankVerb(s, before: index) {
            return Candidate(range: index..<(index + firstTiers.scalars[tier].count), value: 1, kind: .rank, rule: .init(.rankFirstTier))
        }
        if QuantityScanner.has("前列", in: s, at: index), near || Text.hasSuffix(before, "国") || hasRankVerb(s, before: index) {
            return Candidate(range: index..<(index + 2), kind: .rank, rule: .init(.rankFront))
        }
        // 居全球前十, 跻身全国前十强, 稳居全省前3: among the first N.
        if first == "前", let number = NumberReader.read(s, at: index + 1), number.value > 1,
           number.isChinese || number.end - index <= 3 {
            let after = number.end < s.endIndex ? s[number.end] : "。"
            let marked = after == "位" || after == "名" || after == "强"
            if marked || Clauses.isBoundary(after) || after == "的", ranked {
                return Candidate(range: index..<(marked ? number.end + 1 : number.end), value: number.value,
                                 qualifier: .atMost, kind: .rank, rule: .init(.rankTopN))
            }
        }
        if QuantityScanner.has("首位", in: s, at: index), ranked {
            return Candidate(range: index..<(index + 2), value: 1, kind: .rank, rule: .init(.rankTop))
        }
        if s[index] == "第", let number = NumberReader.read(s, at: index + 1), number.isChinese || number.end - index <= 4 {
            // 全省第一、二、三产业: the tiers of the economy, no rank.
            if Subjects.industryTierNames.contains(where: { $0[0] == "第" && Text.matches($0, in: s, at: index) }) { return nil }
            // 全国第一 — but not 第一议题, 第六届.
            let after = number.end < s.endIndex ? s[number.end] : "。"
            let marked = after == "位" || after == "名"
            // (全国第一位女航天员: without a verb, a rank marked 位 or 名 ends there.)
            // (从全国第十位跃升至第六位: a change of rank may follow.)
            let endsThere = !marked || number.end + 1 >= s.endIndex || Clauses.isBoundary(s[number.end + 1]) || s[number.end + 1] == "的"
                || changesAfterRank.contains { Text.matches($0, in: s, at: number.end + 1) }
            // 培育更多全球第一、全国第一的企业: with no verb of ranking, a rank that describes a noun
            // is what the noun should become, not a position held.
            if !marked, Self.describesNoun(s, from: number.end), Self.isMade(s, before: index), !hasRankVerb(s, before: index) { return nil }
            // 在绩效评估中从第9名提升至第2名: where a change of rank starts.
            let startsChange = marked && endsThere && index > s.startIndex && s[index - 1] == "从"
            // (分别居全省第3、第5和第2位: a rank joined by 和 to the next one of the list.)
            let joinsNext = (after == "和" || after == "及") && number.end + 1 < s.endIndex && s[number.end + 1] == "第"
            if Clauses.isBoundary(after) || marked || after == "的" || joinsNext,
               near && endsThere || startsChange || hasRankVerb(s, before: index) || marked && endsThere && hasRankingField(s, before: index)
                || after != "的" && followsRank(s, at: index) {
                let end = marked ? number.end + 1 : number.end
                return Candidate(range: index..<end, value: number.value, kind: .rank, rule: .init(.rankOrdinal))
            }
        }
        // 上升5位: a change of rank. (The number and its 位 first: six `hasSuffix` tests, each
        // checking every scalar before the number, cost ~3,700 instructions at every figure
        // that came this far.)
        if let number = NumberReader.read(s, at: index), !number.isChinese || number.value > 1,
           number.end < s.endIndex, s[number.end] == "位",
           risesInRank.contains(where: { Text.hasSuffix(before, $0) }) {
            return Candidate(range: index..<(number.end + 1), value: number.value,
                             unit: UnitLexicon.rankPlace,
                             kind: .rank, rule: .init(.rankPlaces))
        }
        return nil
    }
}

/// Clause boundaries inside a sentence.
enum Clauses {
    static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "；", "：", "、", "！", "？", ",", ";", ":", "（", "）", "(", ")": return true
        default: return false
        }
    }

    /// Clauses are looked at no further back than this: the longest in real reports is under 100
    /// scalars, and a text with no punctuation at all (thousands of figures in one "clause")
    /// would otherwise cost time quadratic in its length.
    static let longest = 300

    /// Index where the clause containing `index` starts (after the previous ，；。：), at most
    /// `longest` scalars back. A comma inside brackets closed before `index` ends no clause:
    /// 县（市，区）国企 is one name. (A closing bracket with no opening one near before it, as
    /// after an item's number, 1）, is passed over like any other scalar.)
    static func start(of index: Int, in s: ArraySlice<Unicode.Scalar>) -> Int {
        var cursor = index
        let floor = max(s.startIndex, index - longest)
        while cursor > floor {
            let previous = s[cursor - 1]
            let value = previous.value
            // Most scalars are Han characters, none of them a mark.
            if value >= 0x4E00 && value <= 0x9FFF {
                cursor -= 1
                continue
            }
            if previous == "）" || previous == ")", let opening = openingBracket(before: cursor - 1, in: s, floor: floor) {
                cursor = opening
                continue
            }
            // (A colon between digits writes a ratio, 2.5:1, and ends no clause.)
            if previous == "：" || previous == ":", cursor - 2 >= s.startIndex, cursor < s.endIndex,
               NumberReader.digit(s[cursor - 2]) != nil, NumberReader.digit(s[cursor]) != nil {
                cursor -= 1
                continue
            }
            if previous == "，" || previous == "。" || previous == "；" || previous == "：" || previous == "！" || previous == "？"
                || previous == ":" || previous == ";" || previous == "," { break }
            cursor -= 1
        }
        return cursor
    }

    /// The index of the bracket that opens the one closing at `closing`, within a dozen scalars
    /// and with no sentence or clause end (。；) between; nil when there is none.
    static func openingBracket(before closing: Int, in s: ArraySlice<Unicode.Scalar>, floor: Int) -> Int? {
        var position = closing
        while position > max(floor, closing - 12) {
            position -= 1
            switch s[position] {
            case "（", "(": return position
            case "。", "；", ";", "）", ")": return nil
            default: continue
            }
        }
        return nil
    }
}
