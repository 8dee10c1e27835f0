import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Items of a list that are projects because the items beside them are, and heads of
/// facilities that name projects of their own (光源, 科学中心, 保税区, 联络线).
struct ListSiblingsAndFacilityHeadsTests: ProjectProbe {
    @Test func aZoneWithoutAPlaceIsOneBesideZones() {
        // 金桥 and 外高桥 are in no gazetteer: the list says they are zones.
        let zones = found("高水平建设陆家嘴金融城、金桥经济技术开发区、外高桥保税区、张江科学城。", province: "上海市")
        #expect(zones.map(\.name) == ["陆家嘴金融城", "金桥经济技术开发区", "外高桥保税区", "张江科学城"])
        #expect(zones.allSatisfy { $0.type == "park-zone" })
        // Alone, or beside a kind, a zone needs its place.
        #expect(names("高水平建设金桥经济技术开发区。", province: "上海市").isEmpty)
        #expect(names("支持城市新区、省级经济技术开发区、张江科学城建设。", province: "上海市") == ["张江科学城"])
        // Not a name cut at a joining word (配套灌区工程 belongs to the hub before it).
        let hubs = names("湘河水利枢纽及配套灌区工程、拉洛水利枢纽全面建成。", province: "西藏自治区")
        #expect(!hubs.contains("灌区工程"))
    }

    @Test func anItemWithoutAHeadBetweenTwoOfOneKind() {
        let parks = found("三林楔形绿地二期、合庆楔形绿地、北蔡楔形绿地一期建成开放。", province: "上海市")
        #expect(parks.map(\.name) == ["三林楔形绿地二期", "合庆楔形绿地", "北蔡楔形绿地一期"])
        #expect(Set(parks.map(\.status)) == ["opened"])
        // Not where the item opens with a verb, nor between two of different kinds.
        #expect(!names("建成太原机场三期、完善服务设施、大同机场改扩建。", province: "山西省").contains("完善服务设施"))
        #expect(!names("建成太原机场三期、城市书房、大西高铁。", province: "山西省").contains("城市书房"))
    }

    @Test func facilitiesOfScienceZonesAndLinks() {
        let science = found("合肥先进光源、空地一体量子精密测量实验设施开工建设，全力推进合肥综合性国家科学中心建设。", province: "安徽省")
        #expect(science.map(\.name) == ["合肥先进光源", "空地一体量子精密测量实验设施", "合肥综合性国家科学中心"])
        #expect(science.allSatisfy { $0.type == "research" })
        // (A proving ground or a light source needs a place: in brackets after it, too.)
        #expect(names("建成国家深海基因库，国家海洋综合试验场（青岛）投入使用。", province: "山东省") == ["国家深海基因库", "国家海洋综合试验场（青岛）"])
        #expect(names("支持汽车试验场建设，推动半导体照明光源产业发展。", province: "山东省").isEmpty)
        let rail = found("机场联络线全线开通运营，地铁8号线支线加快建设。", province: "上海市")
        #expect(rail.map(\.name) == ["机场联络线", "地铁8号线支线"])
        #expect(rail.first?.type == "railway")
        // Kinds are no projects.
        #expect(names("新建城际联络线，建设一批科技园。", province: "山西省").isEmpty)
    }
}

/// Where a name ends and begins: the section of a metro line, the works after a phase, an
/// institution's 工程, and a name with 与 or 和 inside.
struct NameBoundariesOfLinesAndInstitutionsTests: ProjectProbe {
    @Test func aMetroLinesSectionAndTheWorksAfterAName() {
        #expect(names("轨道交通21号线一期、19号线浦东段加快建设，20号线一期东段开工。", province: "上海市")
            == ["轨道交通21号线一期", "轨道交通19号线浦东段", "轨道交通20号线一期东段"])
        // (The number after 轨道交通 comes first: the section is the numbered line's.)
        #expect(names("轨道交通22号线红庙至平谷段基本具备开通条件。", province: "北京市") == ["轨道交通22号线红庙至平谷段"])
        #expect(names("加快沪通铁路二期配套工程、贵安新区数据中心集群建设，青岛至京沪高铁辅助通道开工。", province: "上海市")
            == ["沪通铁路二期配套工程", "贵安新区数据中心集群", "青岛至京沪高铁辅助通道"])
    }

    @Test func anInstitutionsWorksAndJoiningWords() {
        #expect(names("哈尔滨工程大学青岛校区建成启用。", province: "山东省") == ["哈尔滨工程大学青岛校区"])
        // 与 and 和 inside a name whose first words are a place and more.
        #expect(names("建成上海脑科学与类脑研究中心。", province: "上海市") == ["上海脑科学与类脑研究中心"])
        #expect(names("推进海西湾船舶与海洋工程产业基地二期建设。", province: "山东省") == ["海西湾船舶与海洋工程产业基地二期"])
        // Not a place alone before 和, nor a name of its own.
        #expect(names("建成太原和大同机场。", province: "山西省") == ["大同机场"])
        #expect(names("建成太原南站和大同机场。", province: "山西省") == ["太原南站", "大同机场"])
    }
}

/// Scenic areas and zones named for investment or industry: heads that need a place, as other
/// zones' do.
struct ScenicAreasAndInvestmentZonesTests: ProjectProbe {
    @Test func scenicAreasAndZonesWithAPlace() {
        #expect(found("推进应县木塔景区提质升级。", province: "山西省").map(\.type) == ["other"])
        let zones = found("漳州台商投资区扩容升级，建设北海铁山港工业区。", province: "福建省")
        #expect(zones.map(\.name) == ["漳州台商投资区", "北海铁山港工业区"])
        #expect(zones.map(\.type) == ["park-zone", "park-zone"])
        // A grade or a kind of scenic area is none.
        #expect(names("创建国家5A级旅游景区，培育重点监测景区和世界级旅游景区。", province: "山西省").isEmpty)
    }
}

/// The network of an area counted in a statistic is no project.
struct NetworksOfAnAreaTests: ProjectProbe {
    @Test func anAreasRailwaysAreNoProject() {
        #expect(names("全区铁路运营里程达到1400公里，中心城区轨道交通运营里程达到560公里，实现市州民用机场全覆盖。", province: "西藏自治区").isEmpty)
        #expect(names("拉林铁路全线贯通。", province: "西藏自治区") == ["拉林铁路"])
    }
}

/// Firms' plants and bases: a place, a phase or a list says which; a base a title names is none.
struct PlantsAndBasesTests: ProjectProbe {
    @Test func plantsNamedByFirmAndPlace() {
        let plants = found("特斯拉上海储能超级工厂建成投产，比亚迪南宁基地、阳光电源合肥储能基地投产。", province: "广西壮族自治区")
        #expect(plants.map(\.name) == ["特斯拉上海储能超级工厂", "比亚迪南宁基地", "阳光电源合肥储能基地"])
        #expect(plants.map(\.type) == ["energy", "other", "energy"])
        #expect(Set(plants.map(\.status)) == ["opened"])
        // A firm's long name stays whole.
        #expect(names("一汽解放青岛汽车有限公司新能源整车工厂建成投产。", province: "山东省") == ["一汽解放青岛汽车有限公司新能源整车工厂"])
        // A base a title names, or a kind of base, is none.
        #expect(names("建成省全民国防教育基地，打造国家级先进制造业基地，建设智能工厂。", province: "广东省").isEmpty)
    }

    @Test func worksTypedByWhatTheyCarry() {
        let works = found("文昌至琼海500千伏联网工程投运，北海液化天然气外输管道复线工程开工，三亚有轨电车二期、嘉陵江利泽航运枢纽二期、成都铁路枢纽加快建设。", province: "海南省")
        #expect(works.map(\.type) == ["energy", "energy", "urban-rail", "port", "railway"])
    }

    @Test func itemsOfAListSharingAHeadNeedNotBeAsLong() {
        #expect(names("推进丰都栗子湾、奉节菜籽坝、黔江金溪抽水蓄能电站建设。", province: "重庆市")
            == ["丰都栗子湾抽水蓄能电站", "奉节菜籽坝抽水蓄能电站", "黔江金溪抽水蓄能电站"])
        #expect(names("建设大足龙水湖、梁平双桂湖国家湿地公园。", province: "重庆市") == ["大足龙水湖国家湿地公园", "梁平双桂湖国家湿地公园"])
    }

    @Test func generatingUnitsAndBracketedPhasesStayInTheName() {
        let works = found("漳州核电1号机组投入商业运行，宁德核电5号、6号机组开工，钦州港东航道扩建工程（一期）建成投用。", province: "福建省")
        #expect(works.map(\.name) == ["漳州核电1号机组", "宁德核电5号、6号机组", "钦州港东航道扩建工程（一期）"])
        #expect(works.map(\.status) == ["opened", "started", "opened"])
    }
}
