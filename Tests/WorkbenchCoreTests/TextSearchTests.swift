import Foundation
import Testing
@testable import WorkbenchCore

/// The scalar searches that stand in for Foundation's find what Foundation finds.
@Suite struct TextSearchTests {
    /// Pieces that make texts where a word occurs, occurs cut by a combining mark, or does not.
    static let pieces = ["主要", "预期", "目标", "是", "：", "e", "\u{301}", "增长", "5%", "左右", "，", " ", "🇨🇳", "\u{FE0F}"]

    @Test func anyOfWordsIsFoundAsFoundationFindsEach() {
        var generator = SeededGenerator(seed: 7)
        let words = ["主要预期目标是", "预期目标是", "目标：", "e\u{301}", "增长5%", "是"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator))
                .map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let chosen = Array(words.shuffled(using: &generator).prefix(Int.random(in: 1...3, using: &generator)))
            let expected = chosen.contains { text.contains($0) }
            #expect(Text.containsAny(chosen, in: text[...]) == expected, "\(chosen) in \(text.debugDescription)")
            // In a part of a longer text too (between control characters, which no character
            // joins across, so that the part is exactly `text`).
            let longer = "\n" + text + "\u{1}"
            let part = longer.dropFirst().dropLast()
            #expect(part == text[...])
            #expect(Text.containsAny(chosen, in: part) == expected, "\(chosen) in part \(text.debugDescription)")
        }
    }
}
