import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Crossings, energy works, research stations, campuses and ports of entry; metro lines named by
/// their number; counted groups; and the pace that 加快 gives a verb.
struct CrossingsEnergyAndCampusesTests: ProjectProbe {
    @Test func crossingsNamedByPlacesOrByAHillOrSea() {
        #expect(names("深中通道通车运营，黄茅海跨海通道建成通车，抓好狮子洋通道建设。", province: "广东省")
            == ["深中通道", "黄茅海跨海通道", "狮子洋通道"])
        // Kinds of channel are no crossings, nor is one written after a road's name.
        #expect(names("打通物流通道，清理疏散通道，畅通企业人才交流通道，建设进出川大通道。", province: "四川省").isEmpty)
        #expect(names("开工建设化州至北流高速公路出省通道。", province: "广东省") == ["化州至北流高速公路"])
        // Along a river or out to sea is a direction, not a crossing's name.
        #expect(names("加快沿江通道建设，建成陆海通道，打通出海通道。", province: "广东省").isEmpty)
    }

    /// Works that carry water or power from one place to another are named by those places'
    /// first characters, with no place of the gazetteer (引汉济渭, “疆电入川”).
    @Test func worksThatCarryWaterOrPower() {
        let projects = found("引汉济渭二期工程主体完工，陇电入鲁工程建成投运，加快引大济岷工程前期工作，开工建设“疆电入川”特高压工程，建设酒泉风光储基地。", province: "甘肃省")
        #expect(projects.map(\.name) == ["引汉济渭二期工程", "陇电入鲁工程", "引大济岷工程", "“疆电入川”特高压工程", "酒泉风光储基地"])
        #expect(projects.map(\.type) == ["water", "energy", "water", "energy", "energy"])
        // Talent or firms drawn in, or water, gas or sewage into homes and pipes, are schemes or
        // kinds of work, not projects of their own.
        #expect(names("深入实施“引才入陕”工程，实施“引企入园”工程，实施天然气入户工程，推进农村“净水入户”工程，实施生活污水入管工程。", province: "陕西省").isEmpty)
        // A port area before a scale names the work.
        #expect(names("建成北仑港区十万吨级码头。", province: "浙江省") == ["北仑港区十万吨级码头"])
        // Clean water into a river is pollution control.
        #expect(found("“一泓清水入黄河”工程全部开工。", province: "山西省").map(\.type) == ["ecology"])
        // A scale or a grade says what kind of base or museum, not which one.
        #expect(names("建成超百万千瓦级风电基地，8家博物馆晋级国家一级博物馆。", province: "甘肃省").isEmpty)
    }

    /// A long name is not cut inside the place it opens with, and a zone's place is the one the
    /// text writes (镇海 is in 宁波, but 宁波 is not written there).
    @Test func aLongNameKeepsItsPlaceAndAZoneItsWrittenPlace() {
        let projects = found("开工建设镇海水库、杭州第二水源千岛湖配水工程二期。", province: "浙江省")
        #expect(projects.map(\.name) == ["镇海水库", "杭州第二水源千岛湖配水工程二期"])
        #expect(projects.map(\.type) == ["water", "water"])
        #expect(projects.last?.text == projects.last?.name)
        let zones = found("太原、大同率先打造绿电产业园区。", province: "山西省")
        #expect(zones.map(\.name) == ["太原绿电产业园区", "大同绿电产业园区"])
        #expect(zones.map(\.text) == ["太原", "大同"])
        #expect(zones.map(\.offset) == [zones.first?.offset ?? 0, (zones.first?.offset ?? 0) + 3])
    }

    @Test func energyWorksNeedAPlaceForNuclearPower() {
        let projects = found("开工建设惠州太平岭核电二期，推进廉江核电、陆丰核电建设，惠州油田顺利投产，潮州LNG接收站建成投产，发展风电、核电等清洁能源。",
                             province: "广东省")
        #expect(projects.map(\.name) == ["惠州太平岭核电二期", "廉江核电", "陆丰核电", "惠州油田", "潮州LNG接收站"])
        #expect(projects.allSatisfy { $0.type == "energy" })
        #expect(projects.map(\.region) == ["惠州", "湛江", "汕尾", "惠州", "潮州"])
    }

    @Test func stationsCampusesAndPortsOfEntry() {
        #expect(names("建成江门中微子实验站。", province: "广东省") == ["江门中微子实验站"])
        #expect(names("友谊医院顺义院区开诊运行，中国人民大学通州校区先期运行。", province: "北京市")
            == ["友谊医院顺义院区", "中国人民大学通州校区"])
        #expect(names("推进瑞丽口岸扩建。", province: "云南省") == ["瑞丽口岸扩建"])
        // Kinds of ports of entry and campuses are no projects: they need a place or an institution.
        #expect(names("扩大航空口岸开放，优化边境口岸功能，推进沿边口岸基础设施建设。", province: "云南省").isEmpty)
        #expect(names("推进高校新校区建设，加快乡镇卫生院区建设。", province: "北京市").isEmpty)
    }

    @Test func metroLinesNamedByTheirNumber() {
        let projects = found("开通3号线一期、12号线等轨道新线。", province: "北京市")
        #expect(projects.map(\.name) == ["3号线一期", "12号线"])
        #expect(projects.allSatisfy { $0.type == "urban-rail" && $0.status == "opened" })
        // A count before another head is a group: 20家博物馆, 三大科学城.
        #expect(names("试点推行20家博物馆延时开放，承接三大科学城成果。", province: "北京市").isEmpty)
    }

    @Test func fasterMeansAccelerating() {
        let projects = found("加快推进雄商高铁建设，加快实施中部引黄东西干线，推进太焦高铁建设。", province: "河南省")
        #expect(projects.map(\.status) == ["accelerating", "accelerating", "under-construction"])
        // 加快 of another verb's object sets no pace.
        #expect(found("加快构建现代化基础设施体系、推进太焦高铁建设。", province: "山西省").map(\.status) == ["under-construction"])
        #expect(projects.map(\.statusText) == ["加快…建设", "加快实施", "建设"])
    }
}
