extension Subjects {
    /// Words that, inside a subject, end its owner and open what the owner did over the period
    /// (`中老铁路累计发送旅客`, `机场全年完成旅客吞吐量`).
    static let periodAdverbs = ["累计", "全年"].map { Array($0.unicodeScalars) }

    /// The owner of `previous` (the subject of the figure before) that a clause `base` after it
    /// is of too: `previous` is an owner of two or more scalars, 累计 or 全年, then what the owner
    /// did. After 、 the clause is another item of the owner's list (`中老铁路累计发送旅客…、运输货物…`
    /// gives 中老铁路 for 运输货物); after a comma, only a clause of the same shape (as many scalars
    /// as the words after the adverb) is. A clause that names a place or opens with 其中 has an
    /// owner of its own.
    static func parallelOwner(of base: Range<Int>, after previous: Range<Int>, listed: Bool,
                              in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard s[base].allSatisfy({ $0.isIdeograph }), !opensWithVerb(s[base]) || s[base].starts(with: cumulative),
              !s[base].prefix(3).contains(where: { placeEnds.contains($0) }) else { return nil }
        for adverb in periodAdverbs {
            guard let found = Text.firstIndex(of: adverb, in: s[previous]), found - previous.lowerBound >= 2 else { continue }
            let done = found + adverb.count
            var own = base
            if s[own].starts(with: adverb) { own = (own.lowerBound + adverb.count)..<own.upperBound }
            let owner = previous.lowerBound..<found
            guard own.count >= 2, listed || previous.upperBound - done == own.count,
                  !s[owner].contains(where: { !$0.isIdeograph }) else { return nil }
            // An owner is a thing, not a measure (港口货物吞吐量全年完成…、集装箱吞吐量); and a clause
            // that names a thing of its kind has its own (全省高速公路累计通车…、农村公路新改建).
            guard measureHeads.suffix(of: s[owner]) == nil, Text.firstIndex(of: s[(owner.upperBound - 2)..<owner.upperBound], in: s[base]) == nil else { return nil }
            return owner
        }
        return nil
    }

    /// Last scalars of the names of places (a clause that opens with one names its own owner).
    static let placeEnds: Set<Unicode.Scalar> = ["省", "市", "县", "区", "州", "镇", "乡"]
}

extension Subjects {
    /// Verbs of building that stand alone after a list mark (`、建成通车300公里`).
    static let buildingVerbs = WordList(["建成通车", "建成投用", "建成投运", "建成", "通车", "开工", "新开工", "完工", "竣工", "投用",
                                         "改造", "新改建", "改扩建", "续建", "在建", "新建"])

    /// The thing `previous` (a verb of building and what it builds: 新开工高速公路) acts on, when
    /// `base` is only such a verb: the verb after acts on it too.
    static func sharedObject(of base: Range<Int>, after previous: Range<Int>, in s: ArraySlice<Unicode.Scalar>) -> Range<Int>? {
        guard let verb = buildingVerbs.prefix(of: s[base]), buildingVerbs.scalars[verb].count == base.count,
              let opening = buildingVerbs.prefix(of: s[previous]) else { return nil }
        let object = (previous.lowerBound + buildingVerbs.scalars[opening].count)..<previous.upperBound
        guard object.count >= 2, s[object].allSatisfy({ $0.isIdeograph }), buildingVerbs.prefix(of: s[object]) == nil else { return nil }
        return object
    }
}
