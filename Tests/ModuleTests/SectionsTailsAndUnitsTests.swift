import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// What a name runs on to: a works' section in a place or province (…二期工程安徽段), a second
/// track (复线), an extension (南延段), an irrigation district's renewal (现代化改造), a line
/// through a hub (直通线); and numbered generating units of a plant named by its site (田湾核电).
struct SectionsTailsAndUnitsTests: ProjectProbe {
    @Test func sectionsTailsAndLinesThroughAHub() {
        #expect(names("淮河入海水道二期工程安徽段加快建设。", province: "安徽省") == ["淮河入海水道二期工程安徽段"])
        #expect(names("推进六安至安庆铁路复线前期工作。", province: "安徽省") == ["六安至安庆铁路复线"])
        #expect(names("开工建设淠史杭灌区现代化改造。", province: "安徽省") == ["淠史杭灌区现代化改造"])
        let hub = found("武汉至宜昌高铁、武汉枢纽直通线加快建设。", province: "湖北省")
        #expect(hub.map(\.name) == ["武汉至宜昌高铁", "武汉枢纽直通线"])
        #expect(hub.map(\.type) == ["railway", "railway"])
        #expect(hub.map(\.status) == ["accelerating", "accelerating"])
        #expect(names("地铁3号线南延段、地铁4号线加快建设。", province: "福建省") == ["地铁3号线南延段", "地铁4号线"])
    }

    @Test func numberedUnitsOfAPlantNamedByItsSite() {
        let units = found("田湾核电7号机组建成投运。", province: "江苏省")
        #expect(units.map(\.name) == ["田湾核电7号机组"])
        #expect(units.first?.type == "energy")
        // Without a number, a site's 核电 is no project.
        #expect(names("田湾核电加快建设。", province: "江苏省").isEmpty)
        // Nor is a kind of plant with no site.
        #expect(names("新建燃煤电厂1号机组投产。", province: "江苏省").isEmpty)
    }
}

/// Firms' plants named by what they make (炼化, 乙烯, 煤制, 化工) or a line by its generation
/// (第8.6代), with no place; and the qualifiers a list of zones shares (国家级经济技术).
struct FirmsPlantsAndZoneListsTests: ProjectProbe {
    @Test func plantsNamedByWhatTheyMake() {
        #expect(names("盛虹炼化一体化项目建成投产，中沙古雷乙烯项目开工建设。", province: "江苏省") == ["盛虹炼化一体化项目", "中沙古雷乙烯项目"])
        // With the firm's whole name, longer than most names (not 团准东…, 子石化…).
        #expect(names("国家能源集团准东煤制油气一体化项目开工建设，建成中国石油独山子石化塔里木二期乙烯项目。", province: "新疆维吾尔自治区")
            == ["国家能源集团准东煤制油气一体化项目", "中国石油独山子石化塔里木二期乙烯项目"])
        #expect(names("开工建设天马第8.6代新型显示面板生产线。", province: "福建省") == ["天马第8.6代新型显示面板生产线"])
        // Kinds and counts of them are none.
        #expect(names("推进一批煤化工项目，加快炼化一体化项目建设，布局现代煤化工项目。", province: "山西省").isEmpty)
    }

    @Test func zonesOfAListShareTheirKind() {
        #expect(names("合肥、芜湖国家级经济技术开发区跻身全国前列。", province: "安徽省") == ["合肥国家级经济技术开发区", "芜湖国家级经济技术开发区"])
    }
}

/// In a city's report, the city's districts and counties are its projects' regions.
struct CityDistrictRegionsTests {
    @Test func aCitysReportNamesItsDistricts() {
        let report = ReportLoaderShim.parse("2025年厦门市政府工作报告\n一、2024年工作回顾\n翔安新城、同安新城建设提速，推进海沧污水处理厂提标改造。\n")
        let finder = ProjectFinder(gazetteer: .standard, province: "福建省", isLocalReport: true, city: "厦门市")
        #expect(finder.projects(in: report).map(\.region) == ["翔安", "同安", "海沧"])
        // A province's report keeps the cities.
        let province = ProjectFinder(gazetteer: .standard, province: "福建省").projects(in: report)
        #expect(province.map(\.region) == ["厦门", "厦门", "厦门"])
        // A district's name before 湾 names a bay, which is the city's.
        let bay = ReportLoaderShim.parse("2025年青岛市政府工作报告\n一、2024年工作回顾\n胶州湾第二隧道开工建设。\n")
        let qingdao = ProjectFinder(gazetteer: .standard, province: "山东省", isLocalReport: true, city: "青岛市")
        #expect(qingdao.projects(in: bay).map(\.region) == ["青岛"])
    }

    /// A campus lies in the place named before 校区, not in the one its school is named after.
    @Test func aCampusLiesWhereItsOwnNameSays() {
        let report = ReportLoaderShim.parse("2025年江苏省政府工作报告\n一、2024年工作回顾\n南京大学苏州校区二期建成投用，南京大学仙林校区扩建加快推进。\n")
        #expect(ProjectFinder(gazetteer: .standard, province: "江苏省").projects(in: report).map(\.region) == ["苏州", "南京"])
        let city = ReportLoaderShim.parse("2025年厦门市政府工作报告\n一、2024年工作回顾\n厦门大学翔安校区三期完工。\n")
        let finder = ProjectFinder(gazetteer: .standard, province: "福建省", isLocalReport: true, city: "厦门市")
        #expect(finder.projects(in: city).map(\.region) == ["翔安"])
    }
}
