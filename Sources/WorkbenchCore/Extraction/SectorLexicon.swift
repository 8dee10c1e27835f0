/// Sectors and their keywords (`Lexicons/sectors.txt`): decides which sector a figure belongs to.
struct SectorLexicon: Sendable {
    struct Sector: Sendable, Equatable {
        var id: String
        var keywords: [String]
        /// The keywords as scalars, for matching without Foundation.
        var scalars: [[Unicode.Scalar]] = []
    }

    let sectors: [Sector]
    /// Every keyword by its first scalar: (keyword, sector index).
    private let index: ScalarTable<[(keyword: [Unicode.Scalar], sector: Int)]>

    static let standard = SectorLexicon(text: String(decoding: PackageResources.sectors_txt, as: UTF8.self))

    /// Reads `id: keyword keyword …` lines; `#` comments and blank lines are skipped.
    init(text: String) {
        let sectors: [Sector] = text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.drop(while: { $0 == " " })
            guard !trimmed.hasPrefix("#"), let colon = trimmed.firstIndex(of: ":") else { return nil }
            let id = trimmed[..<colon].trimmingBlanks()
            let keywords = trimmed[trimmed.index(after: colon)...].split(separator: " ").map(String.init).filter { !$0.isEmpty }
            return id.isEmpty || keywords.isEmpty ? nil
                : Sector(id: id, keywords: keywords, scalars: keywords.map { Array($0.unicodeScalars) })
        }
        var index = ScalarTable<[(keyword: [Unicode.Scalar], sector: Int)]>()
        for (position, sector) in sectors.enumerated() {
            for keyword in sector.scalars where !keyword.isEmpty {
                index[keyword[0]] = (index[keyword[0]] ?? []) + [(keyword, position)]
            }
        }
        self.sectors = sectors
        self.index = index
    }

    /// The best sector for a figure, from texts in order of weight (subject first).
    func classify(_ texts: [(text: String, weight: Int)]) -> String? {
        best(combined(texts))
    }

    /// How well each sector's keywords match `text` (one count per keyword, weighted by length).
    /// With `headBonus`, a keyword that ends the text counts double: in Chinese the head noun
    /// comes last (智能化煤矿 is a coal mine, not a digital thing).
    func scores(_ text: String, headBonus: Bool = false) -> [Int] {
        var scores = Array(repeating: 0, count: sectors.count)
        let scalars = Text.scalars(text)
        let slice = scalars[...]
        var seen: [[Unicode.Scalar]] = []
        for position in scalars.indices {
            guard let options = index[scalars[position]] else { continue }
            for option in options where Text.matches(option.keyword, in: slice, at: position) && !seen.contains(option.keyword) {
                seen.append(option.keyword)
                let isHead = headBonus && position + option.keyword.count == scalars.count
                scores[option.sector] += option.keyword.count * (isHead ? 2 : 1)
            }
        }
        return scores
    }

    /// Scores of several weighted texts added up.
    func combined(_ texts: [(text: String, weight: Int)]) -> [Int] {
        var total = Array(repeating: 0, count: sectors.count)
        for (text, weight) in texts { add(scores(text), times: weight, to: &total) }
        return total
    }

    func add(_ scores: [Int], times weight: Int, to total: inout [Int]) {
        for position in scores.indices { total[position] += scores[position] * weight }
    }

    /// The sector with the highest score; earlier sectors win ties; `nil` when nothing matched.
    func best(_ scores: [Int]) -> String? {
        var best: (id: String, score: Int)?
        for (position, score) in scores.enumerated() where score > 0 && score > (best?.score ?? 0) {
            best = (sectors[position].id, score)
        }
        return best?.id
    }
}

extension Substring {
    func trimmingBlanks() -> String {
        String(self.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
