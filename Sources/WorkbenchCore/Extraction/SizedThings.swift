extension Subjects {
    /// Words that say how big a thing is, written before its figure (`总投资40亿元的…`).
    static let sizeMeasures = WordList(["计划总投资", "总投资", "投资", "总规模", "基金规模", "规模", "建筑面积", "总面积", "面积",
                                        "全长", "总长", "总里程", "里程", "总库容", "库容", "总装机", "装机容量", "装机规模",
                                        "年产能", "产能", "设计产能"])

    /// Words after the thing that say what happened to it (开工, 建成 …), not part of its name.
    static let afterThing = WordList(["开工", "建成", "投产", "提前", "全线", "竣工", "开通", "落地", "正式", "顺利", "成功",
                                      "加快", "启动", "通车", "投运", "并网", "获批", "揭牌", "挂牌", "运营", "开业", "完成",
                                      "实现", "签约", "落户", "入驻", "列入", "纳入", "集中"])

    /// Things that are no things sized (`完成投资500亿元的目标`).
    static let unsizedEnds = WordList(["目标", "任务", "水平", "规模", "台阶", "标准", "大关"])

    /// `设立总规模100亿元的科创母基金`: the thing named after the figure's 的 and the size measure
    /// its subject `measure` ends with (the verb before the measure is left out: the subject is
    /// 科创母基金总规模). Nil unless 的 follows the figure and a name of 3 to 20 scalars follows it
    /// up to the clause's end, a figure or a word of what happened to it.
    static func sizedThing(after figureEnd: Int, measure: Range<Int>, in s: ArraySlice<Unicode.Scalar>)
        -> (thing: Range<Int>, measure: Range<Int>)? {
        guard figureEnd < s.endIndex, s[figureEnd] == "的", measure.count >= 2,
              let found = sizeMeasures.suffix(of: s[measure]) else { return nil }
        let measureStart = measure.upperBound - sizeMeasures.scalars[found].count
        let start = figureEnd + 1
        var end = start
        // (Up to a figure of them too: 总投资1.2万亿元的省重点项目1500个.)
        func ends(at position: Int) -> Bool {
            position == s.endIndex || Clauses.isBoundary(s[position]) || NumberReader.digit(s[position]) != nil
                || position > start + 1 && afterThing.prefix(of: s[position...]) != nil
        }
        while !ends(at: end), end - start <= 20 { end += 1 }
        let thing = start..<end
        guard thing.count >= 3, thing.count <= 20, ends(at: end),
              s[thing].allSatisfy({ $0.isIdeograph || $0 == "“" || $0 == "”" }),
              unsizedEnds.suffix(of: s[thing]) == nil else { return nil }
        return (thing, measureStart..<measure.upperBound)
    }
}
