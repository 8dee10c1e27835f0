import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Where the session's broader rules stop: joining words between two names, items between two
/// projects that are kinds, 新建 before a place opening with 建, scopes that are places or
/// ends of a line, 完成 before a code or a number, and the line a 联络线 links.
struct JoinsScopesAndLinksTests: ProjectProbe {
    func statuses(_ text: String, province: String) -> [String: String] {
        Dictionary(found(text, province: province).map { ($0.name, $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func twoNamesJoinedStayTwo() {
        #expect(names("深化太原都市圈和晋中国家农高区建设。", province: "山西省") == ["晋中国家农高区"])
        #expect(names("推动长株潭一体化和湘江新区建设。", province: "湖南省") == ["湘江新区"])
        #expect(names("推进福州新区、厦门自贸片区和平潭综合实验区协同发展。", province: "福建省").last == "平潭综合实验区")
        // A joint body holds both places.
        #expect(names("建设太原理工大学与山西大学联合研究中心。", province: "山西省") == ["太原理工大学与山西大学联合研究中心"])
    }

    @Test func kindsBetweenProjectsAreNone() {
        for kind in ["公交专用道", "特色专业镇", "社区公园", "分布式光伏"] {
            let text = "加快太原轨道交通2号线二期、\(kind)、太原轨道交通3号线建设。"
            #expect(!names(text, province: "山西省").contains { $0.contains(kind) }, "\(kind)")
        }
        #expect(names("支持太原经开区、零碳产业园区、晋城经开区扩区发展。", province: "山西省") == ["太原经开区", "晋城经开区"])
    }

    @Test func 新建BeforeAPlaceOpeningWith建() {
        let rail = found("新建宁德至福州城际铁路。", province: "福建省")
        #expect(rail.map(\.name) == ["宁德至福州城际铁路"])
        #expect(rail.first?.status == "under-construction")
        #expect(names("加快长治国家农业科技园区建设。", province: "山西省") == ["长治国家农业科技园区"])
    }

    @Test func scopesThatArePlacesOrEndsOfALine() {
        #expect(names("加快全州至灌阳高速公路建设，推进中心城区至机场快速路建设。", province: "广西壮族自治区")
            == ["全州至灌阳高速公路", "中心城区至机场快速路"])
    }

    @Test func 完成BeforeACodeOrANumberOfTheWork() {
        #expect(statuses("完成G98环岛高速海口至三亚东线段改扩建。", province: "海南省").values.first == "completed")
        #expect(statuses("完成国道224线海口段改造。", province: "海南省").values.first == "completed")
        // 加快 before a list of long names reaches its last.
        #expect(statuses("加快合肥轨道交通8号线一期、4号线南延线、芜湖轨道交通2号线二期建设。", province: "安徽省")["芜湖轨道交通2号线二期"] == "accelerating")
    }

    @Test func theLineALinkBelongsTo() {
        #expect(found("建成绕城高速联络线。", province: "山西省").map(\.type) == ["expressway"])
        #expect(found("开工建设成都天府国际机场联络线。", province: "四川省").map(\.type) == ["railway"])
        #expect(found("推进成渝地区天然气管道联络线建设。", province: "四川省").map(\.type) == ["energy"])
    }

    @Test func aVerbBeforeOutranksPlanningAfterAJoinedItem() {
        let rails = statuses("开工建设深江铁路和广湛高铁前期工作。", province: "广东省")
        #expect(rails["深江铁路"] == "started")
        // After 推进 the early work is what is done to both.
        #expect(Set(statuses("推进三亚抽水蓄能电站和万宁抽水蓄能电站前期工作。", province: "海南省").values) == ["planned"])
    }

    @Test func aPlacesKindOfBaseIsNoPlant() {
        #expect(names("打造大同黄花种植基地，支持太原市智能工厂建设，推进全市至各乡镇公路提级改造。", province: "山西省").isEmpty)
        // A firm's plant at a place, and a place's base of power, are.
        #expect(names("比亚迪南宁基地建成投产。", province: "广西壮族自治区") == ["比亚迪南宁基地"])
        #expect(found("推进皖北千万千瓦级风光储一体化基地建设。", province: "安徽省").map(\.type) == ["energy"])
    }
}
