import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Works named by what they do (wetland restoration, flood control, grid links), roads of a
/// high grade, lines extended, and verbs of opening (开园, 向公众开放, 全线通航).
struct WorksTypesAndOpeningVerbsTests: ProjectProbe {
    @Test func worksTakeTheTypeOfWhatTheyDo() {
        let works = found("建设威宁草海湿地保护修复工程，实施淮河入海水道二期工程，建设藏中电力联网工程二期，实施拉萨河流域防洪治理工程。",
                          province: "贵州省")
        #expect(works.map(\.name) == ["威宁草海湿地保护修复工程", "淮河入海水道二期工程", "藏中电力联网工程二期", "拉萨河流域防洪治理工程"])
        #expect(works.map(\.type) == ["ecology", "water", "energy", "water"])
    }

    /// Relics restored are no ecology works; networks of data are no grid; a park opened is not
    /// 公开园区; output reached 后 is a condition.
    @Test func wordsThatSayOtherWorks() {
        let works = found("实施云冈石窟保护修复工程，建设郑州车联网先导区二期，实施视频监控联网工程二期。", province: "山西省")
        #expect(works.allSatisfy { $0.type != "ecology" && $0.type != "energy" })
        let conditions = found("宁德时代四期项目全部达产后可实现年产值500亿元。", province: "福建省")
        #expect(conditions.allSatisfy { $0.status != "opened" })
    }

    @Test func highGradeRoadsAndExtendedLinesKeepTheirNames() {
        let roads = found("拉林高等级公路全线贯通，13号线东延伸、2号线东延伸开工建设。", province: "西藏自治区")
        #expect(roads.map(\.name) == ["拉林高等级公路", "13号线东延伸", "2号线东延伸"])
        #expect(roads.map(\.status) == ["completed", "started", "started"])
        // Roads every county reaches are no project (县县通, 全部通).
        #expect(names("县（市）全部通高速公路，乡镇全部通高等级公路，实现县县通高等级公路。", province: "西藏自治区").isEmpty)
    }

    @Test func parksAndVenuesOpenAndWaterwaysCarryShips() {
        let opened = found("海龙屯考古遗址公园开园，乌江航道实现全线通航，浦东美术馆二期、上海天文馆二期向公众开放。", province: "贵州省")
        #expect(opened.map(\.name) == ["海龙屯考古遗址公园", "乌江航道", "浦东美术馆二期", "上海天文馆二期"])
        #expect(opened.map(\.status) == ["opened", "opened", "opened", "opened"])
    }
}
