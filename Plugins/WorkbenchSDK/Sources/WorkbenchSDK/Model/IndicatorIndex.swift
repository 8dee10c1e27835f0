/// The figures of a list that measure the same indicator as a given one
/// (`Metric.measuresSameIndicator(as:)`), found without comparing it with each of them: setting
/// every target of a long report beside its achievement that way took minutes.
///
/// Two figures match when their kinds and normalized units are equal and their subjects end in
/// the same `min(3, a.count, b.count)` characters (at least one). So each figure is filed under
/// its kind, unit and its subject's last one, two and three characters, and a question looks in
/// the few places where a match can be.
public struct IndicatorIndex: Sendable {
    struct Key: Hashable, Sendable {
        var kind: Metric.Kind
        var unit: String?
        /// The subject's last characters (one to three).
        var suffix: String
        /// Whether the subject is longer than `suffix`.
        var longer: Bool
    }

    private var places: [Key: [Int]] = [:]

    /// Files every figure of `metrics` by its position in the array.
    public init(_ metrics: [Metric]) {
        for (position, metric) in metrics.enumerated() {
            let characters = Array(metric.subject)
            guard !characters.isEmpty else { continue }
            for length in 1...min(characters.count, 3) {
                let key = Key(kind: metric.kind, unit: metric.normalizedUnit, suffix: String(characters.suffix(length)),
                              longer: characters.count > length)
                places[key, default: []].append(position)
            }
        }
    }

    /// The positions, ascending, of the figures that measure the same indicator as `metric`:
    /// exactly those for which `measuresSameIndicator(as: metric)` is true.
    public func matches(for metric: Metric) -> [Int] {
        let characters = Array(metric.subject)
        guard !characters.isEmpty else { return [] }
        let longest = min(characters.count, 3)
        // A figure with a subject of `length` < 3 characters matches when the last `length`
        // characters agree; longer ones when the last `longest` do. The lists are disjoint
        // (by their subjects' lengths).
        var lists: [[Int]] = []
        for length in 1...longest {
            let key = Key(kind: metric.kind, unit: metric.normalizedUnit, suffix: String(characters.suffix(length)), longer: false)
            if let list = places[key] { lists.append(list) }
        }
        let key = Key(kind: metric.kind, unit: metric.normalizedUnit, suffix: String(characters.suffix(longest)), longer: true)
        if let list = places[key] { lists.append(list) }
        if lists.count == 1 { return lists[0] }
        return lists.flatMap { $0 }.sorted()
    }
}
