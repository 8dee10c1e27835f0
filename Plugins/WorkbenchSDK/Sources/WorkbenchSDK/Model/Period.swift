/// The stretch of time a piece of a report speaks about, taken from the document's own words
/// (a part headed `2024年工作回顾` reviews 2024; `“十五五”时期主要目标任务` plans 2026–2030),
/// never from the clock.
@frozen public struct Period: Codable, Sendable, Hashable, CustomStringConvertible {
    /// Whether the text looks back at what was done or forward at what is planned.
    @frozen public enum Kind: String, Codable, Sendable, Hashable {
        /// Looks back: what was done.
        case review
        /// Looks ahead: what is to be done.
        case plan
    }

    /// The first year covered.
    public var from: Int
    /// The last year covered (equal to `from` for a single year).
    public var to: Int
    /// Review or plan.
    public var kind: Kind

    /// The years `from` to `to` (given in either order).
    @inlinable
    public init(from: Int, to: Int, kind: Kind) {
        self.from = min(from, to)
        self.to = max(from, to)
        self.kind = kind
    }

    /// A single year reviewed or planned.
    @inlinable
    public init(year: Int, kind: Kind) {
        self.init(from: year, to: year, kind: kind)
    }

    /// The label used in tables and JSON: `2024-review`, `2025-plan`, `2021-2025-review`.
    public var label: String {
        from == to ? "\(from)-\(kind.rawValue)" : "\(from)-\(to)-\(kind.rawValue)"
    }

    public var description: String { label }

    /// Reads a label written by `label` back; `nil` when the text is not one.
    public init?(label: String) {
        let pieces = label.split(separator: "-").map(String.init)
        guard let last = pieces.last, let kind = Kind(rawValue: last) else { return nil }
        let years = pieces.dropLast().compactMap { Int($0) }
        guard years.count == pieces.count - 1, let first = years.first, let end = years.last,
              years.count <= 2 else { return nil }
        self.init(from: first, to: end, kind: kind)
    }
}
