/// Items of a list that are projects because the items beside them are: a name whose generic
/// head wants a place it does not have (金桥经济技术开发区 beside 张江科学城), and a name with no
/// head of its own between two of one kind (三林楔形绿地二期、合庆楔形绿地、北蔡楔形绿地一期).
extension ProjectFinder {
    /// Whether a generic head's modifier may name one work once the list it stands in says of
    /// what kind: three characters or more, or two that are no kind or grade (城市新区, 各类),
    /// opening with no kind or grade (省级经济技术开发区, 现有产业园区).
    static func namesAlone(_ modifier: [Character]) -> Bool {
        guard modifier.count >= 2, modifier.allSatisfy({ $0.isLetter }), !modifier.contains(where: notInZoneNames.contains) else { return false }
        let opening = String(modifier.prefix(2))
        return !zoneKinds.contains(opening) && !grades.contains(where: { String(modifier).hasPrefix($0) }) && !isGeneric(modifier)
    }

    /// Whether a name starting at `start` opens an item of its own: after a mark or a verb, not
    /// after a joining word or a part of a work it belongs to (湘河水利枢纽及配套灌区工程).
    static func opensItem(_ characters: Letters, at start: Int) -> Bool {
        guard start > 0 else { return true }
        if characters[start - 1].isPunctuation { return true }
        // (A verb before it, not the length a name may have: 重庆医科|大学附属第一医院金山医院.)
        return !"的和与及等".contains(characters[start - 1]) && !characters.has(matching, at: max(0, start - 2))
            && ProjectTypes.stopEnds(before: start, in: characters)
    }

    static let matching = Letters("配套")

    /// Adds to `results` (sorted by offset) the `pending` names that stand in a list right
    /// beside a project of their type (one list mark between them), then the items without a
    /// head between two projects of one type; keeps `results` sorted.
    func adoptSiblings(_ pending: [(project: FoundProject, range: Range<Int>)], into results: inout [FoundProject],
                       _ characters: Letters, offsets: [Int]) {
        guard !results.isEmpty else { return }
        func range(of project: FoundProject) -> Range<Int>? {
            guard let first = offsets.firstIndex(of: project.offset) else { return nil }
            let endOffset = project.offset + project.text.unicodeScalars.count
            let last = offsets.firstIndex(of: endOffset) ?? (endOffset > (offsets.last ?? 0) ? characters.count : nil)
            return last.map { first..<$0 }
        }
        func joined(_ left: Range<Int>, _ right: Range<Int>) -> Bool {
            left.upperBound + 1 == right.lowerBound && Self.listMarks.contains(characters[left.upperBound])
        }
        var known = results.compactMap { project in range(of: project).map { (type: project.type, range: $0) } }
        var waiting = pending.filter { candidate in !known.contains { $0.range.overlaps(candidate.range) } }
        var adopted = false
        while let index = waiting.firstIndex(where: { candidate in
            known.contains { $0.type == candidate.project.type && (joined($0.range, candidate.range) || joined(candidate.range, $0.range)) }
        }) {
            let candidate = waiting.remove(at: index)
            results.append(candidate.project)
            known.append((candidate.project.type, candidate.range))
            adopted = true
        }
        if adopted { results.sort { $0.offset < $1.offset } }
        adoptItemsBetween(&results, characters, offsets: offsets, range: range)
    }

    /// `三林楔形绿地二期、合庆楔形绿地、北蔡楔形绿地一期`: the items between two projects of one
    /// type in one list (only 、 between them, no verb opening an item) are projects of that type.
    private func adoptItemsBetween(_ results: inout [FoundProject], _ characters: Letters, offsets: [Int],
                                   range: (FoundProject) -> Range<Int>?) {
        var added: [FoundProject] = []
        for (left, right) in zip(results, results.dropFirst()) where left.type == right.type && left.line == right.line {
            guard let leftRange = range(left), let rightRange = range(right), rightRange.lowerBound > leftRange.upperBound + 2,
                  characters[leftRange.upperBound] == "、", characters[rightRange.lowerBound - 1] == "、" else { continue }
            var itemStart = leftRange.upperBound + 1
            var items: [Range<Int>] = []
            for position in itemStart..<rightRange.lowerBound where characters[position] == "、" {
                items.append(itemStart..<position)
                itemStart = position + 1
            }
            // (Each item names one of the kind: it ends as a neighbour's name does, 合庆楔形绿地
            // beside 三林楔形绿地二期, or opens with a place, 佛山三龙湾; not a kind of its own:
            // 社区公园, 公交专用道, 分布式光伏 between two.)
            let kinds = [left.name, right.name].map { Array(ProjectTypes.beforePhase($0) ?? ProjectTypes.withoutWorks($0)).suffix(2) }
            guard items.allSatisfy({ item in
                (3...16).contains(item.count) && characters[item].allSatisfy { $0.isLetter || $0 == "“" || $0 == "”" }
                    && !ProjectTypes.stops.contains { characters.has($0, at: item.lowerBound) } && !containsHead(characters[item])
                    && (kinds.contains { $0.count == 2 && characters[item].suffix(2).elementsEqual($0) }
                        || gazetteer.mentions(in: String(characters[item]), home: province).contains { $0.at == 0 })
            }) else { continue }
            for item in items {
                let name = String(characters[item])
                added.append(FoundProject(name: name, text: name, type: left.type, offset: offsets[item.lowerBound], line: left.line,
                                          status: left.status, statusText: nil, period: left.period, region: places(in: name).first))
            }
        }
        guard !added.isEmpty else { return }
        results += added
        results.sort { $0.offset < $1.offset }
    }
}
