import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Works on a basin, a river, a lake or a desert named by it (塔里木河流域…工程, 吴淞江整治工程,
/// 塔克拉玛干沙漠边缘阻沙防沙工程), and heads of facilities: 水利水电枢纽, 水运新通道, 邮轮母港,
/// 科技馆, 试验装置.
struct WaterBodiesAndFacilityHeadsTests: ProjectProbe {
    @Test func worksOnAWaterBodyOrADesert() {
        let desert = found("塔克拉玛干沙漠边缘阻沙防沙工程全面完成。", province: "新疆维吾尔自治区")
        #expect(desert.map(\.name) == ["塔克拉玛干沙漠边缘阻沙防沙工程"])
        #expect(desert.first?.type == "ecology")
        #expect(desert.first?.status == "completed")
        let rivers = found("实施塔里木河流域生态保护修复工程，加快吴淞江整治工程建设。", province: "新疆维吾尔自治区")
        #expect(rivers.map(\.name) == ["塔里木河流域生态保护修复工程", "吴淞江整治工程"])
        #expect(rivers.map(\.type) == ["ecology", "water"])
        // Kinds of rivers name no works, and short words before 工程 are read safely.
        #expect(names("推进中小河流治理工程、重点河湖整治工程。", province: "江苏省").isEmpty)
        #expect(names("河工程、湖治理工程、江工程。", province: "江苏省").isEmpty)
    }

    @Test func moreHeadsOfFacilities() {
        let works = found("三峡水运新通道开工建设，碾盘山水利水电枢纽全面建成。", province: "湖北省")
        #expect(works.map(\.name) == ["三峡水运新通道", "碾盘山水利水电枢纽"])
        #expect(works.map(\.type) == ["port", "water"])
        #expect(found("加快建设高效低碳燃气轮机试验装置。", province: "湖北省").first?.type == "research")
        #expect(found("建成厦门市科技馆新馆。", province: "福建省").first?.type == "culture-venue")
        // A category is no facility.
        #expect(names("布局建设重大科技基础设施。", province: "湖北省").isEmpty)
    }
}
