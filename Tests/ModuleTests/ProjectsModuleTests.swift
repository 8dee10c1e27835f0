import Foundation
import Testing
import WorkbenchSDK
@testable import ProjectsModule

@Suite struct ProjectsModuleTests {
    let module = ProjectsModule()

    func projects(_ report: Report = ModuleFixtures.bundled, _ arguments: [String] = []) throws -> [[String: Cell]] {
        ModuleFixtures.rows(try module.run(command: "projects", arguments: arguments, context: ModuleFixtures.context(report)))
    }

    static func core(_ name: String) -> String {
        var result = ""
        var depth = 0
        for character in name {
            if character == "（" || character == "(" { depth += 1; continue }
            if character == "）" || character == ")" { depth -= 1; continue }
            if depth == 0 { result.append(character) }
        }
        return result
    }

    /// Measured as the issue measures it, on the core tier of the key: a gold project is matched
    /// by a row on the same line whose name overlaps its name (or contains its text).
    @Test func projectsMeetTheAccuracyTargets() throws {
        let all = try ModuleFixtures.gold("projects")
        let gold = all.filter { $0["tier"] as? String == "core" }
        let rows = try projects()
        func text(_ cell: Cell?) -> String { if case .text(let value)? = cell { return value } else { return "" } }
        func matches(_ record: [String: Any], _ row: [String: Cell]) -> Bool {
            guard row["line"]?.doubleValue == Double(record["line"] as! Int) else { return false }
            let a = Self.core(record["name"] as! String), b = Self.core(text(row["name"]))
            return !a.isEmpty && !b.isEmpty && (a.contains(b) || b.contains(a) || b.contains(record["text"] as! String))
        }
        var used = Set<Int>()
        var hits = 0
        var regionRight = 0
        var regionStated = 0
        for record in gold {
            guard let index = rows.indices.first(where: { !used.contains($0) && matches(record, rows[$0]) }) else { continue }
            used.insert(index)
            hits += 1
            if let region = record["region"] as? String, record["region_source"] as? String != "external" {
                regionStated += 1
                if text(rows[index]["region"]).contains(region) { regionRight += 1 }
            }
        }
        let rest = all.filter { $0["tier"] as? String != "core" }
        let neutral = rows.indices.filter { index in !used.contains(index) && rest.contains { matches($0, rows[index]) } }.count
        let precision = Double(hits) / Double(max(rows.count - neutral, 1))
        let recall = Double(hits) / Double(gold.count)
        let region = Double(regionRight) / Double(max(regionStated, 1))
        print("projects on shanxi-2025: predicted=\(rows.count) gold=\(gold.count) matched=\(hits) P=\(precision) R=\(recall) region=\(regionRight)/\(regionStated)")
        #expect(precision >= 0.85)
        #expect(recall >= 0.85)
        #expect(region >= 0.9)
    }

    func found(_ text: String, province: String? = "山西省") -> [FoundProject] {
        let report = ReportLoaderShim.parse("2025年山西省政府工作报告\n一、2024年工作回顾\n" + text + "\n")
        return ProjectFinder(gazetteer: .standard, province: province).projects(in: report)
    }

    @Test func listsShareTheirHead() {
        #expect(found("汾石、浮临高速建成通车。").map(\.name) == ["汾石高速", "浮临高速"])
        #expect(found("推进临汾、运城机场改扩建。").map(\.name) == ["临汾机场改扩建", "运城机场改扩建"])
        #expect(found("提升黄河、长城、太行三个一号旅游公路交旅融合功能。").map(\.name) == ["黄河一号旅游公路", "长城一号旅游公路", "太行一号旅游公路"])
        #expect(found("晋城、晋中、大同3个国家级经开区考核排名进步。").map(\.name) == ["晋城国家级经开区", "晋中国家级经开区", "大同国家级经开区"])
        // The end of a longer phrase before 、 is no list item: 特大洪水 of 百年一遇特大洪水.
        #expect(found("战胜北江百年一遇特大洪水、梅大高速路面塌方等灾害。").map(\.name) == ["梅大高速"])
        // (狮子洋通道, a crossing named by its sea, is a project of its own.)
        #expect(found("加快狮子洋通道、深江高铁建设。").map(\.name) == ["狮子洋通道", "深江高铁"])
    }

    /// A kind of thing is not a project: 农村公路, 三级公路, 干线铁路, 通用机场, 国家级重点博物馆.
    @Test func genericNamesAreNotProjects() {
        #expect(found("新改建农村公路1000公里，建设三级公路、干线铁路和通用机场，创建国家级重点博物馆，建成太原机场三期。").map(\.name) == ["太原机场三期"])
        #expect(ProjectFinder.isGeneric(Array("县道四级")))
        #expect(!ProjectFinder.isGeneric(Array("古建筑")))
    }

    @Test func aVerbBeforeANameIsNotPartOfIt() {
        #expect(found("做好广珠澳高铁建设，管好港珠澳大桥，健全光明科学城联动机制。").map(\.name) == ["广珠澳高铁", "港珠澳大桥", "光明科学城"])
    }

    /// A line from one place to another keeps both (巴中至南充高铁), in a list too; a count inside
    /// a name splits off its members; an upgrade is part of the name; what follows a name is no
    /// item of the next list, and an item that is a name of its own shares no head.
    @Test func linesBetweenPlacesAndUpgrades() {
        #expect(found("建成巴中至南充高铁，地铁延伸至天府机场，推进由郑州至济南铁路。").map(\.name) == ["巴中至南充高铁", "天府机场", "郑州至济南铁路"])
        #expect(found("新增南雄至信丰、龙川至寻乌2条高速公路出省通道。").map(\.name) == ["南雄至信丰高速公路", "龙川至寻乌高速公路"])
        #expect(found("实施成渝高速公路扩容、成雅高速公路扩容、炉霍至新都桥高速。").map(\.name) == ["成渝高速公路扩容", "成雅高速公路扩容", "炉霍至新都桥高速"])
        #expect(found("建成信丰电厂、丰电三期、宜春至遂川高速公路。").map(\.name).contains("丰电三期高速公路") == false)
    }

    /// The names of a list share the verb after the last one, also after 等…项目.
    @Test func aListSharesTheVerbAfterIt() {
        let projects = found("推动武宿机场三期、太原至忻州高铁、黎霍高速等重点项目开工建设，运城机场改扩建、吕梁机场三期建成投运。")
        #expect(projects.map(\.name) == ["武宿机场三期", "太原至忻州高铁", "黎霍高速", "运城机场改扩建", "吕梁机场三期"])
        #expect(projects.map(\.status) == ["started", "started", "started", "opened", "opened"])
        // 建设 after 等 says less than 加快 before the list; a verb before a list reaches its last
        // item; a section of a line is part of its name.
        let more = found("加快太旧高速改扩建、黎霍高速等7个高速公路项目建设。建设陶寺国家考古遗址公园、山西博物院新馆、古建筑博物馆。雄忻高铁山西段、集大原高铁等开通运营。")
        #expect(more.map(\.name) == ["太旧高速改扩建", "黎霍高速", "陶寺国家考古遗址公园", "山西博物院新馆", "古建筑博物馆", "雄忻高铁山西段", "集大原高铁"])
        #expect(more.map(\.status) == ["accelerating", "accelerating", "under-construction", "under-construction", "under-construction", "opened", "opened"])
        // A 段 after a verb is no section: 建设进入关键阶段.
        #expect(found("郑渝高铁建设进入关键阶段，京港高铁阜阳至黄冈段开通。").map(\.name) == ["郑渝高铁", "京港高铁阜阳至黄冈段"])
    }

    /// 建 is a verb, but not where it begins a noun: 古建筑博物馆 is one name.
    @Test func aNounBeginningWithAVerbStaysInTheName() {
        #expect(found("建设考古遗址公园、古建筑博物馆和建材产业园，建市级档案馆。").map(\.name) == ["古建筑博物馆"])
        // 和 inside a place is no conjunction; 和平远 is 和 + 平远.
        #expect(found("确保呼和浩特盛乐国际机场建成通航，建设和田机场改扩建，开工建设广州新机场和平远至武平高速公路，和若铁路建成通车。").map(\.name)
                == ["呼和浩特盛乐国际机场", "和田机场改扩建", "广州新机场", "平远至武平高速公路", "和若铁路"])
    }

    @Test func statusComesFromTheVerbs() {
        let projects = found("集大原高铁开通运营，古贤水利枢纽工程开工建设，加快太旧高速改扩建，启动大西高铁提速。")
        #expect(projects.map(\.status) == ["opened", "started", "accelerating", "started"])
        #expect(projects.map(\.type) == ["railway", "water", "expressway", "railway"])
        // Before the name, the verb that ends nearest it, the longer of two (开工建设, not 建设).
        let before = found("开工建设东嘎水库，启动建设南宁至玉林城际铁路。")
        #expect(before.map(\.status) == ["started", "started"])
        #expect(before.map(\.statusText) == ["开工建设", "启动建设"])
        // Inside a list, a name reads the verb after the list's 等, and a verb before a long 、
        // list reaches its last items; 完成 completes, 提速 accelerates.
        let listed = found("推动梧桐水至淖毛湖铁路、伊宁机场迁建等项目开工，完成乌鲁木齐国际机场改扩建工程，提速昆明机场改扩建。")
        #expect(listed.map(\.status) == ["started", "started", "completed", "accelerating"])
        // 完成 with 前期, 投资 or 可研 after it completes nothing; a name's own verb inside a list wins.
        #expect(found("太原至绥德高速公路完成前期工作，大同机场完成投资50亿元。").map(\.status) == ["planned", "other"])
        #expect(found("吕梁机场建成、太原铁路枢纽开工等项目加快推进。").map(\.status) == ["completed", "started"])
        let long = found("开工建设太原至绥德高速公路、吕梁至临县高速公路、晋城至阳城高速公路、运城至三门峡高速公路。")
        #expect(long.map(\.status) == ["started", "started", "started", "started"])
    }

    @Test func unnamedGroupsAndGenericZonesAreNotProjects() {
        #expect(found("76个“两重”项目开工建设，建成27个海外仓，实现市市通高铁。").isEmpty)
        #expect(found("支持重点园区发展，创建国家级开发区。").isEmpty)
        // A generic zone takes the places listed before it.
        #expect(found("太原、大同率先打造绿电产业园区。").map(\.name) == ["太原绿电产业园区", "大同绿电产业园区"])
    }

    @Test func regionsComeFromPlacesAndAbbreviations() {
        let projects = found("推进雄忻高铁建设，加快黎霍高速建设，汾石高速建成，晋中国家农高区加快发展，推进怀柔实验室建设。")
        #expect(projects.map(\.region) == ["忻州", "长治", "吕梁", "晋中", nil])
        #expect(found("推动国道307山西段提质升级。").map(\.name) == ["国道307山西段"])
        // A section names its own place, before the line's first characters do.
        let section = ProjectFinder(gazetteer: .standard, province: "广东省").projects(in: ReportLoaderShim.parse(
            "2024年广东省政府工作报告\n一、2023年工作回顾\n推动深江铁路东莞段建设。\n"))
        #expect(section.map(\.region) == ["东莞"])
    }

    /// Heads city reports name their projects with: hubs, new towns, business districts,
    /// hospitals, exchanges; generic ones only with a place (国家物流枢纽 alone is a kind).
    @Test func moreHeadsOfProjects() {
        let projects = found("推进周口国家物流枢纽、南宁东部新城、双清湾中央商务区、同济襄阳医院、郑州数据交易中心、莲花山过江通道建设。加强国家物流枢纽建设，新建三级医院。")
        #expect(projects.map(\.name) == ["周口国家物流枢纽", "南宁东部新城", "双清湾中央商务区", "同济襄阳医院", "郑州数据交易中心", "莲花山过江通道"])
    }

    /// Power stations are named by their own words (托巴水电站) and share a head in lists; a
    /// word for the group may stand between 等 and the head (等世界级水电站), but 高等级公路 is no list.
    @Test func powerStationsAndGroupWordsAfterDeng() {
        let projects = found("推进旭龙、托巴水电站建设，乌东德、白鹤滩等世界级水电站投产发电，县（市）全部通高等级公路。")
        #expect(projects.map(\.name) == ["旭龙水电站", "托巴水电站", "乌东德水电站", "白鹤滩水电站"])
        #expect(projects.map(\.status) == ["under-construction", "under-construction", "opened", "opened"])
        #expect(Set(projects.map(\.type)) == ["energy"])
    }

    /// Names before 等 take the head after it; a generic head written after a name (项目, 工程)
    /// keeps the name's type.
    @Test func namesBeforeDengTakeTheHead() {
        let projects = found("全面推进鹤岗至伊春等高速公路建设，推进齐齐哈尔等机场改扩建项目，加快郑州、洛阳等机场改扩建项目建设。")
        #expect(projects.map(\.name) == ["鹤岗至伊春高速公路", "齐齐哈尔机场改扩建项目", "郑州机场改扩建项目", "洛阳机场改扩建项目"])
        #expect(projects.map(\.type) == ["expressway", "airport", "airport", "airport"])
        // Numbered roads listed by their numbers; a line named 线 shares no head.
        #expect(found("有序实施国道109线、219线、318线提质改造。加快R1线、雄商高铁等重大工程。").map(\.name)
                == ["国道109线", "国道219线", "国道318线", "雄商高铁"])
    }

    /// A city's report names lines through other cities as often as through its own: their first
    /// characters are not read as places there.
    @Test func aCitysReportReadsNoPlacesFromFirstCharacters() {
        let text = "2025年南阳市政府工作报告\n一、2024年工作回顾\n呼南高铁焦济洛平段开工建设。\n"
        let report = ReportLoaderShim.parse(text)
        let local = ProjectFinder(gazetteer: .standard, province: "河南省", isLocalReport: true).projects(in: report)
        #expect(local.map(\.region) == [nil])
        let context = ModuleContext(report: report, reports: [report])
        let table = try? ProjectsModule().run(command: "projects", arguments: [], context: context)
        #expect(table?.rows.first?[2] == .null)
    }

    @Test func theGazetteerMatchesWholePlaces() {
        let gazetteer = Gazetteer.standard
        #expect(gazetteer.mentions(in: "晋中国家农高区").map(\.form) == ["晋中"])
        #expect(gazetteer.mentions(in: "振兴县域经济").isEmpty)
        #expect(gazetteer.places(in: "静乐汾河川") == ["忻州"])
        #expect(gazetteer.places(in: "怀柔", within: "山西省").isEmpty)
        #expect(gazetteer.forms["陕西"]?.first?.name == "陕西省")
        #expect(gazetteer.places.values.filter { $0.kind == "province" }.count == 34)
        #expect(gazetteer.places.values.filter { $0.kind == "city" }.count >= 330)
    }

    /// Counties of every province; a county's short form is read only in its own province's
    /// report, where namesakes are told apart by that province; a form not read leaves its
    /// characters to the next (临安 of 亲临安徽 is no place in Anhui's report, 安徽 is).
    @Test func countiesOfEveryProvinceAndTheirNamesakes() {
        let gazetteer = Gazetteer.standard
        #expect(gazetteer.places.values.filter { $0.kind == "county" }.count >= 2_000)
        #expect(gazetteer.places(in: "巴里坤机场", within: "新疆维吾尔自治区") == ["哈密"])
        #expect(gazetteer.places(in: "科右前旗机场", within: "内蒙古自治区") == ["兴安"])
        #expect(gazetteer.places(in: "鼓楼", within: "福建省") == ["福州"])
        #expect(gazetteer.places(in: "鼓楼", within: "江苏省") == ["南京"])
        #expect(gazetteer.mentions(in: "推进正阳门城楼开放", home: "北京市").isEmpty)
        #expect(gazetteer.mentions(in: "亲临安徽考察", home: "安徽省").map(\.form) == ["安徽"])
        #expect(gazetteer.mentions(in: "亲临安徽考察", home: "浙江省").map(\.form) == ["临安"])
        // A full name counts in every report; ordinary words around a short name do not.
        #expect(gazetteer.mentions(in: "做好西藏定日县地震灾后恢复", home: "全国").map(\.form) == ["西藏", "定日县"])
        #expect(gazetteer.mentions(in: "建成31个健康县城", home: "甘肃省").isEmpty)
        #expect(gazetteer.mentions(in: "持续推进中小金融机构改革", home: "四川省").isEmpty)
        #expect(gazetteer.places(in: "发展壮大沿海城市群", within: "辽宁省").isEmpty)
        // A two-character full name reads across words as a short form does (探索县域: 索县).
        #expect(gazetteer.mentions(in: "探索县域经济", home: "河南省").isEmpty)
        #expect(gazetteer.mentions(in: "索县", home: "西藏自治区").map(\.form) == ["索县"])
        // A word line blocks a place wherever it stands among the readings (迎接来宾: 来宾市).
        #expect(gazetteer.mentions(in: "迎接来宾", home: "广西壮族自治区").isEmpty)
        // The national report reads no county by a short form.
        let national = ProjectFinder(gazetteer: .standard, province: "全国", isLocalReport: false)
        #expect(national.region(of: "鼓楼科技", type: "park-zone") == nil)
        // A user's list may end its lines with CR, and open with a byte-order mark.
        let entries = PlaceList.entries(in: "\u{FEFF}subregion|甲乙片|甲乙|河南省\rsubregion|丙丁片|丙丁|河南省\r\n")
        #expect(entries.map(\.name) == ["甲乙片", "丙丁片"] && entries.map(\.kind) == ["subregion", "subregion"])
        #expect(entries.map(\.parent) == ["河南省", "河南省"])
    }

    /// Lines named by their ends' first characters: a city's own name before a county's, and a
    /// letter that begins a city of another province is that city (雄商: 商丘, not 商河).
    @Test func linesNamedByFirstCharactersInAnyProvince() {
        let shandong = ProjectFinder(gazetteer: .standard, province: "山东省", isLocalReport: false)
        #expect(shandong.region(of: "莱临", type: "railway") == "临沂")
        #expect(shandong.region(of: "雄商", type: "railway") == nil)
        let sichuan = ProjectFinder(gazetteer: .standard, province: "四川省", isLocalReport: false)
        #expect(sichuan.region(of: "九绵", type: "expressway") == "绵阳")
        // A long modifier is a name, not an abbreviation (道 of 主通道 is not 道孚).
        #expect(sichuan.region(of: "主通道重点工程隆泸叙", type: "railway") == nil)
        let shanxi = ProjectFinder(gazetteer: .standard, province: "山西省", isLocalReport: false)
        #expect(shanxi.region(of: "黎霍", type: "expressway") == "长治")
    }

    @Test func regionsListPlaceMentionsAndProjectsGroupByRegion() throws {
        let regions = ModuleFixtures.rows(try module.run(command: "regions", arguments: [], context: ModuleFixtures.context(ModuleFixtures.bundled)))
        #expect(regions.contains { $0["name"] == .text("静乐") && $0["region"] == .text("忻州") })
        #expect(!regions.contains { $0["name"] == .text("中国") && $0["line"]?.doubleValue == 48 })
        let grouped = try projects(ModuleFixtures.bundled, ["--by-region"])
        #expect(grouped.contains { $0["region"] == .text("太原") && ($0["projects"]?.doubleValue ?? 0) >= 3 })
        #expect { _ = try projects(ModuleFixtures.bundled, ["--nope"]) } throws: { ($0 as? ModuleError)?.isUsage == true }
    }

    @Test func otherReportsHaveProjects() throws {
        for name in ["henan-2025", "henan-2026", "national-2025"] {
            #expect(try projects(try ModuleFixtures.report(name)).count >= 5)
        }
    }
}
