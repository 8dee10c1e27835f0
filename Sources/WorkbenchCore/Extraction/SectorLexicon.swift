/// Sectors and their keywords (`Lexicons/sectors.txt`): decides which sector a figure belongs to.
struct SectorLexicon: Sendable {
    struct Sector: Sendable, Equatable {
        var id: String
        var keywords: [String]
        /// The keywords as scalars, for matching without Foundation.
        var scalars: [[Unicode.Scalar]] = []
    }

    let sectors: [Sector]

    static let standard = SectorLexicon(text: String(decoding: PackageResources.sectors_txt, as: UTF8.self))

    /// Reads `id: keyword keyword …` lines; `#` comments and blank lines are skipped.
    init(text: String) {
        sectors = text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.drop(while: { $0 == " " })
            guard !trimmed.hasPrefix("#"), let colon = trimmed.firstIndex(of: ":") else { return nil }
            let id = trimmed[..<colon].trimmingBlanks()
            let keywords = trimmed[trimmed.index(after: colon)...].split(separator: " ").map(String.init).filter { !$0.isEmpty }
            return id.isEmpty || keywords.isEmpty ? nil
                : Sector(id: id, keywords: keywords, scalars: keywords.map { Array($0.unicodeScalars) })
        }
    }

    /// The best sector for a figure, from texts in order of weight (subject first).
    func classify(_ texts: [(text: String, weight: Int)]) -> String? {
        var best: (id: String, score: Int)?
        let haystacks = texts.filter { !$0.text.isEmpty }.map { (Array($0.text.unicodeScalars), $0.weight) }
        for sector in sectors {
            var score = 0
            for (text, weight) in haystacks {
                for keyword in sector.scalars where Text.contains(keyword, in: text) {
                    score += weight * keyword.count
                }
            }
            if score > 0, score > (best?.score ?? 0) { best = (sector.id, score) }
        }
        return best?.id
    }
}

extension Substring {
    func trimmingBlanks() -> String {
        String(self.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
