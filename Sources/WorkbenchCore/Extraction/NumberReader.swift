/// Reads numbers as reports write them, the first layer of quantity extraction: Arabic digits
/// (half- or full-width, decimals, thousands separators) and Chinese numerals (`三百二十`, `两`,
/// `一万二千`, `千` alone as in `近千亿元`).
///
/// A trailing 万, 亿, 万亿 or 千万 is *not* read into the value: reports write it as part of the
/// unit (`1.3万公里`, `千亿元`), and the extractor folds it into the normalized value.
enum NumberReader {
    struct Number: Equatable {
        /// The value of the digits or numerals read.
        var value: Double
        /// Index just past the last scalar read.
        var end: Int
        /// True when written in Chinese numerals.
        var isChinese: Bool
    }

    /// The number that starts at `index`, or `nil` when none does.
    static func read(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Number? {
        guard index >= scalars.startIndex, index < scalars.endIndex else { return nil }
        if digit(scalars[index]) != nil { return readArabic(scalars, at: index) }
        if isChineseNumeral(scalars[index]) { return readChinese(scalars, at: index) }
        return nil
    }

    /// 0–9 for half- and full-width digits.
    static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }

    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        Enumerators.digit(scalar) != nil || chineseUnit(scalar) != nil
    }

    /// 十 百 千 (within a section) and 万 亿 (section multipliers).
    static func chineseUnit(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "十": return 10
        case "百": return 100
        case "千": return 1_000
        case "万": return 10_000
        case "亿": return 100_000_000
        default: return nil
        }
    }

    static func readArabic(_ scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> Number? {
        var integer: Double = 0
        var index = start
        var digitsInGroup = 0
        var sawSeparator = false
        while index < scalars.endIndex {
            if let value = digit(scalars[index]) {
                integer = integer * 10 + Double(value)
                digitsInGroup += 1
                index += 1
                continue
            }
            // A thousands separator: one to three digits before the first, exactly three
            // between two, and exactly three after it.
            if scalars[index] == ",", digitsInGroup >= 1,
               sawSeparator ? digitsInGroup == 3 : digitsInGroup <= 3,
               Self.threeDigits(scalars, at: index + 1) {
                sawSeparator = true
                digitsInGroup = 0
                index += 1
                continue
            }
            break
        }
        if sawSeparator && digitsInGroup != 3 { return nil }
        var value = integer
        if index + 1 < scalars.endIndex, scalars[index] == "." || scalars[index] == "．",
           let fractionStart = fractionStart(scalars, point: index, numberStart: start) {
            index = fractionStart
            var scale = 0.1
            while index < scalars.endIndex, let fraction = digit(scalars[index]) {
                value += Double(fraction) * scale
                scale /= 10
                index += 1
            }
            value = (value * 1e9).rounded() / 1e9
        }
        return Number(value: value, end: index, isChinese: false)
    }

    /// Where the fraction after a decimal point starts: right after it, or after one space that
    /// copies of PDF pages put there (`增长 6. 5%`). The space is read only after words: an item
    /// number opening a paragraph, a sentence or a clause (`。2. 5G基站`) is not a decimal.
    private static func fractionStart(_ scalars: ArraySlice<Unicode.Scalar>, point: Int, numberStart: Int) -> Int? {
        if digit(scalars[point + 1]) != nil { return point + 1 }
        guard scalars[point + 1] == " ", point + 2 < scalars.endIndex, digit(scalars[point + 2]) != nil else { return nil }
        // (第5. 2024年…: a sentence after an ordinal, not a fraction of four digits.)
        var digits = point + 2
        while digits < scalars.endIndex, digit(scalars[digits]) != nil { digits += 1 }
        guard digits - (point + 2) <= 3, digits == scalars.endIndex || scalars[digits] != "年" else { return nil }
        var before = numberStart - 1
        while before >= scalars.startIndex, QuantityScanner.isSpace(scalars[before]) { before -= 1 }
        guard before >= scalars.startIndex, scalars[before].isIdeograph else { return nil }
        return point + 2
    }

    private static func threeDigits(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
        guard index + 3 <= scalars.endIndex else { return false }
        let three = (index..<(index + 3)).allSatisfy { digit(scalars[$0]) != nil }
        let fourth = index + 3 < scalars.endIndex ? digit(scalars[index + 3]) : nil
        return three && fourth == nil
    }

    /// Chinese numerals by the usual grammar: digits take 十/百/千 within a section, 万/亿 close a
    /// section. Digits written one by one (`二〇二五`) read as a digit string. A trailing 万, 亿
    /// or 万亿 is left for the unit.
    static func readChinese(_ scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> Number? {
        // Read in place: the run, its trailing multiplier and the multipliers before it are parts
        // of the paragraph (arrays made of them were allocations for every numeral in the text,
        // most of them words such as 一体化).
        var end = start
        while end < scalars.endIndex, isChineseNumeral(scalars[end]) { end += 1 }
        // Leave a 千 right after a multiplier that opens a unit to the unit (亿千瓦 → 亿 + 千瓦, 百万千瓦
        // → 百 + 万千瓦, 一千零五十千克); after a digit it is the number's (三千米 is 3000 米, as 千亿元
        // is 1000 亿元).
        if end - start > 1, scalars[end - 1] == "千", "十百千万亿".unicodeScalars.contains(scalars[end - 2]),
           end < scalars.endIndex, unitsAfterThousand.contains(scalars[end]) {
            end -= 1
        }
        // Leave a trailing multiplier to the unit (千亿 → 千 + 亿, 两万亿 → 两 + 万亿), unless the
        // numeral has a multiplier of its own before it (一亿二千万 is one number). The longest
        // of 万亿, 亿 and 万 that ends the run and leaves something before it is tried.
        let length = end - start
        let trailing = length > 2 && scalars[end - 2] == "万" && scalars[end - 1] == "亿" ? 2
            : length > 1 && (scalars[end - 1] == "亿" || scalars[end - 1] == "万") ? 1 : 0
        if trailing > 0, !scalars[start..<(end - trailing)].contains(where: { $0 == "万" || $0 == "亿" }) {
            end -= trailing
        }
        let run = scalars[start..<end]
        // 超万亿元: the multiplier alone stands for one of it (value 1, unit 万亿元); so does 亿
        // after a word of passing or nearing (过亿千瓦, 破亿元).
        if run.count == 2, run[start] == "万", run[start + 1] == "亿" { return Number(value: 1, end: start, isChinese: true) }
        // (Not 不超过亿元, nor a threshold before 的: 过亿元的企业.)
        if run.count == 1, run[start] == "亿", start > scalars.startIndex, passingWords.contains(scalars[start - 1]),
           !(start - 3 >= scalars.startIndex && scalars[start - 3] == "不" && scalars[start - 2] == "超"),
           !deFollows(scalars, after: start) {
            return Number(value: 1, end: start, isChinese: true)
        }
        if run.count == 1, chineseUnit(run[start]).map({ $0 >= 10_000 }) == true { return nil }
        // 万千人心, 亿万人民: a multiplier opening a run is a word of multitude, no number
        // (ten thousand and one thousand is written 一万一千).
        if run.count > 1, run[start] == "万" || run[start] == "亿" { return nil }
        guard let value = chineseValue(run) else { return nil }
        return Number(value: value, end: end, isChinese: true)
    }

    /// What follows 千 in units that open with it (千瓦, 千瓦时, 千米, 千克, 千伏安).
    static let unitsAfterThousand: Set<Unicode.Scalar> = ["瓦", "米", "克", "伏"]

    /// Whether 的 follows `position` within five scalars, before any mark (过亿元的企业).
    static func deFollows(_ scalars: ArraySlice<Unicode.Scalar>, after position: Int) -> Bool {
        var index: Int = position + 1
        while index < scalars.endIndex, index <= position + 5 {
            let scalar: Unicode.Scalar = scalars[index]
            if scalar == "，" || scalar == "。" || scalar == "；" || scalar == "、" { return false }
            if scalar == "的" { return true }
            index += 1
        }
        return false
    }

    /// Words before a lone 亿 that make it one of it: 过亿, 超亿, 破亿, 逾亿, 近亿.
    static let passingWords: Set<Unicode.Scalar> = ["过", "超", "破", "逾", "近"]

    static func chineseValue(_ run: ArraySlice<Unicode.Scalar>) -> Double? {
        guard !run.isEmpty else { return nil }
        if run.count > 1, run.allSatisfy({ Enumerators.digit($0) != nil && $0 != "两" }) {
            return run.reduce(0) { $0 * 10 + Double(Enumerators.digit($1)!) }
        }
        var total: Double = 0
        var section: Double = 0
        var number: Double = 0
        var sawDigit = false
        for scalar in run {
            if let digit = Enumerators.digit(scalar) {
                // Two digits in a row need a 零 between them (一千零五); 十四五 is no number.
                if sawDigit && number != 0 { return nil }
                number = Double(digit)
                sawDigit = true
            } else if let unit = chineseUnit(scalar) {
                if unit < 10_000 {
                    section += (sawDigit ? number : 1) * unit
                } else if unit == 10_000 {
                    total += (section + number == 0 ? 1 : section + number) * unit
                    section = 0
                } else {
                    total = (total + section + number == 0 ? 1 : total + section + number) * unit
                    section = 0
                }
                number = 0
                sawDigit = false
            }
        }
        return total + section + number
    }
}
