/// Figures scaled by their multiplier (万, 亿) on their decimal digits.
///
/// Kept apart from the extractor, which calls it for every figure: most figures are whole
/// numbers and are simply multiplied; the rest are read from their shortest description's
/// digits, so that 1.68万 is 16800 and not 16800.000000000004.
enum DecimalScaling {
    /// `value × factor` computed on the decimal digits, so that 1.68万 is 16800 exactly (a
    /// binary product gives 16800.000000000004).
    static func scaled(_ value: Double, _ factor: Double) -> Double {
        guard factor != 1, value.isFinite else { return value }
        // A whole number is written without fraction digits: the steps below come to
        // `value × factor` (the divisor is 1), without printing and reading the number back.
        if value == value.rounded(.towardZero), abs(value) < 1e15 { return value * factor }
        guard let (mantissa, fractionDigits) = decimalDigits(value.description) else { return scaledAsText(value, factor) }
        return scaled(mantissa: mantissa, fractionDigits: fractionDigits, factor)
    }

    /// `mantissa / 10^fractionDigits × factor`, where factor and the divisor are powers of ten.
    private static func scaled(mantissa: Double, fractionDigits: Int, _ factor: Double) -> Double {
        var divisor = 1.0
        for _ in 0..<fractionDigits { divisor *= 10 }
        // factor and divisor are powers of ten: divide first when the factor is larger.
        return factor >= divisor ? mantissa * (factor / divisor) : mantissa * factor / divisor
    }

    /// A description of the form `[-]digits.digits`, read as the number its digits make
    /// without the dot and trailing zeros (the mantissa) and how many fraction digits that
    /// leaves; nil for any other form, or a mantissa of 2^53 or more. Read from the bytes,
    /// as an integer: below 2^53 a Double holds it exactly, as `Double(text)` reads it
    /// (searching and slicing the description as characters cost ~2,000 instructions).
    static func decimalDigits(_ written: String) -> (mantissa: Double, fractionDigits: Int)? {
        var negative = false
        var seenDot = false
        var seenDigit = false
        var mantissa: UInt64 = 0
        var fractionDigits = 0
        // Zeros after the dot not yet followed by another digit: trailing, unless one comes.
        var pendingZeros = 0
        for (position, byte) in written.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where position == 0:
                negative = true
            case UInt8(ascii: ".") where !seenDot && seenDigit:
                seenDot = true
            case UInt8(ascii: "0") where seenDot:
                pendingZeros += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                for _ in 0..<pendingZeros {
                    mantissa *= 10
                    fractionDigits += 1
                    guard mantissa < 1 << 53 else { return nil }
                }
                pendingZeros = 0
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                if seenDot { fractionDigits += 1 }
                guard mantissa < 1 << 53 else { return nil }
            default:
                return nil
            }
        }
        guard seenDot, pendingZeros > 0 || fractionDigits > 0 else { return nil }
        let magnitude = Double(mantissa)
        return (negative ? -magnitude : magnitude, fractionDigits)
    }

    /// `scaled` by the description's characters: for forms `decimalDigits` does not read.
    private static func scaledAsText(_ value: Double, _ factor: Double) -> Double {
        let written = value.description
        guard !written.contains("e"), let dot = written.firstIndex(of: ".") else { return value * factor }
        var fraction = written[written.index(after: dot)...]
        while fraction.hasSuffix("0") { fraction.removeLast() }
        guard let mantissa = Double(written[..<dot] + fraction) else { return value * factor }
        return scaled(mantissa: mantissa, fractionDigits: fraction.count, factor)
    }
}
