import Testing
@testable import WorkbenchCore

@Suite struct NumberReaderTests {
    func read(_ text: String) -> (Double, String)? {
        let scalars = Array(text.unicodeScalars)
        guard let number = NumberReader.read(scalars[...], at: 0) else { return nil }
        return (number.value, String(String.UnicodeScalarView(scalars[number.end...])))
    }

    @Test(arguments: [
        ("5%", 5, "%"), ("1.3万公里", 1.3, "万公里"), ("４.５％", 4.5, "％"), ("１２３个", 123, "个"),
        ("2,000亿元", 2000, "亿元"), ("12,345,678元", 12_345_678, "元"), ("76.6亿千瓦时", 76.6, "亿千瓦时"),
        ("0.25", 0.25, ""), ("3.", 3, "."),
    ])
    func arabicNumbers(text: String, value: Double, rest: String) {
        let found = read(text)
        #expect(found?.0 == value)
        #expect(found?.1 == rest)
    }

    @Test func separatorsThatAreNotThousandsStop() {
        // 1,2 is a list, not 12.
        #expect(read("1,2个")?.0 == 1)
        #expect(read("1234,567")?.0 == 1234)
        #expect(read("12,3456")?.0 == 12)
    }

    @Test func aSpaceAfterTheDecimalPointIsReadAfterWordsOnly() {
        // Copies of PDF pages write 增长 6. 5%; an item number (2. 5G) opens a paragraph or a
        // sentence.
        func read(_ text: String, at index: Int) -> Double? {
            NumberReader.read(Array(text.unicodeScalars)[...], at: index)?.value
        }
        #expect(read("增长 6. 5%", at: 3) == 6.5)
        #expect(read("增长6. 5%", at: 2) == 6.5)
        #expect(read("2. 5G基站", at: 0) == 2)
        #expect(read("完成。2. 5G基站", at: 3) == 2)
        #expect(read("增长6.  5%", at: 2) == 6)
        #expect(read("全国第5. 2024年", at: 3) == 5)
    }

    @Test(arguments: [
        ("三百二十", 320, ""), ("两", 2, ""), ("十", 10, ""), ("十五", 15, ""), ("二十三个", 23, "个"),
        ("一百零五", 105, ""), ("一千零五十", 1050, ""), ("一万二千", 12_000, ""), ("千亿元", 1000, "亿元"),
        ("三百二十万人", 320, "万人"), ("两万亿元", 2, "万亿元"), ("一亿二千万", 120_000_000, ""),
        ("二〇二五年", 2025, "年"), ("两倍多", 2, "倍多"), ("一千余", 1000, "余"),
        // A 千 that opens a unit is the unit's: 千万千瓦 is 1000 万千瓦, not 10 001 000 瓦.
        ("千万千瓦", 1000, "万千瓦"), ("百万千瓦", 100, "万千瓦"), ("千亿千瓦时", 1000, "亿千瓦时"), ("三千米", 3000, "米"),
        ("一千零五十千克", 1050, "千克"), ("五千千瓦", 5000, "千瓦"), ("三千人", 3000, "人"), ("三千公里", 3000, "公里"),
        ("两千公顷", 2000, "公顷"), ("一千兆瓦", 1000, "兆瓦"),
    ])
    func chineseNumerals(text: String, value: Double, rest: String) {
        let found = read(text)
        #expect(found?.0 == value, "\(text)")
        #expect(found?.1 == rest, "\(text)")
    }

    /// A lone 亿 after a word of passing is one of it (过亿千瓦, 破亿度); alone, no number.
    @Test func aLoneHundredMillionAfterPassingIsOne() {
        func read(_ text: String, at index: Int) -> (Double, Int)? {
            NumberReader.read(Array(text.unicodeScalars)[...], at: index).map { ($0.value, $0.end) }
        }
        #expect(read("过亿千瓦", at: 1)?.0 == 1)
        #expect(read("过亿千瓦", at: 1)?.1 == 1)
        #expect(read("均破亿度", at: 2)?.0 == 1)
        #expect(read("亿千瓦", at: 0) == nil)
        #expect(read("上亿", at: 1) == nil)
    }

    @Test func namesThatAreNotNumbersAreRefused() {
        #expect(read("十四五") == nil)
        #expect(read("万") == nil)
        #expect(read("亿元") == nil)
        #expect(read("规划") == nil)
    }

    @Test func everyIntegerReadsBackInDigitsAndChineseNumerals() {
        // Property: writing n in digits or in Chinese numerals and reading it back gives n.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let n = Int.random(in: 1..<100_000_000, using: &generator)
            #expect(read(String(n))?.0 == Double(n))
            #expect(Self.folded(read(Self.chinese(n))) == Double(n), "\(Self.chinese(n))")
        }
        for n in [1, 10, 11, 20, 100, 101, 110, 1000, 1001, 1010, 10_000, 10_001, 100_000, 1_000_000, 99_999_999] {
            #expect(Self.folded(read(Self.chinese(n))) == Double(n), "\(Self.chinese(n))")
        }
    }

    /// The value with a multiplier left for the unit folded back in (一万 → 1 and 万 → 10000).
    static func folded(_ found: (Double, String)?) -> Double? {
        guard let (value, rest) = found else { return nil }
        return rest.hasPrefix("万") ? value * 10_000 : value
    }

    /// n in Chinese numerals, written the standard way (零 for gaps, 十 alone for 10–19 at the start).
    static func chinese(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        func section(_ value: Int, leading: Bool) -> String {
            let units = ["千", "百", "十", ""]
            let parts = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10]
            var out = ""
            var pendingZero = false
            var started = false
            for (position, digit) in parts.enumerated() {
                if digit == 0 {
                    if started { pendingZero = true }
                    continue
                }
                if pendingZero { out += "零" }
                pendingZero = false
                if !(leading && !started && position == 2 && digit == 1) { out += digits[digit] }
                out += units[position]
                started = true
            }
            return out
        }
        if n < 10_000 { return section(n, leading: true) }
        let high = n / 10_000
        let low = n % 10_000
        var out = section(high, leading: true) + "万"
        if low > 0 { out += (low < 1000 ? "零" : "") + section(low, leading: false) }
        return out
    }
}
