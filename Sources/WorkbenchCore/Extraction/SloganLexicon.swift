import Foundation

/// Phrases with numerals that are names or slogans, not figures: the bundled lexicon
/// (`Lexicons/not-quantities.txt`) plus the user's own file, if there is one.
struct SloganLexicon: Sendable {
    /// The phrases by first scalar, in lexicon order.
    private let phrases: FirstScalarIndex
    /// The phrases' first scalars in the Basic Multilingual Plane, one bit each: a scan tests
    /// this bit before looking anything up (few scalars of a report start a phrase).
    let starters: [UInt64]

    init(phrases: [String]) {
        let words = phrases.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        self.phrases = FirstScalarIndex(words.map { ($0, 0) })
        var starters = Text.filled(UInt64(0), count: 0x10000 / 64)
        for phrase in words where phrase[0].value < 0x10000 {
            starters[Int(phrase[0].value >> 6)] |= 1 << UInt64(phrase[0].value & 63)
        }
        self.starters = starters
    }

    /// The bundled lexicon and, when present, `$XDG_CONFIG_HOME/workbench/not-quantities.txt`.
    static let standard: SloganLexicon = {
        var phrases = parse(String(decoding: PackageResources.not_quantities_txt, as: UTF8.self))
        if let user = UserLexicons.text(of: "not-quantities.txt") { phrases += parse(user) }
        return SloganLexicon(phrases: phrases)
    }()

    /// Phrases of a lexicon file: one a line, `#` comments and blank lines skipped.
    static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Ranges where a phrase occurs in `scalars`.
    func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        ranges(in: scalars, at: (0..<Int32(truncatingIfNeeded: scalars.count)).lazy)
    }

    /// `ranges(in:)` trying only `positions` (in order), which hold every position whose
    /// scalar may start a phrase (`ScanMarks`).
    func ranges<Positions: Sequence<Int32>>(in scalars: [Unicode.Scalar], at positions: Positions) -> [Range<Int>] {
        var found: [Range<Int>] = []
        ranges(in: scalars, at: positions, into: &found)
        return found
    }

    /// `ranges(in:at:)`, into `found` (emptied first): in order, none overlapping another.
    func ranges<Positions: Sequence<Int32>>(in scalars: [Unicode.Scalar], at positions: Positions,
                                            into found: inout [Range<Int>]) {
        found.removeAll(keepingCapacity: true)
        let slice = scalars[...]
        // Where scanning goes on: a phrase found is not read again.
        var index = 0
        starters.withUnsafeBufferPointer { starters in
            scalars.withUnsafeBufferPointer { buffer in
                for mark in positions {
                    let position = Int(mark)
                    guard position >= index else { continue }
                    let value = buffer[position].value
                    if value < 0x10000, starters[Int(value >> 6)] & 1 << UInt64(value & 63) == 0 { continue }
                    guard let phrase = phrases.firstMatch(in: slice, at: position) else { continue }
                    found.append(position..<(position + phrase.count))
                    index = position + phrase.count
                }
            }
        }
    }
}
