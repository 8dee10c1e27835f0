import WorkbenchSDK

extension Subjects {
    /// The subjects of one paragraph's figures: the i-th is `pieces[ranges[i]]`, in order.
    struct Assignment {
        var pieces: [Piece] = []
        var ranges: [Range<Int>] = []

        /// The pieces of the i-th subject.
        subscript(index: Int) -> ArraySlice<Piece> {
            pieces[ranges[index]]
        }

        /// Adds a subject made of `parts` (empty parts are left out: they add no text).
        mutating func append(_ parts: [Piece]) {
            let start = pieces.count
            for part in parts where !Self.isEmpty(part) { pieces.append(part) }
            ranges.append(start..<pieces.count)
        }

        /// Adds a cleaned subject (`MeaningRules.cleanedRange`) of `s`, with `noun` after it.
        /// A 预计 inside it is left out (`开发区工业投资预计增长` → `开发区工业投资增长`): it says the
        /// figure is an estimate (`Metric.estimated`), not what it measures.
        mutating func append(_ cleaned: (range: Range<Int>, closesQuote: Bool), of s: ArraySlice<Unicode.Scalar>,
                             noun: Piece? = nil) {
            let start = pieces.count
            if let estimate = Self.estimate(in: s, cleaned.range) {
                pieces.append(.part(cleaned.range.lowerBound..<estimate))
                pieces.append(.part((estimate + 2)..<cleaned.range.upperBound))
            } else if !cleaned.range.isEmpty,
                      !(noun.map { !Self.isEmpty($0) } ?? false && Self.isBound(s[cleaned.range])) {
                // (`近200家企业参加`: a bound alone before a count whose noun follows is the
                // figure's qualifier, not what it counts.)
                pieces.append(.part(cleaned.range))
            }
            if cleaned.closesQuote { pieces.append(.closingQuote) }
            if let noun, !Self.isEmpty(noun) { pieces.append(noun) }
            ranges.append(start..<pieces.count)
        }

        /// Whether `words` are one qualifier of `MeaningRules.leadingQualifiers` (近, 超过) and nothing more.
        static func isBound(_ words: ArraySlice<Unicode.Scalar>) -> Bool {
            guard words.count <= 3, let found = MeaningRules.leadingWords.prefix(of: words) else { return false }
            return MeaningRules.leadingWords.scalars[found].count == words.count
        }

        /// Where 预计 begins inside `range` of `s`, after its first scalar and before its last two.
        static func estimate(in s: ArraySlice<Unicode.Scalar>, _ range: Range<Int>) -> Int? {
            guard range.count > 3 else { return nil }
            for position in (range.lowerBound + 1)..<(range.upperBound - 2) where s[position] == "预" && s[position + 1] == "计" {
                return position
            }
            return nil
        }

        static func isEmpty(_ piece: Piece) -> Bool {
            switch piece {
            case .part(let range): return range.isEmpty
            case .closingQuote: return false
            case .text(let text): return text.isEmpty
            }
        }

        /// The number of scalars of the i-th subject.
        func scalarCount(_ index: Int) -> Int {
            var count = 0
            for piece in self[index] {
                switch piece {
                case .part(let range): count += range.count
                case .closingQuote: count += 1
                case .text(let text): count += text.unicodeScalars.count
                }
            }
            return count
        }

        /// The scalars of the i-th subject, written into `buffer` (emptied first, its storage kept).
        func scalars(_ index: Int, of s: ArraySlice<Unicode.Scalar>, into buffer: inout [Unicode.Scalar]) {
            buffer.removeAll(keepingCapacity: true)
            // By position, without a slice of the pieces (a retain and a release).
            for position in ranges[index] {
                switch pieces[position] {
                case .part(let range): buffer.append(contentsOf: s[range])
                case .closingQuote: buffer.append("”")
                case .text(let text): buffer.append(contentsOf: text.unicodeScalars)
                }
            }
        }
    }
}
