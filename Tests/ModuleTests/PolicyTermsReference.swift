import WorkbenchSDK
@testable import SectorsModule

/// Policy terms by their plain definition, on `Character`s and `String` keys (what
/// `PolicyTerms` computed before it read scalars): the reference its tests compare it with.
struct ReferencePolicyTerms {
    struct Stat {
        var paragraphs: [Int] = []
        var left: [Character] = []
        var right: [Character] = []
        var quoted = false

        mutating func note(paragraph: Int, left: Character?, right: Character?) {
            if paragraphs.last != paragraph { paragraphs.append(paragraph) }
            if let left, self.left.count < 3, !self.left.contains(left) { self.left.append(left) }
            if let right, self.right.count < 3, !self.right.contains(right) { self.right.append(right) }
        }
    }

    var stats: [String: Stat] = [:]
    let paragraphCount: Int

    init(paragraphs: [Paragraph]) {
        for paragraph in paragraphs {
            let characters = Array(paragraph.textPart)
            var open: Int?
            for (index, character) in characters.enumerated() {
                if character == "“" { open = index }
                if character == "”", let start = open {
                    let inside = String(characters[(start + 1)..<index])
                    if (2...8).contains(inside.count), inside.allSatisfy({ !$0.isPunctuation && !$0.isWhitespace }) {
                        stats[inside, default: Stat()].quoted = true
                        stats[inside, default: Stat()].note(paragraph: paragraph.index, left: nil, right: nil)
                    }
                    open = nil
                }
            }
            var index = 0
            while index < characters.count {
                guard Self.isHan(characters[index]) else { index += 1; continue }
                var end = index
                while end < characters.count, Self.isHan(characters[end]) { end += 1 }
                for start in index..<end {
                    for length in 2...4 where start + length <= end {
                        let gram = String(characters[start..<(start + length)])
                        let left = start > 0 ? characters[start - 1] : " "
                        let right = start + length < characters.count ? characters[start + length] : " "
                        stats[gram, default: Stat()].note(paragraph: paragraph.index, left: left, right: right)
                    }
                }
                index = end
            }
        }
        paragraphCount = max(paragraphs.count, 1)
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.properties.isIdeographic } ?? false
    }

    func top(in group: Set<Int>, limit: Int) -> [String] {
        guard !group.isEmpty else { return [] }
        var scored: [(term: String, score: Double)] = []
        for (term, stat) in stats {
            let isQuoted = stat.quoted
            guard isQuoted || stat.paragraphs.count >= 2 else { continue }
            if !isQuoted {
                guard stat.left.count >= 3, stat.right.count >= 3 else { continue }
            }
            let inGroup = stat.paragraphs.reduce(0) { $0 + (group.contains($1) ? 1 : 0) }
            guard inGroup >= 1, isQuoted || inGroup >= 2 else { continue }
            guard !PolicyTerms.common.contains(term), let first = term.first, let last = term.last,
                  !PolicyTerms.weakEdges.contains(first), !PolicyTerms.weakEdges.contains(last) else { continue }
            let idf = PolicyTerms.log(Double(paragraphCount) / Double(stat.paragraphs.count)) + 1
            let score = Double(inGroup) * idf * (isQuoted ? 1.5 : 1) * (1 + 0.2 * Double(term.count))
            scored.append((term, score))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        var chosen: [String] = []
        for (term, _) in scored where chosen.count < limit {
            if chosen.contains(where: { Self.holds($0, term) || Self.holds(term, $0) }) { continue }
            chosen.append(term)
        }
        return chosen
    }

    /// Containment by whole characters, as the module (which imported no Foundation) had it:
    /// the standard library's `contains`, which this test target's Foundation import would shadow.
    static func holds(_ text: String, _ part: String) -> Bool {
        let text = Array(text), part = Array(part)
        guard !part.isEmpty else { return true }
        guard part.count <= text.count else { return false }
        for start in 0...(text.count - part.count) where Array(text[start..<(start + part.count)]) == part { return true }
        return false
    }
}
