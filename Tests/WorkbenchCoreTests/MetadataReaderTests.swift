import Testing
@testable import WorkbenchCore

@Suite struct MetadataReaderTests {
    func read(_ lines: [String]) -> MetadataReader.Metadata {
        let paragraphs = lines.map { Fixtures.paragraph($0) }
        return MetadataReader().read(titleBlock: paragraphs, opening: paragraphs)
    }

    @Test func standardTitleBlock() {
        let metadata = read(["2025年山西省政府工作报告", "——2025年1月17日在山西省第十四届人民代表大会第三次会议上", "省长 金湘军", "各位代表："])
        #expect(metadata.title == "2025年山西省政府工作报告")
        #expect(metadata.province?.name == "山西省")
        #expect(metadata.year == 2025)
        #expect(metadata.date == "2025-01-17")
        #expect(metadata.speaker == "金湘军")
        #expect(metadata.speakerTitle == "省长")
    }

    /// A web page's trail of links is no title, though it names the report.
    @Test func aBreadcrumbIsNoTitle() {
        let page = read(["首页 > 政务公开 > 政府工作报告", "政府工作报告", "——2025年1月15日在四川省第十四届人民代表大会第三次会议上", "四川省人民政府代省长  施小琳"])
        #expect(page.title == "政府工作报告")
        #expect(page.province?.name == "四川省")
        #expect(read(["当前位置：首页 › 政府工作报告", "2025年四川省政府工作报告"]).title == "2025年四川省政府工作报告")
        // The trail's last step may be the only title that names the place.
        let trail = read(["首页 > 政务公开 > 2025年湖北省政府工作报告", "政府工作报告"])
        #expect(trail.title == "2025年湖北省政府工作报告")
        #expect(trail.province?.name == "湖北省")
        // Markup is no trail.
        #expect(read(["<b>2025年湖北省政府工作报告</b>"]).title == "<b>2025年湖北省政府工作报告</b>")
    }

    /// Web copies break the delivery line in two, where the page wrapped it.
    @Test func aDeliveryLineBrokenInTwo() {
        let tianjin = read(["政府工作报告", "——2026年1月26日", "在天津市第十八届人民代表大会第四次会议上", "天津市市长 张工"])
        #expect(tianjin.date == "2026-01-26")
        #expect(tianjin.province?.name == "天津市")
        #expect(tianjin.speaker == "张工")
        let guangdong = read(["政府工作报告", "——2026年1月26日在广东省第十四届", "人民代表大会第五次会议上", "各位代表："])
        #expect(guangdong.date == "2026-01-26")
        #expect(guangdong.province?.name == "广东省")
        // Two short lines that do not make a delivery line together, and a long second line, stay apart.
        #expect(read(["政府工作报告", "——2026年1月26日", "各位代表："]).date == nil)
        #expect(read(["政府工作报告", "——2026年1月26日", "在天津市第十八届人民代表大会第四次会议上" + String(repeating: "。", count: 30)]).date == nil)
    }

    /// The speaker's name alone on the line after the delivery line, with no office.
    @Test func aSpeakersNameWithoutAnOffice() {
        let hunan = read(["政府工作报告", "——2026年2月3日在湖南省第十四届人民代表大会第四次会议上", "毛伟明", "各位代表："])
        #expect(hunan.speaker == "毛伟明")
        #expect(hunan.speakerTitle == nil)
        #expect(read(["政府工作报告", "——2026年2月3日在湖南省第十四届人民代表大会第四次会议上", "（摘要）", "各位代表："]).speaker == nil)
        #expect(read(["政府工作报告", "——2026年2月3日在湖南省第十四届人民代表大会第四次会议上", "全文"]).speaker == nil)
        #expect(read(["政府工作报告", "——2026年2月3日在湖南省第十四届人民代表大会第四次会议上", "各位代表"]).speaker == nil)
        // Only right after the delivery line.
        #expect(read(["毛伟明", "政府工作报告", "——2026年2月3日在湖南省第十四届人民代表大会第四次会议上"]).speaker == nil)
    }

    @Test func chineseNumeralDatesAndShortProvinceNames() {
        let metadata = read(["政府工作报告", "——二〇二六年一月二十日在宁夏回族自治区第十三届人民代表大会第五次会议上", "自治区代主席 张 雨浦"])
        #expect(metadata.date == "2026-01-20")
        #expect(metadata.year == 2026)
        #expect(metadata.province?.pinyin == "ningxia")
        #expect(metadata.speaker == "张雨浦")
        #expect(metadata.speakerTitle == "代主席")
    }

    /// A report delivered in November or December plans the next year.
    @Test func aDecemberDeliveryPlansTheNextYear() {
        let metadata = read(["政府工作报告", "——2022年12月19日在兰州市第十七届人民代表大会第二次会议上", "兰州市市长张伟文"])
        #expect(metadata.date == "2022-12-19")
        #expect(metadata.year == 2023)
        let circle = read(["政府工作报告", "——二○二二年一月二十日在海南省第六届人民代表大会第五次会议上"])
        #expect(circle.date == "2022-01-20")
        #expect(circle.province?.name == "海南省")
    }

    @Test func speakerAtTheEndOfTheDeliveryLine() {
        let metadata = read(["2025年河南省政府工作报告", "2025年1月18日在河南省第十四届人民代表大会第三次会议上河南省人民政府省长王凯作政府工作报告"])
        #expect(metadata.speaker == "王凯")
        #expect(metadata.date == "2025-01-18")
    }

    @Test func oddlyWrittenDeliveryLinesAndSpeakers() {
        let metadata = read(["2026年广西壮族自治区政府工作报告", "——2026年1月20日 在广西壮族自治区第十四届人民代表大会第五次会议上", "山东省省长：周乃翔"])
        #expect(metadata.date == "2026-01-20")
        #expect(metadata.speaker == "周乃翔")
        // An absurdly long day is no date, and no crash.
        #expect(read(["——2025年1月99999999999999999999999日在山西省会议上"]).date == nil)
        #expect(read(["——2025年" + String(repeating: "一", count: 25) + "月1日在山西省会议上"]).date == nil)
    }

    @Test func officesBeforeTheNameAreFound() {
        #expect(MetadataReader.speaker("北京市市长 殷勇")! == ("市长", "殷勇"))
        #expect(MetadataReader.speaker("代省长 李某某")! == ("代省长", "李某某"))
        #expect(MetadataReader.speaker("省长主持召开会议，研究部署工作") == nil)
    }

    @Test func nationalReportIsRecognisedFromItsOpening() {
        let paragraphs = ["各位代表：", "现在，我代表国务院，向大会报告政府工作，请予审议。"].map { Fixtures.paragraph($0) }
        let metadata = MetadataReader().read(titleBlock: paragraphs, opening: paragraphs)
        #expect(metadata.province == .national)
        #expect(metadata.title == nil)
    }

    @Test func countyAndDistrictOfficesAndSpacedOutOffices() {
        #expect(MetadataReader.speaker("烟台市蓬莱区人民政府区长 王长港")! == ("区长", "王长港"))
        #expect(MetadataReader.speaker("代县长 李某")! == ("代县长", "李某"))
        #expect(MetadataReader.speaker("省 长 吴晓军")! == ("省长", "吴晓军"))
    }

    /// A city's or county's report belongs to its province but keeps its own name.
    @Test func aCitysReportHasItsProvince() {
        let hangzhou = read(["2025年杭州市政府工作报告", "——2025年1月20日在杭州市第十四届人民代表大会第五次会议上"])
        #expect(hangzhou.province?.name == "浙江省")
        #expect(hangzhou.locality?.name == "杭州市")
        #expect(ReportParser.name(hangzhou, sourceFile: "data/hangzhou 2025.txt") == "hangzhou-2025")
        // 吉林 in 吉林市 and 海南 in 海南藏族自治州 are not the provinces of those names.
        #expect(read(["2024年吉林市政府工作报告"]).province?.name == "吉林省")
        #expect(read(["2024年吉林市政府工作报告"]).locality?.name == "吉林市")
        #expect(read(["2024年海南州政府工作报告"]).province?.name == "青海省")
        #expect(read(["2024年吉林省政府工作报告"]).locality == nil)
        // A district of a municipality; and a title that names no place, with the delivery line that does.
        #expect(read(["2024年北京市海淀区政府工作报告"]).province?.name == "北京市")
        #expect(read(["2024年北京市海淀区政府工作报告"]).locality?.name == "海淀区")
        #expect(read(["2024年烟台市蓬莱区政府工作报告"]).province?.name == "山东省")
        // A district's name alone may be another city's district (和平区: Tianjin's and Shenyang's).
        #expect(read(["2025年和平区政府工作报告"]).province == nil)
        let untitled = read(["政府工作报告", "——2022年12月19日在兰州市第十七届人民代表大会第二次会议上"])
        #expect(untitled.province?.name == "甘肃省")
        #expect(ReportParser.composeTitle(untitled) == "2023年兰州市政府工作报告")
        #expect(!MetadataReader.mayNameLocality("2025年北京市政府工作报告", besides: Province.find(in: "北京市")))
        #expect(!MetadataReader.mayNameLocality("2025年内蒙古自治区政府工作报告", besides: Province.find(in: "内蒙古自治区")))
        #expect(MetadataReader.mayNameLocality("2024年吉林市政府工作报告", besides: Province.find(in: "吉林")))
        let province = read(["2025年山西省政府工作报告"])
        #expect(province.locality == nil)
        #expect(ReportParser.name(province, sourceFile: "x.txt") == "shanxi-2025")
    }

    /// Counties of every province are known, and a name several share (鼓楼区: 开封, 南京, 徐州,
    /// 福州) is the one whose city the title names too.
    @Test func aCountysReportInAnyProvince() {
        let gulou = read(["2025年福州市鼓楼区政府工作报告"])
        #expect(gulou.locality?.name == "鼓楼区")
        #expect(gulou.locality?.above == "福州市")
        #expect(gulou.province?.name == "福建省")
        #expect(read(["2025年徐州市鼓楼区政府工作报告"]).province?.name == "江苏省")
        #expect(read(["2025年甘孜藏族自治州理塘县政府工作报告"]).province?.name == "四川省")
        #expect(read(["2025年鼓楼区政府工作报告"]).province == nil)
        let untitled = read(["政府工作报告", "——2024年12月26日在福州市鼓楼区第十八届人民代表大会第五次会议上"])
        #expect(ReportParser.composeTitle(untitled) == "2025年福州市鼓楼区政府工作报告")
    }

    /// A news page has no title block: its lead names the meeting, the speaker and the day.
    @Test func aNewsPagesLead() {
        let jiangsu = read(["网易首页 > 网易号 > 正文", "分享至",
                            "2026年是“十五五”开局之年,江苏发展迎来新起点。2月3日上午,江苏省十四届人大五次会议在南京开幕,省长刘小涛作政府工作报告。今年经济社会发展主要预期目标是:地区生产总值按增长5%安排。"])
        #expect(jiangsu.province?.name == "江苏省")
        #expect(jiangsu.speaker == "刘小涛" && jiangsu.speakerTitle == "省长")
        #expect(jiangsu.date == "2026-02-03" && jiangsu.year == 2026)
        // A district's lead: the district is the only one of its name; no year is stated.
        let pudong = read(["浦东新区第七届人民代表大会第六次会议1月21日开幕,浦东新区区长吴金城作政府工作报告。2025年,浦东经济社会发展稳中有进。"])
        #expect(pudong.province?.name == "上海市" && pudong.locality?.name == "浦东新区")
        #expect(pudong.speaker == "吴金城" && pudong.date == nil && pudong.year == nil)
        // 作政府工作报告 outside a congress's meeting is no lead.
        #expect(NewsLead.read(Array("会前，省长刘小涛作政府工作报告起草说明。".unicodeScalars)) == nil)
        #expect(read(["2025年汉滨区政府工作报告"]).province?.name == "陕西省")
        // The congress's words give the place, not where it meets; a year the report speaks of
        // after the lead is not the lead's.
        let shanxi = read(["1月14日上午，山西省十四届人大三次会议在太原市开幕，省长金湘军作政府工作报告。报告指出，2024年是实现“十四五”规划目标任务的关键一年。"])
        #expect(shanxi.province?.name == "山西省" && shanxi.locality == nil)
        #expect(shanxi.year == nil && shanxi.date == nil && shanxi.speaker == "金湘军")
    }

    @Test func shaanxiIsNotShanxi() {
        #expect(Province.find(in: "2025年陕西省政府工作报告")?.pinyin == "shaanxi")
        #expect(Province.find(in: "2025年山西省政府工作报告")?.pinyin == "shanxi")
        #expect(Province.find(in: "内蒙古自治区政府工作报告")?.name == "内蒙古自治区")
    }
}
