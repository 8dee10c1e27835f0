import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Railway stations, zones named by two characters of their own, pilot zones, computing centres,
/// ecological corridors and regional express lines; names the length limit cut inside a word.
struct StationsZonesAndLongNamesTests {
    func found(_ text: String, province: String) -> [FoundProject] {
        let report = ReportLoaderShim.parse("2025年\(province)政府工作报告\n一、2024年工作回顾\n" + text + "\n")
        return ProjectFinder(gazetteer: .standard, province: province, isLocalReport: false).projects(in: report)
    }

    func names(_ text: String, province: String) -> [String] {
        found(text, province: province).map(\.name)
    }

    @Test func stationsAreRailwaysNamedByTheirCity() {
        let stations = found("宜宾东站、宜宾西站投入使用，加快建设雄商高铁、郑州南站。", province: "四川省")
        #expect(stations.map(\.name) == ["宜宾东站", "宜宾西站", "雄商高铁", "郑州南站"])
        #expect(stations.map(\.type) == ["railway", "railway", "railway", "railway"])
        // A station before 等 is an item of the list the next head closes, and a list before a
        // station shares no 站 (平漯周 is a line, not a station).
        #expect(names("加快推进平漯周、焦济洛平、郑州南站等高铁项目。", province: "河南省")
                == ["平漯周高铁项目", "焦济洛平高铁项目", "郑州南站高铁项目"])
        // A station needs its city: 高铁东站 is a kind.
        #expect(names("推进高铁东站建设。", province: "河南省").isEmpty)
    }

    @Test func zonesNamedByTwoCharactersOfTheirOwn() {
        #expect(names("支持两江新区、重庆高新区、长寿经开区建设，柳东新区加快建设。", province: "重庆市")
                == ["两江新区", "重庆高新区", "长寿经开区", "柳东新区"])
        // Kinds, grades and counts are no names.
        #expect(names("加强与先进开发区合作，推动城市新区、省级经开区、两个新区和各类开发区建设。", province: "山西省").isEmpty)
        // A name before 至 is where a line starts.
        #expect(names("推进章江新区至蓉江新区轨道交通建设。", province: "江西省") == ["章江新区至蓉江新区轨道交通"])
        // A grade after a zone's name is no more of it.
        #expect(names("临港经开区国家级经开区综合排名提升30位。", province: "四川省") == ["临港经开区"])
    }

    @Test func pilotZonesCentresCorridorsAndExpressLines() {
        let found = found("百色重点开发开放试验区、桂林临空经济区加快建设，宜宾智能计算中心投入运营，超瞬态实验装置建成运行，岷江生态廊道建成，开工建设昆明至安宁市域快线。",
                          province: "广西壮族自治区")
        #expect(found.map(\.name) == ["百色重点开发开放试验区", "桂林临空经济区", "宜宾智能计算中心", "超瞬态实验装置", "岷江生态廊道", "昆明至安宁市域快线"])
        #expect(found.map(\.type) == ["park-zone", "park-zone", "other", "research", "ecology", "urban-rail"])
        #expect(found.map(\.status) == ["accelerating", "accelerating", "opened", "completed", "completed", "started"])
        // A list of places shares a kind of trade's zone.
        #expect(names("推进昆明、德宏、红河跨境电商综合试验区建设。", province: "云南省")
                == ["昆明跨境电商综合试验区", "德宏跨境电商综合试验区", "红河跨境电商综合试验区"])
        // Along something named before is no corridor's name.
        #expect(names("建成沿线生态廊道。", province: "云南省").isEmpty)
    }

    @Test func aNameCutByTheLimitReachesBackToItsBoundary() {
        #expect(names("浙江华友钦州新能源电池材料项目建成投产。", province: "广西壮族自治区") == ["浙江华友钦州新能源电池材料项目"])
        #expect(names("深圳、佛山、中山入选国家中医药传承创新发展试验区。", province: "广东省")
                == ["深圳国家中医药传承创新发展试验区", "佛山国家中医药传承创新发展试验区", "中山国家中医药传承创新发展试验区"])
    }

    /// A verb before a long list reaches its later items; units and kinds of words are no verbs.
    @Test func statusesAcrossLongListsAndKindsOfWords() {
        let lines = found("加快合浦至湛江高铁、南宁至崇左城际铁路、柳州至广州铁路、防城港至东兴铁路建设。", province: "广西壮族自治区")
        #expect(lines.map(\.status) == ["accelerating", "accelerating", "accelerating", "accelerating"])
        // A verb far before a name outside a list is not its (历时7年建设…的X提前三年全线贯通): its
        // own, after 提前三年, is.
        #expect(found("历时7年建设、投资近千亿元、全长1.3万公里的黄河一号旅游公路提前三年全线贯通。", province: "山西省").map(\.status) == ["completed"])
        #expect(found("历时7年建设、投资近千亿元、全长1.3万公里的黄河一号旅游公路。", province: "山西省").map(\.status) == ["other"])
        // Units between a plant and its verb; new verbs.
        #expect(found("防城港核电二期3、4号机组投产。", province: "广西壮族自治区").map(\.status) == ["opened"])
        // An adverb before a name's verbs is none of them: 全面建成投产 is opened, as 建成投产 is.
        #expect(found("防城港核电二期全面建成投产，钦州港东航道顺利通过验收。", province: "广西壮族自治区").map(\.status) == ["opened", "completed"])
        #expect(found("黄水东调二期工程通水，玉龙喀什水利枢纽工程基本建成，滇中引水二期工程全面开工。", province: "云南省").map(\.status)
                == ["completed", "completed", "started"])
        // 对外开放口岸 is a kind of port of entry; 总体规划 a kind of plan.
        #expect(found("南宁港、北海港等8个对外开放口岸通过验收。", province: "广西壮族自治区").map(\.status) == ["completed", "completed"])
        #expect(found("开展南宁国家公园总体规划中期评估。", province: "广西壮族自治区").map(\.status) == ["other"])
    }

    /// What the new heads and rules must leave alone.
    @Test func nearMissesOfTheNewRules() {
        // 至今 and 至年底 are times, not a line's other end.
        #expect(names("平陆运河至年底累计完成投资560亿元，大藤峡水利枢纽工程至今累计发电100亿千瓦时。", province: "广西壮族自治区")
                == ["平陆运河", "大藤峡水利枢纽工程"])
        // A station inside a longer name, or an event's stop, is no station.
        #expect(names("成都东站TOD综合开发项目开工。", province: "四川省") == ["成都东站TOD综合开发项目"])
        #expect(names("“中国旅游日”主会场活动湖南站精彩纷呈。", province: "湖南省").isEmpty)
        // Kinds of zone, computing centre and corridor.
        #expect(names("推动我省开发区、传统开发区、低效开发区整合，边远新区承接能力不足。", province: "四川省").isEmpty)
        #expect(names("建设一批边缘计算中心，沿河生态廊道串珠成链。", province: "四川省").isEmpty)
        // A time and a verb before a firm's name are not its start.
        #expect(names("全年落地中伟钦州新能源材料产业基地。", province: "广西壮族自治区") == ["中伟钦州新能源材料产业基地"])
    }
}
