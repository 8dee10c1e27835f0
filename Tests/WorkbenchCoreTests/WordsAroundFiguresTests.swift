import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Words around a number that decide whether it is a figure and what it says: qualifiers that
/// are parts of other words, bounds of a reference amount, denominators, grades and ages that
/// qualify, counts of people with no measure word, streaks, ranks that describe a noun.
@Suite struct WordsAroundFiguresTests {
    func report(_ review: String, _ plan: String = "推进。") -> Report {
        Fixtures.reviewAndPlan(review, plan)
    }

    @Test func aQualifierThatEndsAnotherWordSaysNothing() {
        let metrics = report("项目签约3543亿元，最近5年累计投资约200亿元，接近50%，进出口总额连续两年过万亿元，经过300家企业试用，折合约5000万元。").metrics
        #expect(metrics.map(\.text) == ["3543亿元", "200亿元", "50%", "两年", "万亿元", "300家", "5000万元"])
        #expect(metrics.map(\.qualifier) == [nil, .approx, .approx, nil, .atLeast, nil, .approx])
        // The word keeps its last character in the subject.
        #expect(metrics[0].subject == "项目签约")
    }

    /// A bare number after a ratio's name is the ratio (a share with no unit), its `:1` and a
    /// trailing qualifier read with it; elsewhere a bare number is no figure. 之比 makes a share
    /// whatever grew earlier in the sentence.
    @Test func theTimeASpeedOrCapacityIsCountedOverIsNoPartOfTheSubject() {
        let metrics = report("城市轨道交通运营时速达到每小时80公里，污水处理能力达到每日120万吨。").metrics
        #expect(metrics.map(\.subject) == ["城市轨道交通运营时速", "污水处理能力"])
    }

    @Test func vagueNumbersAndAFormulaAreNoFigures() {
        #expect(report("培育数十个特色小镇，几百家企业参与。").metrics.isEmpty)
        #expect(report("我们办好两件大事，新增企业20家。").metrics.map(\.text) == ["20家"])
    }

    @Test func aYearAfterQiZhongInAFiveYearReviewIsThatYears() {
        let text = "2026年某省政府工作报告\n一、“十四五”时期和2025年工作回顾\n五年来，全省地区生产总值年均增长5.6%，其中2025年增长5.4%。\n二、2026年工作安排\n推进。\n"
        let metrics = Fixtures.parse(text).metrics
        #expect(metrics.map { $0.period?.label } == ["2021-2025-review", "2025-review"])
    }

    @Test func ratiosWrittenAsBareNumbers() {
        let metrics = report("城乡居民收入比缩小至2.31:1，城乡居民收入比降至2.2。", "城乡居民收入倍差缩小到1.9以内，确保科技资金增幅高于收入增幅，研发费用与营收之比达到3.25%左右，收入达到2.2。").metrics
        #expect(metrics.map(\.text) == ["2.31:1", "2.2", "1.9以内", "3.25%左右"])
        #expect(metrics.map(\.kind) == [.share, .share, .share, .share])
        #expect(metrics.map(\.subject) == ["城乡居民收入比", "城乡居民收入比", "城乡居民收入倍差", "研发费用与营收之比"])
        #expect(metrics[2].qualifier == .atMost)
        #expect(metrics[0].normalizedValue == 2.31)
        // The ratio a change starts from is a figure as its end is (as 由1900个扩大到6600个 gives
        // two), and no part of what it measures.
        let changes = report("城乡居民收入比由2.5:1缩小到2.4:1，城乡居民收入倍差由2.31缩小到2.28，城乡居民收入比由2020年的1.92下降到1.75。").metrics
        #expect(changes.map(\.text) == ["2.5:1", "2.4:1", "2.31", "2.28", "1.92", "1.75"])
        #expect(changes.map(\.subject) == ["城乡居民收入比", "城乡居民收入比", "城乡居民收入倍差", "城乡居民收入倍差", "城乡居民收入比", "城乡居民收入比"])
        // A start written without the per cent of where it went is in per cent.
        let share = report("税收收入占一般公共预算收入比重由70.2提高到72.5%。").metrics
        #expect(share.map(\.unit) == ["%", "%"])
        #expect(share.map(\.role) == [.other, .achieved])
        // The ratio sign ∶ and spaces; ratios not to one, and the second term of any, are no figures.
        let more = report("城乡居民收入比缩小到2.31∶1，城乡居民收入比缩小至2.31 : 1，财政资金与社会资本投入之比为1:3，床护比值达到1:0.6。").metrics
        #expect(more.map(\.text) == ["2.31∶1", "2.31 : 1"])
    }

    /// A structure of three or four shares that add up to a hundred, after a word for a
    /// structure, gives each term as a share; the tiers of the economy name them.
    @Test func structuresOfShares() {
        let metrics = report("全市三次产业结构调整为8.2:41.5:50.3，三次产业结构由2020年的25.1∶25.4∶49.5调整为2025年的22.3∶28.0∶49.7。").metrics
        #expect(metrics.map(\.text) == ["8.2", "41.5", "50.3", "25.1", "25.4", "49.5", "22.3", "28.0", "49.7"])
        // (Written bare, each is a per cent.)
        #expect(metrics.allSatisfy { $0.kind == .share && $0.unit == nil && $0.normalizedUnit == "%" })
        #expect(report("城乡居民收入比由2.82缩小到2.58。").metrics.allSatisfy { $0.normalizedUnit == nil })
        #expect(metrics.map(\.subject) == ["全市第一产业比重", "全市第二产业比重", "全市第三产业比重"]
                + Array(repeating: ["第一产业比重", "第二产业比重", "第三产业比重"], count: 2).flatMap { $0 })
        // A structure a change starts from is a baseline; a structure of employment is no output's.
        let plan = report("推进。", "三次产业结构由12.9:35.1:52.0调整为12.5:35.0:52.5左右。").metrics
        #expect(plan.map(\.role) == [.other, .other, .other, .target, .target, .target])
        #expect(report("三次产业就业结构由30:20:50调整为25:22:53。").metrics.map(\.subject) == Array(repeating: "三次产业就业结构", count: 6))
        // Terms that do not add up to a hundred, or no word for a structure, are no shares.
        #expect(report("三次产业结构为1:3:5，配比为20:30:50。").metrics.isEmpty)
    }

    /// Rates per 100,000 or 10,000 are kept as written, as ‰ is.
    @Test func ratesPerHundredThousand() {
        let metrics = report("孕产妇死亡率从48.8/10万下降到38.6/10万，孕产妇死亡率和婴儿死亡率分别降至7.5/10万和3.1‰。").metrics
        #expect(metrics.map(\.text) == ["48.8/10万", "38.6/10万", "7.5/10万", "3.1‰"])
        #expect(metrics.map(\.unit) == ["/10万", "/10万", "/10万", "‰"])
        #expect(metrics.allSatisfy { $0.kind == .share })
        #expect(metrics.map(\.subject).suffix(2) == ["孕产妇死亡率", "婴儿死亡率"])
    }

    /// An amount of money right before a city, county or cluster names its class, as 千亿县 and
    /// 400亿级 do; the count of them is the figure.
    @Test func moneyBeforeACityNamesItsClass() {
        let metrics = report("新增荆州、孝感、黄冈3个过三千亿元城市，新增4个千亿县，打造5个千亿元产业集群，投资100亿元。").metrics
        #expect(metrics.map(\.text) == ["3个", "4个", "5个", "100亿元"])
        // Only where the class word ends its noun phrase: money for county commerce or urban
        // renewal is money.
        let money = report("下达资金18亿元县域商业体系建设，争取国债资金30亿元城市更新，统筹资金5亿元集群发展。").metrics
        #expect(money.map(\.text) == ["18亿元", "30亿元", "5亿元"])
        // Towns, parks and firms are classed by money too.
        #expect(report("东莞长安成为全省第3个地区生产总值超千亿元镇，培育超百亿元企业12家。").metrics.map(\.text) == ["12家"])
        // After 超, a firm's class wherever the phrase goes on (but money for firms is money).
        #expect(report("支持营收超50亿元企业扩大投资，安排50亿元企业纾困资金。").metrics.map(\.text) == ["50亿元"])
        // Projects and counties over an amount, right after it or after 的; the size of a
        // generating unit. (An amount over which a goal is met is money.)
        let classes = report("引进总投资超10亿元项目86个，新签约投资超5亿元的制造业项目210个，地区生产总值超300亿元的县达到5个，单机容量100万千瓦机组投运2台，营收超10亿元的目标顺利实现。").metrics
        #expect(classes.map(\.text) == ["86个", "210个", "5个", "2台", "10亿元"])
        #expect(classes.first?.subject == "引进总投资超10亿元项目")
        // Money over which funds, loans or investment are put to projects, firms or counties is an
        // amount (县域 is no 县), and so is a bound (不超过); capacity worked on is no unit size.
        let amounts = report("完成超1000亿元的重大项目投资，新增超2000亿元的企业贷款，投入超20亿元的县域医共体建设资金，给予不超过1000万元的项目资金支持，完成600万千瓦机组灵活性改造，经济总量超千亿元的县域12个。").metrics
        #expect(amounts.map(\.text) == ["1000亿元", "2000亿元", "20亿元", "1000万元", "600万千瓦", "12个"])
    }

    /// A numeral with a multiplier before a noun names a scale (百万吨乙烯, 超百亿元企业, 超万亩示范片);
    /// before funds, after a word of about or over, it is an amount (近千亿元资金); and 万 alone
    /// after such a word stands for one 万 (惠及近万户).
    @Test func aboutOrOverBeforeANumeralMakesItAnAmount() {
        let metrics = report("建设百万吨乙烯项目，近千亿元资金投向基层，惠及近万户。").metrics
        #expect(metrics.map(\.text) == ["千亿元", "万户"])
        #expect(metrics.map(\.normalizedValue) == [100_000_000_000, 10_000])
        #expect(metrics.map(\.qualifier) == [.approx, .approx])
        let scales = report("营收超百亿元企业达到12家，开工建设超十亿元项目150个，打造超万亩高标准农田示范片12个，合肥迈入超千万人口城市行列。").metrics
        #expect(scales.map(\.text) == ["12家", "150个", "12个"])
    }

    /// A time of travel that names the area within it is no figure (15分钟生活圈, 1小时通勤圈),
    /// unless a verb says it is how long it takes (1小时通达都市圈); 跨越 before a level crossed is
    /// no part of what the clause names.
    @Test func circlesOfTravelTimeAndLevelsCrossed() {
        let metrics = report("建设15分钟品质文化生活圈，打造1小时通勤圈，全市生产总值跨越5000亿元大关，年均增长6.2%，平均通勤时间缩短至35分钟，实现1小时通达都市圈。").metrics
        #expect(metrics.map(\.text) == ["5000亿元", "6.2%", "35分钟", "1小时"])
        #expect(metrics.prefix(3).map(\.subject) == ["全市生产总值", "全市生产总值年均增长", "平均通勤时间"])
    }

    /// 每…N…就有M…: one in N, written as two counts, is neither of them.
    @Test func oneInNIsNoCount() {
        let metrics = report("全国每出口4辆汽车就有1辆安徽造，每生产10台空调就有3台出自我省，每年新增就业50万人。").metrics
        #expect(metrics.map(\.text) == ["50万人"])
    }

    /// Units of two characters that are each a unit too: 台套 (equipment renewal), 吨公里 and
    /// 人公里 (freight and passenger turnover).
    @Test func compoundMeasureWords() {
        let metrics = report("完成设备更新33.6万台套，电梯更新1.2万台（套），货物周转量13544亿吨公里，旅客周转量320亿人公里。").metrics
        #expect(metrics.map(\.normalizedUnit) == ["台套", "台（套）", "吨公里", "人公里"])
        #expect(metrics.map(\.kind) == [.count, .count, .level, .level])
        #expect(metrics[0].subject == "完成设备更新")
    }

    @Test func aBoundBeforeAReferenceAmountCoversTheFigure() {
        let metrics = report("推进。", "基本生活标准不低于当地最低生活保障标准的1.6倍，累计提高总额不超过原封顶线的20%，是上年的1.2倍，提高到原来的60%。").metrics
        #expect(metrics.map(\.qualifier) == [.atLeast, .atMost, nil, nil])
        // A part of a reference amount is a share, whatever changed earlier in the sentence.
        #expect(metrics[1].kind == .share)
    }

    @Test func denominatorsGradesAndQualifyingAgesAreNoFigures() {
        let metrics = report("每千人口拥有3岁以下托位数达到4.5个，每10万人口拥有执业医师320人，劣五类水体动态消除，年满18岁可申请，满3岁即入园，办好铁人三项世界杯，新增托位3万个。").metrics
        #expect(metrics.map(\.text) == ["4.5个", "320人", "3万个"])
        #expect(metrics.first?.subject == "每千人口拥有3岁以下托位数")
    }

    @Test func peopleAndHouseholdsCountedWithoutAMeasureWord() {
        let metrics = report("4386万异地务工人员稳定就业，为138万残疾人发放补贴，冰雪运动参与人次超630万，个人养老金开户数近1800万，安排3000万帮助青年创业。").metrics
        // (Money for people, 3000万 to help them, is no count of them.)
        #expect(metrics.map(\.text) == ["4386万", "138万", "630万", "1800万"])
        #expect(metrics.map(\.normalizedUnit) == ["人", "人", "人次", "户"])
        #expect(metrics.map(\.normalizedValue) == [43_860_000, 1_380_000, 6_300_000, 18_000_000])
        #expect(metrics.map(\.qualifier) == [nil, nil, .atLeast, .approx])
        // The people named are what is counted, not what they did.
        #expect(metrics[0].subject == "异地务工人员")
        #expect(report("7100万江淮儿女倍感温暖。").metrics.map(\.subject) == ["江淮儿女"])
        // People a policy looks after (监测对象), teachers, volunteers.
        let cared = report("71.3万监测对象稳定消除返贫致贫风险，2.3万教师参加培训，120万志愿者参与服务。").metrics
        #expect(cared.map(\.text) == ["71.3万", "2.3万", "120万"])
        #expect(cared.map(\.normalizedUnit) == ["人", "人", "人"])
        #expect(cared.first?.subject == "监测对象")
        // People named by two nouns are both.
        #expect(report("全省4000万干部群众众志成城，组织5万党员干部下沉一线。").metrics.map(\.subject) == ["全省干部群众", "组织党员干部"])
        // Money spent on people is no count of them.
        #expect(report("投资1200万新建残疾人康复中心，拨付2000万保障医护人员待遇，投入1500万改善老年人居住条件。").metrics.isEmpty)
    }

    /// A clause that closes with 万 or 亿 alone counts the people (or visits) named right before
    /// it, maybe before a linking word; not money whose noun only mentions them.
    @Test func peopleNamedBeforeANumberThatClosesTheClause() {
        let metrics = report("城镇新增就业11.2万，农村低保对象达到120万，接待游客8000万，稳就业资金5000万。").metrics
        #expect(metrics.map(\.text) == ["11.2万", "120万", "8000万"])
        #expect(metrics.map(\.normalizedUnit) == ["人", "人", "人次"])
        #expect(metrics.map(\.subject) == ["城镇新增就业", "农村低保对象", "接待游客"])
        // Only a linking word may stand between them; 稳就业 is a policy money is for.
        #expect(report("就业困难人员帮扶资金达到300万，支持稳就业3.5亿。").metrics.isEmpty)
    }

    @Test func aStreakSinceItLastHappened() {
        let metrics = report("中欧班列14年来首次开行，工业投资占比为25年来最高水平。五年来，全省新增就业300万人。").metrics
        #expect(metrics.map(\.text) == ["14年", "25年", "300万人"])
        #expect(metrics.map(\.role) == [.other, .other, .achieved])
    }

    @Test func aRankThatDescribesANounIsNoRank() {
        let plan = report("推进。", "培育更多全球第一、全国第一、行业第一的企业，粮食产量保持全国第一，居全国第一的产业再添3个。").metrics
        #expect(plan.filter { $0.kind == .rank }.count == 2)
        #expect(!plan.contains { $0.subject.hasPrefix("培育") })
        // A rank held, described by 的地位 or 的优势, is a rank.
        let held = report("煤炭产量全国第一的地位更加巩固，外送电量全国第一、新能源装机全国第二的优势持续扩大。", "巩固粮食产量全国第一的地位。").metrics
        #expect(held.map(\.text) == ["第一", "第一", "第二", "第一"])
        #expect(held.allSatisfy { $0.kind == .rank })
    }

    @Test func medalsAndPlotsAreCountedIn块() {
        let metrics = report("勇夺13块金牌，出让土地200块。").metrics
        #expect(metrics.map(\.text) == ["13块", "200块"])
        #expect(metrics.allSatisfy { $0.kind == .count })
    }

    @Test func fractionsWithASlashAndCutsByHalf() {
        let metrics = report("产量占全国1/4，品种占全国超1/4，将1/3以上的资金投向基础研究，展会数量压减一半以上，占到一半，审批时间减少一半。2024/1/4发布，5G/6G网络，24/7服务，12/31前完成，5/8工作制。").metrics
        #expect(metrics.map(\.text) == ["1/4", "1/4", "1/3以上", "一半以上", "一半", "一半"])
        #expect(metrics.map(\.value) == [25, 25, 33.33, 50, 50, 50])
        #expect(metrics.map(\.kind) == [.share, .share, .share, .growth, .share, .growth])
        #expect(metrics.map(\.qualifier) == [nil, .atLeast, .atLeast, .atLeast, nil, nil])
    }

    /// Verbs alone before an amount (one, two together, or joined by 和) say nothing of what is
    /// measured: the noun after the amount does.
    @Test func verbsBeforeAnAmountLeaveTheNounAfterIt() {
        let metrics = report("新建和改造提升112万亩高标准农田，新建改建3000公里管网，完成20万平方米旧住房成套改造，全省粮食产量达到1400亿斤。").metrics
        #expect(metrics.map(\.subject) == ["新建和改造提升高标准农田", "新建改建管网", "完成旧住房成套改造", "全省粮食产量"])
    }

    /// 从A提升至B of a rank or an index: A is where the change started (a baseline, role other),
    /// and both measure the same thing.
    @Test func aChangeOfRankOrIndexStartsFromItsBaseline() {
        let metrics = report("综保区在国家绩效评估中从第9名提升至第2名，道路交通指数从6.32下降至6.08，营商环境评价从全国第十位跃升至第六位。").metrics
        #expect(metrics.map(\.text) == ["第9名", "第2名", "6.32", "6.08", "第十位", "第六位"])
        #expect(metrics.map(\.role) == [.other, .achieved, .other, .achieved, .other, .achieved])
        #expect(metrics[2].subject == "道路交通指数" && metrics[3].subject == "道路交通指数")
        #expect(metrics[5].subject == metrics[4].subject)
    }

    /// A share that opens its clause with a noun right after it measures what that noun does,
    /// not what the clause before it spoke of.
    @Test func aShareOpeningItsClauseIsTheShareOfTheNounAfterIt() {
        let metrics = report("三级公立医院转诊量增长90%，70%村卫生室实现一体化管理，九成以上养老助餐点覆盖城乡社区，规上工业增加值增长8%。").metrics
        #expect(metrics.map(\.subject) == ["三级公立医院转诊量增长", "村卫生室实现一体化管理", "养老助餐点覆盖城乡社区", "规上工业增加值增长"])
        #expect(metrics.map(\.kind) == [.growth, .share, .share, .growth])
    }

    /// A bound inside the name of a rate defines the rate; a figure that names a campaign is its
    /// name; a cut in tenths is a change.
    @Test func boundsOfARateCampaignsAndCutsInTenths() {
        let metrics = report("公交与轨道50米内换乘比例达到88%，深入实施0.1微克攻坚行动，考核事项精简两成，办结时限压缩至10个自然日内，开展12项专项行动。").metrics
        #expect(metrics.map(\.text) == ["88%", "两成", "10个自然日内", "12项"])
        #expect(metrics.first?.subject == "公交与轨道50米内换乘比例")
        #expect(metrics.map(\.kind) == [.share, .growth, .level, .count])
    }

    /// Computing power is written with stacked multipliers: 百亿亿 (1e18) and 亿亿 (1e16).
    @Test func stackedMultipliersOfComputingPower() {
        let metrics = report("算力总规模达到10.36百亿亿次/秒，智算规模5亿亿次/秒，生产总值6.36万亿元。").metrics
        #expect(metrics.map(\.text) == ["10.36百亿亿次/秒", "5亿亿次/秒", "6.36万亿元"])
        #expect(metrics.map(\.normalizedValue) == [1.036e19, 5e16, 6.36e12])
        #expect(metrics.map(\.normalizedUnit) == ["次/秒", "次/秒", "元"])
    }

    /// A level crossed (跃上…新台阶) is a lower bound; households or people that size a village
    /// or a firm are no count.
    @Test func levelsCrossedAndSizesOfVillagesAndFirms() {
        let metrics = report("粮食产量首次跃上1.4万亿斤新台阶，增加值跨上3万亿元台阶，20户以上自然村全部通硬化路，300人以上企业全覆盖，建成300个以上精品示范村，带动1000户以上农户增收。").metrics
        #expect(metrics.map(\.text) == ["1.4万亿斤", "3万亿元", "300个以上", "1000户以上"])
        #expect(metrics.allSatisfy { $0.qualifier == .atLeast })
        #expect(metrics[1].subject == "增加值")
    }

    /// A count's noun ends where the next figure's words begin (at 和 or 、); money put to a
    /// purpose measures the noun after it.
    @Test func nounsAfterCountsAndMoney() {
        let metrics = report("推进66个粮食产能提升重点县和豫东平原200万亩高标准农田建设，一次性增加6万亿元地方专项债务限额，吸引116个国家和地区近6000名运动员，I类及以上水质断面160个。").metrics
        #expect(metrics.map(\.text) == ["66个", "200万亩", "6万亿元", "116个", "6000名", "160个"])
        #expect(metrics[0].subject == "推进粮食产能提升重点县")
        #expect(metrics[2].subject == "一次性增加地方专项债务限额")
        #expect(metrics[3].subject.hasSuffix("国家和地区"))
        // Funds set up or pooled measure what they are set up as or pooled for.
        let funds = report("设立10亿元绿色发展纵向补偿基金，统筹4416.6亿元支持乡村全面振兴。").metrics
        #expect(funds.map(\.subject) == ["设立绿色发展纵向补偿基金", "统筹支持乡村全面振兴"])
    }

    /// What a count of new ones reaches is the total (新增经营主体80万户，达750万户), and a rate
    /// before 的…增长目标 is that goal's growth.
    @Test func totalsAndGoalsOfGrowthNameWhatTheyMeasure() {
        let metrics = report("新增经营主体80万户，达750万户。新增高标准农田200万亩，累计达5000万亩。净增就业10万人，达到8万人。",
                             "实现年均9%左右的规模以上工业营业收入增长目标，完成5%的地区生产总值增速目标。").metrics
        #expect(metrics.map(\.subject) == ["新增经营主体", "经营主体", "新增高标准农田", "高标准农田累计", "净增就业", "净增就业",
                                           "规模以上工业营业收入年均增长", "地区生产总值增速"])
        #expect(metrics.suffix(2).map(\.kind) == [.growth, .growth])
    }

    /// A linking word alone with no figure before it in the sentence links what the clause
    /// before it measures (a milestone there is no figure).
    @Test func aLinkingWordAfterAMilestoneLinksTheMeasure() {
        let metrics = report("过去五年，全省地区生产总值跨越两个万亿元台阶，达到6.3万亿元，年均增长5.8%。推动产业升级，达到先进水平5个。").metrics
        #expect(metrics.map(\.subject).prefix(2) == ["全省地区生产总值", "全省地区生产总值年均增长"])
        // The longest measure within reach (规模以上工业总产值, not 规模).
        #expect(report("全市规模以上工业总产值首次跨越万亿元大关，达到10230亿元。").metrics.first?.subject == "全市规模以上工业总产值")
        // A clause that opens with a verb measures nothing.
        #expect(metrics.last?.subject != "推动产业升级")
        // A bare cue after such a clause is that measure's change.
        #expect(report("“十四五”时期，全省经济总量连跨两个万亿元台阶，年均增长5.8%。工业投资由负转正，增长4.6%。").metrics.map(\.subject)
                == ["全省经济总量年均增长", "工业投资增长"])
    }

    /// A total or a share of a whole with no name of its own is the figure before's.
    @Test func totalsAndSharesOfAWholeContinueTheSubject() {
        let metrics = report("新增高新技术企业超过6000家，总数达7.5万家。研发经费支出约5000亿元，占地区生产总值比重达3.6%。进出口总额增长6%，总量达9万亿元。").metrics
        #expect(metrics.map(\.subject) == ["新增高新技术企业", "高新技术企业总数", "研发经费支出", "研发经费支出占地区生产总值比重",
                                           "进出口总额增长", "进出口总额"])
        // A stretch goal is still of new ones; a total is not of one person's figure.
        #expect(report("新增城镇就业5万人以上，力争6万人。").metrics.map(\.subject) == ["新增城镇就业", "新增城镇就业"])
        #expect(report("人均地区生产总值达到12万元，总量达到8500亿元。").metrics.last?.subject == "总量")
        // 较上年增长 alone continues the subject before it, as 比上年增长 does.
        #expect(report("接待游客8.1亿人次，较上年增长62%。").metrics.last?.subject == "接待游客较上年增长")
        // So does any comparison with an earlier time, and the share keeps its name.
        let compared = report("全省常住人口6670万人，比上年末增加43万人。数字经济核心产业增加值占地区生产总值比重达到12.6%，较2020年提高1.7个百分点。技术合同成交额达到150亿元，是上年的1.5倍。粮食总产量达到823.6亿斤，增产9.2亿斤。").metrics
        #expect(compared.map(\.subject) == ["全省常住人口", "全省常住人口比上年末增加", "数字经济核心产业增加值占地区生产总值比重",
                                            "数字经济核心产业增加值占地区生产总值比重较2020年提高", "技术合同成交额", "技术合同成交额是上年",
                                            "粮食总产量", "粮食总产量增产"])
        // A share of a whole written with 的 or 份额 is the figure before's share too.
        let shares = report("全年民生支出27.9亿元，占一般公共预算支出的81.6%。新能源汽车保有量突破150万辆，占汽车保有量的三分之一以上。货物进出口总额5.2万亿元，占全国份额提高到11.9%。").metrics
        #expect(shares.map(\.subject) == ["民生支出", "民生支出占一般公共预算支出", "新能源汽车保有量", "新能源汽车保有量占汽车保有量",
                                          "货物进出口总额", "货物进出口总额占全国份额"])
    }

    @Test func aGlossaryHeadedAsAnAnnexIsNoReportText() {
        let text = "2025年某省政府工作报告\n一、2024年工作回顾\n新增就业10万人。\n二、2025年工作安排\n新建学校5所。\n附件1\n十项民生实事：新建养老床位2000张。\n附件2 名词解释\n“1+3”：“1”是1个省级综合飞行服务站，“3”是3个飞行服务站。\n"
        let metrics = Fixtures.parse(text).metrics
        #expect(metrics.map(\.text) == ["10万人", "5所", "十项", "2000张"])
    }
}
