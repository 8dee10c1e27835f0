import Foundation

/// Phrases with numerals that are names or slogans, not figures: the bundled lexicon
/// (`Lexicons/not-quantities.txt`) plus the user's own file, if there is one.
struct SloganLexicon: Sendable {
    /// Each phrase as scalars.
    let phrases: [[Unicode.Scalar]]
    /// Phrases by their first scalar.
    private let byFirstScalar: ScalarTable<[[Unicode.Scalar]]>
    /// The phrases' first scalars in the Basic Multilingual Plane, one bit each: a scan tests
    /// this bit before looking anything up (few scalars of a report start a phrase).
    private let starters: [UInt64]

    init(phrases: [String]) {
        self.phrases = phrases.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        self.byFirstScalar = ScalarTable(Dictionary(grouping: self.phrases, by: { $0[0] }).map { ($0.key, $0.value) })
        var starters = Text.filled(UInt64(0), count: 0x10000 / 64)
        for phrase in self.phrases where phrase[0].value < 0x10000 {
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
        var found: [Range<Int>] = []
        let slice = scalars[...]
        var index = 0
        starters.withUnsafeBufferPointer { starters in
            scalars.withUnsafeBufferPointer { buffer in
                while index < buffer.count {
                    let value = buffer[index].value
                    if value < 0x10000, starters[Int(value >> 6)] & 1 << UInt64(value & 63) == 0 {
                        index += 1
                        continue
                    }
                    if let options = byFirstScalar[buffer[index]],
                       let phrase = options.first(where: { Text.matches($0, in: slice, at: index) }) {
                        found.append(index..<(index + phrase.count))
                        index += phrase.count
                    } else {
                        index += 1
                    }
                }
            }
        }
        return found
    }
}
