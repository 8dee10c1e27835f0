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
        let shelter = found("大力实施“三北”工程和黄河“几字弯”攻坚。", province: "山西省")
        #expect(shelter.map(\.name) == ["“三北”工程"])
        #expect(shelter.first?.type == "ecology")
        #expect(shelter.first?.status == "under-construction")
    }

    @Test func otherWordsWithTheSameOpeningAreNone() {
        #expect(names("中欧合作持续深化，三北地区降水偏少。", province: "湖北省").isEmpty)
    }
}
