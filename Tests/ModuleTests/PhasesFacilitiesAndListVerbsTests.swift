import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Projects named by a phase (宁德时代二期), port areas and berths, water and sewage works,
/// hospitals and schools of the report's own level, the verb that closes a list, and the system
/// a numbered line named alone belongs to.
struct PhasesFacilitiesAndListVerbsTests {
    func found(_ text: String, province: String, local: Bool = false, title: String? = nil) -> [FoundProject] {
        let heading = title ?? "2025年\(province)政府工作报告"
        let report = ReportLoaderShim.parse(heading + "\n一、2024年工作回顾\n" + text + "\n")
        return ProjectFinder(gazetteer: .standard, province: province, isLocalReport: local).projects(in: report)
    }

    func names(_ text: String, province: String, local: Bool = false) -> [String] {
        found(text, province: province, local: local).map(\.name)
    }

    @Test func aPhaseNamesAProjectWithNoHead() {
        #expect(names("推动宁德时代二期、中天绿色精品钢三期建设。", province: "福建省") == ["宁德时代二期", "中天绿色精品钢三期"])
        // A firm's long name and its site, and a yearly capacity inside the name.
        #expect(names("建成天能集团安吉新能源电池基地二期。", province: "浙江省") == ["天能集团安吉新能源电池基地二期"])
        #expect(names("万华化学烟台工业园120万吨/年乙烯二期建成投产。", province: "山东省") == ["万华化学烟台工业园120万吨/年乙烯二期"])
        // A short quoted name with a phase, and the works the name says give its type.
        let quoted = found("续建“引额供水”二期工程，开工建设“疆电入渝”二期，加快引洮供水二期建设。", province: "新疆维吾尔自治区")
        #expect(quoted.map(\.name) == ["“引额供水”二期工程", "“疆电入渝”二期", "引洮供水二期"])
        #expect(quoted.map(\.type) == ["water", "energy", "water"])
        // A generic head with a phase needs no place (白龙核电一期, 小河港三期).
        #expect(names("白龙核电一期工程开工建设，推进小河港三期建设。", province: "广西壮族自治区") == ["白龙核电一期工程", "小河港三期"])
        // An order, a time or a policy phrase is no phase of a project.
        #expect(names("举办第一期培训班，分三期建设，经济处于三期叠加阶段。", province: "福建省").isEmpty)
        // Nor a name cut at a joining word, opening with its works.
        #expect(names("实施山水林田湖草沙一体化保护和修复工程二期。", province: "山东省").isEmpty)
    }

    @Test func portAreasBerthsAndWaterWorks() {
        #expect(names("防城港企沙港区赤沙作业区1号2号泊位建成投产，雅口港区、余家湖港区加快建设。", province: "广西壮族自治区")
            == ["防城港企沙港区赤沙作业区1号2号泊位", "雅口港区", "余家湖港区"])
        #expect(names("勐腊县城第二水厂、勐捧镇供水工程建成投用，推进城北污水处理厂提标改造。", province: "云南省")
            == ["勐腊县城第二水厂", "勐捧镇供水工程", "城北污水处理厂提标改造"])
        // Kinds of works, parking spaces, rail into port areas, and works counted are no projects.
        #expect(names("推进城乡供水工程和集装箱港区建设，新增城市停车泊位，支持铁路进港区。", province: "江苏省").isEmpty)
        #expect(names("维修农村供水工程1800处，建设污水处理厂20座。", province: "山西省").isEmpty)
        // A name after 工程 is a project of its own.
        #expect(names("小清河复航工程济南港主港区通航运营。", province: "山东省") == ["济南港主港区"])
    }

    @Test func facilitiesOfTheReportsOwnLevel() {
        let county = found("建成县中医医院，开工建设县妇幼保健院迁建项目，推进勐腊县第二中学扩建。", province: "云南省", local: true,
                           title: "勐腊县2025年政府工作报告")
        #expect(county.map(\.name) == ["县中医医院", "县妇幼保健院迁建项目", "勐腊县第二中学扩建"])
        #expect(county.map(\.status) == ["completed", "started", "under-construction"])
        // In a province's report 县 is every county's: no project; 省 is its own.
        #expect(names("推动县医院提标扩能，建成县中医医院。", province: "云南省").isEmpty)
        #expect(names("建成省人民医院新院区。", province: "云南省") == ["省人民医院新院区"])
        // 市级, 县域 are kinds.
        #expect(names("建设市级中医医院。", province: "浙江省", local: true).isEmpty)
    }

    @Test func theVerbClosingAListReachesItemsAfterOnesNotFound() {
        let listed = found("中天绿色精品钢二期、一批技改项目建成投产。", province: "江苏省")
        #expect(listed.map(\.name) == ["中天绿色精品钢二期"])
        // Of the verbs written together, the one a name's own verbs give (投产 before 建成).
        #expect(listed.map(\.status) == ["opened"])
        // Only a verb that says where the list stands, not 建设.
        #expect(found("推进中天绿色精品钢二期、城北片区改造建设。", province: "江苏省").map(\.status) == ["under-construction"])
        // Plants connected to the grid are producing.
        #expect(found("如东H17海上风电项目全容量并网。", province: "江苏省").map(\.status) == ["opened"])
    }

    @Test func aLineNamedByItsNumberTakesTheParagraphsSystem() {
        let lines = found("洛阳地铁3号线一期建成运营，加快4号线一期建设。", province: "河南省")
        #expect(lines.map(\.name) == ["洛阳地铁3号线一期", "洛阳地铁4号线一期"])
        #expect(lines.map(\.region) == ["洛阳", "洛阳"])
        // Not across paragraphs.
        #expect(names("洛阳地铁3号线一期建成运营。\n加快4号线一期建设。", province: "河南省") == ["洛阳地铁3号线一期", "4号线一期"])
    }

    @Test func placesLentToAGenericZoneStandAsWords() {
        // 宁德 of 宁德时代 lends no place to the park after it.
        #expect(names("推动宁德时代二期、新能源汽车产业园建设。", province: "福建省") == ["宁德时代二期"])
        #expect(names("太原、大同率先打造绿电产业园区。", province: "山西省") == ["太原绿电产业园区", "大同绿电产业园区"])
    }

    @Test func endpointsJoinedByADashAndLongInstitutionNames() {
        #expect(names("金上—湖北±800千伏特高压直流工程建成投运，天府南—铜梁500千伏输变电工程开工建设。", province: "四川省")
            == ["金上—湖北±800千伏特高压直流工程", "天府南—铜梁500千伏输变电工程"])
        // The province's whole name opens a name as a place does; a campus keeps its institution.
        #expect(names("推进四川省第二中医医院、西南医科大学附属医院忠山院区建设。", province: "四川省")
            == ["四川省第二中医医院", "西南医科大学附属医院忠山院区"])
        // A count of a kind is no project; water works typed by what they carry.
        #expect(names("全省民用运输机场达到17个。", province: "四川省").isEmpty)
        #expect(found("瑞金市城乡供水一体化工程建成。", province: "江西省").map(\.type) == ["water"])
    }

    @Test func moreVerbsOfWhereAProjectStands() {
        let works = found("白鹤滩水电站全部机组投产发电，双江口水电站下闸蓄水，亭子口灌区一期全线通水，两山文化艺术中心对外开放，"
                          + "柳州城市轨道交通1号线完成主体施工。", province: "四川省")
        #expect(works.map(\.status) == ["opened", "completed", "completed", "opened", "under-construction"])
        // 完成营业收入 says nothing of a zone's works.
        #expect(found("洛阳国家高新区、洛阳经济技术开发区分别完成营业收入1800亿元。", province: "河南省").map(\.status) == ["other", "other"])
        // 前期工作 closing a list plans every item.
        #expect(found("推进成都天府国际机场二期、自贡机场前期工作。", province: "四川省").map(\.status) == ["planned", "planned"])
    }

    @Test func itemsOfAListShareTheWordsQualifyingTheKind() {
        #expect(names("实施岷江、沱江流域水生态修复工程，推进南四湖、东平湖综合治理工程。", province: "四川省")
            == ["岷江流域水生态修复工程", "沱江流域水生态修复工程", "南四湖综合治理工程", "东平湖综合治理工程"])
        // Items of five or six characters beside one as long.
        #expect(names("建设洛宁大鱼沟、嵩县龙潭沟抽水蓄能电站。", province: "河南省") == ["洛宁大鱼沟抽水蓄能电站", "嵩县龙潭沟抽水蓄能电站"])
        // A longer last name shares nothing of its own (阿尔泰山, not 泰山), nor lends a long item its head.
        #expect(names("推进天山、阿尔泰山国家公园创建。", province: "新疆维吾尔自治区") == ["天山国家公园", "阿尔泰山国家公园"])
        #expect(names("支持省医学科学院、中原医学科学城建设。", province: "河南省") == ["中原医学科学城"])
    }

    @Test func theAreasOfAFreeTradeZone() {
        #expect(names("高水平建设中国（山东）自由贸易试验区济南、青岛、烟台片区。", province: "山东省")
            == ["中国（山东）自由贸易试验区济南片区", "中国（山东）自由贸易试验区青岛片区", "中国（山东）自由贸易试验区烟台片区"])
        #expect(names("中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区和川南临港片区加快发展。", province: "四川省")
            == ["中国（四川）自由贸易试验区成都天府新区片区", "中国（四川）自由贸易试验区成都青白江铁路港片区", "中国（四川）自由贸易试验区川南临港片区"])
        // A zone with no areas after it is the zone.
        #expect(names("中国（山东）自由贸易试验区建设取得新进展。", province: "山东省") == ["中国（山东）自由贸易试验区"])
    }

    /// Found by review: a port area runs on into its berth, terminal or channel; a phase needs a
    /// name before it; speech and size classes name no road or port; a dashed item of a list.
    @Test func portAreasRunOnAndWhatNamesNothing() {
        #expect(names("加快烟台港西港区30万吨级原油码头二期建设，钦州港大榄坪港区7至10号泊位建成投产。", province: "山东省")
            == ["烟台港西港区30万吨级原油码头二期", "钦州港大榄坪港区7至10号泊位"])
        #expect(names("二期工程招标完成，港口三期工程建成，做好二期工程验收准备。", province: "山东省").isEmpty)
        #expect(names("走好共同富裕的康庄大道，全市万吨级以上泊位达到180个。", province: "山东省").isEmpty)
        #expect(names("日照—临沂、济南—滨州高速公路建成通车。", province: "山东省") == ["日照—临沂高速公路", "济南—滨州高速公路"])
        // The report's own level alone before a phase, and 市 in a city that is a province.
        #expect(names("县医院二期建成投用。", province: "福建省", local: true) == ["县医院二期"])
        #expect(names("推进市第一人民医院新院区建设。", province: "上海市") == ["市第一人民医院新院区"])
        // A branch of a named hospital is a campus; a branch alone is none.
        #expect(names("推进市第六人民医院金山分院、华山医院虹桥分院建设，设立分院。", province: "上海市")
            == ["市第六人民医院金山分院", "华山医院虹桥分院"])
    }

    /// A plant named by its firm and its yearly output is a project; an output alone, or a class
    /// of outputs, is none.
    @Test func plantsNamedByFirmAndOutput() {
        #expect(names("江钨新材料年产2万吨稀土永磁材料项目开工建设。", province: "江西省") == ["江钨新材料年产2万吨稀土永磁材料项目"])
        #expect(names("推进年产10万吨以上项目建设，建设年产5万吨项目。", province: "江西省").isEmpty)
    }

    /// A line's code after its system (S2线), a later phase listed after a phased name, and a
    /// plant's units between its name and its verb.
    @Test func lineCodesListedPhasesAndGeneratingUnits() {
        let line = found("温州市域铁路S2线建成通车。", province: "浙江省")
        #expect(line.map(\.name) == ["温州市域铁路S2线"])
        #expect(line.map(\.status) == ["completed"])
        let phases = found("宁德时代一期、二期项目建成投产，加快环北部湾水资源配置工程一期、二期建设。", province: "福建省")
        #expect(phases.map(\.name) == ["宁德时代一期", "宁德时代二期", "环北部湾水资源配置工程一期", "环北部湾水资源配置工程二期"])
        #expect(phases.map(\.status) == ["opened", "opened", "accelerating", "accelerating"])
        // (A later item that is not a phase is a name of its own.)
        #expect(names("宁德时代一期、二期叠加效应显现。", province: "福建省") == ["宁德时代一期"])
        let plants = found("国能长源荆州电厂2台66万千瓦机组开工建设，华能岳阳电厂3号机组投产。", province: "湖南省")
        // (A numbered unit is the work named; a count of units says how big the work is.)
        #expect(plants.map(\.name) == ["国能长源荆州电厂", "华能岳阳电厂3号机组"])
        #expect(plants.map(\.status) == ["started", "opened"])
    }
}
