import Foundation

/// Phrases with numerals that are names or slogans, not figures: the bundled lexicon
/// (`Lexicons/not-quantities.txt`) plus the user's own file, if there is one.
struct SloganLexicon: Sendable {
    /// Each phrase as scalars.
    let phrases: [[Unicode.Scalar]]

    init(phrases: [String]) {
        self.phrases = phrases.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    }

    /// The bundled lexicon and, when present, `$XDG_CONFIG_HOME/workbench/not-quantities.txt`.
    static let standard: SloganLexicon = {
        var phrases = parse(String(decoding: PackageResources.not_quantities_txt, as: UTF8.self))
        let environment = ProcessInfo.processInfo.environment
        let config = environment["XDG_CONFIG_HOME"].map { $0 + "/workbench" }
            ?? environment["HOME"].map { $0 + "/.config/workbench" }
        if let path = config.map({ $0 + "/not-quantities.txt" }),
           let data = FileManager.default.contents(atPath: path) {
            phrases += parse(String(decoding: data, as: UTF8.self))
        }
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
        guard !scalars.isEmpty else { return found }
        for phrase in phrases where phrase.count <= scalars.count {
            let first = phrase[0]
            var index = 0
            while index + phrase.count <= scalars.count {
                if scalars[index] == first, Array(scalars[index..<(index + phrase.count)]) == phrase {
                    found.append(index..<(index + phrase.count))
                    index += phrase.count
                } else {
                    index += 1
                }
            }
        }
        return found
    }
}
