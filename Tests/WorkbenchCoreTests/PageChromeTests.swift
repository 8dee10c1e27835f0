import Testing
@testable import WorkbenchCore

@Suite struct PageChromeTests {
    /// The head is what the first lines of cutting the whole text were.
    @Test(arguments: [0, 1, 39, 40, 41, 200])
    func headLinesAreTheFirstLinesOfTheText(lineCount: Int) {
        for ending in ["\n", "\r\n"] {
            let text = (0..<lineCount).map { $0 % 3 == 0 ? "" : "第\($0)行 来源：" }.joined(separator: ending)
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(PageChrome.headLineCount).map(String.init)
            #expect(PageChrome.headLines(of: text) == expected)
            #expect(PageChrome.headLines(of: text + "\n") == (text + "\n").split(separator: "\n", omittingEmptySubsequences: false)
                .prefix(PageChrome.headLineCount).map(String.init))
        }
    }

    @Test func textWithoutChromeIsReturnedAsItWas() {
        let text = "2025年政府工作报告\n各位代表：\n" + String(repeating: "全年地区生产总值增长5%。\n", count: 100)
        #expect(PageChrome.remove(from: text) == text)
    }
}
