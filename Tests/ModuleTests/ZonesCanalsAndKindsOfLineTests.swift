import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Free-trade zones and science cities, canals and navigation works, names joined by a dash,
/// kinds of line that name no project, and the verbs of opening and finishing.
struct ZonesCanalsAndKindsOfLineTests: ProjectProbe {
    @Test func freeTradeZonesNeedAPlace() {
        #expect(names("推进广东自贸试验区提升战略，加快中原科技城建设。", province: "广东省") == ["广东自贸试验区", "中原科技城"])
        // 设立 and 出台 end the words before a name; a zone of no place is a kind.
        #expect(names("设立自贸试验区，出台国家自由贸易试验区政策，形成字段级自贸试验区数据出境负面清单。", province: "北京市").isEmpty)
    }

    /// Valleys of innovation are named like brands, by one character (晋创谷) or a place (中国声谷);
    /// 设区市 before one is no part of its name.
    @Test func valleysOfInnovation() {
        let projects = found("6个设区市晋创谷挂牌运营，武汉光谷建设加快，推进中国声谷建设。", province: "山西省")
        #expect(projects.map(\.name) == ["晋创谷", "武汉光谷", "中国声谷"])
        #expect(projects.map(\.status) == ["opened", "accelerating", "under-construction"])
        #expect(projects.allSatisfy { $0.type == "park-zone" })
        // With one character, only a province's short name: 众创谷, 智算谷 are kinds.
        #expect(names("建设众创谷、智算谷，打造区域性航运中心。", province: "山西省").isEmpty)
        // A valley of nature is none.
        #expect(names("治理河谷生态，推动山谷风电建设。", province: "山西省").isEmpty)
    }

    /// A digest or news page whose part headings are not found still names projects (its
    /// sentences, not its title or headlines); the area whose report it is is no project.
    @Test func aTextWithoutPartsNamesProjects() {
        let text = "2026年上海市浦东新区政府工作报告摘要\n城镇新增就业、重点工程与你息息相关\n"
            + "浦东新区第七届人民代表大会第六次会议开幕。加快雄忻高铁建设，预计浦东国际机场货邮吞吐量突破400万吨。\n"
        let report = ReportLoaderShim.parse(text)
        let projects = ProjectFinder(gazetteer: .standard, province: "上海市").projects(in: report)
        #expect(projects.map(\.name) == ["雄忻高铁", "浦东国际机场"])
        #expect(projects.map(\.line) == [3, 3])
    }

    /// An airport's terminal is part of its name (广州白云机场T3航站楼加快建设).
    @Test func terminalsOfAnAirport() {
        let projects = found("广州白云机场T3航站楼加快建设，郑州机场卫星厅建成投用。", province: "广东省")
        #expect(projects.map(\.name) == ["广州白云机场T3航站楼", "郑州机场卫星厅"])
        #expect(projects.map(\.status) == ["accelerating", "opened"])
        #expect(names("首都机场T2航站楼改扩建工程开工。", province: "北京市") == ["首都机场T2航站楼改扩建工程"])
    }

    @Test func canalsAndNavigationWorks() {
        let projects = found("加快平陆运河建设，白马航电枢纽正式通航。", province: "广西壮族自治区")
        #expect(projects.map(\.name) == ["平陆运河", "白马航电枢纽"])
        #expect(projects.allSatisfy { $0.type == "port" })
        // A shipping centre is a port's; a corridor listed before it shares no head.
        #expect(found("推进成渝地区东出北上开放走廊、长江上游航运中心建设。", province: "四川省").map(\.name) == ["长江上游航运中心"])
        // A corridor inside a name stays (河西走廊清洁能源基地).
        #expect(names("加快河西走廊清洁能源基地建设。", province: "甘肃省") == ["河西走廊清洁能源基地"])
    }

    @Test func aDashBetweenTwoNamesJoinsThem() {
        #expect(names("加快中国—东盟产业合作区建设。", province: "广西壮族自治区") == ["中国—东盟产业合作区"])
        // Only 中国 (or 中) joins so: a verb before it stays out.
        #expect(names("抢抓中国—东盟自贸区升级机遇。", province: "广西壮族自治区") == ["中国—东盟自贸区"])
        // Two dashes open an aside, not a name.
        #expect(names("——东盟产业合作区加快建设。", province: "广西壮族自治区") == ["东盟产业合作区"])
    }

    @Test func kindsOfLineAreNoProjects() {
        #expect(names("加快城际铁路、市域铁路规划建设，建成一批普速铁路，推进干支流航道建设，打通穿山隧道，推进市郊铁路建设。", province: "重庆市").isEmpty)
    }

    /// A line or river that only says where something else lies (沿线, 沿岸, 周边) is no project.
    @Test func placesAlongALineAreNoProjects() {
        #expect(names("发挥京广铁路沿线城市集聚功能，建设一批三个一号旅游公路沿线特色乡村驿站，建成京雄高速公路。", province: "河南省")
                == ["京雄高速公路"])
        // A project named after what it lies around is one.
        #expect(names("开工建设新桥国际机场周边路网工程。", province: "安徽省") == ["新桥国际机场周边路网工程"])
    }

    @Test func verbsOfOpeningAndFinishing() {
        let projects = found("首都国际会展中心投用，重庆国际铁路港综保区封关运行，太原机场三期试运行，首儿所通州院区主体完工，黄河干流流经县综合治理工程完工率达到85%。",
                             province: "北京市")
        #expect(projects.map(\.status) == ["opened", "opened", "opened", "completed", "under-construction"])
    }
}
