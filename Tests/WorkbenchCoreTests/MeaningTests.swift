import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Kind, role, estimate and subject of figures in context.
@Suite struct MeaningTests {
    func report(_ review: String, _ plan: String) -> Report {
        Fixtures.reviewAndPlan(review, plan)
    }

    /// An intensity (研发投入强度) is a share, whatever cue stands in the clause before it.
    @Test func anIntensityIsAShare() {
        let metrics = report("规上工业增加值增长8%，研发投入强度达到2.67%。", "研发投入强度2.9%以上，研发投入强度提高0.1个百分点。").metrics
        #expect(metrics.map(\.kind) == [.growth, .share, .share, .growth])
        // A clause that only links its figure (达到) reads no cue of the figure before it.
        let linked = report("全社会研发经费投入强度比上年提高0.2个百分点，达到3.6%。PM2.5平均浓度下降到32微克/立方米。", "推进。").metrics
        #expect(linked.map(\.kind) == [.growth, .share, .level])
        #expect(linked.map(\.subject) == ["全社会研发经费投入强度比上年提高", "全社会研发经费投入强度", "PM2.5平均浓度"])
        // A rate of growth named before keeps its kind (增速, 涨幅).
        let rates = report("全省地区生产总值增速比上年加快0.8个百分点，达到5.6%。居民消费价格涨幅回落1个百分点，降至0.2%。", "推进。").metrics
        #expect(rates.map(\.kind) == [.growth, .growth, .growth, .growth])
    }

    @Test func kindsFollowTheUnitAndTheNearestCue() {
        let metrics = report("地区生产总值增长5%，能耗下降3.2%，占比达到49.7%，失业率5.1%，新培育高新技术企业1599家，营造林319万亩，PM2.5年均浓度降至36微克/立方米，占比提高到50%。", "推进。").metrics
        #expect(metrics.map(\.kind) == [.growth, .growth, .share, .share, .count, .level, .level, .share])
        // A contribution is a share, even of growth: 对经济增长贡献超五成, 贡献了全国38.7%的增量.
        let contributions = report("三大产业对经济增长贡献超五成，贡献了全国38.7%的贸易增量，进出口增长9.8%。", "推进。").metrics
        #expect(contributions.map(\.kind) == [.share, .share, .growth])
        // A rate of change held at a level is a change: 涨幅控制在3%左右; 失业率控制在 is a share.
        let held = report("推进。", "居民消费价格涨幅控制在3%左右，城镇调查失业率控制在5.5%以内。").metrics
        #expect(held.map(\.kind) == [.growth, .share])
    }

    /// A change given in the indicator's own unit is a change, as one in per cent is; an
    /// addition (新增, or a noun after the figure) and a level reached (增加到) are not.
    @Test func aChangeInItsOwnUnitIsAChange() {
        let metrics = report("粮食产量达到650亿斤，比上年增加28亿斤。基础养老金最低标准每人每月提高20元。就业人数减少了3万人。森林面积增加近120万亩。",
                             "医保财政补助标准每人每年提高30元。新增就业50万人。增加1万个共享停车位。人均预期寿命提高到80岁。审批时限缩短3天。").metrics
        #expect(metrics.map(\.text) == ["650亿斤", "28亿斤", "20元", "3万人", "120万亩", "30元", "50万人", "1万个", "80岁", "3天"])
        #expect(metrics.map(\.kind) == [.level, .growth, .growth, .growth, .growth, .growth, .count, .count, .level, .growth])
    }

    /// What follows up a count (its investment, the people it reached) is of what it counted;
    /// a measure and a cue take the owner of the measure before them, cue or not.
    @Test func followUpsOfACountAndMeasuresTakeTheirOwner() {
        let metrics = report("全年实施省列重大项目320个，完成投资2860亿元。完成老旧小区改造280个、惠及居民8.6万户。签约项目156个，总投资1200亿元。省属企业营业收入突破1.1万亿元，利润总额增长8.6%。",
                             "推进。").metrics
        #expect(metrics.map(\.subject) == ["省列重大项目", "省列重大项目完成投资", "完成老旧小区改造", "完成老旧小区改造惠及居民",
                                            "签约项目", "签约项目总投资", "省属企业营业收入", "省属企业利润总额增长"])
        // Not before 的 (a project's size), after totals or things that are not works, nor an
        // owner that is a verb, 营业 of 营业收入, or a measure of another kind.
        let not = report("举办重大招商活动36场，总投资1200亿元的项目集中签约。新建5G基站2万个、累计达到12万个，完成投资80亿元。开通国际航线12条，完成投资50亿元。营业收入突破1000亿元，利润总额增长10%。完成营业收入500亿元，利润总额增长6%。全省粮食总产量1400亿斤，营业收入增长6%。", "推进。").metrics
        #expect(not.map(\.subject).filter { $0.contains("投资") || $0.contains("利润") || $0.contains("营业收入增长") }
                == ["总投资", "完成投资", "完成投资", "利润总额增长", "利润总额增长", "营业收入增长"])
        // Passing words are at-least (均破亿度, 至少2个); breaking is not (打破12项), nor a
        // threshold (过亿元的企业, 不超过亿元的贷款).
        let broke = report("全年打破12项全国纪录，侦破刑事案件3200起。产值过亿元的企业新增56家，单笔不超过亿元的贷款快速审批。", "推进。").metrics
        #expect(broke.map(\.text) == ["12项", "3200起", "56家"])
        #expect(broke.map(\.qualifier) == [nil, nil, nil])
        let passed = report("电子温度均破亿度，新能源装机过亿千瓦，至少2个。", "推进。").metrics
        #expect(passed.map(\.normalizedValue) == [100_000_000, 100_000_000, 2])
        #expect(passed.map(\.qualifier) == [.atLeast, .atLeast, .atLeast])
    }

    @Test func rolesFollowThePeriodOfTheSentence() {
        let metrics = report("全年新增就业47万人，历时7年建成，连续11年只减不增。", "城镇新增就业45万人。").metrics
        #expect(metrics.map(\.role) == [.achieved, .other, .other, .target])
        // A streak in months is one too; a time limit in months is not.
        let months = report("连续24个月保持增长，审批时限压缩至3个月。", "推进。").metrics
        #expect(months.map(\.role) == [.other, .achieved])
        // A qualifier before a list of figures covers each: 分别突破X、Y.
        let list = report("服务贸易、数字贸易规模分别突破1.3万亿元、7000亿元，新增企业超100家、学校20所。", "推进。").metrics
        #expect(list.map(\.qualifier) == [.atLeast, .atLeast, .atLeast, nil])
        let joined = report("服务贸易、数字贸易、跨境电商规模分别超过1万亿元、5000亿元和3000亿元。", "推进。").metrics
        #expect(joined.map(\.qualifier) == [.atLeast, .atLeast, .atLeast])
        #expect(metrics.first?.period?.label == "2024-review")
        #expect(metrics.last?.period?.label == "2025-plan")
    }

    @Test func gapsToABenchmarkAreLevelsAndBaselinesAreNotOutcomes() {
        let metrics = report("增速高于全国0.4个百分点，比上年提高1.2个百分点，覆盖率从75.6%提高到80%，平均压减时间58%。", "推进。").metrics
        #expect(metrics.map(\.kind) == [.level, .growth, .share, .share, .growth])
        #expect(metrics.map(\.role) == [.achieved, .achieved, .other, .achieved, .achieved])
        #expect(metrics[2].rule.contains("role:baseline"))
        // 是…的N倍 is a ratio to a base, a level, whatever grew before it in the sentence; a change
        // named right after a bare percentage makes it growth.
        let ratios = report("地区生产总值年均增长13.7%，是“十一五”末的3.7倍，实现40%以上增长。", "推进。").metrics
        #expect(ratios.map(\.kind) == [.growth, .level, .growth])
        // With nothing before 是, the multiple continues the subject before it.
        #expect(ratios[1].subject == "地区生产总值")
        // A share of a whole with nothing of its own (占全国九成) is the previous figure's.
        // A word of change after the comparison makes it a change: 快于…、差距缩小.
        #expect(report("居民收入增速快于经济增速、城乡收入差距缩小0.1个百分点。", "推进。").metrics.map(\.kind) == [.growth])
        // But a benchmark named by its rate is no change of it: 快于经济增速1个百分点 is a gap.
        #expect(report("农村居民收入增长5.8%、快于经济增速1个百分点。", "推进。").metrics.map(\.kind) == [.growth, .level])
        let shares = report("无人机产量同比增长39%、占全国九成，集成电路产量增长20%，占全国18%。", "推进。").metrics
        #expect(shares.map(\.subject) == ["无人机产量同比增长", "无人机产量占全国", "集成电路产量增长", "集成电路产量占全国"])
        // Each gap of a list, and a margin over a target, is a level too.
        let gaps = report("工业增加值增长7%,分别高于全国、全省1.2个、3.7个百分点。投资增长9%，超目标任务1.5个百分点。", "推进。").metrics
        #expect(gaps.map(\.kind) == [.growth, .level, .level, .growth, .level])
    }

    @Test func backMatterHasNoFigures() {
        let report = Fixtures.parse("2025年某省政府工作报告\n一、2024年工作回顾\n新增企业100家。\n各位代表！让我们团结奋斗！\n名词解释\n1.“两新”：是指设备更新，共12条措施。\n")
        #expect(report.metrics.map(\.text) == ["100家"])
        #expect(report.paragraphs.last?.period == nil)
        #expect(report.outline.filter { $0.kind == .part }.count == 1)
    }

    @Test func headlineItemsKeepTheirStretchGoals() {
        let report = Fixtures.parse("2026年某省政府工作报告\n一、2025年工作回顾\n过去一年成绩显著。\n二、2026年工作安排\n主要预期目标是：经济增长5%左右、在实际工作中努力争取更好结果，固定资产投资增长7%以上、力争达到8%，能源、水资源等指标达到国家要求。\n")
        let targets = HeadlineTargets.find(in: report)
        #expect(targets.map(\.indicator) == ["gdp", "fixed-asset-investment", "能源、水资源等指标达到国家要求"])
        #expect(targets[0].text.hasSuffix("努力争取更好结果"))
        #expect(targets[1].stretch?.value == 8)
    }

    @Test func estimatesAreFlagged() {
        let metrics = report("城乡居民收入预计分别增长4.1%、6%，工业投资增长7.7%。", "推进。").metrics
        #expect(metrics.map(\.estimated) == [true, true, false])
    }

    /// 预计 opening a sentence covers every figure of it, past ；; opening a later clause, its
    /// part up to ；; after a subject (产值预计增长), only its own clause.
    @Test func anEstimateOpeningASentenceCoversItsList() {
        let opening = report("2024年预计全省生产总值增长5.2%，规上工业增加值增长7%；固定资产投资34亿元。", "推进。").metrics
        #expect(opening.map(\.estimated) == [true, true, true])
        let clause = report("过去一年，预计全省生产总值增长6%左右，增速保持领先；粮食总产达到557亿斤。", "推进。").metrics
        #expect(clause.map(\.estimated) == [true, false])
        let inside = report("农产品加工产值预计增长8%，新增龙头企业42户。", "推进。").metrics
        #expect(inside.map(\.estimated) == [true, false])
        let short = report("工业产值预计增长8%，新增龙头企业42户。", "推进。").metrics
        #expect(short.map(\.estimated) == [true, false])
        // Opening a later clause far into the sentence, likewise its part up to ；.
        let later = report("打造一批文旅消费新场景和美食地图、健身地图、骑行地图，预计全年接待游客9.6亿人次、增长10.3%，旅游总收入1.24万亿元；新增就业5万人。", "推进。").metrics
        #expect(later.map(\.estimated) == [true, true, true, false])
    }

    @Test func respectivelyListsPairSubjectsWithValues() {
        let metrics = report("电子信息、高端装备制造、现代消费品营业收入预计分别达到2000亿元、1800亿元、1400亿元。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["电子信息营业收入", "高端装备制造营业收入", "现代消费品营业收入"])
        #expect(metrics.map(\.normalizedValue) == [2e11, 1.8e11, 1.4e11])
    }

    @Test func subjectsComeFromTheClause() {
        let metrics = report("新培育高新技术企业1599家，建成8个高水平实验试验平台，全年生产总值6.36万亿元、增长5.1%。", "建设精品示范村300个以上、提档升级村2500个以上。").metrics
        #expect(metrics.map(\.subject) == ["新培育高新技术企业", "建成高水平实验试验平台", "生产总值", "生产总值增长",
                                           "建设精品示范村", "提档升级村"])
    }

    /// `占比超过10%、提升2个百分点`: 提升 and 上升 alone are cues like 提高, continuing the
    /// measure before them.
    @Test func riseAloneContinuesTheMeasureBefore() {
        let metrics = report("数字经济核心产业增加值占比超过10%、提升2个百分点，城镇化率达到60%、上升1.2个百分点。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["数字经济核心产业增加值占比", "数字经济核心产业增加值占比提升", "城镇化率", "城镇化率上升"])
    }

    /// `上市公司达288家、总市值超8600亿元`: the whole size (市值, 花费, 床位) after a count is of
    /// the things counted.
    @Test func theWholeSizeAfterACountIsOfTheThingsCounted() {
        let metrics = report("北京证券交易所上市公司达288家、总市值超8600亿元，养老机构达到9341个、床位10.5万张。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["北京证券交易所上市公司", "北京证券交易所上市公司总市值", "养老机构", "养老机构床位"])
    }

    /// `一二三产增加值分别增长…`: the three tiers of the economy, one figure each.
    @Test func theThreeTiersShareARespectivelyList() {
        let metrics = report("一二三产增加值分别增长3.5%左右、6%左右、5%左右。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["第一产业增加值增长", "第二产业增加值增长", "第三产业增加值增长"])
    }

    /// Counts written one after the other (`6.1万户14.2万名…对象`) count the noun after the last.
    @Test func adjacentCountsShareTheNounAfterThem() {
        let metrics = report("6.1万户14.2万名防返贫监测对象稳定消除风险，新建学校10所、医院5家。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["防返贫监测对象稳定消除风险", "防返贫监测对象稳定消除风险", "新建学校", "新建医院"])
    }

    /// `从X提升至Y`, `X、比上年增加Y`: the second figure's clause says only how it relates to
    /// the first, whose subject it continues; 从, 增至 and 接近 link, they are not measured. The
    /// figure a baseline changes towards measures what the baseline does; words from 从 on say
    /// where the count starts. Lists paired by 分别 keep their pairs.
    /// A comma inside brackets (县（市，区）, or half-width in web copies) ends no clause.
    @Test func bracketsHoldTheirCommas() {
        let metrics = report("信用评级AA级以上县(市,区)国企增至260家，AA级以上县（市，区）国企增至261家。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["信用评级AA级以上县(市,区)国企", "AA级以上县（市，区）国企"])
        // A closing bracket with no opening one near it (an item's number) reaches back no further.
        let items = report("主要目标：1）地区生产总值增长5%；2）城镇新增就业45万人。", "推进。").metrics
        #expect(items.map(\.subject) == ["地区生产总值增长", "城镇新增就业"])
    }

    @Test func changesFromABaseContinueTheSubject() {
        let metrics = report("经营主体从689万户增至951万户，绿色出行比例从75.6%提升至76.5%，非化石能源发电量比重接近40%。",
                             "赤字规模5.66万亿元、比上年增加1.6万亿元。").metrics
        #expect(metrics.map(\.subject) == ["经营主体", "经营主体", "绿色出行比例", "绿色出行比例",
                                           "非化石能源发电量比重", "赤字规模", "赤字规模比上年增加"])
        let changes = report("全省草原退化率由69.63%下降到66.04%，孤儿基本生活保障最低标准从每人每月1860元提高到2375元。", "推进。").metrics
        #expect(changes.map(\.subject) == ["全省草原退化率", "全省草原退化率", "孤儿基本生活保障最低标准", "孤儿基本生活保障最低标准"])
        #expect(changes.map(\.role) == [.other, .achieved, .other, .achieved])
        let paired = report("城乡居民人均可支配收入分别从29661元、10391元增加到43364元、16117元。", "推进。").metrics
        #expect(paired[2].subject.hasPrefix("城镇居民"))
    }

    /// In a list of counts written before their nouns, each item takes the list's verb, not
    /// the noun of the item before it; a list with nouns first is left as it was.
    @Test func countsBeforeTheirNounsShareTheVerb() {
        let metrics = report("建成35个先导区、1000个和美乡村，新增8家国家级企业和20个智慧园区，绿色工厂200个、绿色工业园区10个。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["建成先导区", "建成和美乡村", "新增国家级企业", "新增智慧园区", "绿色工厂", "绿色工业园区"])
        // An amount after a verb alone is an amount of the noun after it, as a count is.
        let amounts = report("完成20万平方米旧住房成套改造，完成投资500亿元。", "推进。").metrics
        #expect(amounts.map(\.subject) == ["完成旧住房成套改造", "完成投资"])
    }

    /// After a streak (连续9年), the figure's clause is only a linking word (稳定在, 超): it
    /// measures what the streak's subject names, and the linking word is left out. (The streak
    /// itself counts the years of the thing and its predicate: `StreaksTests`.)
    @Test func aFigureAfterAStreakKeepsTheSubject() {
        let metrics = report("粮食总产量连续9年稳定在1300亿斤以上，水利投资连续两年超1000亿元。", "推进。").metrics
        #expect(metrics.map(\.text) == ["9年", "1300亿斤以上", "两年", "1000亿元"])
        #expect(metrics.map(\.subject) == ["粮食总产量连续稳定在1300亿斤以上的年数", "粮食总产量",
                                           "水利投资连续超1000亿元的年数", "水利投资"])
        // A total after an increase (新增1700公里、突破7000公里) does not take the increase's verb.
        let total = report("铁路运营里程新增1700公里、突破7000公里。", "推进。").metrics
        #expect(total.map(\.subject) == ["铁路运营里程新增", "铁路运营里程"])
    }

    /// Two names joined by 和 before 分别 pair with the two figures, unless the first is the
    /// shorter: then the second's end is shared (民营经济和普惠小微贷款余额) and the whole is kept.
    @Test func twoNamesJoinedByAndPairWithTheirFigures() {
        let metrics = report("适龄儿童入园率和普惠率分别达96%和94%，民营经济和普惠小微贷款余额分别增长13.7%、28.4%。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["适龄儿童入园率", "普惠率", "民营经济和普惠小微贷款余额", "民营经济和普惠小微贷款余额"])
    }

    /// 分别 lists share what only the last name writes: 城乡 is 城镇 and 农村, a two-character
    /// first name takes the rest of the second, earlier names take the last one's measure; 分别
    /// with no names before it pairs the figures with the sentence's figures before them.
    @Test func respectivelyListsShareTheLastNamesMeasure() {
        let metrics = report("城乡居民人均可支配收入分别增长5.5%和6.5%。刑事、治安案件分别下降6.6%、3.6%。高技术制造业、六大优势产业增加值分别增长12.3%、6.8%。新一代信息技术、高端装备营业收入分别增长13%、9%。接待游客1.7亿人次，旅游总花费突破3000亿元，分别增长15.6%、24.4%。", "推进。").metrics
        // A name that says what it measures is whole (企业数); a list right after a list of as
        // many figures pairs with it; 各 is 分别.
        let more = report("工业、制造业投资分别增长9.4%、13.3%。企业数、总投资分别增长38%和48.9%。城乡居民人均可支配收入分别为39310元、20356元，增长5.5%、5.6%。城镇和农村居民收入分别达到5万元和2万元、各增长6%和9%。", "推进。").metrics
        #expect(more.map(\.subject) == ["工业投资增长", "制造业投资增长", "企业数增长", "总投资增长", "城镇居民人均可支配收入", "农村居民人均可支配收入",
                                         "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", "城镇居民收入", "农村居民收入",
                                         "城镇居民收入增长", "农村居民收入增长"])
        #expect(metrics.map(\.subject) == ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", "刑事案件下降", "治安案件下降",
                                            "高技术制造业增加值增长", "六大优势产业增加值增长", "新一代信息技术营业收入增长", "高端装备营业收入增长",
                                            "接待游客", "旅游总花费", "接待游客增长", "旅游总花费增长"])
    }

    /// An earlier name parallel to the last one's first word (城镇居民 and 农村居民) takes what
    /// follows that word; a share of value added is a measure the names share.
    @Test func parallelNamesShareTheLastNamesRest() {
        let metrics = report("城镇居民、农村居民人均可支配收入分别增长4.3%、6.9%。高技术制造业、战略性新兴产业增加值占比分别达到19%、31.1%。困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月202元、270元提高到209元、280元。", "推进。").metrics
        #expect(metrics.prefix(4).map(\.subject) == ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", "高技术制造业增加值占比", "战略性新兴产业增加值占比"])
        #expect(metrics[4].subject == "困难残疾人生活补贴标准")
    }

    /// A figure that a change from a baseline reaches measures what the baseline does, a year
    /// written between them too; a linking word alone (达) continues the subject before it;
    /// 去年 and 到2027年 say when, not what (预期 stays: 预期寿命).
    @Test func fromToYearsAndLinkingWordsKeepTheSubject() {
        let review = report("全省生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元。全省地区生产总值突破9万亿元，达9.01万亿元，增长5.5%。去年全省科技创新投入7232亿元。新建商品房网签销售面积环比、同比分别增长51.3%、15.3%。",
                            "到2027年地区生产总值达到10万亿元。").metrics
        #expect(review.map(\.subject) == ["全省生产总值", "全省生产总值", "全省地区生产总值", "全省地区生产总值", "全省地区生产总值增长",
                                           "全省科技创新投入", "新建商品房网签销售面积环比增长", "新建商品房网签销售面积同比增长",
                                           "地区生产总值"])
        // 累计 says the figure is a total: it stays (and 新增 goes: the total is of all of them).
        let totals = report("新增高标准农田200万亩，累计达5000万亩。", "推进。").metrics
        #expect(totals.map(\.subject) == ["新增高标准农田", "高标准农田累计"])
    }

    /// A measure alone (总产值, 装机规模) measures the industry that the clause before it, with
    /// no figure of its own, is about.
    @Test func aBareMeasureTakesTheTopicBeforeIt() {
        let metrics = report("铜磷产业支撑作用进一步巩固，总产值达357.36亿元。新能源产业快速崛起，装机规模达638.15兆瓦。服务业支撑作用更加明显，增加值跨上3万亿元台阶。全市新增企业1200家，营业收入增长8%。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["铜磷产业总产值", "新能源产业装机规模", "服务业增加值", "全市新增企业", "营业收入增长"])
        // Not a clause about doing something to an industry, nor a zone's; a cluster is whole.
        let others = report("推动传统产业转型升级，增加值增长5%。高新技术产业开发区提质增效，营业收入增长15%。先进制造业集群加快壮大，产值增长10%。主要健康指标持续改善，预期寿命达到79.5岁。", "推进。").metrics
        #expect(others.map(\.subject) == ["增加值增长", "营业收入增长", "先进制造业集群产值增长", "预期寿命"])
    }

    /// Subjects leave out the lead-in of a list, a leading year, 今年, 力争, 确保 and 继续; a
    /// compound measure word (万头只) is one unit; a figure after 由 is a baseline.
    @Test func subjectsLeaveOutLeadInsYearsAndResolve() {
        let review = report("2024年全省生产总值增长5%，牲畜总存栏达到328.5万头只，企业由929家增长到3605家。",
                            "2025年全区经济社会发展的主要预期目标是地区生产总值增长5%左右，力争整车产量200万辆，今年继续安排民生实事10件。").metrics
        #expect(review.map(\.subject) == ["全省生产总值增长", "牲畜总存栏", "企业", "企业", "地区生产总值增长", "整车产量", "安排民生实事"])
        #expect(review[1].unit == "万头只")
        #expect(review[2].role == .other)
    }

    /// A year that is a reference (2005年前, 以来) sets no single year; 并 opening a word is no "and".
    @Test func referenceYearsAndWordsWithBing() {
        let metrics = report("2005年前老旧小区改造全面完成。城镇新增就业2.1万人。2020年以来累计新增就业150万人。",
                             "力争并网装机2500万千瓦以上。").metrics
        #expect(metrics.map { $0.period?.label } == ["2024-review", "2020-2024-review", "2025-plan"])
        #expect(metrics.map(\.subject) == ["城镇新增就业", "累计新增就业", "并网装机"])
        // Nor 和 opening a place or a word (和田地区, 和平区, 和美乡村); but it is "and" elsewhere.
        let places = report("和田地区、和平区新增就业分别为1.2万人和0.8万人。", "推进。").metrics.map(\.subject)
        #expect(places.first == "和田地区" && places.last?.hasPrefix("和平区") == true)
        #expect(report("建成一批示范村，和美乡村达到1000个。", "推进。").metrics.first?.subject == "和美乡村")
        #expect(report("建成一批示范村，和新建的产业园区达到30个。", "推进。").metrics.first?.subject == "新建的产业园区")
        #expect(report("2021-2024年年均增长7.4%。", "推进。").metrics.first?.subject == "年均增长")
        // The year a change is counted from (由2017年, 较2020年) is no part of what is counted.
        #expect(report("国家认定的高新技术企业由2017年929家增长到3605家。", "推进。").metrics.map(\.subject)
                == ["国家认定的高新技术企业", "国家认定的高新技术企业"])
        #expect(report("红旗品牌汽车产量是上年的3.1倍，经济总量是2016年的1.7倍。", "推进。").metrics.map(\.subject)
                == ["红旗品牌汽车产量", "经济总量"])
        // A stretch of years says over what time: the figure continues the subject before it.
        let stretch = report("高新技术企业总数突破1万户、三年翻一番，两年平均增长5.7%。", "推进。").metrics
        #expect(stretch.map(\.subject) == ["高新技术企业总数", "高新技术企业总数", "两年平均增长"])
        #expect(stretch.map(\.kind) == [.count, .growth, .growth])
        #expect(report("三年行动计划完成投资300亿元。", "推进。").metrics.first?.subject == "三年行动计划完成投资")
    }

    /// More shapes of 分别 lists: a last name after 和, figures after commas, periods of one
    /// measure, a word that joins two (存贷款), a later name that is only a measure, 预计 before 城乡.
    @Test func moreShapesOfRespectivelyLists() {
        let metrics = report("""
            工业用电量、公路货运量和铁路发运量分别增长12.4%、4%和4.7%。规上工业总产值、增加值分别年均增长22.2%,16%。            一季度、上半年、全年全市GDP分别增长6.7%、6.6%、6.0%。金融机构存贷款余额较年初分别增长14.4%和18.8%。            预计城乡居民人均可支配收入分别增长7%和10%。通信器材类、家具类零售额同比分别增长79%、93.6%。
            """, "推进。").metrics
        #expect(metrics.map(\.subject) == ["工业用电量增长", "公路货运量增长", "铁路发运量增长", "规上工业总产值", "规上工业增加值",
                                           "一季度全市GDP", "上半年全市GDP", "全年全市GDP", "金融机构存款余额增长", "金融机构贷款余额增长",
                                           "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", "通信器材类零售额增长", "家具类零售额增长"])
        // 及 of 普及 joins nothing.
        #expect(report("义务教育巩固率、高中阶段毛入学率和学前教育普及率分别达到97%、92%和90%。", "推进。").metrics.map(\.subject)
                == ["义务教育巩固率", "高中阶段毛入学率", "学前教育普及率"])
    }

    /// A gap to a benchmark with no subject of its own is the previous figure's gap.
    @Test func aGapToABenchmarkContinuesTheSubject() {
        let metrics = report("地区生产总值增长6.1%，高于全省1.2个百分点。规上工业增加值增长8%，增速高于全国2个百分点。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["地区生产总值增长", "地区生产总值高于全省", "规上工业增加值增长", "增速高于全国"])
        #expect(metrics.map(\.sector) == ["macro", "macro", "industry-manufacturing", "industry-manufacturing"])
        // A count after 领先 is no gap.
        #expect(report("规上工业增加值增长8%，领先企业达到50家。", "推进。").metrics.last?.subject == "领先企业")
        // A longer benchmark when it is a level (平均水平); not a measure of its own.
        #expect(report("脱贫县农村居民人均可支配收入增长7.4%，高于全省农村平均水平0.8个百分点。", "推进。").metrics.last?.subject
                == "脱贫县农村居民人均可支配收入高于全省农村平均水平")
        #expect(report("规上工业增加值增长8%，高于全省制造业企业利润增速2个百分点。", "推进。").metrics.last?.subject
                == "高于全省制造业企业利润增速")
    }

    /// How or up to when a figure was counted is not what it measures: the figure continues the
    /// subject before it.
    @Test func adjunctsOfCountingLeaveTheSubject() {
        let metrics = report("地区生产总值9500亿元左右，按不变价格计算增长4%左右。一般公共预算收入631.8亿元，扣除留抵退税因素后增长1.6%。截至11月底工业增加值增长12.3%。税收收入300亿元，同口径增长5%。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["地区生产总值", "地区生产总值增长", "一般公共预算收入", "一般公共预算收入增长",
                                           "工业增加值增长", "税收收入", "税收收入增长"])
        // 按 with no 计算 after it is left alone.
        #expect(MeaningRules.adjunctEnd(Array("按期完成率".unicodeScalars)[...]) == nil)
        // `扣除价格因素实际增长5.1%`: growth after prices of the figure before it (名义 likewise).
        let income = report("推进。", "全省居民人均可支配收入增长5.6%，扣除价格因素实际增长5.1%。农村居民人均可支配收入2万元，名义增长6%。").metrics
        #expect(income.map(\.subject) == ["全省居民人均可支配收入增长", "全省居民人均可支配收入实际增长",
                                          "农村居民人均可支配收入", "农村居民人均可支配收入名义增长"])
    }

    /// A share before 的 is the share of what follows it (`72%的县有了三级医院`).
    @Test func aShareBeforeDeIsTheShareOfWhatFollows() {
        let metrics = report("72%的县有了三级医院，80%以上的行政村达到标准，80.1%的新出让工业用地、94.1%的新增用能投向民间投资项目。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["县有了三级医院", "行政村达到标准", "新出让工业用地", "新增用能投向民间投资项目"])
    }

    /// The number of a list item (`三是`, `十四是`, `（2）`, `③`) is not what a figure measures;
    /// a numeral that is part of the subject (`一是` alone, `1.5万`, `十大`) stays.
    @Test func subjectsLeaveOutTheNumbersOfListItems() {
        let metrics = report("推进。", "三是配置自动体外除颤器1000台。十四是免费送戏下乡1万场。（2）新建城市书房20个，③改造老旧小区500个，十大工程投资100亿元。").metrics
        #expect(metrics.map(\.subject) == ["配置自动体外除颤器", "免费送戏下乡", "新建城市书房", "改造老旧小区", "十大工程投资"])
        #expect(MeaningRules.itemNumberLength(Array("一是".unicodeScalars)[...]) == 2)
        #expect(MeaningRules.itemNumberLength(Array("（12）".unicodeScalars)[...]) == 4)
        #expect(MeaningRules.itemNumberLength(Array("5是".unicodeScalars)[...]) == 0)
        #expect(MeaningRules.itemNumberLength(Array("（1二）".unicodeScalars)[...]) == 0)
        #expect(MeaningRules.itemNumberLength(Array("十大".unicodeScalars)[...]) == 0)
    }

    /// A rank names what is ranked and where, not the verb that puts it there; after a figure
    /// of the same thing, it ranks what that figure measures.
    @Test func ranksNameWhatIsRankedAndWhere() {
        let metrics = report("智能化煤矿达到268座，排全国前列。旅客吞吐量突破9000万人次、居全国第3位，总量和增速均居全国第5位，综合算力指数稳居中西部第一方阵，创新能力排名上升5位。", "推进。").metrics
        #expect(metrics.filter { $0.kind == .rank }.map(\.subject)
                == ["智能化煤矿全国排名", "旅客吞吐量全国排名", "总量和增速全国排名", "综合算力指数中西部排名", "创新能力排名上升"])
        // A 分别 list of ranks joined by 、 and 和; the rate of growth the last name ends with is
        // every name's.
        let listed = report("规上工业增加值、进出口、实际使用外资增速分别居全省第3、第5和第2位。", "推进。").metrics
        #expect(listed.map(\.text) == ["第3", "第5", "第2位"])
        #expect(listed.map(\.subject) == ["规上工业增加值增速排名", "进出口增速排名", "实际使用外资增速排名"])
        #expect(RankSubject.subject("培育更多全国", previous: "培育更多全球排名") == "培育更多全国排名")
        #expect(RankSubject.subject("在测评中位列", previous: nil) == "在测评中位列")
        #expect(RankSubject.subject("增速均居副省级城市", previous: nil) == "增速副省级城市排名")
        #expect(RankSubject.subject("创新能力排名上升", previous: nil) == "创新能力排名上升")
        #expect(RankSubject.subject("居民收入居全省", previous: nil) == "居民收入全省排名")
        #expect(RankSubject.subject("分别居省会城市", previous: "本外币贷款增速") == "本外币贷款增速省会城市排名")
    }

    /// 第N名, 列 as a rank's verb, a field anywhere before a rank marked 位, a list of ranks
    /// sharing its verb and 位; not ranks inside a quoted name, nor 列入 or 列车.
    @Test func moreWaysOfWritingRanks() {
        let metrics = report("万华一期取得在建项目第1名。数量均列潍坊市第1位。全国先进制造业城市第16位。分别排全区第2、第1、第3位。实现“跨入第一方阵”总目标。列入国家第一批试点，列车第一次开行。", "推进。").metrics
        #expect(metrics.map(\.text) == ["第1名", "第1位", "第16位", "第2", "第1", "第3位"])
        #expect(report("全国第一位女航天员来自我省。", "推进。").metrics.isEmpty)
        #expect(report("粮食总产量从全国第十位跃升至第六位。", "推进。").metrics.map(\.value) == [10, 6])
        #expect(metrics.map(\.value) == [1, 1, 16, 2, 1, 3])
        #expect(metrics.prefix(3).map(\.subject) == ["万华一期在建项目排名", "数量潍坊市排名", "全国先进制造业城市排名"])
    }

    /// What the new rules must leave alone: 各级 is a noun, a share before 的目标 or after a cue
    /// measures what precedes it, 2024年末 keeps its 末, 由 as a preposition starts no baseline,
    /// grades share no tail, and 全省城乡 splits too.
    @Test func theNewRulesLeaveOrdinaryWordingAlone() {
        let metrics = report("新建学校10所、幼儿园20所，各级财政投入5亿元、3亿元。完成了地区生产总值增长5.5%的预期目标，覆盖率提高到35%的水平，推动60%以上的县级机构达标。2024年末全省常住人口3400万人。由省财政补助2亿元、带动社会投资达到10亿元。省级、国家级开发区分别达到20个和10个。全省城乡居民收入分别增长5%和6%。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["新建学校", "新建幼儿园", "各级财政投入", "各级财政投入", "完成了地区生产总值增长", "覆盖率",
                                            "县级机构达标", "2024年末全省常住人口", "省财政补助", "带动社会投资", "省级", "国家级开发区",
                                            "城镇居民收入增长", "农村居民收入增长"])
        #expect(metrics.first { $0.text == "2亿元" }?.role == .achieved)
    }

    /// The figures of a list with one cue for a subject share one subject; a long list's
    /// subjects do not grow with it.
    @Test func aListWithOneCueSharesOneSubject() {
        let metrics = report("投资增长5%，分别增长" + Array(repeating: "3%", count: 300).joined(separator: "、") + "。", "推进。").metrics
        #expect(Set(metrics.dropFirst().map(\.subject)).count == 1)
        #expect(metrics.allSatisfy { $0.subject.count <= 80 })
    }

    /// A figure after a rank continues the subject before the rank, not the rank's field.
    @Test func aFigureAfterARankContinuesTheSubjectBeforeIt() {
        let metrics = report("全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["全省地区生产总值", "全省地区生产总值全国排名", "全省地区生产总值增长"])
    }

    /// 预计 inside a subject marks an estimate, not what is measured; a milestone's 新台阶 and a
    /// first time's 首次 are no part of the next figure's subject or of this one's.
    @Test func estimatesAndMilestonesLeaveTheSubject() {
        let metrics = report("开发区工业投资预计增长9%。地区生产总值迈上14万亿元新台阶、连续36年居全国首位，粮食产量首次跃上1.4万亿斤。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["开发区工业投资增长", "地区生产总值", "地区生产总值连续居全国首位的年数", "地区生产总值全国排名", "粮食产量"])
        #expect(metrics.first?.estimated == true)
    }

    /// A subject that is only a cue continues the one before without its longest cue, the same
    /// in every run (the cues were a `Set`, whose order changes from process to process).
    @Test func aContinuedSubjectDropsTheLongestCue() {
        let metrics = report("地区生产总值同比增长5%，增长6%，年均增长7%。", "推进。").metrics
        #expect(metrics.map(\.subject) == ["地区生产总值同比增长", "地区生产总值增长", "地区生产总值年均增长"])
    }

    @Test func sectorsComeFromTheLexicon() {
        let metrics = report("地区生产总值增长5%，营造林319万亩，新建5G基站10.8万个。", "推进。").metrics
        #expect(metrics.map(\.sector) == ["macro", "ecology-environment", "digital-economy"])
        // The keyword of the figure's own subject decides, before a broader word of its sentence
        // (普惠 is finance, 普惠性托位 childcare).
        let others = report("新增地铁运营里程43公里，刑事治安警情下降26.3%，新增普惠性托位1000个。", "推进。").metrics
        #expect(others.map(\.sector) == ["transport", "governance", "social-livelihood"])
        // Energy intensity is an environmental figure, though measured per unit of output; the
        // tiers of the economy are the whole economy's; health and herds have their sectors.
        let intensity = report("单位地区生产总值能耗下降3.2%，第一产业增加值增长3.6%，孕产妇死亡率为8.3/10万，牦牛存栏600万头。", "推进。").metrics
        #expect(intensity.map(\.sector) == ["ecology-environment", "macro", "social-livelihood", "agriculture-rural"])
        // A sentence listing many indicators does not outweigh a figure's own subject.
        let headline = report("推进。", "地区生产总值增长5%左右，固定资产投资增长6%，社会消费品零售总额增长5%，城镇新增就业45万人，粮食产量1300亿斤以上。").metrics
        #expect(headline.map(\.sector) == ["macro", "macro", "macro", "macro", "agriculture-rural"])
        // Whole-economy, fiscal, energy and livelihood figures other reports write.
        let more = report("经济总量突破3600亿元，总财力突破2500亿元，原煤产量1.53亿吨，人均预期寿命81.1岁，发射卫星36颗。", "推进。").metrics
        #expect(more.map(\.sector) == ["macro", "finance-fiscal", "energy", "social-livelihood", "technology-innovation"])
        // The budget's revenue is no headline indicator of the whole economy (the key's `macro`
        // list): it is the public finances'.
        let budget = report("地方一般公共预算收入增长2.3%、支出首次超过7000亿元。", "推进。").metrics
        #expect(budget.map(\.sector) == ["finance-fiscal", "finance-fiscal"])
        // Each item of a 分别 list its own: 新一代信息技术 is the digital economy's.
        let listed = report("新一代信息技术、新能源、输变电装备产业产值分别增长9.2%、8.2%、12%。", "推进。").metrics
        #expect(listed.map(\.sector) == ["digital-economy", "energy", "industry-manufacturing"])
        // Either order of urban jobs is the whole economy's; milk, parks and accidents have theirs.
        let jobs = report("新增城镇就业31万人，牛奶产量800万吨，新增城市公园12个，生产安全事故起数下降10%。", "推进。").metrics
        #expect(jobs.map(\.sector) == ["macro", "agriculture-rural", "ecology-environment", "governance"])
        // A figure with no word of any sector takes the sector of the figure before it in its paragraph.
        let lent = report("粮食产量达到1200万斤，标准化率达到85%。", "推进。").metrics
        #expect(lent.map(\.sector) == ["agriculture-rural", "agriculture-rural"])
        let lexicon = SectorLexicon(text: "# c\nfood: 粮食 小麦\nwater: 水\n")
        #expect(lexicon.sectors.map(\.id) == ["food", "water"])
        #expect(lexicon.classify([("小麦产量", 1)]) == "food")
        #expect(lexicon.classify([("天空", 1)]) == nil)
    }

    @Test func everyFigureSaysWhichRuleFoundIt() {
        let metrics = report("增长5%。", "推进。").metrics
        #expect(metrics.first?.rule.contains("digits") == true)
        #expect(metrics.first?.rule.contains("kind:percent+growth-cue") == true)
    }
}

@Suite struct BackMatterTests {
    @Test func aDuplicatedOpeningAtTheEndIsNotReportText() {
        let text = BundledReports.shanxi2025Text
        let lines = text.split(separator: "\n").map(String.init)
        let doubled = text + lines.prefix(11).joined(separator: "\n") + "\n"
        let original = Fixtures.parse(text)
        let copy = Fixtures.parse(doubled)
        #expect(copy.metrics.count == original.metrics.count)
        #expect(copy.outline.filter { $0.kind == .part }.count == 3)
    }
}
