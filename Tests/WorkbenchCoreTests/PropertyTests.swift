import Foundation
import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A small seeded generator (SplitMix64): every run tries the same cases, and a failure names
/// the input that broke the property.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Integers written as a report writes them in Chinese numerals (一亿零三百万零四十五, 两千).
enum ChineseNumerals {
    static let digits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func write(_ number: Int, twoAsLiang: Bool = false) -> String {
        guard number > 0 else { return "零" }
        let sections = [(number / 100_000_000, "亿"), (number / 10_000 % 10_000, "万"), (number % 10_000, "")]
        var text = ""
        var pendingZero = false
        for (value, mark) in sections {
            if value == 0 {
                if !text.isEmpty { pendingZero = true }
                continue
            }
            if !text.isEmpty && (pendingZero || value < 1000) { text += "零" }
            pendingZero = false
            text += section(value, leading: text.isEmpty, twoAsLiang: twoAsLiang) + mark
        }
        return text
    }

    /// 0 < value < 10000: 三千零五, 十二 (at the very start), 一十二 (after a higher section).
    static func section(_ value: Int, leading: Bool, twoAsLiang: Bool) -> String {
        let places: [(Int, String)] = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        var text = ""
        var zero = false
        var started = false
        for (place, mark) in places {
            let digit = value / place % 10
            if digit == 0 {
                if started { zero = true }
                continue
            }
            if zero { text += "零"; zero = false }
            if place == 10, digit == 1, leading, !started {
                text += "十"
            } else if digit == 2, twoAsLiang, place >= 100 {
                text += "两" + mark
            } else {
                text += String(digits[digit]) + mark
            }
            started = true
        }
        return text
    }
}

@Suite struct PropertyTests {
    func read(_ text: String) -> NumberReader.Number? {
        let scalars = Array(text.unicodeScalars)
        return NumberReader.read(scalars[...], at: 0)
    }

    /// Every scalar's UTF-8 length is the standard library's, counted alone (the scalar loop)
    /// and four at once (the vector loop).
    @Test func everyScalarsUTF8LengthIsTheStandardLibrarys() {
        for value in UInt32(0)...0x10_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let four = [scalar, scalar, scalar, scalar]
            #expect(four.withUnsafeBufferPointer { Text.utf8Count($0) } == 4 * UTF8.width(scalar), "U+\(String(value, radix: 16))")
            #expect(four.withUnsafeBufferPointer { Text.utf8Count(UnsafeBufferPointer(rebasing: $0[..<1])) } == UTF8.width(scalar))
        }
    }

    /// The UTF-8 length of a run of scalars, counted several at a time, is the string's: for
    /// every length up to 40 (the vector loop and its remainder) and at every width's bounds.
    @Test func anyRunsUTF8LengthIsItsStringsLength() {
        let pool: [Unicode.Scalar] = ["\u{0}", "\u{7F}", "\u{80}", "é", "\u{7FF}", "\u{800}", "中", "\u{FFFF}", "\u{10000}",
                                      "😀", "\u{10FFFF}", "1"]
        var random = SeededGenerator(seed: 29)
        for length in 0...40 {
            for _ in 0..<20 {
                let scalars = (0..<length).map { _ in pool.randomElement(using: &random)! }
                let expected = String(String.UnicodeScalarView(scalars)).utf8.count
                #expect(scalars.withUnsafeBufferPointer { Text.utf8Count($0) } == expected, "\(scalars)")
            }
        }
    }

    /// A byte's first index from any start is the plain search's (the start itself when it is
    /// past the end).
    @Test func aBytesFirstIndexFromAnyStartIsThePlainSearchs() {
        var random = SeededGenerator(seed: 31)
        for length in 0...70 {
            for _ in 0..<6 {
                let bytes = (0..<length).map { _ in [UInt8(10), 13, 0, 0xE4, 0x80, 65].randomElement(using: &random)! }
                for byte: UInt8 in [10, 13, 0x80] {
                    for start in 0...(length + 1) {
                        let expected = start > length ? start : (bytes[start...].firstIndex(of: byte) ?? length)
                        #expect(bytes.withUnsafeBufferPointer { Text.firstIndex(of: byte, in: $0, from: start) } == expected)
                    }
                }
            }
        }
    }

    /// Text of every UTF-8 length mixed at random (ASCII among ideographs above all) decodes
    /// to the scalars the standard library reads, with or without a line's end after it.
    @Test func anyTextDecodesToItsScalars() {
        let pool: [Unicode.Scalar] = ["1", "%", " ", "a", "é", "Ω", "中", "，", "。", "\u{FFFD}", "😀", "\u{10FFFF}", "\u{7F}", "\u{800}"]
        var random = SeededGenerator(seed: 17)
        for _ in 0..<500 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...30, using: &random) { view.append(pool.randomElement(using: &random)!) }
            let text = String(view)
            #expect(Text.scalars(text) == Array(text.unicodeScalars), "\(text)")
        }
    }

    /// The same through one buffer reused for texts of every length (as lines are decoded):
    /// runs of ideographs (read two at a time) broken at every offset by other lengths, and
    /// ends of every length after a run.
    @Test func anyTextDecodesToItsScalarsInAReusedBuffer() {
        let pool: [Unicode.Scalar] = ["中", "中", "中", "中", "国", "1", "é", "😀", "\u{FFFD}", "\u{800}", "\u{FFFF}", "。"]
        var random = SeededGenerator(seed: 23)
        var scratch: [Unicode.Scalar] = []
        for _ in 0..<2000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &random) { view.append(pool.randomElement(using: &random)!) }
            var text = String(view)
            let count = text.withUTF8 { Text.decode($0, into: &scratch) }
            #expect(Array(scratch[..<count]) == Array(text.unicodeScalars), "\(text)")
        }
    }

    /// Bytes made of sequences of every length, with long runs of three-byte ones (decoded four
    /// at a time where the processor has vector instructions) broken at every offset, and UTF-8
    /// encodings of surrogates (which no string holds) inside runs: each sequence decodes to its
    /// scalar, a surrogate to U+FFFD, whichever path reads it.
    @Test func bytesOfRunsAndOddSequencesDecodeSequenceBySequence() {
        let ideographs: [(bytes: [UInt8], scalar: Unicode.Scalar)] = ["中", "国", "，", "\u{800}", "\u{FFFF}", "。"].map {
            (Array(String($0).utf8), $0)
        }
        let others: [(bytes: [UInt8], scalar: Unicode.Scalar)] = ["1", "a", "é", "😀"].map { (Array(String($0).utf8), $0) }
            + [([0xED, 0xA0, 0x80], "\u{FFFD}"), ([0xED, 0xBF, 0xBF], "\u{FFFD}")]
        var random = SeededGenerator(seed: 41)
        for _ in 0..<1500 {
            var bytes: [UInt8] = []
            var expected: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                for _ in 0..<Int.random(in: 0...14, using: &random) {
                    let piece = ideographs.randomElement(using: &random)!
                    bytes += piece.bytes
                    expected.append(piece.scalar)
                }
                if Bool.random(using: &random) {
                    let piece = others.randomElement(using: &random)!
                    bytes += piece.bytes
                    expected.append(piece.scalar)
                }
            }
            #expect(bytes.withUnsafeBufferPointer { Text.decode($0) } == expected, "\(bytes)")
        }
    }

    /// A numeral that ends in 万 or 亿 stops before it: the scanner takes it as the figure's
    /// multiplier (三万 is 3 × 万, like 3万). Either way the figure is worth the number.
    @Test func anyIntegerInChineseNumeralsReadsBack() {
        var random = SeededGenerator(seed: 2025)
        var cases = [1, 10, 11, 20, 100, 101, 110, 1000, 1001, 10_000, 10_001, 100_010, 100_000_000, 100_000_001, 999_999_999_999]
        for _ in 0..<2000 {
            let magnitude = Int.random(in: 1...12, using: &random)
            cases.append(Int.random(in: 1..<Int(pow(10, Double(magnitude))), using: &random))
        }
        for number in cases {
            for liang in [false, true] {
                let text = ChineseNumerals.write(number, twoAsLiang: liang)
                guard let found = read(text) else {
                    Issue.record("\(text) is not read as a number")
                    continue
                }
                let scalars = Array(text.unicodeScalars)
                let rest = String(String.UnicodeScalarView(scalars[found.end...]))
                let factor: Double? = ["": 1, "万": 1e4, "亿": 1e8, "万亿": 1e12][rest]
                #expect(factor.map { found.value * $0 } == Double(number), "\(text) should read as \(number) (read \(found.value), then '\(rest)')")
            }
        }
    }

    @Test func anyIntegerInDigitsReadsBackWithOrWithoutThousandsSeparators() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let number = Int.random(in: 0..<1_000_000_000_000, using: &random)
            let plain = String(number)
            let grouped = number.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
            let wide = String(plain.unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
            for text in [plain, grouped, wide] {
                #expect(read(text)?.value == Double(number), "\(text) should read as \(number)")
            }
        }
    }

    @Test func anyFigureWithAMultiplierNormalizesToItsValue() {
        var random = SeededGenerator(seed: 42)
        let multipliers: [(String, Double)] = [("", 1), ("万", 1e4), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6)]
        for _ in 0..<300 {
            let whole = Int.random(in: 1..<100_000, using: &random)
            let hundredths = Int.random(in: 0..<100, using: &random)
            let useChinese = Bool.random(using: &random) && hundredths == 0
            let (mark, factor) = multipliers.randomElement(using: &random) ?? ("", 1)
            let written = useChinese ? ChineseNumerals.write(whole)
                : hundredths == 0 ? String(whole) : String(format: "%d.%02d", whole, hundredths)
            let value = Double(whole) + Double(hundredths) / 100
            let text = "二〇二五年山西省政府工作报告\n一、2024年工作回顾\n全年完成投资\(written)\(mark)元。\n"
            let metrics = ReportLoader().load(text: text, sourceFile: "p.txt").metrics
            let figure = metrics.first { $0.unit?.hasSuffix("元") == true }
            #expect(figure?.value == value, "\(written)\(mark)元")
            // Decimal scaling, not binary: 1.68万 is 16800 exactly.
            let expected = (Decimal(whole) + Decimal(hundredths) / 100) * Decimal(factor)
            #expect(figure?.normalizedValue == Double(expected.description), "\(written)\(mark)元")
            #expect(figure?.normalizedUnit == "元")
        }
    }

    @Test func paddingReachesTheWidthAndTruncationStaysWithinIt() {
        var random = SeededGenerator(seed: 3)
        let alphabet: [Character] = ["a", "Z", "5", " ", "山", "西", "％", "：", "é", "\u{3000}", "Ｇ", "😀"]
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
            let width = Int.random(in: 0...30, using: &random)
            let padded = DisplayWidth.pad(text, to: width)
            #expect(DisplayWidth.of(padded) == max(width, DisplayWidth.of(text)), "\(text) padded to \(width)")
            #expect(padded.hasPrefix(text))
            #expect(DisplayWidth.of(DisplayWidth.pad(text, to: width, alignRight: true)) == max(width, DisplayWidth.of(text)))
            if width > 1 {
                #expect(DisplayWidth.of(DisplayWidth.truncate(text, to: width)) <= width, "\(text) cut to \(width)")
            }
        }
    }

    @Test func anyTextSurvivesCSVAndJSON() throws {
        var random = SeededGenerator(seed: 11)
        let alphabet: [Character] = ["a", ",", "\"", "\n", "\r\n", "山", "'", "\\", "\t", "\u{1}", "|", "<", " ", "\u{2028}"]
        for _ in 0..<500 {
            let texts = (0..<3).map { _ in
                String((0..<Int.random(in: 0...10, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
            }
            let table = ResultTable(columns: ["a", "b", "c"], rows: [texts.map(Cell.text)])
            let records = CSV.parse(CSVRenderer().render(table))
            #expect(records.count == 2 && records[1] == texts, "\(texts)")
            let json = JSONRenderer().render(table)
            let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]]
            #expect(decoded?.first.map { [$0["a"], $0["b"], $0["c"]] } == texts.map { Optional($0) }, "\(texts)")
        }
    }
}
