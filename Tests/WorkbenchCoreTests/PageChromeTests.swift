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

    /// The page's footer — editor, links to related pages, print buttons, a copy of the opening
    /// — is blanked line for line (offsets keep pointing into the file); a glossary before it stays.
    @Test func aPagesFooterIsBlankedAndTheGlossaryKept() {
        let body = (1...12).map { "全年新增就业\($0)万人，各项事业取得新进展，人民生活持续改善。" }
        let lines = ["打印", "【字号：大 中 小】", "2026年某省政府工作报告", "一、2025年工作回顾"] + body
            + ["名词解释", "1.“两重”：指国家重大战略实施和重点领域安全能力建设。", "责任编辑：", "李某某",
               "扫一扫在手机打开当前页", "相关链接>>", "关于政府工作报告的决议", "打印本页", "关闭窗口",
               "2026年某省政府工作报告", "各位代表：现在，我代表省人民政府，向大会报告工作。"]
        let text = lines.joined(separator: "\n")
        let cleaned = PageChrome.remove(from: text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(cleaned.count == lines.count)
        #expect(zip(cleaned, lines).allSatisfy { $0.unicodeScalars.count == $1.unicodeScalars.count })
        let glossary = lines.firstIndex(of: "名词解释")!
        #expect(Array(cleaned[2..<(glossary + 2)]) == Array(lines[2..<(glossary + 2)]))
        #expect(cleaned[(glossary + 2)...].allSatisfy { $0.allSatisfy { $0 == " " } })
    }
}
