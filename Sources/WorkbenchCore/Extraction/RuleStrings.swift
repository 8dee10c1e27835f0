/// The rule strings of a report's figures (`digits; kind:percent+growth-cue; role:period
/// 2025-plan`), each written once and shared by every figure decided by the same rules: a report
/// has a few dozen combinations for a few hundred figures, and writing one took ~1 000
/// instructions and an allocation.
struct RuleStrings {
    /// What a figure's rule string says: the scanning rule, then the kind, qualifier and role
    /// rules and the period's label.
    struct Key: Equatable {
        var rule: Candidate.Rule
        var kind: String
        var qualifier: String
        var role: String
        var period: String
    }

    /// Written strings, the most recently written last. Looked up from the last one found, then
    /// in order from the newest (the figures of a sentence mostly share one).
    private var written: [(key: Key, string: String)] = []
    /// The `fingerprint` of each written string's key, in the same order.
    private var fingerprints: [Int] = []
    /// Where the last string asked for was found or written.
    private var last = 0
    /// The most strings kept: a report with more combinations writes the oldest again.
    private static let limit = 64

    /// The UTF-8 lengths of the key's strings in one integer (16 bits each; longer strings only
    /// share a value with more keys). A kept key whose lengths differ is passed without comparing
    /// its strings: most misses were settled by two or three string comparisons (~55 instructions
    /// each, out of line), 0.14 M instructions a load of the bundled report.
    private static func fingerprint(of key: Key) -> Int {
        (key.kind.utf8.count & 0xFFFF) | (key.qualifier.utf8.count & 0xFFFF) << 16 | (key.role.utf8.count & 0xFFFF) << 32
            | (key.period.utf8.count & 0xFFFF) << 48
    }

    /// The string for `key`, written if it is not kept.
    mutating func string(for key: Key) -> String {
        let fingerprint = Self.fingerprint(of: key)
        if last < written.count, fingerprints[last] == fingerprint, written[last].key == key { return written[last].string }
        var index = written.count - 1
        while index >= 0 {
            if fingerprints[index] == fingerprint, written[index].key == key {
                last = index
                return written[index].string
            }
            index -= 1
        }
        let string = ScalarString.joined(key.rule.name, "; kind:", key.kind, key.qualifier, key.role, key.period)
        if written.count == Self.limit {
            written.removeFirst()
            fingerprints.removeFirst()
        }
        written.append((key, string))
        fingerprints.append(fingerprint)
        last = written.count - 1
        return string
    }
}
