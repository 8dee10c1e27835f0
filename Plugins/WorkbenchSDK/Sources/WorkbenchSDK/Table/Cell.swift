/// One value in a result table. Renderers decide how each case is written (a JSON number, a
/// right-aligned table cell, an empty CSV field for `null`, …).
public enum Cell: Codable, Sendable, Hashable {
    /// No value: empty in a table and CSV, `null` in JSON.
    case null
    /// Text.
    case text(String)
    /// A whole number.
    case integer(Int)
    /// A number with a fraction or a large magnitude.
    case number(Double)
    /// True or false.
    case bool(Bool)
    /// Several texts: joined by `, ` in a table and CSV, an array in JSON.
    case list([String])

    /// The cell as plain text, as the table and CSV renderers show it.
    public var plainText: String {
        switch self {
        case .null: return ""
        case .text(let value): return value
        case .integer(let value): return String(value)
        case .number(let value): return Cell.format(value)
        case .bool(let value): return value ? "true" : "false"
        case .list(let values): return values.joined(separator: ", ")
        }
    }

    /// True for numbers, which tables align to the right.
    public var isNumeric: Bool {
        switch self {
        case .integer, .number: return true
        default: return false
        }
    }

    /// Formats a number without a trailing `.0` and without exponent notation for the sizes
    /// reports use (up to 1e18).
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        if value == value.rounded(), abs(value) < 1e18 {
            return String(Int64(value))
        }
        return String(value)
    }
}

extension Cell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(nilLiteral: ()) { self = .null }
}

extension Cell {
    /// `.text` for a value, `.null` for `nil`.
    public static func optional(_ value: String?) -> Cell { value.map(Cell.text) ?? .null }
    /// `.integer` for a value, `.null` for `nil`.
    public static func optional(_ value: Int?) -> Cell { value.map(Cell.integer) ?? .null }
    /// `.number` for a value, `.null` for `nil`.
    public static func optional(_ value: Double?) -> Cell { value.map(Cell.number) ?? .null }
}
