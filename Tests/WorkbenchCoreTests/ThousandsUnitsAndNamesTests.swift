import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// 千 after digits, units of length, soil content and repeated acts, verbs that merge or extend
/// from a baseline, and names and conditions that hold numerals.
@Suite struct ThousandsUnitsAndNamesTests {
    func figures(_ text: String) -> [Metric] {
        Fixtures.reviewAndPlan(text).metrics
    }

    @Test func thousandAfterDigitsMultipliesThem() {
        let rows = figures("一般公共预算收支分别突破9千亿元、3万亿元，新增就业5千人。")
        #expect(rows.map(\.text) == ["9千亿元", "3万亿元", "5千人"])
        #expect(rows.map(\.value) == [9000, 3, 5000])
        #expect(rows.map(\.normalizedValue) == [9e11, 3e12, 5000])
        // (千瓦, 千米, 千克 are units of their own.)
        #expect(figures("新增装机5千瓦，建成绿道3千米。").map(\.unit) == ["千瓦", "千米"])
    }

    @Test func perCapitaDenominatorsAreNoPeople() {
        let rows = figures("千人口床位数由6.4张增至7.6张，万人口拥有量12个，每千人口托位数达4.6个。")
        #expect(rows.map(\.text) == ["6.4张", "7.6张", "12个", "4.6个"])
        #expect(rows.map(\.subject).first == "千人口床位数")
    }

    @Test func agesBeforePeopleNameWhoTheyAre() {
        let rows = figures("为孕产妇、0—6岁儿童、65岁以上老年人提供服务，人均预期寿命达到80.3岁。")
        #expect(rows.map(\.text) == ["80.3岁"])
    }

    @Test func lengthsSoilContentAndRepeatedActs() {
        let rows = figures("耕层厚度达到20.6厘米，有机质含量达到27克/千克。累计实施保护性耕作1.19亿亩次，接待邮轮91艘次。")
        #expect(rows.map(\.unit) == ["厘米", "克/千克", "亿亩次", "艘次"])
        #expect(rows.last?.subject == "接待邮轮")
    }

    @Test func mergingAndExtendingVerbsStartFromABaseline() {
        let rows = figures("跨部门综合监管事项从39个拓展到91个，省属一级企业由66户整合至12户。")
        #expect(rows.map(\.role) == [.other, .achieved, .other, .achieved])
        #expect(rows.map(\.subject) == ["跨部门综合监管事项", "跨部门综合监管事项", "省属一级企业", "省属一级企业"])
    }

    @Test func anAmountOverWhichProjectsOfARankAreCountedIsNoFigure() {
        let rows = figures("引进投资超10亿元重大项目14个。")
        #expect(rows.map(\.text) == ["14个"])
        #expect(rows.first?.subject == "引进投资超10亿元重大项目")
        // (An amount with a clause of its own stays one.)
        #expect(figures("完成投资超10亿元，支持重大项目20个。").map(\.text) == ["10亿元", "20个"])
    }

    @Test func namesAndConditionsWithNumeralsAreNoFigures() {
        #expect(figures("优良天数比例、PM_2.5年均浓度均优于全国。").isEmpty)
        #expect(figures("完成1%人口抽样调查，二人转作品荣获文华奖，残疾人两项补贴标准提高。").isEmpty)
        #expect(figures("有序推动公园24小时开放。").isEmpty)
    }
}
