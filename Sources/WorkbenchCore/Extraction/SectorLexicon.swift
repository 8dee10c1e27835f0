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

    /// The bundled lexicon, extended by the user's `sectors.txt` (keywords added to its sectors,
    /// new sectors appended), or replaced by it when its first line is `replace`.
    static let standard: SectorLexicon = {
        let bundled = String(decoding: PackageResources.sectors_txt, as: UTF8.self)
        guard let user = UserLexicons.text(of: "sectors.txt") else { return SectorLexicon(text: bundled) }
        return SectorLexicon(text: merged(bundled: bundled, user: user))
    }()

    /// The lexicon text a user's file makes of the bundled one.
    static func merged(bundled: String, user: String) -> String {
        let firstLine = user.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
        if firstLine.map({ $0.trimmingBlanks() == "replace" }) == true { return user }
        return bundled + "\n" + user
    }

    /// Reads `id: keyword keyword …` lines; `#` comments and blank lines are skipped.
    init(text: String) {
        // Lines of one id are gathered: a user's file adds keywords to a bundled sector.
        var sectors: [Sector] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop(while: { $0 == " " })
            guard !trimmed.hasPrefix("#"), let colon = trimmed.firstIndex(of: ":") else { continue }
            let id = trimmed[..<colon].trimmingBlanks()
            let keywords = trimmed[trimmed.index(after: colon)...].split(separator: " ").map(String.init).filter { !$0.isEmpty }
            guard !id.isEmpty, !keywords.isEmpty else { continue }
            if let existing = sectors.firstIndex(where: { $0.id == id }) {
                sectors[existing].keywords += keywords
                sectors[existing].scalars += keywords.map { Array($0.unicodeScalars) }
            } else {
                sectors.append(Sector(id: id, keywords: keywords, scalars: keywords.map { Array($0.unicodeScalars) }))
            }
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
