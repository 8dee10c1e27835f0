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

    /// Written strings, the most recently written last. Looked up in order from the newest (the
    /// figures of a sentence mostly share one); the scanning rule, compared first, settles most
    /// misses at once.
    private var written: [(key: Key, string: String)] = []
    /// The most strings kept: a report with more combinations writes the oldest again.
    private static let limit = 64

    /// The string for `key`, written if it is not kept.
    mutating func string(for key: Key) -> String {
        for index in written.indices.reversed() where written[index].key == key { return written[index].string }
        let string = ScalarString.joined(key.rule.name, "; kind:", key.kind, key.qualifier, key.role, key.period)
        if written.count == Self.limit { written.removeFirst() }
        written.append((key, string))
        return string
    }
}
