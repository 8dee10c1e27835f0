/// Sectors and their keywords (`Lexicons/sectors.txt`): decides which sector a figure belongs to.
struct SectorLexicon: Sendable {
    struct Sector: Sendable, Equatable {
        var id: String
        var keywords: [String]
        /// The keywords as scalars, for matching without Foundation.
        var scalars: [[Unicode.Scalar]] = []
    }

    let sectors: [Sector]
    /// The position of `macro`, the headline economy-wide indicators (GDP, investment, retail
    /// sales …): a figure is theirs by its own words only, never by the words around it.
    let headline: Int?
    /// Every keyword's scalars, one after another: matching reads one flat buffer instead of an
    /// array per keyword (whose retains and releases cost more than the comparisons).
    let keywordScalars: [Unicode.Scalar]
    /// Every keyword of every sector, grouped (keywords of one scalar by it, longer ones by
    /// their first two scalars), in lexicon order within a group.
    let entries: [Entry]
    /// The entries of keywords of one scalar, by that scalar.
    let index: ScalarTable<Range<Int>>
    /// The entries of longer keywords, by their first two scalars.
    let pairs: PairIndex
    /// Number of distinct keywords (by their scalars): the size of the "seen" bitmap.
    private let distinctKeywords: Int
    /// The most scalars a keyword has: how far back a keyword covering another may start
    /// (`dropCovered`); the user's lexicon may add longer ones than the bundled.
    let longestKeyword: Int
    /// Filters in front of `index` (a set bit may be a collision, a clear bit is certain): the
    /// first two scalars of keywords, and keywords of one scalar. Common characters start
    /// keywords (发展, 建设) but are mostly followed by something else; their groups are then
    /// not tried entry by entry.
    let openings: [UInt64]
    let singles: [UInt64]

    static func openingBit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: (first.value &* 0x9E37_79B1 ^ second.value) & 0xFFFF)
    }

    /// One keyword of one sector.
    struct Entry: Sendable {
        /// Where its scalars stand in `keywordScalars`.
        var start: Int
        var count: Int
        var sector: Int
        /// The same for every sector that lists the same word: a word counts once per text.
        var word: Int
        /// What one occurrence scores: its length, or 1 for a word of measure (`~营业收入`),
        /// which says what is counted and leaves the sector to its owner (数字经济核心产业营业收入),
        /// or 0 for a blocker (`!以上市`), which only hides the keywords inside it (地级以上市 is no
        /// listing of shares).
        var score: Int
        /// A word of a container (`^项目`): as the last word of a subject it leaves the sector
        /// to a word of another sector before it (科技攻关项目 is technology's).
        var container: Bool = false
    }

    /// The bundled lexicon, extended by the user's `sectors.txt` (keywords added to its sectors,
    /// new sectors appended), or replaced by it when its first line is `replace`.
    static let standard: SectorLexicon = {
        let bundled = String(decoding: PackageResources.sectors_txt, as: UTF8.self)
        guard let user = UserLexicons.text(of: "sectors.txt") else { return SectorLexicon(text: bundled) }
        return SectorLexicon(text: merged(bundled: bundled, user: user))
    }()

    /// The lexicon text a user's file makes of the bundled one.
    static func merged(bundled: String, user: String) -> String {
        let firstLine = user.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
        if firstLine.map({ $0.trimmingBlanks() == "replace" }) == true { return user }
        return bundled + "\n" + user
    }

    /// Reads `id: keyword keyword …` lines; `#` comments and blank lines are skipped. A keyword
    /// written `~营业收入` is a word of measure: it decides a sector only where no owner does.
    /// One written `^项目` is a word of a container: see `Entry.container`. One written `!以上市`
    /// is a blocker: it scores nothing and hides the keywords inside it, of any sector.
    init(text: String) {
        // Lines of one id are gathered: a user's file adds keywords to a bundled sector.
        var sectors: [Sector] = []
        var measures: Set<[Unicode.Scalar]> = []
        var containers: Set<[Unicode.Scalar]> = []
        var blockers: Set<[Unicode.Scalar]> = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop(while: { $0 == " " })
            guard !trimmed.hasPrefix("#"), let colon = trimmed.firstIndex(of: ":") else { continue }
            let id = trimmed[..<colon].trimmingBlanks()
            var keywords: [String] = []
            for word in trimmed[trimmed.index(after: colon)...].split(separator: " ") {
                let marked = word.hasPrefix("~") || word.hasPrefix("^") || word.hasPrefix("!")
                let keyword = marked ? String(word.dropFirst()) : String(word)
                guard !keyword.isEmpty else { continue }
                if word.hasPrefix("~") { measures.insert(Array(keyword.unicodeScalars)) }
                if word.hasPrefix("^") { containers.insert(Array(keyword.unicodeScalars)) }
                if word.hasPrefix("!") { blockers.insert(Array(keyword.unicodeScalars)) }
                keywords.append(keyword)
            }
            guard !id.isEmpty, !keywords.isEmpty else { continue }
            if let existing = sectors.firstIndex(where: { $0.id == id }) {
                sectors[existing].keywords += keywords
                sectors[existing].scalars += keywords.map { Array($0.unicodeScalars) }
            } else {
                sectors.append(Sector(id: id, keywords: keywords, scalars: keywords.map { Array($0.unicodeScalars) }))
            }
        }
        // Keywords of one scalar grouped by it, longer ones by their first two, each group in
        // lexicon order (sector by sector): the order in which a text's keywords are counted,
        // which decides where a word that two sectors list counts. (Groups of different words
        // may meet at one position in any order: each word counts once on its own.)
        var singleGroups: [Unicode.Scalar: [Int]] = [:]
        var singleOrder: [Unicode.Scalar] = []
        var pairGroups: [[Unicode.Scalar]: [(keyword: [Unicode.Scalar], sector: Int)]] = [:]
        var pairOrder: [[Unicode.Scalar]] = []
        for (position, sector) in sectors.enumerated() {
            for keyword in sector.scalars where !keyword.isEmpty {
                if keyword.count == 1 {
                    if singleGroups[keyword[0]] == nil { singleOrder.append(keyword[0]) }
                    singleGroups[keyword[0], default: []].append(position)
                } else {
                    let pair = Array(keyword[0..<2])
                    if pairGroups[pair] == nil { pairOrder.append(pair) }
                    pairGroups[pair, default: []].append((keyword, position))
                }
            }
        }
        var words: [[Unicode.Scalar]: Int] = [:]
        var keywordScalars: [Unicode.Scalar] = []
        var entries: [Entry] = []
        func append(_ keyword: [Unicode.Scalar], sector: Int) {
            let word = words[keyword] ?? words.count
            words[keyword] = word
            entries.append(Entry(start: keywordScalars.count, count: keyword.count, sector: sector, word: word,
                                 score: blockers.contains(keyword) ? 0 : measures.contains(keyword) ? 1 : keyword.count,
                                 container: containers.contains(keyword)))
            keywordScalars += keyword
        }
        var index = ScalarTable<Range<Int>>()
        for first in singleOrder {
            let groupStart = entries.count
            for sector in singleGroups[first] ?? [] { append([first], sector: sector) }
            index[first] = groupStart..<entries.count
        }
        var pairRanges: [(first: Unicode.Scalar, second: Unicode.Scalar, range: Range<Int>)] = []
        for pair in pairOrder {
            let groupStart = entries.count
            for (keyword, sector) in pairGroups[pair] ?? [] { append(keyword, sector: sector) }
            pairRanges.append((pair[0], pair[1], groupStart..<entries.count))
        }
        self.pairs = PairIndex(pairRanges)
        self.sectors = sectors
        self.headline = sectors.firstIndex { $0.id == "macro" }
        self.keywordScalars = keywordScalars
        self.entries = entries
        self.index = index
        self.distinctKeywords = words.count
        self.longestKeyword = entries.map(\.count).max() ?? 0
        var openings = Text.filled(UInt64(0), count: 0x10000 / 64)
        var singles = Text.filled(UInt64(0), count: 0x10000 / 64)
        for sector in sectors {
            for keyword in sector.scalars where !keyword.isEmpty {
                let bit = keyword.count == 1 ? Int(keyword[0].value & 0xFFFF) : Self.openingBit(keyword[0], keyword[1])
                if keyword.count == 1 { singles[bit / 64] |= 1 << UInt64(bit % 64) } else { openings[bit / 64] |= 1 << UInt64(bit % 64) }
            }
        }
        self.openings = openings
        self.singles = singles
    }

    /// The best sector for a figure, from texts in order of weight (subject first).
    func classify(_ texts: [(text: String, weight: Int)]) -> String? {
        best(combined(texts))
    }

    /// How well each sector's keywords match `text` (one count per keyword, weighted by length).
    /// With `headBonus`, the keyword that ends last counts double: in Chinese the head noun
    /// comes last (智能化煤矿 is a coal mine, not a digital thing).
    func scores(_ text: String, headBonus: Bool = false) -> [Int] {
        scores(Text.scalars(text)[...], headBonus: headBonus)
    }

    /// `scores` of text the caller already holds as scalars (a sentence or clause of a paragraph).
    func scores(_ text: ArraySlice<Unicode.Scalar>, headBonus: Bool = false) -> [Int] {
        var scores = zeroScores()
        add(text, headBonus: headBonus, times: 1, to: &scores)
        return scores
    }

    /// A score of 0 for every sector.
    func zeroScores() -> [Int] {
        Text.filled(0, count: sectors.count)
    }

    /// Sets `scores`, a buffer kept from text to text, to a score of 0 for every sector: made
    /// the first time, zeroed in place after.
    func reset(_ scores: inout [Int]) {
        if scores.count == sectors.count {
            for position in scores.indices { scores[position] = 0 }
        } else {
            scores = zeroScores()
        }
    }

    /// Where the keywords occur in a text (a paragraph), in the order a scan meets them. The
    /// scores of any part of the text (a sentence, the clause before a figure) are read from
    /// these instead of scanning the part again.
    struct Matches {
        /// One occurrence: the scalar index where it starts in the text and the lexicon entry
        /// found there.
        struct Match: Equatable {
            var position: Int
            var entry: Int
        }
        /// In one array (two arrays were two allocations a paragraph).
        var found: [Match] = []
    }

    /// Every keyword occurrence in `text`.
    func matches(in text: ArraySlice<Unicode.Scalar>) -> Matches {
        var found = Matches()
        // About one keyword in sixteen scalars, some paragraphs twice as many: room for one in
        // four, so the array rarely grows.
        found.found.reserveCapacity(text.count / 4 + 4)
        forEachMatch(in: text) { position, entryIndex in
            found.found.append(Matches.Match(position: text.startIndex + position, entry: entryIndex))
        }
        dropCovered(&found, in: text)
        return found
    }

    /// Adds `weight` times the scores of `text` to `total` (its keywords as `matches` keeps them).
    @discardableResult
    func add(_ text: ArraySlice<Unicode.Scalar>, headBonus: Bool = false, times weight: Int, to total: inout [Int]) -> Int? {
        add(matches(in: text), in: text.startIndex..<text.endIndex, headBonus: headBonus, times: weight, to: &total)
    }

    /// `add` for the part `range` of a text whose `matches` are known: the same scores as
    /// scanning that part (a keyword counts when it lies wholly inside it).
    /// Returns the sector the head's bonus went to, if any (with `headBonus`).
    @discardableResult
    func add(_ matches: Matches, in range: Range<Int>, headBonus: Bool = false, times weight: Int, to total: inout [Int]) -> Int? {
        var headSector: Int?
        // Matches are in position order: the first one inside `range` is found by bisection.
        // Walking from the paragraph's start made each figure's clause cost as much as the
        // paragraph, quadratic in a paragraph of thousands of figures. (A few calls a figure:
        // the arrays are read through buffer pointers, and the bisection chooses its half
        // without a branch, since which half is never predictable.)
        // Scores are written unchecked below: one for each sector (as `zeroScores` makes them).
        precondition(total.count == sectors.count, "sector scores hold one score per sector")
        matches.found.withUnsafeBufferPointer { found in
            entries.withUnsafeBufferPointer { entries in
                total.withUnsafeMutableBufferPointer { total in
                    var low = 0
                    var length = found.count
                    while length > 0 {
                        let half = length / 2
                        let before = found[low + half].position < range.lowerBound
                        low = before ? low + half + 1 : low
                        length = before ? length - half - 1 : half
                    }
                    // The head: the keyword that ends last (not a word of measure). In Chinese the
                    // head noun comes last, after its modifiers: 农村公路路网 is a road, 制造业贷款余额
                    // a loan, 乡村医生 a doctor, though words follow the head (路网, 余额).
                    var headEnd = Int.min
                    if headBonus {
                        for match in found[low...] {
                            guard match.position < range.upperBound else { break }
                            let entry = entries[match.entry]
                            let end = match.position + entry.count
                            if end <= range.upperBound, entry.score == entry.count || entry.container { headEnd = max(headEnd, end) }
                        }
                    }
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (distinctKeywords + 63) / 64) { seen in
                        seen.initialize(repeating: 0)
                        // A container at the head (科技攻关项目) is scored after the others.
                        var containerHead: Entry?
                        var headTaken = false
                        for match in found[low...] {
                            let position = match.position
                            guard position < range.upperBound else { break }
                            let entry = entries[match.entry]
                            guard position + entry.count <= range.upperBound else { continue }
                            let bit: UInt64 = 1 << UInt64(entry.word % 64)
                            // (One head: a word of measure or a blocker is none, as above.)
                            let isHead = !headTaken && position + entry.count == headEnd
                                && (entry.score == entry.count || entry.container)
                            guard seen[entry.word / 64] & bit == 0 else {
                                // (A head whose word came before, 农村低保标准占城镇低保标准, keeps its
                                // bonus: the word counted once, and once more as the head. A
                                // container written twice, 项目…项目, leaves the head to no word.)
                                if isHead, !entry.container {
                                    total[entry.sector] += entry.score * weight
                                    headSector = entry.sector
                                }
                                headTaken = headTaken || isHead
                                continue
                            }
                            seen[entry.word / 64] |= bit
                            headTaken = headTaken || isHead
                            if isHead, entry.container {
                                containerHead = entry
                                continue
                            }
                            total[entry.sector] += entry.score * (isHead ? 2 : 1) * weight
                            if isHead { headSector = entry.sector }
                        }
                        if let head = containerHead {
                            // Its weight goes to the word before it when all words before it are of one
                            // other sector; else (基础设施、科技创新等领域项目, or none) it is its own.
                            // (A word two sectors list counts for the first, as above: its entries
                            // at one place stand together, the first first.)
                            var owner: (sector: Int, score: Int)?
                            var mixed = false
                            var previous: (position: Int, word: Int)?
                            for match in found[low...] {
                                guard match.position < range.upperBound else { break }
                                let entry = entries[match.entry]
                                defer { previous = (match.position, entry.word) }
                                // (A blocker owns nothing.)
                                guard !entry.container, entry.score > 0, match.position + entry.count <= range.upperBound,
                                      previous.map({ $0.position != match.position || $0.word != entry.word }) ?? true else { continue }
                                if let owner, owner.sector != entry.sector { mixed = true }
                                owner = (entry.sector, entry.score)
                            }
                            if !mixed, let owner, owner.sector != head.sector {
                                total[owner.sector] += owner.score * weight
                                headSector = owner.sector
                            } else {
                                total[head.sector] += head.score * 2 * weight
                                headSector = head.sector
                            }
                        }
                    }
                }
            }
        }
        return headSector
    }

    /// Scores of several weighted texts added up.
    func combined(_ texts: [(text: String, weight: Int)]) -> [Int] {
        var total = zeroScores()
        for (text, weight) in texts { add(scores(text), times: weight, to: &total) }
        return total
    }

    func add(_ scores: [Int], times weight: Int, to total: inout [Int]) {
        // Once per figure: read without bounds checks (a score per sector in both).
        precondition(scores.count == total.count, "sector scores hold one score per sector")
        total.withUnsafeMutableBufferPointer { total in
            scores.withUnsafeBufferPointer { scores in
                for position in scores.indices { total[position] += scores[position] * weight }
            }
        }
    }

    /// Adds `scores`, each at most `cap`, `weight` times to `total`.
    func add(_ scores: [Int], times weight: Int, capped cap: Int, to total: inout [Int]) {
        precondition(scores.count == total.count, "sector scores hold one score per sector")
        total.withUnsafeMutableBufferPointer { total in
            scores.withUnsafeBufferPointer { scores in
                for position in scores.indices { total[position] += min(scores[position], cap) * weight }
            }
        }
    }

    /// Adds `scores` less `own` (the words of a part of the text `scores` were taken of), each
    /// at most `cap`, to `total`: a sentence's words around a figure, not its own again.
    func add(_ scores: [Int], minus own: [Int], capped cap: Int, to total: inout [Int]) {
        precondition(scores.count == total.count && own.count == total.count, "sector scores hold one score per sector")
        total.withUnsafeMutableBufferPointer { total in
            scores.withUnsafeBufferPointer { scores in
                own.withUnsafeBufferPointer { own in
                    for position in scores.indices { total[position] += min(max(scores[position] - own[position], 0), cap) }
                }
            }
        }
    }

    /// The sector with the highest score; earlier sectors win ties; `nil` when nothing matched.
    func best(_ scores: [Int]) -> String? {
        var best: (id: String, score: Int)?
        for (position, score) in scores.enumerated() where score > 0 && score > (best?.score ?? 0) {
            best = (sectors[position].id, score)
        }
        return best?.id
    }
}

extension Substring {
    func trimmingBlanks() -> String {
        String(self.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
