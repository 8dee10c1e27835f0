import WorkbenchSDK

/// A figure found in a paragraph, before its meaning is decided. It holds no strings, so that
/// copying one (the scanner, the subject finder and the extractor each do) retains and releases
/// nothing: its unit, multiplier and rule are values that name their strings.
struct Candidate: Equatable {
    /// Scalar range of the figure's text in its paragraph (number, unit, trailing qualifier).
    var range: Range<Int>
    var value: Double?
    var valueHigh: Double?
    /// Multiplier written before the unit (`万`), and its factor.
    var multiplier: UnitLexicon.Multiplier?
    var factor: Double = 1
    var unit: UnitLexicon.Unit?
    var qualifier: Qualifier?
    /// Set when the figure's form decides its kind (a rank word, 正增长).
    var kind: Kind?
    /// The scanning rule that found it.
    var rule: Rule

    /// Whether `value` has a fractional part (11.7年 is a measured length of time, no year of
    /// the calendar and no stretch that something took).
    static func isFraction(_ value: Double?) -> Bool {
        value.map { $0.rounded(.towardZero) != $0 } ?? false
    }

    /// The unit as written, multiplier included; `text` is the paragraph's scalars.
    func unitWritten(in text: ArraySlice<Unicode.Scalar>) -> String? {
        switch (multiplier, unit) {
        case (nil, nil): return nil
        case (let multiplier?, nil): return multiplier.written
        case (nil, let unit?): return unit.written(in: text)
        case (let multiplier?, let unit?): return multiplier.written + unit.written(in: text)
        }
    }

    /// The scanning rule: how the figure's form was read, and what more was read with it.
    struct Rule: Equatable {
        enum Form: Equatable {
            case digits, chineseNumerals, rankTopOfList, positiveGrowth, rankFirstTier, rankFront, rankMiddle, rankTop,
                 rankOrdinal, rankPlaces, rankTopN, doubling, half, fraction
        }

        var form: Form
        /// A second number made it a range (`1—2个`).
        var range = false
        /// A bare number read as an index value (`指数达到92`).
        var indexValue = false
        /// A bare number read as a ratio (`收入比缩小至2.31:1`).
        var ratio = false

        init(_ form: Form) {
            self.form = form
        }

        /// As the model's rule string shows it (`digits+range`).
        var name: String {
            let base: String
            switch form {
            case .digits: base = "digits"
            case .chineseNumerals: base = "chinese-numerals"
            case .rankTopOfList: base = "rank-top-of-list"
            case .positiveGrowth: base = "positive-growth"
            case .rankFirstTier: base = "rank-first-tier"
            case .rankFront: base = "rank-front"
            case .rankMiddle: base = "rank-middle"
            case .rankTop: base = "rank-top"
            case .rankOrdinal: base = "rank-ordinal"
            case .rankPlaces: base = "rank-places"
            case .rankTopN: base = "rank-top-n"
            case .doubling: base = "doubling"
            case .half: base = "half"
            case .fraction: base = "fraction"
            }
            if ratio { return base + "+ratio" }
            switch (range, indexValue) {
            case (false, false): return base
            case (true, false): return base + "+range"
            case (false, true): return base + "+index-value"
            case (true, true): return base + "+range+index-value"
            }
        }
    }

    /// The qualifiers a figure's form can show. The candidate keeps its own enums, not
    /// `Metric`'s: those come from the SDK, built for library evolution, so a candidate holding
    /// them had no fixed layout and every copy went through the runtime's value witnesses.
    enum Qualifier: Equatable {
        case approx, atLeast, moreThan, atMost

        var metric: Metric.Qualifier {
            switch self {
            case .approx: return .approx
            case .atLeast: return .atLeast
            case .moreThan: return .moreThan
            case .atMost: return .atMost
            }
        }
    }

    /// The kinds a figure's form decides (see `Qualifier` for why not `Metric.Kind`).
    enum Kind: Equatable {
        case rank, growth, share

        var metric: Metric.Kind {
            switch self {
            case .rank: return .rank
            case .growth: return .growth
            case .share: return .share
            }
        }
    }
}
