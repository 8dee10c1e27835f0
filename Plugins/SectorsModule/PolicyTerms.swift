import WorkbenchSDK

/// The policy terms of a group of paragraphs, found by statistics over the report's text rather
/// than from a dictionary: quoted names (“两重”, “四好农村路”) and runs of two to four Han
/// characters that recur and have clear boundaries (different characters before and after them
/// in different places), scored by how much more often they occur in the group than in the whole
/// report. Terms are kept whole: a term is dropped when a longer one always contains it.
struct PolicyTerms {
    /// Words every part of a report uses: verbs of action and empty words.
    static let common: Set<String> = [
        "推进", "加快", "推动", "实施", "建设", "发展", "加强", "完善", "提升", "深化", "促进", "支持", "全面", "持续",
        "坚持", "落实", "开展", "打造", "健全", "强化", "工作", "体系", "机制", "高质量", "重点", "我们", "全省", "全市",
        "全国", "各位", "代表", "积极", "扎实", "着力", "大力", "不断", "进一步", "有效", "更加", "一批", "新增", "累计",
        "增长", "达到", "以上", "左右", "实现", "完成", "提高", "保障", "服务", "改革", "创新", "政策", "项目", "行动",
        "企业", "产业", "今年", "一年来", "过去", "培育", "构建", "统筹", "优化", "提高", "推行", "做好", "做强",
        "深入", "稳步", "加大", "用好", "抓好", "着眼", "聚焦", "围绕", "全力", "切实", "有序", "建立", "形成",
    ]
    /// Characters that do not begin or end a term.
    static let weakEdges: Set<Character> = ["的", "和", "与", "及", "等", "了", "在", "是", "为", "对", "把", "将", "从",
                                            "以", "并", "或", "也", "都", "更", "其", "之", "中", "上", "下", "个", "一"]
    /// The same as scalars, for terms kept as keys (whose scalars are their characters).
    static let weakEdgeScalars = Set(weakEdges.compactMap(\.unicodeScalars.first))

    /// Whether `name` neither begins nor ends with a weak edge (and is not empty).
    static func hasStrongEdges(_ name: TermName) -> Bool {
        switch name {
        case .key(let key):
            return key.count > 0 && !weakEdgeScalars.contains(key[0]) && !weakEdgeScalars.contains(key[key.count - 1])
        case .text(let text):
            guard let first = text.first, let last = text.last else { return false }
            return !weakEdges.contains(first) && !weakEdges.contains(last)
        }
    }

    /// What is known of one term. No arrays of its own: most n-grams of a report occur once, and
    /// an array (or a `String`) per n-gram was most of the command's time.
    struct Stat {
        /// The number of distinct paragraphs it occurs in, and the last of them.
        var paragraphCount: Int32 = 0
        var lastParagraph = -1
        /// Up to three different characters seen before it, and after it: a clear boundary needs three.
        var left = Neighbours()
        var right = Neighbours()
        var quoted = false

        static let enoughNeighbours = 3

        /// Whether the term can be one of a group's terms at all: a quoted name, or a term of
        /// two paragraphs or more with clear boundaries.
        var isCandidate: Bool {
            quoted || (paragraphCount >= 2 && left.count >= Self.enoughNeighbours && right.count >= Self.enoughNeighbours)
        }
    }

    /// Up to three different characters (their `TermReading` units), in the order first seen.
    struct Neighbours {
        private var seen: (UInt32, UInt32, UInt32) = (0, 0, 0)
        private(set) var count = 0

        /// Notes a neighbour by its `TermReading` unit.
        mutating func note(_ unit: UInt32) {
            let value = unit + 1
            switch count {
            case 0: seen.0 = value
            case 1: if seen.0 != value { seen.1 = value } else { return }
            case 2: if seen.0 != value, seen.1 != value { seen.2 = value } else { return }
            default: return
            }
            count += 1
        }
    }

    let stats: [Stat]
    /// Each term, by its index.
    let names: [TermName]
    /// Each term as first written, where that differs from its name's spelling (a character
    /// written in a form that composes to another: the first form seen is shown).
    let spellings: [Int: String]
    /// The terms of each paragraph, each once: `terms[range]` for each range of
    /// `termRanges[paragraph index]` (one range a paragraph; more only if a caller gives two
    /// paragraphs the same index).
    let terms: [Int32]
    let termRanges: [Int: [Range<Int>]]
    let paragraphCount: Int

    /// Counts the quoted names and n-grams of `paragraphs`, character by character (see
    /// `TermReading`: on scalars where they are the characters).
    init(paragraphs: [Paragraph]) {
        var counter = Counter()
        var reading = TermReading()
        var termRanges: [Int: [Range<Int>]] = [:]
        for paragraph in paragraphs {
            reading.read(paragraph.textPart)
            let first = counter.terms.count
            counter.count(reading, paragraph: paragraph.index)
            termRanges[paragraph.index, default: []].append(first..<counter.terms.count)
        }
        stats = counter.stats
        names = counter.names
        spellings = counter.spellings
        terms = counter.terms
        self.termRanges = termRanges
        paragraphCount = max(paragraphs.count, 1)
    }

    /// Builds the tables of `PolicyTerms` paragraph by paragraph.
    struct Counter {
        /// Terms of packed scalars, and the term index of each of the table's keys.
        var table = TermTable()
        var keyTerms: [Int32] = []
        /// Terms written with characters that have no one-scalar form.
        var textTerms: [String: Int32] = [:]
        var names: [TermName] = []
        var spellings: [Int: String] = [:]
        var stats: [Stat] = []
        var terms: [Int32] = []

        mutating func count(_ reading: TermReading, paragraph: Int) {
            let units = reading.units
            // Quoted names.
            var open: Int?
            for (position, unit) in units.enumerated() {
                if unit == 0x201C { open = position }
                if unit == 0x201D, let start = open {
                    let inside = (start + 1)..<position
                    if (2...8).contains(inside.count), !inside.contains(where: reading.isMark) {
                        let term = note(inside, of: reading, paragraph: paragraph)
                        stats[term].quoted = true
                    }
                    open = nil
                }
            }
            // Runs of Han characters, cut into 2- to 4-grams.
            var position = 0
            while position < units.count {
                guard reading.isHan(position) else { position += 1; continue }
                var end = position
                while end < units.count, reading.isHan(end) { end += 1 }
                for start in position..<end {
                    for length in 2...4 where start + length <= end {
                        let term = note(start..<(start + length), of: reading, paragraph: paragraph)
                        stats[term].left.note(start > 0 ? units[start - 1] : 0x20)
                        stats[term].right.note(start + length < units.count ? units[start + length] : 0x20)
                    }
                }
                position = end
            }
        }

        /// Notes one occurrence of the term at `range` of `reading`, in `paragraph` (paragraphs
        /// come in order), and returns its index.
        mutating func note(_ range: Range<Int>, of reading: TermReading, paragraph: Int) -> Int {
            let term: Int
            if let key = reading.key(range) {
                let (index, isNew) = table.index(of: key)
                if isNew {
                    keyTerms.append(Int32(names.count))
                    if let written = reading.written(range), !written.utf8.elementsEqual(key.string.utf8) {
                        spellings[names.count] = written
                    }
                    names.append(.key(key))
                    stats.append(Stat())
                }
                term = Int(keyTerms[index])
            } else {
                let text = reading.written(range) ?? ""
                if let known = textTerms[text] {
                    term = Int(known)
                } else {
                    term = names.count
                    textTerms[text] = Int32(term)
                    names.append(.text(text))
                    stats.append(Stat())
                }
            }
            if stats[term].lastParagraph != paragraph {
                stats[term].lastParagraph = paragraph
                stats[term].paragraphCount += 1
                terms.append(Int32(term))
            }
            return term
        }
    }

    /// A Han character (`Unicode.Scalar.Properties.isIdeographic`, answered without the property
    /// tables for the common ranges).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x3000: return false
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        default: return scalar.properties.isIdeographic
        }
    }

    /// Punctuation or white space, as `Character.isPunctuation` and `isWhitespace` read a
    /// character of one scalar.
    static func isPunctuationOrSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// The `limit` most distinctive terms of the paragraphs in `group`.
    func top(in group: Set<Int>, limit: Int) -> [String] {
        guard !group.isEmpty else { return [] }
        // How many of the group's paragraphs each term occurs in, counted from the paragraphs'
        // own terms (walking every term's paragraphs for every group was quadratic in a long report).
        var inGroup = [Int32](repeating: 0, count: stats.count)
        var touched: [Int] = []
        for paragraph in group {
            for range in termRanges[paragraph] ?? [] {
                for term in terms[range] where stats[Int(term)].isCandidate {
                    if inGroup[Int(term)] == 0 { touched.append(Int(term)) }
                    inGroup[Int(term)] += 1
                }
            }
        }
        var scored: [(term: String, score: Double)] = []
        for term in touched {
            let stat = stats[term]
            let isQuoted = stat.quoted
            let count = Int(inGroup[term])
            guard count >= 1, isQuoted || count >= 2 else { continue }
            let name = names[term]
            guard Self.hasStrongEdges(name) else { continue }
            let text = spellings[term] ?? name.string
            guard !Self.common.contains(text) else { continue }
            let idf = Self.log(Double(paragraphCount) / Double(stat.paragraphCount)) + 1
            let score = Double(count) * idf * (isQuoted ? 1.5 : 1) * (1 + 0.2 * Double(name.count))
            scored.append((text, score))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        // Keep terms whole: drop a term inside a better-placed longer one.
        var chosen: [String] = []
        for (term, _) in scored where chosen.count < limit {
            if chosen.contains(where: { Self.holds($0, term) || Self.holds(term, $0) }) { continue }
            chosen.append(term)
        }
        return chosen
    }

    /// Whether `text` holds `part` as a run of its characters (a character is not split: 两👨 is
    /// not in 两👨‍👩). Written out, so that it does not depend on which `contains` an import of
    /// Foundation elsewhere in the module makes visible (Foundation's finds parts of characters).
    static func holds(_ text: String, _ part: String) -> Bool {
        let text = Array(text)
        let part = Array(part)
        guard !part.isEmpty else { return true }
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { start in
            part.indices.allSatisfy { text[start + $0] == part[$0] }
        }
    }

    /// Natural logarithm without Foundation.
    static func log(_ x: Double) -> Double {
        guard x > 0 else { return 0 }
        // ln(x) = 2·atanh((x−1)/(x+1)), a series that converges for all x > 0.
        let y = (x - 1) / (x + 1)
        var term = y
        var sum = 0.0
        var n = 1.0
        for _ in 0..<60 {
            sum += term / n
            term *= y * y
            n += 2
        }
        return 2 * sum
    }
}
