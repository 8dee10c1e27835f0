import WorkbenchSDK

/// A figure found in a paragraph, before its meaning is decided.
struct Candidate: Equatable {
    /// Scalar range of the figure's text in its paragraph (number, unit, trailing qualifier).
    var range: Range<Int>
    var value: Double?
    var valueHigh: Double?
    /// Multiplier written before the unit (`万`), with its factor.
    var multiplier: String?
    var factor: Double = 1
    var unit: UnitLexicon.Unit?
    var qualifier: Qualifier?
    /// Set when the figure's form decides its kind (a rank word, 正增长).
    var kind: Kind?
    /// The scanning rule that found it.
    var rule: String

    /// The unit as written, multiplier included.
    var unitWritten: String? {
        switch (multiplier, unit) {
        case (nil, nil): return nil
        case (let multiplier?, nil): return multiplier
        case (nil, let unit?): return unit.written
        case (let multiplier?, let unit?): return multiplier + unit.written
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
        case rank, growth

        var metric: Metric.Kind {
            switch self {
            case .rank: return .rank
            case .growth: return .growth
            }
        }
    }
}
