/// Where the speech ends and what a web page or newspaper adds after it begins: a glossary
/// (名词解释), notes (注释), link lists (相关报道, 相关链接). Nothing from there on is report
/// text: it gets no outline nodes, no period and no figures. (Appendices — 附件 such as a list of
/// 民生实事 — are part of the report and are kept; a glossary headed 附件2 名词解释 is not.)
enum BackMatter {
    /// Headings that open back matter, compared without punctuation.
    static let headings = ["名词解释", "名词注释", "注释", "注解", "相关报道", "相关链接", "相关新闻", "延伸阅读", "相关阅读", "责任编辑"]
    private static let headingScalars = headings.map { Array($0.unicodeScalars) }

    /// Index of the first back-matter paragraph after `start`, or `nil`: a back-matter heading,
    /// or, in the last third of the text, a long paragraph that repeats an earlier one (a web
    /// copy's duplicated opening).
    static func start(in paragraphs: [RawParagraph], after start: Int) -> Int? {
        if let heading = headingStart(in: paragraphs, after: start) { return heading }
        // Earlier long paragraphs by a cheap fingerprint; only those that share it are compared
        // whole (hashing every scalar of every paragraph was 8% of load time).
        // The first paragraph of each fingerprint; later ones that share it (rare) apart, so that
        // no paragraph needs an array of its own.
        var first: [Fingerprint: Int] = [:]
        first.reserveCapacity(paragraphs.count)
        var more: [Fingerprint: [Int]] = [:]
        for index in paragraphs.indices where paragraphs[index].scalars.count >= 20 {
            let scalars = paragraphs[index].scalars
            let fingerprint = Fingerprint(scalars)
            guard let earliest = first[fingerprint] else {
                first[fingerprint] = index
                continue
            }
            if index > start, index * 3 >= paragraphs.count * 2,
               paragraphs[earliest].scalars == scalars || more[fingerprint]?.contains(where: { paragraphs[$0].scalars == scalars }) == true {
                return index
            }
            more[fingerprint, default: []].append(index)
        }
        return nil
    }

    /// Length and a few scalars of a paragraph: equal paragraphs have equal fingerprints.
    struct Fingerprint: Hashable {
        var count: Int
        var first: UInt64
        var last: UInt64

        init(_ scalars: [Unicode.Scalar]) {
            count = scalars.count
            // At least 20 scalars: two from each end and two from the middle.
            let middle = scalars.count / 2
            first = UInt64(scalars[0].value) << 42 | UInt64(scalars[1].value) << 21 | UInt64(scalars[middle].value)
            last = UInt64(scalars[middle + 1].value) << 42 | UInt64(scalars[count - 2].value) << 21 | UInt64(scalars[count - 1].value)
        }
    }

    static func headingStart(in paragraphs: [RawParagraph], after start: Int) -> Int? {
        for index in paragraphs.indices where index > start && paragraphs[index].scalars.count <= 16 {
            var letters = paragraphs[index].scalars.filter { !HeadingRules.isPunctuation($0) && $0 != ">" && $0 != "<" }
            // 附件2 名词解释, 附：名词解释: the glossary as an appendix is still a glossary.
            if letters.first == "附" {
                letters.removeFirst(letters.count > 1 && (letters[1] == "件" || letters[1] == "录") ? 2 : 1)
                letters = Array(letters.drop { NumberReader.digit($0) != nil || NumberReader.isChineseNumeral($0) })
            }
            guard letters.count <= 8 else { continue }
            // Where every scalar is a character of its own, a prefix of scalars is a prefix of
            // characters: compared without building a string.
            if letters.allSatisfy(Text.isOwnCharacter) {
                if headingScalars.contains(where: { letters.starts(with: $0) }) { return index }
                continue
            }
            let text = Text.string(letters)
            if headings.contains(where: { text.hasPrefix($0) }) { return index }
        }
        return nil
    }
}
