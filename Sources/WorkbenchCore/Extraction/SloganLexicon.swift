import Foundation

/// Phrases with numerals that are names or slogans, not figures: the bundled lexicon
/// (`Lexicons/not-quantities.txt`) plus the user's own file, if there is one.
struct SloganLexicon: Sendable {
    /// The phrases by first scalar, in lexicon order.
    private let phrases: FirstScalarIndex
    /// The phrases' first scalars in the Basic Multilingual Plane, one bit each: a scan tests
    /// this bit before looking anything up (few scalars of a report start a phrase).
    let starters: [UInt64]
    /// The phrases' first two scalars, one bit per `pairBit` (a set bit may be a collision; a
    /// clear one is certain), and the first scalars of phrases of one scalar: a marked position
    /// is looked up only when a phrase may start there. Most marks are numerals that open some
    /// phrase (一, 两, 三) but none with the scalar after them: trying each of their group's
    /// phrases cost about 120 instructions a mark, 0.16 M a load of the bundled report.
    private let openings: [UInt64]
    private let singles: [UInt64]

    init(phrases: [String]) {
        let words = phrases.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        self.phrases = FirstScalarIndex(words.map { ($0, 0) })
        var starters = Text.filled(UInt64(0), count: 0x10000 / 64)
        for phrase in words where phrase[0].value < 0x10000 {
            starters[Int(phrase[0].value >> 6)] |= 1 << UInt64(phrase[0].value & 63)
        }
        self.starters = starters
        var openings = Text.filled(UInt64(0), count: 0x10000 / 64)
        var singles = Text.filled(UInt64(0), count: 0x10000 / 64)
        for phrase in words where phrase[0].value < 0x10000 {
            let bit = phrase.count == 1 ? Int(phrase[0].value) : Self.pairBit(phrase[0], phrase[1])
            if phrase.count == 1 { singles[bit >> 6] |= 1 << UInt64(bit & 63) } else { openings[bit >> 6] |= 1 << UInt64(bit & 63) }
        }
        self.openings = openings
        self.singles = singles
    }

    /// A bit for a pair of scalars, in 2^16.
    @inline(__always)
    private static func pairBit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: (first.value &* 0x9E37_79B1 ^ second.value) & 0xFFFF)
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
            openings.withUnsafeBufferPointer { openings in
                singles.withUnsafeBufferPointer { singles in
                    scalars.withUnsafeBufferPointer { buffer in
                        func has(_ bits: UnsafeBufferPointer<UInt64>, _ bit: Int) -> Bool { bits[bit >> 6] & 1 << UInt64(bit & 63) != 0 }
                        for mark in positions {
                            let position = Int(mark)
                            guard position >= index else { continue }
                            let value = buffer[position].value
                            if value < 0x10000 {
                                guard has(starters, Int(value)) else { continue }
                                // No phrase of one scalar, and none of two or more opening with this pair.
                                if !has(singles, Int(value)) {
                                    guard position + 1 < buffer.count,
                                          has(openings, Self.pairBit(buffer[position], buffer[position + 1])) else { continue }
                                }
                            }
                            guard let phrase = phrases.firstMatch(in: slice, at: position) else { continue }
                            found.append(position..<(position + phrase.count))
                            index = position + phrase.count
                        }
                    }
                }
            }
        }
    }
}
