import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A figure's sector is its head noun's: the keyword of its subject that ends last, though
/// words follow it (路网, 余额); its own item of a 、 list, not the item before; the thing a rank
/// ranks; not the base of a ratio; not a word of measure (产能) beside its owner.
@Suite struct SectorHeadNounTests {
    func sectors(_ text: String) -> [String?] {
        Fixtures.reviewAndPlan(text).metrics.map(\.sector)
    }

    @Test func theHeadNounWinsOverTheModifiersBeforeIt() {
        #expect(sectors("完成农村公路路网提升工程1万公里。") == ["transport"])
        #expect(sectors("制造业贷款余额增长10.7%。") == ["finance-fiscal"])
        #expect(sectors("培训乡村医生5000人。") == ["social-livelihood"])
        #expect(sectors("新增农村幸福院773个。") == ["social-livelihood"])
        // (A modifier alone still decides: 智能化煤矿 is a coal mine.)
        #expect(sectors("智能化煤矿达到1200座。") == ["energy"])
    }

    /// The head outweighs every other word of its subject and clause, however long: the
    /// sentence's words around the figure (not its own words again) and the section may
    /// still decide.
    @Test func aLongModifierDoesNotOutweighTheHead() {
        #expect(sectors("新能源汽车零售额增长8.7%。") == ["consumption-trade"])
        #expect(sectors("带动新能源汽车消费增长40.9%。") == ["consumption-trade"])
        #expect(sectors("发放科技型企业信用贷款1110亿元。") == ["finance-fiscal"])
        // (A generic head is a container: 重点任务 leaves the sector to what it is of.)
        #expect(sectors("制定落实新时代中部地区崛起145项重点任务。") == ["reform-opening"])
    }

    /// Every word of the base of a share (占规上工业比重: 规上 and 工业) says nothing, not only
    /// the one right after 占.
    @Test func theWholeBaseOfAShareSaysNothing() {
        #expect(sectors("钢铁产品由原料级向材料级转变，新能源汽车产量增长5.1倍，高新技术产业增加值占规上工业比重提高到25.5%。")
                == ["industry-manufacturing", "technology-innovation"])
    }

    @Test func aHeadWrittenTwiceKeepsItsBonusAndWinsATie() {
        // 低保 counts once as a word and once more as the head: social, not agriculture's 农村
        // (listed first in the lexicon).
        #expect(sectors("农村低保标准占城镇低保标准的比例不低于77%。") == ["social-livelihood"])
        // A word of measure is no head: 普惠 of 学前教育普及普惠县.
        #expect(sectors("新增学前教育普及普惠县26个。") == ["social-livelihood"])
    }

    @Test func aWordOfMeasureLeavesTheSectorToItsOwner() {
        #expect(sectors("煤炭先进产能占比达到83%。") == ["energy"])
        #expect(sectors("实施粮食产能提升工程，新建高标准农田500万亩。").first == "agriculture-rural")
    }

    @Test func aClusterIsOfTheIndustryItGathers() {
        #expect(sectors("培育省级数据产业集群10个。") == ["digital-economy"])
        #expect(sectors("打造重点消费品产业集群40个。") == ["industry-manufacturing"])
        #expect(sectors("创建国家现代农业产业集群15个。") == ["agriculture-rural"])
    }

    @Test func aHeadlineIndicatorNarrowedIsNoHeadline() {
        #expect(sectors("服务贸易进出口总额增长12%。脱贫地区农村居民人均可支配收入增长6.3%。农村居民人均可支配收入增长6%。")
                == ["reform-opening", "agriculture-rural", "macro"])
    }

    @Test func aFigureWithNoWordOfASectorAroundItTakesItsParagraphs() {
        #expect(sectors("空气质量持续改善，水质稳定向好。建成碧道7960公里。") == ["ecology-environment"])
    }

    @Test func wordsInsideOthersSayNothing() {
        // 上市 of 地级以上市, 创新 of 再创新高.
        #expect(sectors("地级以上市空气质量优良天数比例达到90%。") == ["ecology-environment"])
        #expect(sectors("水产品产量再创新高，新建重力式深水网箱2000个。") == ["agriculture-rural"])
    }

    @Test func anItemOfAListIsNotScoredWithTheItemBeforeIt() {
        #expect(sectors("完成478家沿江化工企业关改搬转、12480个入河排污口整治。")
                == ["industry-manufacturing", "ecology-environment"])
    }

    @Test func aRankTakesTheSectorOfWhatItRanks() {
        // The sentence's words are of technology (科技创新, 研发); the rank is of loans.
        let text = "科技创新和研发成果丰硕，科技人才贷加速推广，全省各类贷款余额达到9.38万亿元，居中部第1位。"
        #expect(sectors(text) == ["finance-fiscal", "finance-fiscal"])
    }

    @Test func theBaseOfARatioSaysNothingOfTheSector() {
        #expect(sectors("社会物流总费用与地区生产总值的比率下降到13.6%。") == ["transport"])
    }

    @Test func theRankedThingIsWhatIsLeftOfTheRanking() {
        #expect(Text.string(RankSubject.thingRanked(Array("智能化煤矿全国排名".unicodeScalars))) == "智能化煤矿")
        #expect(Text.string(RankSubject.thingRanked(Array("全省各类贷款余额中部排名".unicodeScalars))) == "全省各类贷款余额")
        #expect(Text.string(RankSubject.thingRanked(Array("粮食产量".unicodeScalars))) == "粮食产量")
        #expect(Text.string(RankSubject.thingRanked(Array("全国排名".unicodeScalars))) == "全国")
    }

    @Test func anItemStartsAfterTheLastMarkThatFollowsTheFigureBefore() {
        let s = Array("完成478家企业搬迁、12480个排污口".unicodeScalars)[...]
        let second = s.firstIndex(of: "1")!
        #expect(MetricExtractor.ownItemStart(s, clauseStart: 0, previousEnd: 5, start: second) == second)
        // No figure before it in the clause: the clause's start.
        #expect(MetricExtractor.ownItemStart(s, clauseStart: 0, previousEnd: 0, start: 2) == 0)
    }
}
