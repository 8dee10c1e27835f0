import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Ports and waterways, road codes (G0616, S22), names that run on after their head, and the
/// sections of one line listed together.
struct PortsAndRoadCodesTests {
    func names(_ text: String, province: String) -> [String] {
        let report = ReportLoaderShim.parse("2025年\(province)政府工作报告\n一、2024年工作回顾\n" + text + "\n")
        return ProjectFinder(gazetteer: .standard, province: province).projects(in: report).map(\.name)
    }

    @Test func portsAndWaterways() {
        #expect(names("做好富宁港、东川港以及澜沧江、金沙江航道建设。", province: "云南省") == ["富宁港", "东川港", "澜沧江航道", "金沙江航道"])
        #expect(names("开工建设南沙港五期。", province: "广东省") == ["南沙港五期"])
        // 港 ends a name only where the name ends: 京港高铁, 临港经济区, 南沙港集装箱 are not ports.
        #expect(names("京港高铁阜阳至黄冈段建成通车。", province: "河南省") == ["京港高铁阜阳至黄冈段"])
        #expect(names("加快汕头、湛江临港经济区建设。", province: "广东省").isEmpty)
        #expect(names("南沙港集装箱吞吐量突破2000万标箱。", province: "广东省").isEmpty)
        // A port with no place, a free-trade port and a class of waterways are no projects.
        #expect(names("全省四级及以上航道突破2000公里。", province: "广东省").isEmpty)
        #expect(names("推动港口码头接入铁路专用线。", province: "河南省").isEmpty)
        #expect(names("增强郑州航空港开放功能。", province: "河南省").isEmpty)
        // 港 that ends a city's name is no port, and a port is no zone the cities before it share.
        #expect(names("推进柳州、防城港等地建设。", province: "广西壮族自治区").isEmpty)
        #expect(names("加快徐州、连云港、淮安等地发展。", province: "江苏省").isEmpty)
    }

    @Test func roadCodesWithASectionOrATail() {
        #expect(names("建成S22白永段、S29呼凉高速，开工建设G0616海乌段、G1817乌巴段。", province: "内蒙古自治区")
            == ["S22白永段", "S29呼凉高速", "G0616海乌段", "G1817乌巴段"])
        #expect(names("推动国道G219改扩建。", province: "云南省") == ["国道G219改扩建"])
        // A code's section is short: G60科创走廊 is a corridor.
        #expect(names("推进G60科创走廊松江段建设。", province: "上海市").isEmpty)
        // A section from one place to another may be longer, and its places say where it is.
        #expect(names("建成G312线清水驿至傅家窑段。", province: "甘肃省") == ["G312线清水驿至傅家窑段"])
        let report = ReportLoaderShim.parse("2025年陕西省政府工作报告\n一、2024年工作回顾\n加快S219线周至至佛坪段建设。\n")
        #expect(ProjectFinder(gazetteer: .standard, province: "陕西省").projects(in: report).map(\.region) == ["西安"])
        // A code in a word of Latin letters, or with nothing after it, is no road.
        #expect(names("推广GPS5G应用。", province: "云南省").isEmpty)
    }

    @Test func aSecondTrackAndAnItemOpeningWithAStopWord() {
        #expect(names("加快罗若铁路、将淖铁路增建二线、精伊霍铁路增建二线等项目建设。", province: "新疆维吾尔自治区")
            == ["罗若铁路", "将淖铁路增建二线", "精伊霍铁路增建二线"])
    }

    @Test func sectionsListedAfterALinesFirstAreTheLinesToo() {
        #expect(names("加快沿江高铁合武段、武宜段建设，建成渝昆高铁渝宜段、呼南高铁豫西段。", province: "湖北省")
            == ["沿江高铁合武段", "沿江高铁武宜段", "渝昆高铁渝宜段", "呼南高铁豫西段"])
        // A phrase after the section is no section (手段, 阶段).
        #expect(names("建成渝昆高铁渝宜段、创新手段。", province: "湖北省") == ["渝昆高铁渝宜段"])
    }

    @Test func linesOfOneListAndOneSystem() {
        // 建 of 金建铁路 is no verb between two lines of the list.
        #expect(names("加快建设甬舟铁路、金建铁路、温武吉铁路。", province: "浙江省") == ["甬舟铁路", "金建铁路", "温武吉铁路"])
        #expect(names("修公路、建铁路。", province: "浙江省").isEmpty)
        // A clause of its own opening with a verb is no item (完善 of 完善铁路网).
        #expect(names("开通运营池黄高铁、完善铁路网布局、新增铁路运营里程120公里。", province: "安徽省") == ["池黄高铁"])
        // A line's number after a line of the same system belongs to that system.
        #expect(names("开工建设西安地铁8号线、10号线一期。", province: "陕西省") == ["西安地铁8号线", "西安地铁10号线一期"])
        #expect(names("太原轨道交通1号线和2号线加快建设。", province: "山西省") == ["太原轨道交通1号线", "太原轨道交通2号线"])
    }

    /// Lines between two places rated in kilovolts, names with a short group in brackets, and
    /// list items opening with a character that elsewhere is a joining word.
    @Test func ratingsBracketsAndItemsAfterMarks() {
        #expect(names("准东至皖南±1100千伏特高压直流、哈密至重庆±800千伏特高压直流工程投运。", province: "新疆维吾尔自治区")
            == ["准东至皖南±1100千伏特高压直流", "哈密至重庆±800千伏特高压直流工程"])
        #expect(names("开工建设藏东南至粤港澳大湾区±800千伏特高压直流输电工程广西段、桂林至柳州500千伏输变电工程。", province: "广西壮族自治区")
            == ["藏东南至粤港澳大湾区±800千伏特高压直流输电工程广西段", "桂林至柳州500千伏输变电工程"])
        // A rating or a kind of power alone names nothing.
        #expect(names("建成500千伏输变电工程，加快风电光伏项目、分布式光伏项目建设，整县推进屋顶分布式光伏项目。", province: "广西壮族自治区").isEmpty)
        #expect(names("推进三峡如东H10海上风电项目建设。", province: "江苏省") == ["三峡如东H10海上风电项目"])
        // 中国（新疆）自由贸易试验区 is every free-trade zone's official name; an enumerator in
        // brackets is no part of a name.
        #expect(names("高水平建设中国（新疆）自由贸易试验区。", province: "新疆维吾尔自治区") == ["中国（新疆）自由贸易试验区"])
        #expect(names("（二）自由贸易试验区建设。", province: "新疆维吾尔自治区").isEmpty)
        // 将 after 至, 和 after 、 begin names (哈密至将军庙, 和静).
        #expect(names("和若铁路、哈密至将军庙铁路建成运营。", province: "新疆维吾尔自治区") == ["和若铁路", "哈密至将军庙铁路"])
        #expect(names("推动哈密、若羌、和静、阜康二期抽水蓄能电站建设。", province: "新疆维吾尔自治区")
            == ["哈密抽水蓄能电站", "若羌抽水蓄能电站", "和静抽水蓄能电站", "阜康二期抽水蓄能电站"])
    }

    @Test func moreVerbsOfProgress() {
        let report = ReportLoaderShim.parse("2025年湖北省政府工作报告\n一、2024年工作回顾\n唐白河航道襄阳段实现通航。环塔克拉玛干沙漠铁路环线全面闭合。续建贺州至巴马高速公路象州至来宾段。\n")
        #expect(ProjectFinder(gazetteer: .standard, province: "湖北省").projects(in: report).map(\.status)
                == ["opened", "completed", "under-construction"])
        // What a waterway can carry is no opening.
        let traits = ReportLoaderShim.parse("2025年湖北省政府工作报告\n一、2024年工作回顾\n嘉陵江航道通航条件明显改善。\n")
        #expect(ProjectFinder(gazetteer: .standard, province: "湖北省").projects(in: traits).map(\.status) == ["other"])
    }

    /// A count and words of their kind between 等 and the head; a list's verb after it reaches
    /// items before one that names no project found.
    @Test func countedGroupsAndListsWithAnUnnamedItem() {
        #expect(names("百色至文山、钦州至玉林等6条高速公路开工建设，乌东德、白鹤滩等14座大中型水电站建成发电。", province: "广西壮族自治区")
            == ["百色至文山高速公路", "钦州至玉林高速公路", "乌东德水电站", "白鹤滩水电站"])
        let report = ReportLoaderShim.parse("2025年湖北省政府工作报告\n一、2024年工作回顾\n比亚迪襄阳产业园二期、东风达安汽车试验场扩建项目、华润电力襄阳宜城风电项目建成投产。\n")
        #expect(ProjectFinder(gazetteer: .standard, province: "湖北省").projects(in: report).map(\.status) == ["opened", "opened"])
    }

    /// A runway or an extension after a line or an airport, a direction as a section, and the
    /// works after a section are parts of the name.
    @Test func runwaysExtensionsAndDirectionSections() {
        #expect(names("开工建设南宁吴圩国际机场第二跑道，推动南宁轨道交通1号线东延线建设，襄阳绕城高速南段改扩建加快推进。", province: "广西壮族自治区")
            == ["南宁吴圩国际机场第二跑道", "南宁轨道交通1号线东延线", "襄阳绕城高速南段改扩建"])
    }
}
