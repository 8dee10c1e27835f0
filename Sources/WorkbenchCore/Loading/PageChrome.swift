import WorkbenchSDK

/// What a web page puts around a report's text — download and print buttons, font-size
/// switches, `来源：`/`时间：` lines, share buttons, photo captions — removed before anything else
/// reads the text. A removed line is blanked with as many spaces as it had characters, so that
/// lines and offsets still point into the file. Only text that shows such chrome near its top is
/// touched: the lines before the title, chrome in the title block (before part 一), and the
/// page's footer (责任编辑, 相关链接, 打印本页 and all after them, in the last third). A glossary
/// after the speech is the report's back matter (see `BackMatter`).
enum PageChrome {
    /// Lines that are only a page control.
    static let controls: Set<String> = ["下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "大", "中", "小", "【", "】",
                                        "分享", "关闭", "返回顶部", "打印本页", "关闭窗口", "字号", "默认"]
    /// Openings of metadata lines of the page, not of the report.
    static let labels = ["【字", "来源", "时间", "分享", "作者", "责任编辑", "编辑", "发布时间", "浏览次数", "信息来源", "扫一扫"]

    static func isChrome(_ line: String) -> Bool {
        let text = line.trimmingBlanksAndIdeographicSpaces()
        if controls.contains(text) { return true }
        if labels.contains(where: { text.hasPrefix($0) }) && text.count <= 30 { return true }
        // 本报记者 … 摄: a photo caption.
        if text.hasSuffix("摄"), text.contains("记者") { return true }
        // 2026年02月10日 07时41分: the page's time stamp.
        if text.count <= 24, text.contains("时"), text.contains("分"), !text.contains("在"), text.first?.isNumber == true { return true }
        return false
    }

    /// How many lines at the top are looked at for chrome and the title.
    static let headLineCount = 40

    /// The first `headLineCount` lines of `text`, as the text's lines (cut at "\n") begin.
    static func headLines(of text: String) -> [String] {
        var end = text.startIndex
        var newlines = 0
        while end < text.endIndex {
            if text[end] == "\n" {
                newlines += 1
                if newlines == headLineCount { break }
            }
            text.formIndex(after: &end)
        }
        return text[..<end].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Lines that open a page's footer: the editor's name, links to related pages, the print and
    /// close buttons. Everything after them (the links, a copy of the opening) is the page's.
    static let footerOpenings = ["责任编辑", "相关报道", "相关链接", "相关附件", "相关新闻", "相关阅读", "延伸阅读",
                                 "扫一扫", "打印本页", "关闭窗口"]

    /// The first line of the page's footer after the report's part 一 (`firstPart`), in the last
    /// third of the lines, or `lines.count`. A glossary before it is the report's and stays.
    static func footerStart(_ lines: [String], after firstPart: Int) -> Int {
        let from = max(firstPart + 1, lines.count * 2 / 3)
        guard from < lines.count else { return lines.count }
        for index in from..<lines.count {
            let text = lines[index].trimmingBlanksAndIdeographicSpaces()
            guard text.count <= 16 else { continue }
            if footerOpenings.contains(where: { text.hasPrefix($0) }) { return index }
        }
        return lines.count
    }

    /// The text without the page's chrome; text without chrome is returned unchanged.
    static func remove(from text: String) -> String {
        // The first lines decide; the whole text is cut into lines only when they show chrome
        // (cutting every report into a string per line was a sixth of loading a long one).
        let firstLines = headLines(of: text)
        let head = firstLines.filter { !$0.trimmingBlanksAndIdeographicSpaces().isEmpty }
        guard head.contains(where: isChrome) else { return text }
        guard let title = firstLines.firstIndex(where: { $0.contains("政府工作报告") && $0.count <= 40 }) else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let firstPart = lines.indices.first { index in
            index > title && OutlineBuilder.partIndexes([RawParagraph(scalars: Array(lines[index].unicodeScalars.filter { !TextLines.isPadding($0) }),
                                                                      position: TextPosition(line: 1, offset: 0))]).first != nil
        } ?? lines.count
        let footer = footerStart(lines, after: firstPart)
        var kept: [String] = []
        var afterSourceLabel = false
        func blank(_ line: String) -> String { String(repeating: " ", count: line.unicodeScalars.count) }
        for (index, line) in lines.enumerated() {
            if index < title || index >= footer { kept.append(blank(line)); continue }
            if index > title && index < firstPart {
                let trimmed = line.trimmingBlanksAndIdeographicSpaces()
                // A bare 来源: line is followed by the newspaper's name.
                if afterSourceLabel && !trimmed.isEmpty {
                    afterSourceLabel = false
                    if trimmed.count <= 10 && !trimmed.contains("政府") { kept.append(blank(line)); continue }
                }
                if isChrome(line) {
                    afterSourceLabel = trimmed.hasPrefix("来源") && trimmed.count <= 3
                    kept.append(blank(line))
                    continue
                }
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }
}

extension String {
    /// The string without surrounding ASCII blanks and ideographic spaces.
    func trimmingBlanksAndIdeographicSpaces() -> String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !TextLines.isPadding($0) }),
              let last = scalars.lastIndex(where: { !TextLines.isPadding($0) }) else { return "" }
        return Text.string(scalars[first...last])
    }
}
