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
    var qualifier: Metric.Qualifier?
    /// Set when the figure's form decides its kind (a rank word, 正增长).
    var kind: Metric.Kind?
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
}
