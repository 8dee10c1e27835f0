import WorkbenchSDK

/// Finds every figure of a report and decides its meaning: the scanner finds the forms, then
/// each figure gets its kind, qualifier, estimate flag, subject (分别 lists paired), role (from
/// its sentence's period), section and sector.
struct MetricExtractor: Sendable {
    let scanner: QuantityScanner
    let sectors: SectorLexicon
    /// For `ScanMarks`: what the scanner's marks table and the sector keywords of one scalar
    /// mark, a byte per scalar of the plane (`ScanMarks.flags`).
    let scanFlags: [UInt8]

    init(scanner: QuantityScanner = QuantityScanner(lexicon: .standard), sectors: SectorLexicon = .standard) {
        self.scanner = scanner
        self.sectors = sectors
        scanFlags = ScanMarks.flags(table: scanner.marksTable, keywords: sectors)
    }

    /// With the standard lexicons (and the user's additions): made once, as its tables are.
    static let standard = MetricExtractor()

    /// Arrays that `extract` fills for one paragraph, kept from paragraph to paragraph so that
    /// their storage is allocated once a report, not once a paragraph each.
    struct Scratch {
        var scan = QuantityScanner.Scratch()
        /// A subject of more than one piece, put together (not an array per figure).
        var subjectScalars: [Unicode.Scalar] = []
        /// The scores of the last figure's sentence (not an array per sentence).
        var sentenceScores: [Int] = []
        /// The sector evidence of a figure (a copy of the section's scores per figure was an
        /// allocation each).
        var evidence: [Int] = []
        /// The evidence before the subject's words were added (`SectorLexicon.headLeads`).
        var beforeSubject: [Int] = []
        /// The scores of a figure's own item of its clause.
        var clauseScores: [Int] = []
        /// Where each sentence of the paragraph starts, in its scalars.
        var sentenceStarts: [Int] = []
        var subjects = Subjects.Assignment()
        var rules = RuleStrings()
        /// The later years that clauses of the last figure's sentence set goals for.
        var horizons: [PlanHorizon.Scope] = []
    }

    func extract(paragraphs: [Paragraph], outline: [OutlineNode]) -> [Metric] {
        var metrics: [Metric] = []
        var titleScores = SectionScores(outline: outline, sectors: sectors)
        var scratch = Scratch()
        for paragraph in paragraphs {
            extract(paragraph, scalars: Text.scalars(paragraph.text), marks: nil, sentenceRanges: nil, sectorMatches: nil,
                    outline: outline, titleScores: &titleScores, scratch: &scratch, into: &metrics)
        }
        return metrics
    }

    /// The figures of one paragraph whose text is `scalars`. The parser passes the scalars it
    /// cut the paragraph from and its sentences as ranges of them (`sentenceRanges`), so that
    /// nothing is decoded again; with `nil`, each sentence's text is read from the model.
    /// `marks` (the paragraph's `ScanMarks`) and `sectorMatches` (the sector keywords of
    /// `scalars`) are passed when the caller has them. `scratch` is the same for every paragraph
    /// of a report. The figures are appended to `metrics` (built in place: a paragraph's own
    /// array copied every figure, with all its strings, into the report's).
    func extract(_ paragraph: Paragraph, scalars: [Unicode.Scalar], marks: [Int32]?, sentenceRanges: [Range<Int>]?,
                 sectorMatches: SectorLexicon.Matches?, outline: [OutlineNode], titleScores: inout SectionScores,
                 scratch: inout Scratch, into metrics: inout [Metric]) {
        let s = scalars[...]
        scanner.scan(scalars, marks: marks, into: &scratch.scan)
        let candidates = scratch.scan.candidates
        guard !candidates.isEmpty else { return }
        // Buffers that keep their storage from paragraph to paragraph (taken out of `scratch`
        // while in use, and put back).
        var subjectScalars: [Unicode.Scalar] = []
        var sentenceScores: [Int] = []
        var evidence: [Int] = []
        var beforeSubject: [Int] = []
        var clauseScores: [Int] = []
        var sentenceStarts: [Int] = []
        var horizons: [PlanHorizon.Scope] = []
        swap(&horizons, &scratch.horizons)
        swap(&subjectScalars, &scratch.subjectScalars)
        swap(&sentenceScores, &scratch.sentenceScores)
        swap(&evidence, &scratch.evidence)
        swap(&beforeSubject, &scratch.beforeSubject)
        swap(&clauseScores, &scratch.clauseScores)
        swap(&sentenceStarts, &scratch.sentenceStarts)
        defer {
            swap(&horizons, &scratch.horizons)
            swap(&subjectScalars, &scratch.subjectScalars)
            swap(&sentenceScores, &scratch.sentenceScores)
            swap(&evidence, &scratch.evidence)
            swap(&beforeSubject, &scratch.beforeSubject)
            swap(&clauseScores, &scratch.clauseScores)
            swap(&sentenceStarts, &scratch.sentenceStarts)
        }
        // Sentences and clauses are parts of the paragraph: their scores come from its matches.
        let matches = sectorMatches ?? sectors.matches(in: s)
        // The paragraph's properties are read once: each read of an SDK type (built for library
        // evolution) goes through an accessor, and a `Sentence` is copied through the runtime's
        // value witnesses.
        let sentences = paragraph.sentences
        let (line, offset, section, index) = (paragraph.line, paragraph.offset, paragraph.section, paragraph.index)
        let paragraphPeriod = paragraph.period
        sentenceStarts.removeAll(keepingCapacity: true)
        for sentence in sentences { sentenceStarts.append(sentence.offset - offset) }
        Subjects.assign(candidates, in: s, into: &scratch.subjects)
        let subjects = scratch.subjects
        // Sector evidence shared by the figures of a paragraph: its section's title and each sentence.
        let sectionScores = titleScores[section]
        // The sentence whose scores `sentenceScores` holds (by sentence index, 0 when the
        // paragraph has none): a sentence's figures come one after another.
        var scoredSentence = -1
        // The sector of the paragraph's own words, for a figure with no evidence (worked out at
        // the first such figure: nil until then).
        var paragraphSector: String??
        // The label of the last period seen: a paragraph's figures mostly share one, and the
        // SDK builds the label anew on each call.
        // (Plain variables, not an optional tuple: see `sentencePeriod` below.)
        var labelledPeriod: Period?
        var labelledText = ""
        // The period of the sentence of the last figure, with the role it gives and its label
        // (once asked for): a sentence's figures share them, and each read or comparison of an
        // SDK `Period` goes through the runtime's value witnesses. Kept in plain variables: an
        // optional tuple holding a `Period` asked the runtime for its case at every read.
        var periodSentence = -1
        // The first of the sentence's horizons that a figure may still fall in.
        var horizonCursor = 0
        // The sentence's clauses that review five years (`；五年累计…`), and those five years.
        var fiveYearSpans: [Range<Int>] = []
        var fiveYearPeriod: Period?
        // The clauses of a review of several years that open with one of them (`YearClauses`).
        var yearSpans: [(range: Range<Int>, year: Int)] = []
        var sentencePeriod: Period?
        var sentenceRole = Metric.Role.other
        var sentenceLabel: String?
        // Sentences in order of their starts (as the parser cuts them): a figure's sentence is
        // found by bisection, not by a walk back from the last sentence.
        let startsAscending = zip(sentenceStarts, sentenceStarts.dropFirst()).allSatisfy { $0 <= $1 }

        // The sentence of the last figure, and whether an estimate word stands before its first.
        var firstSentence = -1
        var estimateEnd = -1
        // The last figure whose qualifier was written before it, and that qualifier.
        var listQualifier: (order: Int, qualifier: Metric.Qualifier)?
        // The subject of the figure before, and its sentence: a rank after a figure of the same
        // thing (`突破9000万人次、居全国第3位`) ranks what that figure measures.
        var previousSubject: (sentence: Int, text: String)?
        // The last rank's clause as read and the subject made of it: the end of a move in rank
        // (`从全国第13位升至第5位`) ranks what its start did.
        var previousRank: (order: Int, raw: String, subject: String)?
        // The last figure read as a baseline (从75.6%提高到80%), and its subject: the figure it
        // changes towards measures the same thing.
        var baseline: (order: Int, subject: String)?
        for order in candidates.indices {
            let candidate = candidates[order]
            let start = candidate.range.lowerBound
            let sentenceIndex = startsAscending ? Self.lastStart(atOrBefore: start, in: sentenceStarts)
                : max(0, (sentenceStarts.lastIndex(where: { $0 <= start }) ?? 0))
            let hasSentence = sentences.indices.contains(sentenceIndex)
            let sentenceStart = sentenceStarts.indices.contains(sentenceIndex) ? sentenceStarts[sentenceIndex] : 0
            // Cues stand close to their figure: the last few dozen scalars of the sentence are enough.
            let clauseStart = Clauses.start(of: start, in: s)
            var cueStart = max(sentenceStart, start - MeaningRules.cueWindow)
            // `研发经费投入强度比上年提高0.2个百分点，达到3.6%`: a clause that only says what its figure
            // reached reads no cue of the figure before it (提高 is the 0.2 points'); unless the
            // words before name a rate of growth (增速比上年加快0.8个百分点，达到5.6%).
            // So does one after a clause that only says how its measure moved (新能源装机占比稳步提高，
            // 达到76.5%: a share, not growth).
            // But not after a clause of growth with no figure of its own (较快增长，达到7.5%;
            // 生产总值增长5.5%，居民消费价格温和上涨，为2.1%): the words before say what the figure
            // is. (A reaching word has at most three scalars: longer clauses are passed over first.)
            let previousEnd = order > 0 ? candidates[order - 1].range.upperBound : s.startIndex
            if clauseStart > cueStart, start - clauseStart <= 3, previousEnd < clauseStart,
               Subjects.isOne(of: Self.reachingWords.scalars, s[clauseStart..<start]),
               !Self.rateNouns.occurs(in: s[cueStart..<clauseStart]) {
                // (A rate or a share that moved, 失业率有所下降，为5.1%, is where it arrived.)
                let previousClause = max(cueStart, Clauses.start(of: clauseStart - 1, in: s))
                if previousEnd > previousClause || !Self.growthVerbs.occurs(in: s[previousClause..<clauseStart])
                    || Self.shareNouns.occurs(in: s[previousClause..<clauseStart]) {
                    cueStart = clauseStart
                }
            } else if order > 0, let reaching = Self.reachingAfterListMark(s, start: start, previousEnd: previousEnd),
                      !Self.rateNouns.occurs(in: s[cueStart..<reaching]) {
                // `城镇化率提高1.2个百分点、达到48.5%`: the same, after the mark that ends the change.
                cueStart = reaching
            }
            let beforeInSentence = s[cueStart..<start]

            // The rules that decided, in the order they are found, joined by "; ".
            var (kind, kindRule) = MeaningRules.kind(of: candidate, before: beforeInSentence,
                                                     after: s[candidate.range.upperBound..<min(s.endIndex, candidate.range.upperBound + 5)])
            // `完成年度目标任务的112%`: how much of a goal or plan was done is a share of it, whatever
            // cue stands before in the sentence.
            if kind == .growth, candidate.unit?.category == .percent, Self.goalsDone.suffix(of: s[clauseStart..<start]) != nil {
                kind = .share
                kindRule = "percent+of-goal"
            }
            // `人均纯收入增长9.1%，防止返贫监测对象中八成以上已消除风险`: tenths in a clause of their
            // own are a part of a whole; the growth before the figure before them is that one's.
            // (Not where the clause itself says a change: 考核事项精简两成.)
            if kind == .growth, candidate.unit?.category == .tenths, order > 0, previousEnd > cueStart, previousEnd <= clauseStart,
               MeaningRules.kind(of: candidate, before: s[clauseStart..<start],
                                 after: s[candidate.range.upperBound..<min(s.endIndex, candidate.range.upperBound + 5)]).0 != .growth {
                kind = .share
                kindRule = "tenths-own-clause"
            }
            // `完成5%的地区生产总值增速目标`: the rate of a goal of growth is growth.
            let end = candidate.range.upperBound
            if kind == .share, candidate.unit?.category == .percent, end < s.endIndex, s[end] == "的",
               Subjects.growthGoal(after: end + 1, in: s) != nil {
                kind = .growth
                kindRule = "percent+growth-goal"
            }
            let qualifier: Metric.Qualifier?
            var qualifierRule = ""
            if let written = candidate.qualifier {
                qualifier = written.metric
            } else if MeaningRules.roundBoundBefore(start, in: s) {
                qualifier = .atLeast
                qualifierRule = "; qualifier:round-bound"
            } else if let leading = MeaningRules.leadingQualifier(before: s[clauseStart..<start]) {
                qualifier = leading
                qualifierRule = "; qualifier:leading"
                listQualifier = (order, leading)
            } else if let (previous, leading) = listQualifier, previous == order - 1,
                      Subjects.joinedByListMark(s, candidates[previous].range.upperBound, start) {
                // 分别突破1.3万亿元、7000亿元: a qualifier before a list of figures covers each.
                qualifier = leading
                qualifierRule = "; qualifier:leading"
                listQualifier = (order, leading)
            } else if Self.strive.occurs(in: s[clauseStart..<start]) {
                qualifier = .strive
                qualifierRule = "; qualifier:strive"
            } else {
                qualifier = nil
            }
            // 预计 opening a clause before a sentence's first figure covers the sentence
            // (2024年预计全省生产总值增长5.2%，规上工业增加值增长7%…); elsewhere, only its own
            // clause (农产品加工产值预计增长8%，新增龙头企业42户).
            if firstSentence != sentenceIndex {
                firstSentence = sentenceIndex
                estimateEnd = Self.estimateScopeEnd(s, from: sentenceStart, firstFigure: start)
            }
            var estimated = start < estimateEnd
            if !estimated, Self.estimates.occurs(in: s[clauseStart..<start]) {
                estimated = true
                // (Opening a later clause, 预计全年接待游客9.6亿人次…，旅游总收入1.24万亿元, it covers
                // the rest up to ；, as it would before the sentence's first figure.)
                estimateEnd = max(estimateEnd, Self.estimateScopeEnd(s, from: clauseStart, firstFigure: start, laterClause: true))
            }
            if periodSentence != sentenceIndex {
                periodSentence = sentenceIndex
                sentencePeriod = (hasSentence ? sentences[sentenceIndex].period : nil) ?? paragraphPeriod
                switch sentencePeriod?.kind {
                case .review?: sentenceRole = .achieved
                case .plan?: sentenceRole = .target
                default: sentenceRole = .other
                }
                sentenceLabel = nil
                horizons.removeAll(keepingCapacity: true)
                horizonCursor = 0
                let sentenceEnd = sentenceIndex + 1 < sentenceStarts.count ? sentenceStarts[sentenceIndex + 1] : s.endIndex
                if sentencePeriod?.kind == .plan {
                    PlanHorizon.scopes(in: s, sentence: sentenceStart..<max(sentenceStart, sentenceEnd), into: &horizons)
                }
                fiveYearSpans.removeAll(keepingCapacity: true)
                fiveYearPeriod = FiveYearClauses.period(reviewing: sentencePeriod)
                if fiveYearPeriod != nil {
                    FiveYearClauses.spans(in: s, sentence: sentenceStart..<max(sentenceStart, sentenceEnd), into: &fiveYearSpans)
                }
                yearSpans.removeAll(keepingCapacity: true)
                if let sentencePeriod, sentencePeriod.kind == .review, sentencePeriod.from < sentencePeriod.to {
                    YearClauses.spans(in: s, sentence: sentenceStart..<max(sentenceStart, sentenceEnd), reviewing: sentencePeriod, into: &yearSpans)
                }
            }
            // 到2030年，…突破8万亿元 in the year's plan: a goal for 2030; `2022年…；五年累计培育186家`
            // in a year's review: the five years to 2022.
            let laterPeriod: Period?
            if !horizons.isEmpty {
                laterPeriod = PlanHorizon.later(sentencePeriod, at: start, scopes: horizons, cursor: &horizonCursor)
            } else if fiveYearSpans.contains(where: { $0.contains(start) }) {
                laterPeriod = fiveYearPeriod
            } else if let span = yearSpans.first(where: { $0.range.contains(start) }) {
                // (五年来…，2025年接待游客11.6亿人次: the year's.)
                laterPeriod = Period(from: span.year, to: span.year, kind: .review)
            } else {
                laterPeriod = nil
            }
            let period = laterPeriod ?? sentencePeriod
            var role = sentenceRole
            let roleRule: String
            // Where a change starts (the X of 从X提高到Y).
            var isBaseline = false
            var periodLabel = ""
            // (连续 before the number: a streak, `Streaks`.)
            let isStreak = Streaks.follows(s, at: start)
            // 历时7年, 连续3年, 连续24个月: how long something took or lasted.
            if let unit = candidate.unit, unit.category == .duration,
               unit.is(.year) || unit.is(.week) || QuantityScanner.hasDurationCue(s, before: start),
               !(unit.is(.year) && Candidate.isFraction(candidate.value)) {
                role = .other
                roleRule = "; role:duration"
            } else if isStreak, let unit = candidate.unit, unit.is(.times) || unit.is(.term) {
                // 连续3次获评: how many times in a row, like 连续3年.
                role = .other
                roleRule = "; role:streak"
            } else if Self.isBaseline(s, candidate: candidate, clauseStart: clauseStart) {
                // 从75.6%提高到80%: the first figure is where things started, not an outcome or a goal.
                role = .other
                roleRule = "; role:baseline"
                isBaseline = true
            } else if role == .achieved, MeaningRules.restatesGoal(s, after: candidate.range.upperBound),
                      !MeaningRules.reachesGoal(s[clauseStart..<start]) {
                // 年初确定的增长6%—6.5%的目标没有完成: a goal the review restates, neither an outcome
                // nor one of the report's own targets.
                role = .other
                roleRule = "; role:restated-goal"
            } else {
                roleRule = "; role:period "
                if let laterPeriod {
                    periodLabel = laterPeriod.label
                } else if let label = sentenceLabel {
                    periodLabel = label
                } else if let period {
                    if labelledPeriod != period {
                        labelledPeriod = period
                        labelledText = period.label
                    }
                    periodLabel = labelledText
                    sentenceLabel = periodLabel
                } else {
                    periodLabel = "none"
                }
            }
            // One string written at its length: appending the parts one by one cost ~330
            // instructions an append, more than the rest of the figure's bookkeeping. A report's
            // figures are decided by a few dozen combinations of rules: each one's string is
            // written once and shared (`Scratch.rules`).
            let rules = scratch.rules.string(for: RuleStrings.Key(rule: candidate.rule, kind: kindRule,
                                                                  qualifier: qualifierRule, role: roleRule,
                                                                  period: periodLabel))

            // The subject's text, and its scalars for the sector lexicon: a part of the
            // paragraph is read where it lies; pieces are put together first.
            let subjectPieces = subjects[order]
            var subject: String
            var subjectText = s[s.startIndex..<s.startIndex]
            // A subject that is one part of the paragraph is scored from the paragraph's keyword
            // matches, as its clause is (the same scores as scanning it: `SectorLexicon.add`).
            var subjectPart: Range<Int>?
            // The thing a size measures (科创母基金 of 科创母基金总规模): its head decides the
            // sector, not the measure's word (投资, 规模).
            var sizedPart: (thing: Range<Int>, measure: Range<Int>)?
            if subjectPieces.isEmpty {
                subject = ""
            } else if subjectPieces.count == 1, case .part(let range) = subjectPieces[subjectPieces.startIndex] {
                subject = ScalarString.make(s[range])
                subjectPart = range
            } else {
                if subjectPieces.count == 2, case .part(let thing) = subjectPieces[subjectPieces.startIndex],
                   case .part(let measure) = subjectPieces[subjectPieces.startIndex + 1], measure.lowerBound > thing.upperBound,
                   Subjects.sizeMeasures.suffix(of: s[measure]).map({ Subjects.sizeMeasures.scalars[$0].count == measure.count }) == true {
                    sizedPart = (thing, measure)
                }
                subjects.scalars(order, of: s, into: &subjectScalars)
                subject = ScalarString.make(subjectScalars)
                subjectText = subjectScalars[...]
            }
            if let (previous, measured) = baseline, previous == order - 1,
               Self.onlyChangesTowards(s[candidates[previous].range.upperBound..<start]),
               !Self.followsListMark(s, at: candidates[previous].range.lowerBound),
               // (A structure's terms keep their tiers: 由…49.5调整为22.3:28.0:49.7.)
               !(candidate.rule.ratio && candidate.range.upperBound < s.endIndex
                 && QuantityScanner.isRatioColon(s[candidate.range.upperBound])) {
                // 由69.63%下降到66.04%: 66.04% is the 草原退化率 too (not `下`, what is left of the verb).
                // (分别从29661元、10391元增加到43364元、16117元 pairs the lists instead.)
                subject = measured
                // (And its sector is the measure's: 研发投入占地区生产总值比重由5.46%提高到6.5%.)
                subjectPart = nil
                sizedPart = nil
                subjectScalars.removeAll(keepingCapacity: true)
                subjectScalars += measured.unicodeScalars
                subjectText = subjectScalars[...]
            }
            if isBaseline {
                // 最低标准从每人每月1860元, 人均预期寿命从2020年的80.3岁: the words from 从 on say
                // where the count starts, not what it measures.
                subject = Self.beforeFrom(subject)
                baseline = (order, subject)
            }
            // 重大项目开工390个、竣工437个: a state of work alone is the works' before it.
            if let previous = previousSubject, previous.sentence == sentenceIndex, let carried = Self.stateOfWork(subject, after: previous.text) {
                subject = carried
            }
            // `汽车保有量…，其中新能源汽车由45万辆增至356万辆`: a part named after 其中 with no
            // measure of its own is measured as the whole before it.
            if kind != .rank, let previous = previousSubject, previous.sentence == sentenceIndex, clauseStart + 2 <= start,
               s[clauseStart] == "其", s[clauseStart + 1] == "中", let measured = Subjects.measuredAsWhole(subject, whole: previous.text) {
                subject = measured
            }
            // (A rank after a streak is the thing's: 营商环境评价连续三年位居全国前列.)
            let written = subject
            // 粮食产量连续13年稳定在…: the thing and what kept happening to it, counted in years.
            if isStreak, let unit = candidate.unit, unit.category == .duration || unit.is(.times) || unit.is(.term),
               let predicate = Streaks.predicate(s, after: candidate.range.upperBound, later: candidates[(order + 1)...]),
               case let unitWritten = unit.normalized(in: s) {
                subject = Streaks.subject(subject, predicate: s[predicate], unit: unitWritten)
                if subjectPart == nil || subject.hasPrefix("连续") { subjectPart = predicate }
                sizedPart = nil
            }
            if kind == .rank {
                let raw = subject
                if let rank = previousRank, rank.order == order - 1, rank.raw.unicodeScalars.elementsEqual(raw.unicodeScalars),
                   !s[candidates[rank.order].range.upperBound..<start].contains(where: Clauses.isBoundary) {
                    subject = rank.subject
                } else {
                    let previous = previousSubject.flatMap { $0.sentence == sentenceIndex ? $0.text : nil }
                    subject = RankSubject.subject(subject, previous: previous)
                }
                // A rank is scored on the thing it ranks (智能化煤矿 of 智能化煤矿全国排名), which may
                // come from the figure before (全省各类贷款余额达到…，居中部第1位): that thing's
                // sector, not what its own words (中部) leave to the sentence.
                if !subject.unicodeScalars.elementsEqual(raw.unicodeScalars) {
                    subjectPart = nil
                    sizedPart = nil
                    subjectScalars.removeAll(keepingCapacity: true)
                    subjectScalars += subject.unicodeScalars
                    subjectText = RankSubject.thingRanked(subjectScalars)
                }
                previousRank = (order, raw, subject)
            }
            previousSubject = (sentenceIndex, written)
            if scoredSentence != sentenceIndex {
                scoredSentence = sentenceIndex
                if let sentenceRanges, sentenceRanges.indices.contains(sentenceIndex) {
                    sectors.reset(&sentenceScores)
                    sectors.add(matches, in: sentenceRanges[sentenceIndex], times: 1, to: &sentenceScores)
                } else {
                    sentenceScores = sectors.scores(hasSentence ? sentences[sentenceIndex].text : "")
                }
            }
            Self.overwrite(&evidence, with: sectionScores)
            // The words of the figure's own item of its clause (counted twice below), and the
            // sentence's other words: its own words again made a single-figure sentence weigh
            // its subject's words once more, the modifiers with the head.
            sectors.reset(&clauseScores)
            sectors.add(matches, in: Self.ownItemStart(s, clauseStart: clauseStart, previousEnd: previousEnd, start: start)..<start,
                        times: 1, to: &clauseScores)
            sectors.add(sentenceScores, minus: clauseScores, capped: Self.contextCap, to: &evidence)
            let withoutSubject = evidence.reduce(0, +)
            Self.overwrite(&beforeSubject, with: evidence)
            // The sector of the subject's head, which wins a tie.
            let headSector: Int?
            if let subjectPart {
                headSector = sectors.add(matches, in: subjectPart, headBonus: true, times: 3, to: &evidence)
            } else if let sizedPart {
                headSector = sectors.add(matches, in: sizedPart.thing, headBonus: true, times: 3, to: &evidence)
                sectors.add(matches, in: sizedPart.measure, times: 3, to: &evidence)
            } else {
                headSector = sectors.add(subjectText, headBonus: true, times: 3, to: &evidence)
            }
            let subjectScores = evidence.reduce(0, +) > withoutSubject
            // (A figure of a 分别 list, 新型材料、清洁能源、装备制造产业增加值分别增长…: the clause
            // holds the other items, whose words are none of its; its subject has its own.)
            // (Unless it has no word of a sector itself: 事故起数和死亡人数分别下降 — 死亡人数
            // takes the clause's, as 事故起数 does.)
            if !subjectScores || !Self.saysRespectively(s[clauseStart..<start]) {
                sectors.add(clauseScores, times: 2, to: &evidence)
            }
            // (The head outweighs the other words of its subject and clause; the sentence and
            // section may still decide.)
            if let headSector { SectorLexicon.headLeads(headSector, since: beforeSubject, in: &evidence) }
            // (No word of any sector: the paragraph's words decide, whose topic it is part of,
            // worked out once a paragraph. A paragraph with no word of a sector at all leaves the
            // figure none.)
            // (Macro, the headline indicators, only by the figure's own words: 软信产业从业人员 in
            // a sentence about 服务业增加值占比, 技能培训 in a paragraph of headline results.)
            if let headline = sectors.headline, evidence.indices.contains(headline), beforeSubject.indices.contains(headline),
               evidence[headline] == beforeSubject[headline] {
                evidence[headline] = 0
            }
            var sector = Self.best(evidence, of: sectors, preferring: headSector)
            if sector == nil {
                if paragraphSector == nil {
                    sectors.reset(&evidence)
                    sectors.add(matches, in: s.startIndex..<s.endIndex, times: 1, to: &evidence)
                    paragraphSector = .some(Self.best(evidence, of: sectors))
                }
                sector = paragraphSector ?? nil
            }
            let unit = candidate.unit
            var normalizedUnit = unit?.normalized(in: s)
            var factor = candidate.factor
            if unit?.category == .tenths { factor *= 10; normalizedUnit = "%" }
            if unit?.category == .duration, let written = normalizedUnit, written.hasPrefix("个"), written.count > 1 {
                normalizedUnit = String(written.dropFirst())
            }
            if unit == nil, candidate.multiplier != nil { normalizedUnit = nil }
            // (A term of a structure of shares, 三次产业结构8.2:41.5:50.3, is a per cent written bare.)
            if unit == nil, kind == .share, QuantityScanner.isStructureTerm(s, at: candidate.range.lowerBound, end: candidate.range.upperBound) {
                normalizedUnit = "%"
            }
            metrics.append(Metric(
                text: ScalarString.make(s[candidate.range]),
                position: TextPosition(line: line, offset: offset + start),
                value: candidate.value, valueHigh: candidate.valueHigh, unit: candidate.unitWritten(in: s),
                normalizedValue: candidate.value.map { DecimalScaling.scaled($0, factor) },
                normalizedValueHigh: candidate.valueHigh.map { DecimalScaling.scaled($0, factor) },
                normalizedUnit: normalizedUnit, kind: kind, role: role, qualifier: qualifier,
                estimated: estimated, subject: subject, section: section, period: period,
                sector: sector, paragraph: index, rule: rules))
        }
    }

    /// `buffer = scores`, in place once `buffer` has their length (scores always have one per
    /// sector): a copy per figure was an allocation each.
    static func overwrite(_ buffer: inout [Int], with scores: [Int]) {
        guard buffer.count == scores.count else {
            buffer = scores
            return
        }
        buffer.withUnsafeMutableBufferPointer { buffer in
            scores.withUnsafeBufferPointer { scores in
                for position in scores.indices { buffer[position] = scores[position] }
            }
        }
    }

    /// Where the words of a figure's own item begin in its clause: after the last 、 that
    /// follows a figure before it in the clause (完成478家沿江化工企业关改搬转、12480个入河排污口整治:
    /// 化工企业 is the first item's); else the clause's start.
    static func ownItemStart(_ s: ArraySlice<Unicode.Scalar>, clauseStart: Int, previousEnd: Int, start: Int) -> Int {
        guard previousEnd > clauseStart, previousEnd < start else { return clauseStart }
        var position = start
        while position > previousEnd {
            position -= 1
            if s[position] == "、" { return position + 1 }
        }
        return clauseStart
    }

    /// Whether `clause` holds 分别: the figures after it pair with the items before it.
    static func saysRespectively(_ clause: ArraySlice<Unicode.Scalar>) -> Bool {
        var previous: Unicode.Scalar = " "
        for scalar in clause {
            if previous == "分", scalar == "别" { return true }
            previous = scalar
        }
        return false
    }

    /// `sectors.best(scores)`: the sector with the highest score, `preferred` (the subject's
    /// head's) or else the earlier sector winning a tie, nil when nothing matched. Only the
    /// winner's id is read (keeping the best so far as an id retained and released it at each
    /// improvement).
    static func best(_ scores: [Int], of sectors: SectorLexicon, preferring preferred: Int? = nil) -> String? {
        var best = -1
        var bestScore = 0
        scores.withUnsafeBufferPointer { scores in
            for position in scores.indices where scores[position] > 0 && scores[position] > bestScore {
                best = position
                bestScore = scores[position]
            }
            // (A tie goes to the subject's head, not to the sector listed first: 农村低保 is no
            // more agriculture's than social's.)
            if let preferred, preferred != best, bestScore > 0, scores.indices.contains(preferred), scores[preferred] == bestScore {
                best = preferred
            }
        }
        // The winner's id alone (a `Sector` copied out of the array retained all its arrays).
        return best < 0 ? nil : sectors.sectors.withUnsafeBufferPointer { $0[best].id }
    }

    /// The index of the last of `starts` (in ascending order) at or before `position`, or 0:
    /// what `starts.lastIndex { $0 <= position } ?? 0` finds, by bisection.
    static func lastStart(atOrBefore position: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// Where a reaching word of at most three scalars starts when it is all that stands between
    /// 、 right after the figure before and the figure at `start` (提高1.2个百分点、达到48.5%).
    static func reachingAfterListMark(_ s: ArraySlice<Unicode.Scalar>, start: Int, previousEnd: Int) -> Int? {
        let word = start - previousEnd - 1
        guard word >= 1, word <= 3, s[previousEnd] == "、", Subjects.isOne(of: reachingWords.scalars, s[(previousEnd + 1)..<start])
        else { return nil }
        return previousEnd + 1
    }

    static let strive = WordList(["力争"])
    /// A goal or plan of which a share was done (完成年度目标任务的112%, 完成计划的95%).
    static let goalsDone = WordList(["目标任务的", "任务的", "目标的", "计划的", "任务量的"])
    /// Words that say what a figure reached (a level, not a change), for the cue window above.
    static let reachingWords = WordList(["达到", "达", "为", "突破", "超过", "提高到", "提高至", "提升到", "提升至", "增至", "增加到",
                                         "增长到", "降至", "降到", "下降到", "下降至", "降低到", "降低至"])
    /// Names of a rate of growth: a figure such a clause reaches is growth too.
    static let rateNouns = WordList(["增速", "涨幅", "增幅", "增长率", "增长速度"])
    /// Verbs of growth, which a clause before a reaching word with no figure of its own may say
    /// its figure is (较快增长，达到7.5%).
    static let growthVerbs = WordList(["增长", "上涨", "下降", "下跌", "回落"])
    /// Names of a rate or a share: where one that moved arrives is a share, not growth.
    static let shareNouns = WordList(["率", "占比", "比重", "比例"])
    /// The most a sector scores from the figure's sentence (a 3-scalar keyword, twice; the
    /// subject's keywords count three times, the clause's twice). A long sentence that lists
    /// many indicators, such as the headline targets' (生产总值, 固定资产投资, 社会消费品零售总额
    /// …), otherwise outweighed every figure's own subject: 粮食产量 was `macro`.
    static let contextCap = 6
    static let from = WordList(["从", "由"])
    static let fromOnly = WordList(["从"])
    static let towards = WordList(["提高到", "提高至", "提升到", "提升至", "增至", "增加到", "增加至", "增长到", "降至", "降到",
                                   "下降到", "下降至", "降低到", "降低至", "上升到", "上升至", "减少到", "减少至", "扩大到", "扩大至",
                                   "缩小到", "缩小至", "压减到", "压减至", "压降到", "压降至", "缩减到", "缩减至", "达到", "跃升至", "跃升到", "升至", "前移至", "调整为", "调整到", "优化为",
                                   // (事项从39个拓展到91个, 企业由66户整合至12户, 时限从20天缩短至5天.)
                                   "拓展到", "拓展至", "扩展到", "扩展至", "整合至", "整合为", "整合到", "整合优化为",
                                   "精简到", "精简至", "精简为", "缩短到", "缩短至", "延长到", "延长至"])

    /// The length of the longest of `towards`, in scalars.
    static let towardsLongest = towards.scalars.map(\.count).max() ?? 0

    /// `竣工` after `重大项目开工`: the works of the subject before, in the state this one names;
    /// nil unless `subject` is only a state of work and `previous` is works in another.
    static func stateOfWork(_ subject: String, after previous: String) -> String? {
        // (Compared scalar by scalar, and only a short subject: a comparison of strings of Han
        // characters goes through Unicode normalization, thousands of instructions a figure.)
        guard subject.utf8.count <= 12, let first = subject.unicodeScalars.first, "新开竣完投建在续签落".unicodeScalars.contains(first),
              let own = Subjects.statesOfWork.firstIndex(where: { subject.unicodeScalars.elementsEqual($0) }) else { return nil }
        let scalars = Array(previous.unicodeScalars)
        for (index, state) in Subjects.statesOfWork.enumerated() where index != own && scalars.count >= state.count + 2 && scalars.suffix(state.count).elementsEqual(state) {
            var result = String.UnicodeScalarView(scalars.dropLast(state.count))
            result.append(contentsOf: subject.unicodeScalars)
            return String(result)
        }
        return nil
    }

    /// `subject` up to a 从 or 由 among its last eight characters, when something is left before it.
    static func beforeFrom(_ subject: String) -> String {
        let scalars = Array(subject.unicodeScalars)
        guard let cut = scalars.lastIndex(where: { $0 == "从" || $0 == "由" }), cut > 0, scalars.count - cut <= 8 else { return subject }
        return Text.string(scalars[..<cut])
    }

    /// Whether the figure at `start` follows a mark that joins it to a list (、 or a comma).
    static func followsListMark(_ s: ArraySlice<Unicode.Scalar>, at start: Int) -> Bool {
        guard start > s.startIndex else { return false }
        switch s[start - 1] {
        case "、", "，", ",": return true
        default: return false
        }
    }

    /// Whether the words between a baseline and the next figure are only a verb of change
    /// towards it (`下降到`, `提高至`; maybe with 了 or spaces), and maybe the year it reached it
    /// (`增长到2022年的`, `提高到2025年末的`).
    static func onlyChangesTowards(_ between: ArraySlice<Unicode.Scalar>) -> Bool {
        // At most a verb and a year (2025年底的) are left: a longer stretch is answered before
        // it is copied (the rest of a sentence was copied for each figure of it).
        let longest = towardsLongest + 7
        var kept = 0
        for scalar in between where scalar != "了" && !TextLines.isPadding(scalar) {
            kept += 1
            if kept > longest { return false }
        }
        // (Most stretches hold nothing to leave out, and are read where they lie.)
        let words = kept == between.count ? between : between.filter { $0 != "了" && !TextLines.isPadding($0) }[...]
        guard let verb = towards.prefix(of: words) else { return false }
        var rest = words.dropFirst(towards.scalars[verb].count)
        guard !rest.isEmpty else { return true }
        // A year: four digits and 年, then maybe 底 or 末, then maybe 的.
        guard rest.count >= 5, rest.prefix(4).allSatisfy({ NumberReader.digit($0) != nil }), rest[rest.startIndex + 4] == "年" else { return false }
        rest = rest.dropFirst(5)
        if let first = rest.first, first == "底" || first == "末" { rest = rest.dropFirst() }
        if rest.first == "的" { rest = rest.dropFirst() }
        return rest.isEmpty
    }

    /// `从X提高到Y`: X, the starting point, with a verb of change towards Y after it in the clause.
    static func isBaseline(_ s: ArraySlice<Unicode.Scalar>, candidate: Candidate, clauseStart: Int) -> Bool {
        var start = candidate.range.lowerBound
        var end = candidate.range.upperBound
        // (A term of a structure, 由12.9:35.1:52.0调整为…: the whole structure is the baseline.)
        if candidate.rule.ratio {
            func isTerm(_ scalar: Unicode.Scalar) -> Bool {
                NumberReader.digit(scalar) != nil || scalar == "." || QuantityScanner.isRatioColon(scalar)
            }
            while start > clauseStart, isTerm(s[start - 1]) { start -= 1 }
            while end < s.endIndex, isTerm(s[end]) { end += 1 }
        }
        guard from.occurs(in: s[max(clauseStart, start - 8)..<start]) else { return false }
        // 由 is a common preposition (由省财政补助2亿元): only 由60%提高到 starts from a baseline.
        if !fromOnly.occurs(in: s[max(clauseStart, start - 8)..<start]) {
            let next = s[end..<min(s.endIndex, end + 4)]
            return towards.occurs(in: next)
        }
        var clauseEnd = end
        while clauseEnd < s.endIndex, s[clauseEnd] != "，", s[clauseEnd] != "。", s[clauseEnd] != "；" { clauseEnd += 1 }
        return towards.occurs(in: s[end..<clauseEnd])
    }
    static let estimates = WordList(MeaningRules.estimateCues)

    /// Where the figures that an estimate word covers end, when one between `from` and
    /// `firstFigure`, within the sentence's first 24 scalars, opens a clause or follows only a
    /// time of at most five scalars (2024年预计, 全年预计); else `from` (none covered). In the
    /// sentence's first clause it covers the sentence (its ；-joined parts too:
    /// 预计完成地区生产总值90.82亿元，增长8%；固定资产投资34亿元…); opening a later clause
    /// (过去一年，预计全省…), the part up to the next ；. `laterClause`: `from` is the start of a
    /// later clause of the sentence, not of the sentence.
    static func estimateScopeEnd(_ s: ArraySlice<Unicode.Scalar>, from: Int, firstFigure: Int, laterClause: Bool = false) -> Int {
        // Only where an estimate word can begin (预计, 预估, 初步…): most sentences have none.
        var clauseStart = from
        var position = from
        while position < min(firstFigure, from + 24) {
            let scalar = s[position]
            if Self.isClauseMark(scalar) { clauseStart = position + 1 }
            // Only a time may stand before it in its clause (2024年预计, 全年预计): after a subject
            // (工业产值预计增长8%) it is that clause's alone.
            if scalar == "预" || scalar == "初", position - clauseStart <= 5, clauseStart == position || s[position - 1] == "年",
               estimates.prefix(of: s[position..<firstFigure]) != nil {
                // Opening the sentence, it covers all of it; opening a later clause, its part up to ；.
                var end = firstFigure
                while end < s.endIndex, !Self.endsEstimateScope(s[end], atSemicolon: laterClause || clauseStart != from) { end += 1 }
                return end
            }
            position += 1
        }
        return from
    }

    private static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "，" || scalar == "：" || scalar == "," || scalar == ":"
    }

    private static func endsEstimateScope(_ scalar: Unicode.Scalar, atSemicolon: Bool) -> Bool {
        scalar == "。" || scalar == "！" || scalar == "？" || atSemicolon && (scalar == "；" || scalar == ";")
    }
}

/// The sector scores of section titles, each worked out once: every paragraph and figure of a
/// section weighs its title.
struct SectionScores {
    let outline: [OutlineNode]
    let sectors: SectorLexicon
    /// By node index: an array, not a `[Int: [Int]]` (hashing each section and growing the
    /// table cost more than most titles' scores).
    private var known: [[Int]?]
    /// The scores of no text, for a section that is no node.
    private var none: [Int]?

    init(outline: [OutlineNode], sectors: SectorLexicon) {
        self.outline = outline
        self.sectors = sectors
        self.known = Text.filled(nil, count: outline.count)
    }

    /// Learns node `section`'s title scores from `paragraph`, when that is the node's heading
    /// and holds the title as a run of its scalars: read from the paragraph's keyword
    /// `matches`, they are the scores of scanning the title itself (`SectorLexicon.add`), and the
    /// title is neither decoded into an array nor scanned again. Otherwise the subscript works
    /// them out from the title when they are first asked for.
    mutating func learn(_ section: Int, heading paragraph: RawParagraph, matches: SectorLexicon.Matches) {
        guard known.indices.contains(section), known[section] == nil else { return }
        let title: String? = outline.withUnsafeBufferPointer { nodes in
            nodes[section].position.offset == paragraph.offset ? nodes[section].title : nil
        }
        guard let title, let range = Self.find(title, in: paragraph.scalars) else { return }
        var scores = sectors.zeroScores()
        sectors.add(matches, in: range, times: 1, to: &scores)
        known[section] = scores
    }

    /// Where `title`'s scalars first occur in `scalars`, if they do (an empty title never does).
    static func find(_ title: String, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var title = title
        return title.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: utf8.count) { buffer in
                let count = Text.decode(utf8, into: buffer)
                return Text.firstIndex(of: buffer[..<count], in: scalars[...]).map { $0..<($0 + count) }
            }
        }
    }

    /// The scores of node `section`'s title (of no text when there is no such node).
    subscript(section: Int) -> [Int] {
        mutating get {
            guard known.indices.contains(section) else {
                if let none { return none }
                let scores = sectors.scores("")
                none = scores
                return scores
            }
            if let scores = known[section] { return scores }
            let scores = sectors.scores(outline[section].title)
            known[section] = scores
            return scores
        }
    }
}

/// Quantity extraction on its own, for callers that hold a parsed report (the benchmark measures
/// it apart from loading).
public enum QuantityExtraction {
    /// Every figure of `report`, found anew from its paragraphs and outline.
    public static func metrics(in report: Report) -> [Metric] {
        MetricExtractor.standard.extract(paragraphs: report.paragraphs, outline: report.outline)
    }
}
