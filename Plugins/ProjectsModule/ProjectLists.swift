import WorkbenchSDK

/// Lists of names before one head (汾石、浮临高速), counts inside a name (3个国家级经开区), and the
/// areas named after a free-trade zone.
extension ProjectFinder {
    /// The items of a 、 list right before `start`: short runs of name characters.
    func listItems(_ characters: Letters, before start: Int, floor: Int) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var end = start
        while end > floor + 1, characters[end - 1] == "、" {
            var itemStart = end - 1
            // (Up to six characters: 洛宁大鱼沟、嵩县龙潭沟抽水蓄能电站.)
            var limit = Self.itemLength
            while itemStart > floor, !characters[itemStart - 1].isPunctuation || characters[itemStart - 1] == "—", end - 1 - itemStart < limit {
                // 南雄至信丰、龙川至寻乌2条高速公路: an item may run from one place to another
                // (日照—临沂、济南—滨州高速公路: or with one dash).
                if characters[itemStart - 1] == "至" || characters[itemStart - 1] == "—", limit == Self.itemLength, itemStart - 1 > floor,
                   !characters[itemStart - 2].isPunctuation, itemStart < end - 1 {
                    limit = end - itemStart + Self.itemLength
                    itemStart -= 1
                    continue
                }
                // (、和静、: one character right after the mark begins the item.)
                if ProjectTypes.stopEnds(before: itemStart, in: characters),
                   !(itemStart == end - 2 && itemStart - 1 > floor && characters[itemStart - 2] == "、") { break }
                itemStart -= 1
            }
            guard itemStart < end - 1 else { break }
            // 成渝高速公路扩容、: what follows a name just found is its tail, not an item.
            if itemStart == floor, floor > 0, !characters[floor - 1].isPunctuation { break }
            // Cut off at the length limit with more name before it (特大洪水 of 百年一遇特大洪水、
            // 梅大高速; 子洋通道 of 狮子洋通道、深江高铁): a phrase of its own, not a list item.
            if end - 1 - itemStart >= limit, itemStart > floor, !characters[itemStart - 1].isPunctuation,
               !ProjectTypes.stopEnds(before: itemStart, in: characters) {
                break
            }
            items.insert(itemStart..<(end - 1), at: 0)
            end = itemStart
        }
        return items
    }

    static let itemLength = 6

    /// The clause before `start` (back to ，；：。).
    func clauseBefore(_ characters: Letters, _ start: Int) -> Range<Int> {
        var from = start
        while from > 0, !Self.clauseMarks.indices.contains(where: { mark in
            characters.isLetter(at: from - 1, Self.clauseMarks[mark], code: Self.clauseMarks.codes[mark])
        }) { from -= 1 }
        return from..<start
    }

    /// The marks that end a clause.
    static let clauseMarks = Letters("，；：。")

    /// Whether a count (digits or numerals and a measure word: 1800处, 十座) begins at `end`.
    static func countFollows(_ characters: Letters, at end: Int) -> Bool {
        var position = end
        while position < characters.count, position - end < 8, isDigit(characters[position]) || countNumerals.contains(characters[position])
            || characters[position] == "." || characters[position] == "万" && position > end {
            position += 1
        }
        return position > end && position < characters.count && countWords.contains(characters[position]) && characters[position] != "大"
    }

    /// Whether a word ending at `end` stands alone: a mark, a joining word or a verb follows it.
    static func standsAlone(_ characters: Letters, at end: Int) -> Bool {
        guard end < characters.count else { return true }
        return characters[end].isPunctuation || listMarks.contains(characters[end]) || characters[end] == "与"
            || ProjectTypes.stops.contains { characters.has($0, at: end) }
    }

    static let countNumerals: Set<Character> = ["两", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// Measure words of a count inside a name (`3个国家级经开区`, `2条高速公路`).
    static let countWords: Set<Character> = ["个", "条", "座", "处", "家", "项", "所", "批", "大"]

    /// A count in a name's modifier (`大同3个国家级` → `大同` and `国家级`; `三个一号` → `` and `一号`;
    /// `龙川至寻乌2条` → `龙川至寻乌` and ``).
    static func splitAtCount(_ modifier: [Character]) -> (ArraySlice<Character>, ArraySlice<Character>)? {
        for index in modifier.indices where countWords.contains(modifier[index]) && index > 0 {
            var first = index
            while first > 0, isDigit(modifier[first - 1]) || countNumerals.contains(modifier[first - 1]) { first -= 1 }
            if first < index { return (modifier[..<first], modifier[(index + 1)...]) }
        }
        return nil
    }

    /// The areas (片区) named right after a zone: `洛阳片区`, `济南、青岛、烟台片区`,
    /// `成都天府新区片区、成都青白江铁路港片区和川南临港片区`; each 2–10 characters, joined by 、
    /// or 和, the last closed by 片区. Their ranges, without 片区, and the end of the last.
    static func zoneAreas(_ characters: Letters, after end: Int) -> ([Range<Int>], Int)? {
        var areas: [Range<Int>] = []
        var itemStart = end
        var position = end
        while position < min(characters.count, end + 48) {
            if characters.has(areaWord, at: position) {
                areas.append(itemStart..<position)
                position += areaWord.count
                guard position < characters.count, characters[position] == "、" || characters[position] == "和" else {
                    return areas.allSatisfy({ (2...10).contains($0.count) }) ? (areas, position) : nil
                }
                position += 1
                itemStart = position
                continue
            }
            let character = characters[position]
            if character == "、" || character == "和" {
                areas.append(itemStart..<position)
                itemStart = position + 1
            } else if character.isPunctuation || !character.isLetter {
                // (A list that does not close with 片区 names no areas.)
                return nil
            }
            position += 1
        }
        return nil
    }

    static let areaWord = Letters("片区")
}
