import WorkbenchSDK

/// Turns a report's text into the shared model: paragraphs and sentences with their positions,
/// the title block's metadata, each sentence's period and the outline.
struct ReportParser {
    func parse(text rawText: String, sourceFile: String) -> Report {
        let text = rawText.unicodeScalars.first == "\u{FEFF}" ? String(rawText.unicodeScalars.dropFirst()) : rawText
        let (raw, length, lineCount) = TextLines.paragraphs(of: text)
        let allParts = OutlineBuilder.partIndexes(raw)
        let bodyEnd = BackMatter.start(in: raw, after: allParts.first?.index ?? 0) ?? raw.count
        let parts = allParts.filter { $0.index < bodyEnd }
        let titleBlock = Array(raw.prefix(parts.first?.index ?? min(raw.count, 8)))
        var metadata = MetadataReader().read(titleBlock: titleBlock, opening: Array(raw.prefix(12)))
        if metadata.year == nil { metadata.year = Self.inferYear(parts: parts.map(\.heading.title)) }
        let periods = Self.resolvePeriods(raw, parts: parts, year: metadata.year, bodyEnd: bodyEnd,
                                          deliveryYear: metadata.date.flatMap { Int($0.prefix(4)) })
        let title = metadata.title ?? Self.composeTitle(metadata)
        let extractor = MetricExtractor.standard
        let sectors = extractor.sectors
        // The positions that the outline's item search and the quantity scanner look at, marked
        // in one pass per paragraph for both (item openings are among the scanner's starters);
        // in the body, the same pass marks where sector keywords may start, and they are found.
        var scratch: [Int32] = []
        var keywordScratch: [Int32] = []
        var keywordMatches: [SectorLexicon.Matches?] = []
        keywordMatches.reserveCapacity(bodyEnd)
        let marks = raw.indices.map { index in
            let scalars = raw[index].scalars
            guard index < bodyEnd else {
                return ScanMarks.positions(in: scalars, table: extractor.scanner.marksTable, scratch: &scratch)
            }
            let (marks, keywordCount) = ScanMarks.positions(in: scalars, flags: extractor.scanFlags, scratch: &scratch,
                                                            keywordScratch: &keywordScratch)
            keywordMatches.append(keywordScratch.withUnsafeBufferPointer {
                sectors.matches(in: scalars[...], marked: UnsafeBufferPointer(rebasing: $0[..<keywordCount]))
            })
            return marks
        }
        let outline = OutlineBuilder().build(paragraphs: raw, marks: marks, parts: parts, bodyEnd: bodyEnd, periods: periods,
                                             title: title, length: length)

        var titleScores = SectionScores(outline: outline.nodes, sectors: sectors)
        var extraction = MetricExtractor.Scratch()
        var paragraphScores: [Int] = []
        let firstPart = parts.first?.index ?? raw.count
        var metrics: [Metric] = []
        // Room for one figure in 64 scalars of the body (reports have about one in 80): each
        // time the array grew, every figure so far was copied.
        metrics.reserveCapacity(raw[..<bodyEnd].reduce(0) { $0 + $1.scalars.count } / 64)
        let paragraphs = raw.enumerated().map { index, paragraph in
            let text = paragraph.textPart
            // Sentences are parts of the paragraph's text, shared and not copied (ranges in order:
            // one walk for their UTF-8 offsets).
            var scalar = 0
            var byte = 0
            let sentences = zip(periods.sentenceRanges[index], periods.sentences[index]).map { range, period in
                // Sentences follow one another: the first count is nearly always of nothing.
                paragraph.scalars.withUnsafeBufferPointer { scalars in
                    if scalar < range.lowerBound {
                        byte += Text.utf8Count(UnsafeBufferPointer(rebasing: scalars[scalar..<range.lowerBound]))
                        scalar = range.lowerBound
                    }
                }
                let start = byte
                paragraph.scalars.withUnsafeBufferPointer { scalars in
                    if scalar < range.upperBound {
                        byte += Text.utf8Count(UnsafeBufferPointer(rebasing: scalars[scalar..<range.upperBound]))
                        scalar = range.upperBound
                    }
                }
                return Sentence(text: Text.part(of: text, utf8: start..<byte),
                                position: TextPosition(line: paragraph.line, offset: paragraph.offset + range.lowerBound),
                                period: period)
            }
            // The paragraph's own words first, then its section's title.
            var sector: String?
            // Dropped once used: only the paragraph's own figures read them.
            var matches: SectorLexicon.Matches?
            if index < bodyEnd { swap(&matches, &keywordMatches[index]) }
            // A heading comes before the paragraphs of its section: its title's scores are read
            // from its own matches.
            if let matches { titleScores.learn(outline.sections[index], heading: paragraph, matches: matches) }
            if let matches, index >= firstPart {
                // One buffer for every paragraph's scores, zeroed for each.
                sectors.reset(&paragraphScores)
                sectors.add(matches, in: paragraph.scalars.indices, times: 1, to: &paragraphScores)
                sectors.add(titleScores[outline.sections[index]], times: 2, to: &paragraphScores)
                sector = sectors.best(paragraphScores)
            }
            let model = Paragraph(index: index, text: text, position: paragraph.position,
                                  sentences: sentences, period: periods.paragraph(index), section: outline.sections[index],
                                  sector: sector)
            // Figures are found here, from the scalars the paragraph was cut from.
            if index < bodyEnd {
                extractor.extract(model, scalars: paragraph.scalars, marks: marks[index], sentenceRanges: periods.sentenceRanges[index],
                                  sectorMatches: matches, outline: outline.nodes, titleScores: &titleScores,
                                  scratch: &extraction, into: &metrics)
            }
            return model
        }
        return Report(name: Self.name(metadata, sourceFile: sourceFile), title: title,
                      province: metadata.province?.name, year: metadata.year, speaker: metadata.speaker,
                      speakerTitle: metadata.speakerTitle, date: metadata.date, sourceFile: sourceFile,
                      paragraphs: paragraphs, outline: outline.nodes, metrics: metrics,
                      length: length, lineCount: lineCount)
    }

    /// A report with no heading: the year after the first year reviewed, or the first year planned.
    static func inferYear(parts titles: [String]) -> Int? {
        let resolver = PeriodResolver(reportYear: nil)
        for title in titles {
            guard let period = resolver.partPeriod(title: title, previousPlan: nil) else { continue }
            return period.kind == .review ? period.to + 1 : period.from
        }
        return nil
    }

    static func resolvePeriods(_ paragraphs: [RawParagraph], parts: [(index: Int, heading: HeadingRules.Heading)], year: Int?,
                               bodyEnd: Int, deliveryYear: Int? = nil) -> PeriodMap {
        let resolver = PeriodResolver(reportYear: year, deliveryYear: deliveryYear)
        let partPeriods = resolver.partPeriods(titles: parts.map(\.heading.title))
        let partStart = Dictionary(uniqueKeysWithValues: parts.enumerated().map { ($1.index, $0) })
        var ranges: [[Range<Int>]] = []
        var sentencePeriods: [[Period?]] = []
        var current: Period?
        var partPeriod: Period?
        for (index, paragraph) in paragraphs.enumerated() {
            let sentenceRanges = TextLines.sentenceRanges(paragraph.scalars)
            ranges.append(sentenceRanges)
            if index == bodyEnd {
                partPeriod = nil
                current = nil
            }
            if let part = partStart[index] {
                partPeriod = partPeriods[part]
                current = partPeriod
                sentencePeriods.append(sentenceRanges.map { _ in partPeriod })
                continue
            }
            // (`“十四五”以来，…` then `（一）聚焦稳进提质…`: a numbered section of a part that
            // reviews one year is that year's again, whatever span a paragraph before it opened.)
            // (Its own words may open a span after its number: （三）五年来，….)
            let numbered = HeadingRules.subSection(paragraph) != nil
            if let part = partPeriod, part.kind == .review, part.from == part.to, let span = current, span.from != span.to, numbered {
                current = part
            }
            var periods: [Period?] = []
            periods.reserveCapacity(sentenceRanges.count)
            for (order, whole) in sentenceRanges.enumerated() {
                var range = whole
                if order == 0, numbered, let close = paragraph.scalars[whole].firstIndex(where: { $0 == "）" || $0 == ")" }) {
                    range = (close + 1)..<whole.upperBound
                }
                if let kind = partPeriod?.kind, let cue = resolver.cue(paragraph.scalars[range], kind: kind) {
                    // (A phrase of five years that dates only its own sentence leaves the
                    // period before it to the sentences after.)
                    if !resolver.carriesOn(paragraph.scalars[range]) {
                        periods.append(cue)
                        continue
                    }
                    current = cue
                } else if parts.isEmpty, year != nil, index < bodyEnd, let cue = resolver.cueWithoutParts(paragraph.scalars[range]) {
                    // A text with no parts at all (a digest, a news page) but a known year: its
                    // sentences' own time phrases are all there is to go by (a span of years
                    // sets none).
                    current = cue
                }
                periods.append(current)
            }
            sentencePeriods.append(periods)
        }
        return PeriodMap(parts: partPeriods, sentences: sentencePeriods, sentenceRanges: ranges)
    }

    static func composeTitle(_ metadata: MetadataReader.Metadata) -> String {
        let year = metadata.year.map { "\($0)年" } ?? ""
        if let locality = metadata.locality { return "\(year)\(locality.above ?? "")\(locality.name)政府工作报告" }
        switch metadata.province {
        case .some(let province) where province == .national: return "\(year)国务院政府工作报告"
        case .some(let province): return "\(year)\(province.name)政府工作报告"
        case .none: return "\(year)政府工作报告"
        }
    }

    /// `shanxi-2025`; for a city's or county's report or without a province, the file's base name
    /// in lower-case ASCII (`hangzhou-2025.txt` → `hangzhou-2025`).
    static func name(_ metadata: MetadataReader.Metadata, sourceFile: String) -> String {
        var stem = metadata.locality == nil ? metadata.province?.pinyin ?? ReportName.fileStem(sourceFile) : ReportName.fileStem(sourceFile)
        if let year = metadata.year, !stem.hasSuffix("-\(year)") { stem += "-\(year)" }
        return stem
    }
}

/// Readable report names derived from file names.
enum ReportName {
    /// `data/My Report 2025.txt` → `my-report-2025`; a name with no ASCII letters or digits → `report`.
    static func fileStem(_ path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let stem = base.split(separator: ".").dropLast().joined(separator: ".")
        var result = ""
        for scalar in (stem.isEmpty ? base : stem).lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "report" : result
    }
}
