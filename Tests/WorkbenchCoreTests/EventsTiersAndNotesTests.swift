import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Figures found in reports of provinces no rule was written from: an amount right after a
/// count classes the things counted; events held are counted (届); a word of multitude (万千)
/// is no number; the middle of a field is a rank; a bracket on the figure before is no part
/// of the next subject; a figure is macro by its own words only.
@Suite struct EventsTiersAndNotesTests {
    func rows(_ text: String) -> [Metric] {
        Fixtures.reviewAndPlan(text).metrics
    }

    @Test func anAmountAfterACountClassesTheThingsCounted() {
        #expect(rows("新开工12个百亿元、70个30亿元以上项目。").map(\.text) == ["12个", "70个"])
        #expect(rows("建设2个100万千瓦风电基地。").map(\.text) == ["2个"])
        // (An amount of its own, after a word, is still a figure.)
        #expect(rows("完成投资12亿元。").map(\.text) == ["12亿元"])
    }

    @Test func eventsHeldAreCountedSessionsAreNot() {
        #expect(rows("成功举办2届亚欧博览会。").map(\.text) == ["2届"])
        #expect(rows("连续12届获评全国文明城市。").map(\.text) == ["12届"])
        #expect(rows("十四届全国人大三次会议召开。").isEmpty)
    }

    @Test func aWordOfMultitudeIsNoNumber() {
        #expect(rows("精品剧目打动万千人心。").isEmpty)
        #expect(rows("造福亿万人民。").isEmpty)
        // (万亿元 after a word of passing stays one of it.)
        #expect(rows("经济总量突破万亿元。").map(\.normalizedValue) == [1e12])
    }

    @Test func theMiddleOfAFieldIsARank() {
        let ranks = rows("工业数字化整体水平进入全国中游。")
        #expect(ranks.map(\.text) == ["中游"])
        #expect(ranks.map(\.kind) == [.rank])
        // (A river's middle reaches are a place.)
        #expect(rows("岳阳港货物吞吐量稳居长江中上游港口前列。").map(\.text) == ["前列"])
        #expect(rows("推动产业链中游企业发展。").isEmpty)
    }

    @Test func aBracketOnTheFigureBeforeIsNoPartOfTheNextSubject() {
        let homes = rows("改造城镇老旧小区47.63万户（套）、68.56万户老旧小区改造，改造3.1万套（户）、老旧管道1.68万公里。")
        #expect(homes.map(\.subject).dropFirst() == ["老旧小区改造", "改造", "老旧管道"])
    }

    @Test func aFigureIsMacroByItsOwnWordsOnly() {
        let rows = rows("服务业增加值占比提高到55%，软信产业新增从业人员29.1万人。")
        #expect(rows.map(\.sector) == ["macro", "digital-economy"])
        #expect(self.rows("主要指标增速稳居全国前列。").map(\.sector) == ["macro"])
    }

    /// Words of the genre the audits met: a metaphor (生态圈) and a school's surroundings
    /// (周边环境) are no ecology; fish farms' water is farming.
    @Test func wordsOfTheFreshAudits() {
        #expect(rows("完成背街小巷整治200条。").map(\.sector) == ["governance"])
        #expect(rows("新增深远海养殖水体37万立方米。").map(\.sector) == ["agriculture-rural"])
        #expect(rows("整体提升医院周边环境50家。").map(\.sector) == ["social-livelihood"])
        #expect(rows("棉花总产560万吨左右。").map(\.sector) == ["agriculture-rural"])
        #expect(rows("开展补贴性职业技能培训10万人次。").map(\.sector) == ["social-livelihood"])
    }
}
