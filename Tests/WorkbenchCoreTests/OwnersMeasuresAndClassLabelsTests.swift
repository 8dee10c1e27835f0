import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A figure's sector from its owner rather than from a word of measure (营业收入, 产业链) or the
/// other items of its 分别 list; a list's count (三大主导) left out of its last item; measure
/// words of flowers, bottles and orders; amounts over which something is classed, in any unit;
/// and 均 (each of them) after a subject.
@Suite struct OwnersMeasuresAndClassLabelsTests {
    func rows(_ text: String) -> [Metric] {
        Fixtures.reviewAndPlan(text).metrics
    }

    @Test func theOwnerDecidesTheSectorNotTheMeasure() {
        #expect(rows("数字经济核心产业营业收入增长12%。").map(\.sector) == ["digital-economy"])
        #expect(rows("省属国企营业收入增长7%。").map(\.sector) == ["reform-opening"])
        #expect(rows("高原特色农业全产业链产值达到2200亿元。").map(\.sector) == ["agriculture-rural"])
        // The forestry and grassland industry is a rural one; its cover is ecology.
        #expect(rows("林草产业总产值达到600亿元，森林覆盖率达到25%。").map(\.sector) == ["agriculture-rural", "ecology-environment"])
        // Alone, the measure still decides.
        #expect(rows("规上企业营业收入增长6%。").map(\.sector) == ["industry-manufacturing"])
        // The second figure of 由…提高到… is of the same measure, and so of the same sector.
        let research = rows("全社会研发投入占地区生产总值比重由2.5%提高到2.8%。")
        #expect(research.map(\.sector) == ["technology-innovation", "technology-innovation"])
    }

    @Test func aListsItemsKeepTheirOwnSectorsAndTheCountIsNoItem() {
        let industries = rows("新型材料、清洁能源、装备制造三大主导产业增加值分别增长16.2%、9.8%、12.5%。")
        #expect(industries.map(\.subject) == ["新型材料产业增加值增长", "清洁能源产业增加值增长", "装备制造产业增加值增长"])
        #expect(industries.map(\.sector) == ["industry-manufacturing", "energy", "industry-manufacturing"])
        #expect(rows("装备、石化、食品、能源四大产业增加值分别增长8.5%、4.7%、6.2%、1.9%。").last?.subject == "能源产业增加值增长")
    }

    @Test func measureWordsOfFlowersBottlesAndOrders() {
        let counted = rows("鲜切花产量205亿枝，葡萄酒年产量1.4亿瓶，无人机配送订单380万单。")
        #expect(counted.map(\.unit) == ["亿枝", "亿瓶", "万单"])
        #expect(counted.map(\.kind) == [.count, .count, .count])
        // 方面 counts the parts of a plan.
        #expect(rows("重点做好以下十方面工作。").isEmpty)
        // Trips of trains and passengers, and a crane's moves.
        let trips = rows("公交日均客运量达到320万乘次，高铁日均开行280列次，码头单机作业效率达到每小时62.3自然箱。")
        #expect(trips.map(\.unit) == ["万乘次", "列次", "自然箱"])
        #expect(trips.last?.subject == "码头单机作业效率")
    }

    @Test func anAmountOverWhichThingsAreClassedIsNoFigure() {
        #expect(rows("粮食产量超20亿斤的产粮大县达到40个。").map(\.value) == [40])
        #expect(rows("年产量超过10万吨的企业达到8家。").map(\.value) == [8])
        // An amount that is reached stays one.
        #expect(rows("粮食产量超过20亿斤。").map(\.value) == [20])
        // Any amount, with no 万 or 亿, and a share, over which the things after 的 are counted.
        #expect(rows("旅客吞吐量超千万人次的机场达到3个。").map(\.value) == [3])
        #expect(rows("我省在全国占比超过10%的有44种、超过20%的有23种。").map(\.value) == [44, 23])
        // (Not the size of one thing: nothing is counted after it.)
        #expect(rows("投资超过550亿元的新能源基地开工建设。").map(\.value) == [550])
    }

    @Test func eachOfThemIsNoPartOfTheSubject() {
        #expect(rows("办理人大代表建议496件，满意率均为100%。").last?.subject == "满意率")
        #expect(rows("新建城市书房和百姓健身房各30家。").first?.subject == "新建城市书房和百姓健身房")
        // 人均 and 年均 are words of their own.
        #expect(rows("农村居民人均可支配收入年均增长7%。").first?.subject.contains("人均") == true)
    }

    @Test func aUnitWrittenOnceAfterAListOfNumbersIsEachOnes() {
        let air = rows("南宁、柳州、桂林三市PM2.5浓度分别控制在28、30、25微克/立方米以下。")
        #expect(air.map(\.value) == [28, 30, 25])
        #expect(air.map(\.unit) == ["微克/立方米", "微克/立方米", "微克/立方米"])
        // The places' count is none of them; places share the pollutant written with the last.
        #expect(air.map(\.subject) == ["南宁PM2.5浓度", "柳州PM2.5浓度", "桂林PM2.5浓度"])
        #expect(rows("主城都市区、渝东北、渝东南PM2.5年均浓度分别为34、29、24微克/立方米。").map(\.subject)
                == ["主城都市区PM2.5年均浓度", "渝东北PM2.5年均浓度", "渝东南PM2.5年均浓度"])
        // Pollutants named as the items keep their own names.
        #expect(rows("PM2.5、PM10平均浓度分别为30、55微克/立方米。").map(\.subject) == ["PM2.5平均浓度", "PM10平均浓度"])
    }

    @Test func theInvestmentAndLengthOfWhatWasCounted() {
        #expect(rows("实施省级重点项目1200个，年度计划投资7000亿元。").last?.subject == "省级重点项目年度计划投资")
        #expect(rows("新开工高速公路3条、里程180公里。").last?.subject == "新开工高速公路里程")
        // Not the length of a count of anything else.
        #expect(rows("新增企业3家、里程180公里。").last?.subject.contains("企业") == false)
    }

    @Test func moreOrLessThanLastYearIsAChange() {
        #expect(rows("粮食总产量达到1602.6亿斤、增产19.4亿斤。").map(\.kind) == [.level, .growth])
        #expect(rows("中欧班列开行680列，比上年多开行112列。").map(\.kind) == [.count, .growth])
        // Without the year compared with, 多 says nothing of a change.
        #expect(rows("开行列车多达112列。").map(\.kind) == [.count])
    }

    @Test func aboutAShareOfSomething() {
        #expect(rows("对俄贸易额约占全国的10%。").map(\.qualifier) == [.approx])
        #expect(rows("对俄贸易额约占全国对俄贸易的十分之一。").map(\.qualifier) == [.approx])
        #expect(rows("对俄贸易额占全国的10%。").map(\.qualifier) == [nil])
        // 约 of another word (签约, 预约) says nothing of the figure.
        #expect(rows("家庭医生签约占常住人口的45%。").map(\.qualifier) == [nil])
    }

    @Test func theBroaderRulesStopWhereTheyShould() {
        // A unit written once is not lent from a class (80岁以上老人).
        #expect(rows("对60、70、80岁以上老人分别发放高龄津贴。").isEmpty)
        // But a bound on each keeps its unit: 以下水平.
        #expect(rows("南京、苏州PM2.5浓度分别控制在28、30微克/立方米以下水平。").map(\.value) == [28, 30])
        // A list's count leaves the items' noun: 省级两类开发区 → 省级开发区.
        #expect(rows("国家级、省级两类开发区营业收入分别增长9%、7%。").last?.subject == "省级开发区营业收入增长")
        // A 分别 figure with no sector word of its own takes the clause's, as its sibling does.
        let deaths = rows("全市生产安全事故起数和死亡人数分别下降3.6%和1.3%。")
        #expect(deaths.count == 2 && deaths[0].sector == deaths[1].sector)
    }
}
