import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Projects known across the country by a name with no head word and no place (中欧班列,
/// “三北”工程), with a city in brackets where one is written.
struct KnownProjectsTests: ProjectProbe {
    @Test func railFreightServicesAndNationalProgrammes() {
        let trains = found("中欧班列（武汉）累计开行超过4000列，中欧（厦门）班列开行420列，提升中欧班列运营质效。", province: "湖北省")
        #expect(trains.map(\.name) == ["中欧班列（武汉）", "中欧（厦门）班列", "中欧班列"])
        #expect(trains.map(\.type) == ["railway", "railway", "railway"])
        #expect(trains.first?.region == "武汉")
        // 运营质效 is how well it runs: no opening.
        #expect(trains.last?.status == "other")
        // A facility of the service is named by its own head.
        let hub = found("中欧班列（郑州）集结中心建设加快推进。", province: "河南省")
        #expect(hub.map(\.name) == ["中欧班列（郑州）集结中心"])
        #expect(hub.first?.status == "accelerating")
        // (A verb of its effect before it is no part of its name; a first of its kind is a description.)
        #expect(names("持续释放郑州中欧班列集结中心辐射带动力。", province: "河南省") == ["郑州中欧班列集结中心"])
        #expect(names("建成内陆地区首个国际公路运输集结中心。", province: "河南省").isEmpty)
        let shelter = found("大力实施“三北”工程和黄河“几字弯”攻坚。", province: "山西省")
        #expect(shelter.map(\.name) == ["“三北”工程"])
        #expect(shelter.first?.type == "ecology")
        #expect(shelter.first?.status == "under-construction")
    }

    @Test func otherWordsWithTheSameOpeningAreNone() {
        #expect(names("中欧合作持续深化，三北地区降水偏少。", province: "湖北省").isEmpty)
    }
}

/// A name ends before a milestone of the works (首台机组) and before a verb of aspiring (争创,
/// 跻身); 国家 alone before 实验室 or 高新区 names a kind.
struct NameOverrunTests: ProjectProbe {
    @Test func milestonesAndAspirationsAreNoPartOfAName() {
        let plant = found("罗田平坦原抽水蓄能电站首台机组投产发电。", province: "湖北省")
        #expect(plant.map(\.name) == ["罗田平坦原抽水蓄能电站"])
        #expect(plant.first?.status == "opened")
        #expect(names("支持东湖实验室、九峰山实验室争创国家实验室。", province: "湖北省") == ["东湖实验室", "九峰山实验室"])
        #expect(names("火炬高新区跻身国家高新区综合评价前10位。", province: "福建省") == ["火炬高新区"])
        // Numbered units still name themselves.
        #expect(names("漳州核电1号机组投入商业运行。", province: "福建省") == ["漳州核电1号机组"])
    }
}
