/// "Did you mean …?" from the edit distance between what was typed and what exists.
enum Suggestions {
    /// Names within a small edit distance of `word` (or starting with it), closest first.
    static func closest(to word: String, among names: [String], limit: Int = 3) -> [String] {
        let typed = Array(word.lowercased())
        let threshold = max(1, min(3, typed.count / 3 + 1))
        let scored = names.compactMap { name -> (String, Int)? in
            let candidate = Array(name.lowercased())
            if candidate.starts(with: typed), !typed.isEmpty { return (name, 0) }
            let distance = editDistance(typed, candidate)
            return distance <= threshold ? (name, distance) : nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// ` Did you mean 'x' or 'y'?` or an empty string.
    static func phrase(for word: String, among names: [String]) -> String? {
        let found = closest(to: word, among: names)
        guard !found.isEmpty else { return nil }
        return "Did you mean " + found.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }
}
