/// Reads a report's title, province, year, speaker and delivery date from its title block (the
/// paragraphs before part 一), and infers what a report without a heading leaves out.
struct MetadataReader {
    struct Metadata: Equatable {
        var title: String?
        var province: Province?
        /// The city or county of a city's or county's report (its province is `province`).
        var locality: Localities.Locality?
        var year: Int?
        var speaker: String?
        var speakerTitle: String?
        var date: String?
    }

    /// Offices a speaker is introduced with, longest first so that `代省长` wins over `省长`.
    /// Counties, districts, prefectures and banners report too (区长, 代县长, 州长, 旗长).
    static let offices = ["代理主席", "代主席", "代省长", "代市长", "代州长", "代盟长", "代县长", "代区长", "代旗长",
                          "省长", "市长", "州长", "盟长", "县长", "区长", "旗长", "主席", "总理"]

    /// The last step of a web page's trail of links (`首页 > 政务公开 > 政府工作报告` → `政府工作报告`);
    /// any other line as it is.
    static func lastStep(_ line: String) -> String {
        // (A trail opens with the home page or has two steps at least; markup is no trail.)
        let marks = line.filter { $0 == ">" || $0 == "›" || $0 == "＞" }.count
        guard marks > 0, !line.contains("<"), line.hasPrefix("首页") || line.hasPrefix("当前位置") || marks >= 2,
              let mark = line.lastIndex(where: { $0 == ">" || $0 == "›" || $0 == "＞" }) else { return line }
        return line[line.index(after: mark)...].trimmingCharacters(in: .whitespaces)
    }

    func read(titleBlock: [RawParagraph], opening: [RawParagraph]) -> Metadata {
        var metadata = Metadata()
        let texts = titleBlock.map(\.text)
        // (A web page's breadcrumb, 首页 > 政务公开 > 2025年湖北省政府工作报告, gives its last step;
        // of the titles, the first that names its place.)
        let titles = texts.filter { Text.contains("政府工作报告", in: $0) }.map(Self.lastStep).filter { $0.unicodeScalars.count <= 40 }
        if let title = titles.first(where: { Self.place(in: $0).1 != nil }) ?? titles.first {
            metadata.title = title
            (metadata.locality, metadata.province) = Self.place(in: title)
            metadata.year = Self.firstYear(in: title)
        }
        // The line after the delivery line, where a speaker's name may stand alone.
        var afterDelivery: Int?
        for (index, paragraph) in titleBlock.enumerated() {
            if metadata.date == nil {
                let next = titleBlock.indices.contains(index + 1) ? titleBlock[index + 1] : nil
                if let (date, place) = Self.delivery(paragraph.scalars[...]) {
                    (metadata.date, afterDelivery) = (date, index + 1)
                    if metadata.province == nil { (metadata.locality, metadata.province) = Self.place(in: place) }
                } else if let (date, place) = Self.splitDelivery(paragraph, next) {
                    (metadata.date, afterDelivery) = (date, index + 2)
                    if metadata.province == nil { (metadata.locality, metadata.province) = Self.place(in: place) }
                }
            }
            // The speaker has a line of their own, or closes the delivery line (`…会议上河南省省长 王凯`).
            guard metadata.speaker == nil else { continue }
            let line = paragraph.scalars[...]
            if let (office, name) = Self.speaker(line) ?? Self.speaker(Self.afterMeeting(line)) {
                metadata.speaker = name
                metadata.speakerTitle = office
            }
        }
        if metadata.speaker == nil, let index = afterDelivery, titleBlock.indices.contains(index),
           Self.isBareName(titleBlock[index].scalars) {
            // `——2026年2月3日在湖南省…会议上` / `毛伟明`: the name alone, with no office.
            metadata.speaker = Text.string(titleBlock[index].scalars.filter { !TextLines.isPadding($0) }[...])
        }
        if metadata.speaker == nil || metadata.province == nil || metadata.date == nil {
            // A news page: its lead names the meeting, the speaker and the day. (The opening
            // begins with the title block: its first four paragraphs, or the longer block.)
            let paragraphs = titleBlock.count >= 4 ? titleBlock : Array(opening.prefix(4))
            if let lead = paragraphs.lazy.compactMap({ NewsLead.read($0.scalars) }).first {
                if metadata.province == nil { (metadata.locality, metadata.province) = Self.place(in: lead.place) }
                if metadata.speaker == nil { (metadata.speakerTitle, metadata.speaker) = (lead.office, lead.name) }
                if metadata.date == nil { metadata.date = lead.date }
                if metadata.year == nil, metadata.date == nil { metadata.year = lead.year }
            }
        }
        if metadata.year == nil, let date = metadata.date, let year = Int(date.prefix(4)) {
            // A report delivered in November or December plans the next year (兰州, 2022年12月19日:
            // the 2023 report, reviewing 2022).
            let month = date.count >= 7 ? Int(date.dropFirst(5).prefix(2)) : nil
            metadata.year = month.map { $0 >= 11 } == true ? year + 1 : year
        }
        if metadata.province == nil {
            // The State Council's report names no province; its opening says who speaks for whom.
            let openingText = opening.prefix(6).map(\.text).joined()
            if Text.contains("代表国务院", in: openingText) {
                metadata.province = .national
            } else if let range = Text.range(of: "我代表", in: openingText),
                      let found = Province.find(in: String(openingText[range.upperBound...].prefix(12))) {
                metadata.province = found
            }
        }
        return metadata
    }

    /// The city or county `text` names and its province, else the province it names. A city's
    /// name may hold a province's short form (吉林市, 海南州): the city is looked for first.
    static func place(in text: String) -> (Localities.Locality?, Province?) {
        let province = Province.find(in: text)
        let locality = mayNameLocality(text, besides: province) ? Localities.standard.find(in: text) : nil
        return (locality, locality.flatMap { Province.named($0.province) } ?? province)
    }

    /// Whether `text` may name a city or a county: a scalar that ends their names (市, 州, 县, 区,
    /// 盟, 旗) stands outside the full name of `province`. A province's title (北京市…, 内蒙古自治区…)
    /// has none, and the gazetteer is not read for it.
    static func mayNameLocality(_ text: String, besides province: Province?) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let name = province.map { Array($0.name.unicodeScalars) } ?? []
        return scalars.indices.contains { end in
            guard Localities.isSuffixEnd(scalars[end]) else { return false }
            let start = end + 1 - name.count
            return name.isEmpty || start < 0 || !scalars[start...end].elementsEqual(name)
        }
    }

    /// `——2025年1月17日在山西省第十四届人民代表大会第三次会议上` → (`2025-01-17`, the words after the
    /// date: `山西省第十四届人民代表大会第三次会议上`).
    static func delivery(_ scalars: ArraySlice<Unicode.Scalar>) -> (date: String, place: String)? {
        // Most lines of a title block lack one of 会, 议, 日, 在 (spaces aside, which the test
        // below removes first): they are passed over without copying them.
        var seen = 0
        for scalar in scalars {
            switch scalar {
            case "会": seen |= 1
            case "议": seen |= 2
            case "日": seen |= 4
            case "在": seen |= 8
            default: break
            }
        }
        guard seen == 15 else { return nil }
        let text = scalars.filter { $0 != " " && $0 != "\u{3000}" }[...]
        guard Text.contains(Self.meetingWord, in: text), let at = Text.firstIndex(of: Self.dayAt, in: text) else { return nil }
        let before = text[..<at].drop(while: { $0 == "—" || $0 == "-" || $0 == " " })
        guard let date = ChineseDate.parse(Text.string(before) + "日") else { return nil }
        return (date, Text.string(text[(at + dayAt.count)...]))
    }

    /// A delivery line that web copies break in two: `——2026年1月26日` / `在天津市第十八届人民代表大会
    /// 第四次会议上`, or `——2026年1月26日在广东省第十四届` / `人民代表大会第五次会议上`. Tried when
    /// `paragraph` is short, has 日 and not both of 会 and 议, and `next` is short too; the two
    /// read as one must make a delivery line.
    static func splitDelivery(_ paragraph: RawParagraph, _ next: RawParagraph?) -> (date: String, place: String)? {
        guard let next, paragraph.scalars.count <= 30, next.scalars.count <= 40,
              paragraph.scalars.contains("日"), !paragraph.scalars.contains("会") || !paragraph.scalars.contains("议")
        else { return nil }
        return delivery(paragraph.scalars[...] + next.scalars)
    }

    private static let meetingWord = Array("会议".unicodeScalars)
    private static let dayAt = Array("日在".unicodeScalars)

    /// What follows `会议上` in a line, or the whole line.
    static func afterMeeting(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        Text.firstIndex(of: meeting, in: line).map { line[($0 + meeting.count)...] } ?? line
    }

    private static let meeting = Array("会议上".unicodeScalars)

    /// Endings dropped from a speaker's line (`省长 王凯作政府工作报告`).
    static let reportEndings = ["作政府工作报告", "作工作报告", "作报告"].map { Array($0.unicodeScalars) }
    /// The most that dropping them can shorten a line by.
    private static let endingsLength = reportEndings.reduce(0) { $0 + $1.count }
    private static let officeScalars = offices.map { Array($0.unicodeScalars) }

    /// `省长 金湘军`, `河南省人民政府省长 王凯` → (office, name). The name is two to four Han
    /// characters (a `·` may join the parts of a minority name); spaces inside it are dropped.
    static func speaker(_ line: String) -> (office: String, name: String)? {
        speaker(Array(line.unicodeScalars)[...])
    }

    /// The speaker's line read on its scalars (every character of these lines is one scalar;
    /// comparing `String`s cluster by cluster was most of reading the title block).
    static func speaker(_ line: ArraySlice<Unicode.Scalar>) -> (office: String, name: String)? {
        // Too long even without its endings (the opening's long paragraphs).
        guard line.count <= 40 + endingsLength else { return nil }
        var text = line
        for ending in reportEndings where text.count >= ending.count && text.suffix(ending.count).elementsEqual(ending) {
            text = text.dropLast(ending.count)
        }
        // Every office ends with 长, 席 or 理: a line with none of them names no speaker.
        guard text.count <= 40, !text.contains("。"), !text.contains("，"),
              text.contains(where: { $0 == "长" || $0 == "席" || $0 == "理" }) else { return nil }
        // Spaced out for layout (`省 长 吴晓军`).
        if text.contains(where: TextLines.isPadding) { text = text.filter { !TextLines.isPadding($0) }[...] }
        var best: (office: String, name: String, end: Int)?
        for (office, officeScalars) in zip(offices, officeScalars) {
            var index = text.startIndex
            while index + officeScalars.count <= text.endIndex {
                // Compared in place (an array per position was most of reading the title block).
                if text[index..<(index + officeScalars.count)].elementsEqual(officeScalars) {
                    let rest = text[(index + officeScalars.count)...].filter { !TextLines.isPadding($0) && $0 != "：" && $0 != ":" }
                    let isName = (2...8).contains(rest.count) && rest.allSatisfy { $0.isIdeograph || $0 == "·" || $0 == "•" }
                    let end = index - text.startIndex + officeScalars.count
                    if isName, best == nil || end > best!.end {
                        best = (office, Text.string(rest), end)
                    }
                }
                index += 1
            }
        }
        return best.map { ($0.office, $0.name) }
    }

    /// A line that is only a person's name: two to four Han characters (spaces aside), or a
    /// minority name joined by `·`, and not one of the words a title block may hold.
    static func isBareName(_ line: [Unicode.Scalar]) -> Bool {
        let name = line.filter { !TextLines.isPadding($0) }
        let isHan = name.allSatisfy { $0.isIdeograph || $0 == "·" || $0 == "•" }
        let limit = name.contains { $0 == "·" || $0 == "•" } ? 12 : 4
        return isHan && (2...limit).contains(name.count) && name.first?.isIdeograph == true
            && !Self.notNames.contains(String(String.UnicodeScalarView(name)))
    }

    private static let notNames: Set<String> = ["全文", "摘要", "摘登", "目录", "附件", "解读", "图解", "实录", "全文发布", "报告全文", "政府工作报告",
                                                "各位代表", "同志们"]

    static func firstYear(in text: String) -> Int? {
        let scalars = Text.scalars(text)
        for index in scalars.indices {
            if let (year, _) = PeriodResolver.year(in: scalars[...], at: index) { return year }
        }
        return ChineseDate.parseYear(text)
    }
}
