import WorkbenchSDK

/// Finds every figure of a report and decides its meaning: the scanner finds the forms, then
/// each figure gets its kind, qualifier, estimate flag, subject (分别 lists paired), role (from
/// its sentence's period), section and sector.
struct MetricExtractor: Sendable {
    var scanner = QuantityScanner(lexicon: .standard)
    var sectors = SectorLexicon.standard

    func extract(paragraphs: [Paragraph], outline: [OutlineNode]) -> [Metric] {
        var metrics: [Metric] = []
        for paragraph in paragraphs {
            metrics += extract(paragraph, outline: outline)
        }
        return metrics
    }

    func extract(_ paragraph: Paragraph, outline: [OutlineNode]) -> [Metric] {
        let scalars = Array(paragraph.text.unicodeScalars)
        let s = scalars[...]
        let candidates = scanner.scan(scalars)
        guard !candidates.isEmpty else { return [] }
        let sentenceStarts = paragraph.sentences.map { $0.offset - paragraph.offset }
        let subjects = Subjects.assign(candidates, in: s)
        let sectionTitle = outline.indices.contains(paragraph.section) ? outline[paragraph.section].title : ""

        return candidates.enumerated().map { order, candidate in
            let start = candidate.range.lowerBound
            let sentenceIndex = max(0, (sentenceStarts.lastIndex(where: { $0 <= start }) ?? 0))
            let sentence = paragraph.sentences.indices.contains(sentenceIndex) ? paragraph.sentences[sentenceIndex] : nil
            let sentenceStart = sentenceStarts.indices.contains(sentenceIndex) ? sentenceStarts[sentenceIndex] : 0
            let beforeInSentence = String(String.UnicodeScalarView(s[sentenceStart..<start]))
            let clauseStart = Clauses.start(of: start, in: s)
            let clausePrefix = String(String.UnicodeScalarView(s[clauseStart..<start]))

            var rules = [candidate.rule]
            let (kind, kindRule) = MeaningRules.kind(of: candidate, before: beforeInSentence)
            rules.append("kind:\(kindRule)")
            var qualifier = candidate.qualifier
            if qualifier == nil, let leading = MeaningRules.leadingQualifier(before: clausePrefix) {
                qualifier = leading
                rules.append("qualifier:leading")
            }
            if qualifier == nil, clausePrefix.includes("力争") {
                qualifier = .strive
                rules.append("qualifier:strive")
            }
            // 预计 opening a sentence covers all of it; inside, only its own clause.
            let sentenceOpening = String(beforeInSentence.prefix(6))
            let estimated = MeaningRules.estimateCues.contains(where: clausePrefix.includes)
                || MeaningRules.estimateCues.contains(where: sentenceOpening.includes)
            let period = sentence?.period ?? paragraph.period
            var role: Metric.Role
            switch period?.kind {
            case .review?: role = .achieved
            case .plan?: role = .target
            default: role = .other
            }
            if candidate.unit?.category == .duration, candidate.unit?.written == "年" {
                role = .other
                rules.append("role:duration")
            } else {
                rules.append("role:period \(period?.label ?? "none")")
            }

            let subject = subjects[order]
            let sector = sectors.classify([(subject, 3), (clausePrefix, 2), (sentence?.text ?? "", 1), (sectionTitle, 1)])
            let unit = candidate.unit
            var normalizedUnit = unit?.normalized
            var factor = candidate.factor
            if unit?.category == .tenths { factor *= 10; normalizedUnit = "%" }
            if unit?.category == .duration, let written = normalizedUnit, written.hasPrefix("个"), written.count > 1 {
                normalizedUnit = String(written.dropFirst())
            }
            if unit == nil, candidate.multiplier != nil { normalizedUnit = nil }
            return Metric(
                text: String(String.UnicodeScalarView(s[candidate.range])),
                position: TextPosition(line: paragraph.line, offset: paragraph.offset + start),
                value: candidate.value, valueHigh: candidate.valueHigh, unit: candidate.unitWritten,
                normalizedValue: candidate.value.map { Self.scaled($0, factor) },
                normalizedValueHigh: candidate.valueHigh.map { Self.scaled($0, factor) },
                normalizedUnit: normalizedUnit, kind: kind, role: role, qualifier: qualifier,
                estimated: estimated, subject: subject, section: paragraph.section, period: period,
                sector: sector, paragraph: paragraph.index, rule: rules.joined(separator: "; "))
        }
    }

    /// `value × factor` computed on the decimal digits, so that 1.68万 is 16800 exactly (a
    /// binary product gives 16800.000000000004).
    static func scaled(_ value: Double, _ factor: Double) -> Double {
        guard factor != 1, value.isFinite else { return value }
        let written = value.description
        guard !written.contains("e"), let dot = written.firstIndex(of: ".") else { return value * factor }
        var fraction = written[written.index(after: dot)...]
        while fraction.hasSuffix("0") { fraction.removeLast() }
        guard let mantissa = Double(written[..<dot] + fraction) else { return value * factor }
        var divisor = 1.0
        for _ in 0..<fraction.count { divisor *= 10 }
        // factor and divisor are powers of ten: divide first when the factor is larger.
        return factor >= divisor ? mantissa * (factor / divisor) : mantissa * factor / divisor
    }
}
