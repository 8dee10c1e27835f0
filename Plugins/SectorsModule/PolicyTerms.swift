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
    static let weakEdges: Set<Character> = ["的", "和", "与", "及", "等", "了", "在", "是", "为", "对", "把", "将", "从",
                                            "以", "并", "或", "也", "都", "更", "其", "之", "中", "上", "下", "个", "一"]

    /// What is known of one term: one dictionary entry per term, so each n-gram costs one lookup.
    struct Stat {
        var total = 0
        /// Paragraph indices it occurs in, ascending, each once (paragraphs are read in order).
        var paragraphs: [Int] = []
        /// Up to three different characters seen before it, and after it: a clear boundary needs three.
        var left: [Character] = []
        var right: [Character] = []
        var quoted = false

        static let enoughNeighbours = 3

        mutating func note(paragraph: Int, left: Character?, right: Character?) {
            total += 1
            if paragraphs.last != paragraph { paragraphs.append(paragraph) }
            if let left, self.left.count < Self.enoughNeighbours, !self.left.contains(left) { self.left.append(left) }
            if let right, self.right.count < Self.enoughNeighbours, !self.right.contains(right) { self.right.append(right) }
        }
    }

    let stats: [String: Stat]
    let paragraphCount: Int

    init(paragraphs: [Paragraph]) {
        var stats: [String: Stat] = [:]
        for paragraph in paragraphs {
            let characters = Array(paragraph.textPart)
            // Quoted names.
            var open: Int?
            for (index, character) in characters.enumerated() {
                if character == "“" { open = index }
                if character == "”", let start = open {
                    let inside = String(characters[(start + 1)..<index])
                    if (2...8).contains(inside.count), inside.allSatisfy({ !$0.isPunctuation && !$0.isWhitespace }) {
                        stats[inside, default: Stat()].quoted = true
                        stats[inside, default: Stat()].note(paragraph: paragraph.index, left: nil, right: nil)
                    }
                    open = nil
                }
            }
            // Runs of Han characters, cut into 2- to 4-grams.
            var index = 0
            while index < characters.count {
                guard Self.isHan(characters[index]) else { index += 1; continue }
                var end = index
                while end < characters.count, Self.isHan(characters[end]) { end += 1 }
                for start in index..<end {
                    for length in 2...4 where start + length <= end {
                        let gram = String(characters[start..<(start + length)])
                        let left = start > 0 ? characters[start - 1] : " "
                        let right = start + length < characters.count ? characters[start + length] : " "
                        stats[gram, default: Stat()].note(paragraph: paragraph.index, left: left, right: right)
                    }
                }
                index = end
            }
        }
        self.stats = stats
        self.paragraphCount = max(paragraphs.count, 1)
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.properties.isIdeographic } ?? false
    }

    /// The `limit` most distinctive terms of the paragraphs in `group`.
    func top(in group: Set<Int>, limit: Int) -> [String] {
        guard !group.isEmpty else { return [] }
        var scored: [(term: String, score: Double)] = []
        for (term, stat) in stats {
            let isQuoted = stat.quoted
            // Cheap tests first: most n-grams occur once.
            guard isQuoted || stat.paragraphs.count >= 2 else { continue }
            if !isQuoted {
                // Clear boundaries: the term is preceded and followed by different characters.
                guard stat.left.count >= Stat.enoughNeighbours, stat.right.count >= Stat.enoughNeighbours else { continue }
            }
            let inGroup = stat.paragraphs.reduce(0) { $0 + (group.contains($1) ? 1 : 0) }
            guard inGroup >= 1, isQuoted || inGroup >= 2 else { continue }
            guard !Self.common.contains(term), let first = term.first, let last = term.last,
                  !Self.weakEdges.contains(first), !Self.weakEdges.contains(last) else { continue }
            let idf = log(Double(paragraphCount) / Double(stat.paragraphs.count)) + 1
            let score = Double(inGroup) * idf * (isQuoted ? 1.5 : 1) * (1 + 0.2 * Double(term.count))
            scored.append((term, score))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        // Keep terms whole: drop a term inside a better-placed longer one.
        var chosen: [String] = []
        for (term, _) in scored where chosen.count < limit {
            if chosen.contains(where: { $0.contains(term) || term.contains($0) }) { continue }
            chosen.append(term)
        }
        return chosen
    }

    /// Natural logarithm without Foundation.
    func log(_ x: Double) -> Double {
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
