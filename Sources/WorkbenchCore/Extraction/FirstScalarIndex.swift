/// Words kept as scalars in one buffer and grouped by their first scalar, each group in the order
/// the words were given: which word a text holds at a position is found by trying the words of
/// that scalar's group, reading flat memory. (A group kept as an array of arrays retained and
/// released each word it tried, at every number of a report.)
struct FirstScalarIndex: Sendable {
    /// A word's place in `scalars` and the caller's number for it.
    private struct Word: Sendable {
        var start: Int
        var count: Int
        var id: Int
    }

    private var scalars: [Unicode.Scalar] = []
    private var words: [Word] = []
    private var groups = ScalarTable<Range<Int>>()

    /// `words` with the caller's number for each; empty words are left out.
    init(_ entries: [(word: [Unicode.Scalar], id: Int)]) {
        var byFirst: [Unicode.Scalar: [(word: [Unicode.Scalar], id: Int)]] = [:]
        var firsts: [Unicode.Scalar] = []
        for entry in entries {
            guard let first = entry.word.first else { continue }
            if byFirst[first] == nil { firsts.append(first) }
            byFirst[first, default: []].append(entry)
        }
        for first in firsts {
            let groupStart = words.count
            for (word, id) in byFirst[first] ?? [] {
                words.append(Word(start: scalars.count, count: word.count, id: id))
                scalars += word
            }
            groups[first] = groupStart..<words.count
        }
    }

    /// The first word (in the order given) that `text` holds at `position`: its number and its
    /// length in scalars.
    func firstMatch(in text: ArraySlice<Unicode.Scalar>, at position: Int) -> (id: Int, count: Int)? {
        guard position >= text.startIndex, position < text.endIndex, let group = groups[text[position]] else { return nil }
        return scalars.withUnsafeBufferPointer { scalars in
            words.withUnsafeBufferPointer { words in
                for word in words[group] where Text.matches(scalars[word.start..<(word.start + word.count)], in: text, at: position) {
                    return (word.id, word.count)
                }
                return nil
            }
        }
    }
}
