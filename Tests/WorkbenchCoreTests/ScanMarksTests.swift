import Testing
@testable import WorkbenchCore

/// The one-pass marking of a paragraph's body (figure starts and sector keyword starts
/// together) against the passes it replaces.
@Suite struct ScanMarksTests {
    @Test func oneFusedPassMarksWhatTheSeparatePassesFind() {
        let extractor = MetricExtractor(scanner: QuantityScanner(lexicon: SloganLexicon(phrases: ["一带一路", "好人"])),
                                        sectors: SectorLexicon(text: """
                                            a: 甲 甲乙 甲乙丙 乙丙 煤
                                            b: 乙 甲乙丙丁 丙丁 甲乙 煤矿
                                            """))
        // Keyword scalars, figure starters, slogan starts, quotation marks, a scalar beyond the
        // plane, and one that is none of these.
        let alphabet = Array("甲乙丙丁煤矿一二5第“”「」😀中带路好人".unicodeScalars)
        var random = SeededGenerator(seed: 7)
        var scratch: [Int32] = []
        var keywordScratch: [Int32] = []
        for round in 0..<300 {
            let length = round < 250 ? Int.random(in: 0...30, using: &random) : Int.random(in: 250...700, using: &random)
            let scalars = (0..<length).map { _ in alphabet.randomElement(using: &random)! }
            let (marks, keywordCount) = ScanMarks.positions(in: scalars, flags: extractor.scanFlags, scratch: &scratch,
                                                            keywordScratch: &keywordScratch)
            #expect(marks == ScanMarks.positions(in: scalars, table: extractor.scanner.marksTable))
            let found = keywordScratch.withUnsafeBufferPointer {
                extractor.sectors.matches(in: scalars[...], marked: UnsafeBufferPointer(rebasing: $0[..<keywordCount]))
            }
            #expect(found.found == extractor.sectors.matches(in: scalars[...]).found, "\(String(String.UnicodeScalarView(scalars)))")
        }
    }

    @Test func flagsHoldTheMarksTableAndKeywordScalars() {
        let sectors = SectorLexicon(text: "a: 煤 甲乙\nb: 电 乙丙丁")
        let table = QuantityScanner(lexicon: .standard).marksTable
        let flags = ScanMarks.flags(table: table, keywords: sectors)
        // 煤 and 电 are keywords; 甲 and 乙 open longer ones, 乙 and 丙 come second in them.
        let expected: [Unicode.Scalar: UInt8] = ["煤": 2, "电": 2, "甲": 4, "乙": 4 | 8, "丙": 8]
        for value in UInt32(0)..<0x10000 {
            let marked: UInt8 = table[Int(value >> 6)] & 1 << UInt64(value & 63) != 0 ? 1 : 0
            let keyword = Unicode.Scalar(value).flatMap { expected[$0] } ?? 0
            #expect(flags[Int(value)] == marked | keyword)
        }
    }
}
