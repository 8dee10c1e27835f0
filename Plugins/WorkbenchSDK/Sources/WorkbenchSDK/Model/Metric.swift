/// One quantity a report states: its value and unit as written and normalized, what it
/// measures, whether it was achieved or is a target, and the rule that found it.
@frozen public struct Metric: Codable, Sendable, Hashable {
    /// What sort of figure it is.
    @frozen public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// A physical or monetary amount, a duration, an index value.
        case level
        /// A change: 增长7.7%, 涨幅2%, 增长两倍多.
        case growth
        /// A proportion, ratio or rate: 占比49.7%, 失业率5.5%.
        case share
        /// A position: 全国第一, 前列, 上升5位.
        case rank
        /// A number of discrete things: 1599家, 47万人.
        case count
    }

    /// Whether the figure reports what was done or sets what is to be done.
    @frozen public enum Role: String, Codable, Sendable, Hashable, CaseIterable {
        /// Reported as done.
        case achieved
        /// Set for the period ahead.
        case target
        /// Durations and streaks (历时7年, 连续11年) and restatements.
        case other
    }

    /// How the value is bounded.
    @frozen public enum Qualifier: String, Codable, Sendable, Hashable, CaseIterable {
        /// 左右, 约, 近.
        case approx
        /// 以上, 超过, 突破, 不低于.
        case atLeast = "at-least"
        /// 余, 多.
        case moreThan = "more-than"
        /// 以内, 不超过, 内.
        case atMost = "at-most"
        /// 力争.
        case strive
    }

    /// The figure as written: number, unit and any trailing qualifier (`5%左右`, `4400余件`).
    public var text: String
    /// Where `text` starts.
    public var position: TextPosition
    /// The number as written, with 万/亿 left in the unit (`1.3` of `1.3万公里`); `nil` for
    /// figures without a number (`前列`, `正增长`).
    public var value: Double?
    /// The high end of a range (`1—2个` → 2).
    public var valueHigh: Double?
    /// The unit as written, multiplier included (`万公里`, `%`, `个`); `nil` when there is none.
    public var unit: String?
    /// The value with 万/亿 folded in (`1.3万公里` → 13000).
    public var normalizedValue: Double?
    /// The high end of a range, normalized.
    public var normalizedValueHigh: Double?
    /// The base unit (`公里`, `元`, `%`).
    public var normalizedUnit: String?
    /// Level, growth, share, rank or count.
    public var kind: Kind
    /// Achieved (a review of the past), target (a plan) or other.
    public var role: Role
    /// How the value is bounded (左右, 以上, 余, 力争 …), `nil` when it is exact.
    public var qualifier: Qualifier?
    /// True when the report gives the figure as an estimate (预计, 初步统计).
    public var estimated: Bool
    /// The indicator it measures, in the report's words (`地区生产总值增长`).
    public var subject: String
    /// Id of the smallest outline node of level ≤ 3 that contains it.
    public var section: Int
    /// The period of its sentence.
    public var period: Period?
    /// One of the sector ids of the sector lexicon (`macro`, `energy`, …), if any fits.
    public var sector: String?
    /// Index of its paragraph in `Report.paragraphs`.
    public var paragraph: Int
    /// Which rule found it and decided its meaning, for `explain`.
    public var rule: String

    /// A metric; every field as described on its property.
    @inlinable
    public init(text: String, position: TextPosition, value: Double?, valueHigh: Double?, unit: String?,
                normalizedValue: Double?, normalizedValueHigh: Double?, normalizedUnit: String?,
                kind: Kind, role: Role, qualifier: Qualifier?, estimated: Bool, subject: String,
                section: Int, period: Period?, sector: String?, paragraph: Int, rule: String) {
        self.text = text
        self.position = position
        self.value = value
        self.valueHigh = valueHigh
        self.unit = unit
        self.normalizedValue = normalizedValue
        self.normalizedValueHigh = normalizedValueHigh
        self.normalizedUnit = normalizedUnit
        self.kind = kind
        self.role = role
        self.qualifier = qualifier
        self.estimated = estimated
        self.subject = subject
        self.section = section
        self.period = period
        self.sector = sector
        self.paragraph = paragraph
        self.rule = rule
    }

    /// 1-based line of the figure.
    @inlinable public var line: Int { position.line }
    /// 0-based offset, in Unicode scalars, of the figure's first character.
    @inlinable public var offset: Int { position.offset }
}
