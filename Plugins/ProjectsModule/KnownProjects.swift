/// Projects known across the country by a name that has no head word and no place: rail freight
/// services (中欧班列, with its city in brackets: 中欧班列（武汉）, 中欧（厦门）班列) and national
/// programmes (“三北”工程). Every province's report may name them; none of them is any one
/// report's.
enum KnownProjects {
    struct Known {
        /// The name's characters before the city in brackets, if any, and after it.
        var first: Letters
        var rest: Letters
        var type: String
    }

    static let known: [Known] = [
        Known(first: Letters("中欧"), rest: Letters("班列"), type: "railway"),
        Known(first: Letters("中亚"), rest: Letters("班列"), type: "railway"),
        Known(first: Letters("中老"), rest: Letters("班列"), type: "railway"),
        Known(first: Letters("“三北”"), rest: Letters("工程"), type: "ecology"),
        Known(first: Letters("三北"), rest: Letters("工程"), type: "ecology"),
        Known(first: Letters("三北"), rest: Letters("防护林"), type: "ecology"),
    ]

    /// The first characters of the known names.
    static let firstLetters: [Character] = known.map { $0.first.characters[0] }

    /// The known project at `index` of `text`: its range (a city in brackets included, before
    /// or after the rest of the name) and type.
    static func match(_ text: Letters, at index: Int) -> (range: Range<Int>, type: String)? {
        for name in known where text.has(name.first, at: index) {
            var end = index + name.first.count
            if let close = bracketEnd(text, at: end) { end = close }
            guard text.has(name.rest, at: end) else { continue }
            end += name.rest.count
            if let close = bracketEnd(text, at: end) { end = close }
            return (index..<end, name.type)
        }
        return nil
    }

    /// The end of a short city name in brackets opening at `index` (（武汉）), if one opens there.
    static func bracketEnd(_ text: Letters, at index: Int) -> Int? {
        guard index < text.count, text[index] == "（" || text[index] == "(" else { return nil }
        var position = index + 1
        while position < min(text.count, index + 8), text[position] != "）", text[position] != ")" {
            guard !text[position].isPunctuation else { return nil }
            position += 1
        }
        return position < text.count && position > index + 1 && (text[position] == "）" || text[position] == ")") ? position + 1 : nil
    }
}
