import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// The verb of a project read past the works, the section or the bracketed group written after
/// its name, and what a verb after a name joined from two says.
struct StatusPastWorksAndSectionsTests: ProjectProbe {
    func statuses(_ text: String, province: String) -> [String: String] {
        Dictionary(found(text, province: province).map { ($0.name, $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func theWorksAfterANameComeBeforeItsVerb() {
        let airports = statuses("龙洞堡国际机场三期扩建工程、威宁机场建成投用，胶东国际机场二期改扩建工程开工。", province: "贵州省")
        // (The phase's works are now part of its name: 三期扩建工程.)
        #expect(airports["龙洞堡国际机场三期扩建工程"] == "opened")
        #expect(airports["胶东国际机场二期改扩建工程"] == "started")
        // A group in brackets and a section.
        let water = statuses("引江济淮工程（安徽段）全线通水，G318线西藏段提质改造工程完工。", province: "安徽省")
        #expect(water["引江济淮工程"] == "completed")
        #expect(statuses("地铁21号线一期、19号线浦东段加快建设。", province: "上海市").values.allSatisfy { $0 == "accelerating" })
        // Not past the kind a list closes with: 等 takes its own path.
        #expect(statuses("推进二道河水库等重点水利工程前期工作。", province: "北京市")["二道河水库"] == "planned")
    }

    @Test func aVerbAfterAJoinedNameSaysMore() {
        // The airport inside the line's name took 推进; the list closes with 前期工作.
        let rails = statuses("推进贵阳至黔北机场城际铁路、毕节至水城铁路前期工作。", province: "贵州省")
        #expect(rails["贵阳至黔北机场城际铁路"] == "planned")
        #expect(rails["毕节至水城铁路"] == "planned")
        // 加快 before the whole name still sets the pace.
        #expect(statuses("加快出山店、前坪水库灌区建设。", province: "河南省")["前坪水库灌区"] == "accelerating")
        #expect(statuses("加快推进地铁3号线南延段、6号线林埭至华侨大学段建设。", province: "福建省").values.allSatisfy { $0 == "accelerating" })
    }

    @Test func buildingDoneIsCompletion() {
        #expect(statuses("完成海口地铁2号线一期建设。", province: "海南省")["海口地铁2号线一期"] == "completed")
        #expect(statuses("加快海口地铁2号线一期建设。", province: "海南省")["海口地铁2号线一期"] == "accelerating")
        #expect(statuses("推进海口地铁2号线一期建设。", province: "海南省")["海口地铁2号线一期"] == "under-construction")
        // Only the building itself, ending its clause: a part of it done, or a share, is not.
        #expect(statuses("完成引江补汉工程主体建设征地拆迁。", province: "湖北省")["引江补汉工程"] == "under-construction")
        #expect(statuses("完成沪渝蓉高铁武宜段建设任务的40%。", province: "湖北省")["沪渝蓉高铁武宜段"] == "under-construction")
    }

    /// A line that keeps running (稳定运营) is no opening.
    @Test func runningSteadilyIsNoOpening() {
        #expect(statuses("推动中欧班列稳定运营。", province: "河南省")["中欧班列"] == "other")
        #expect(statuses("中欧班列开通运营。", province: "河南省")["中欧班列"] == "opened")
        // Nor do routes opened from a port open the port.
        #expect(statuses("厦门邮轮母港新开通航线5条。", province: "福建省")["厦门邮轮母港"] == "other")
        #expect(statuses("厦门邮轮母港开通运营。", province: "福建省")["厦门邮轮母港"] == "opened")
        // Approved to be built is not yet being built.
        #expect(statuses("成都中欧班列集结中心获批建设。", province: "四川省")["成都中欧班列集结中心"] == "planned")
    }

    /// A test or a milestone done (完成冷态功能试验) is not the works done.
    @Test func aTestDoneIsNoCompletion() {
        #expect(statuses("田湾核电7号机组完成冷态功能试验。", province: "江苏省")["田湾核电7号机组"] == "other")
        #expect(statuses("完成田湾核电7号机组建设。", province: "江苏省")["田湾核电7号机组"] == "completed")
    }

    @Test func anAmountDoneIsNoCompletion() {
        #expect(statuses("拉萨南北山绿化工程累计完成造林210万亩。", province: "西藏自治区")["拉萨南北山绿化工程"] == "other")
        #expect(statuses("拉萨南北山绿化工程全面完成。", province: "西藏自治区")["拉萨南北山绿化工程"] == "completed")
    }

    @Test func placesWithBuildPortsOfAirAndMoreVerbs() {
        // 建 of 福建 and 建瓯 is no verb.
        #expect(names("建成福建师范大学旗山校区，推进建瓯至宁化高速建设。", province: "福建省") == ["福建师范大学旗山校区", "建瓯至宁化高速"])
        // (But 构建 still is.)
        #expect(!names("构建以国家实验室为引领的创新体系。", province: "北京市").contains { $0.hasPrefix("构建") })
        // A zone named after an air port is a zone; the air port alone is none.
        #expect(names("河南空港智算中心投运，海口空港综合保税区封关运行，建设郑州航空港。", province: "河南省")
            == ["河南空港智算中心", "海口空港综合保税区"])
        let opened = statuses("漳州核电二期投入商业运行，九洲江流域综合治理工程通过国家验收，科学城新园区启用。", province: "福建省")
        #expect(opened["漳州核电二期"] == "opened")
        #expect(opened["九洲江流域综合治理工程"] == "completed")
    }

    @Test func earlyWorkAndStudiesCloseAListJoinedBy和() {
        let early = statuses("推进昌江核电二期4号机组、三亚抽水蓄能电站和万宁抽水蓄能电站前期工作。", province: "海南省")
        #expect(Set(early.values) == ["planned"])
        #expect(statuses("加快郭家沱长江大桥南延伸段、渝中区至两江新区第三跨江通道前期工作。", province: "重庆市")["郭家沱长江大桥南延伸段"] == "planned")
        let studied = statuses("海口市域轨道交通1号线一期和三亚有轨电车二期完成可行性研究。", province: "海南省")
        #expect(Set(studied.values) == ["planned"])
    }

    @Test func foundingClosesAListAndEarlyStepsFinishNothing() {
        // 创建 or 申建 closing a list plans every item, as 前期工作 does.
        let parks = statuses("推进天山国家公园、卡拉麦里国家公园创建。", province: "新疆维吾尔自治区")
        #expect(parks["天山国家公园"] == "planned")
        #expect(parks["卡拉麦里国家公园"] == "planned")
        // A tender for early works, a survey, a design: the line is not built.
        let tendered = statuses("和田至日喀则铁路新疆段完成先期工程招标。", province: "新疆维吾尔自治区")["和田至日喀则铁路新疆段"]
        #expect(tendered != nil && tendered != "completed")
        let designed = statuses("渝西高铁完成初步设计批复。", province: "重庆市")["渝西高铁"]
        #expect(designed != nil && designed != "completed")
        // A bonded zone whose customs closure works is open.
        #expect(statuses("喀什综合保税区封关运作。", province: "新疆维吾尔自治区")["喀什综合保税区"] == "opened")
    }
}
