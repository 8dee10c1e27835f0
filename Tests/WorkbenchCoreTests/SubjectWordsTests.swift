import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Words at the edges of a subject that say how or by when a figure moved, not what it measures
/// (verbs of change with 至, modals, adverbs, deadlines), and what a figure measures and is when
/// its clause only says where a measure named in the clause before it arrived.
@Suite struct SubjectWordsTests {
    @Test func verbsOfChangeBeforeWhereAFigureWentAreNoSubject() {
        let metrics = Fixtures.reviewAndPlan("优良天数比例上升至87.2%，过境免签停留时间延长至240小时，用地预审平均时间压缩至10个自然日内，服务性消费支出占比升至48%，社保卡应用功能拓展至177项，对外贸易扩大至228个国家和地区。").metrics
        #expect(metrics.map(\.subject) == ["优良天数比例", "过境免签停留时间", "用地预审平均时间", "服务性消费支出占比",
                                          "社保卡应用功能", "对外贸易国家和地区"])
        #expect(Fixtures.reviewAndPlan("跨境电商综试区扩容至7个，公用经费压减至8000万元，制造业采购经理指数回升至51%。").metrics.map(\.subject)
                == ["跨境电商综试区", "公用经费", "制造业采购经理指数"])
        // A whole linking word is not cut into a fragment (提升至 is no 提).
        let lists = Fixtures.reviewAndPlan("乡村消费品零售额由1426亿元提升至2209亿元，增长55.0%。").metrics
        #expect(lists.map(\.subject) == ["乡村消费品零售额", "乡村消费品零售额", "乡村消费品零售额增长"])
    }

    /// A clause that only says which year a figure is of (增加到2025年的, 力争到2030年) names no
    /// measure: the figure is of the measure before it, without the year a change starts from.
    @Test func theYearAFigureIsOfIsNoSubject() {
        let review = Fixtures.reviewAndPlan("地区生产总值从2020年的1.36万亿元增加到2025年的1.72万亿元，年均增长4.6%。",
                                            "地区生产总值年均增长5%左右，力争到2030年突破2.2万亿元。").metrics
        #expect(review.map(\.subject) == ["地区生产总值", "地区生产总值", "地区生产总值年均增长", "地区生产总值年均增长", "地区生产总值"])
    }

    /// Counts from one year to another: the verb and the year reached are no noun of the first.
    @Test func countsFromOneYearToAnother() {
        let metrics = Fixtures.reviewAndPlan("高新技术企业数量从2020年的5.3万家增加到2024年的7.5万家，全省常住人口由2020年的3800万人减少到2024年的3750万人。").metrics
        #expect(metrics.map(\.subject) == ["高新技术企业数量", "高新技术企业数量", "全省常住人口", "全省常住人口"])
    }

    /// The moment a count reached (到2024年底) says when, not what.
    @Test func theMomentACountReachedIsNoSubject() {
        let metrics = Fixtures.reviewAndPlan("城镇新增就业140万人，到2024年底累计新增就业700万人，到2024年末的户籍人口城镇化率达到60%。").metrics
        #expect(metrics.map(\.subject) == ["城镇新增就业", "累计新增就业", "户籍人口城镇化率"])
    }

    /// A count named by the noun after it (两个台阶) lends an amount after it nothing: the
    /// amount continues the figure before the count; 先后 says how, not what.
    @Test func aCountNamedByItsNounLendsNothing() {
        let metrics = Fixtures.reviewAndPlan("全区地区生产总值先后跨越2000亿元、2500亿元两个台阶，2025年达到2850亿元左右，年均增长6.8%。").metrics
        #expect(metrics.map(\.subject) == ["全区地区生产总值", "全区地区生产总值", "台阶", "全区地区生产总值", "全区地区生产总值年均增长"])
        // (A count named before it still lends its growth: 新增高新技术企业500家，增长12%.)
        #expect(Fixtures.reviewAndPlan("新增高新技术企业500家，增长12%。").metrics.last?.subject == "新增高新技术企业增长")
    }

    /// A count whose noun runs into the next figure counts the thing, not what the next one measures.
    @Test func aCountsNounEndsWhereTheNextMeasureBegins() {
        let chains = Fixtures.reviewAndPlan("12条重点产业链增加值占规上工业比重达到79.3%，24条重点产业链营业收入由1.1万亿元增长到1.68万亿元。").metrics
        #expect(chains.map(\.subject) == ["重点产业链", "重点产业链增加值占规上工业比重", "重点产业链", "重点产业链营业收入", "重点产业链营业收入"])
        // (Two characters at least stay the noun's: 8个设区市 of 8个设区市生产总值增长…)
        #expect(Fixtures.reviewAndPlan("8个设区市生产总值增长超过6%。").metrics.first?.subject == "设区市")
    }

    /// A fall after 分别 is each figure's, as a figure of its own reads (刑事案件发案数下降); a
    /// list's last name shares its measure with names of one character (牛、羊出栏) and 产业规模.
    @Test func aListsFallAndSharedMeasures() {
        let falls = Fixtures.reviewAndPlan("生产安全事故起数、死亡人数分别下降18.2%、15.6%，城镇、农村居民人均可支配收入分别增长5%、6%。").metrics
        #expect(falls.map(\.subject) == ["生产安全事故起数下降", "死亡人数下降", "城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"])
        let shared = Fixtures.reviewAndPlan("牛、羊出栏分别增长5%、6%，集成电路、生物医药产业规模分别突破3500亿元、4400亿元。").metrics
        #expect(shared.map(\.subject) == ["牛出栏增长", "羊出栏增长", "集成电路产业规模", "生物医药产业规模"])
        // A herd's measure after 分别 is each name's.
        #expect(Fixtures.reviewAndPlan("肉牛、生猪、肉羊分别出栏120万头、800万头、300万只。").metrics.map(\.subject)
                == ["肉牛出栏", "生猪出栏", "肉羊出栏"])
        // 城市 before 农村 is the town's side of the pair.
        #expect(Fixtures.reviewAndPlan("城市和农村居民人均可支配收入分别增长5%、7%。").metrics.map(\.subject)
                == ["城市居民人均可支配收入增长", "农村居民人均可支配收入增长"])
    }

    /// `新增A 186家、B 8家`: the verb of adding reaches the nouns listed after the first figure,
    /// but not a stock, a total or a measure alone.
    @Test func theVerbOfAddingReachesTheListedNouns() {
        let added = Fixtures.reviewAndPlan("新增规上工业企业186家、专精特新企业8家，开工改造城镇老旧小区800个、城中村1.1万户。").metrics
        #expect(added.map(\.subject) == ["新增规上工业企业", "新增专精特新企业", "开工改造城镇老旧小区", "开工改造城中村"])
        let stocks = Fixtures.reviewAndPlan("新增城市公园50个、全市公园总数1100个，改造老旧小区800个、惠及居民15万户。").metrics
        // (惠及居民 is not added to: it follows up what was counted, 改造老旧小区.)
        #expect(stocks.map(\.subject) == ["新增城市公园", "全市公园总数", "改造老旧小区", "改造老旧小区惠及居民"])
        // Nor a noun with a verb of its own, jobs, balances, money or land.
        let own = Fixtures.reviewAndPlan("新建学校20所、改扩建幼儿园30所，新增城镇就业45万人、再就业8万人，新增减税降费80亿元、缓缴社保费20亿元，新增高标准农田500万亩、盐碱地改良100万亩，新增光伏装机500万千瓦、风电装机800万千瓦。").metrics
        #expect(own.map(\.subject) == ["新建学校", "改扩建幼儿园", "新增城镇就业", "再就业", "新增减税降费", "缓缴社保费",
                                       "新增高标准农田", "盐碱地改良", "新增光伏装机", "新增风电装机"])
    }

    /// `年均分别增长6.5%、9.2%` after a pair: each figure is its partner's 年均增长.
    @Test func howAChangeIsCountedBeforeBackwardRespectively() {
        let metrics = Fixtures.reviewAndPlan("城乡居民人均可支配收入分别达到5.8万元和2.25万元，年均分别增长6.5%、9.2%。").metrics
        #expect(metrics.map(\.subject) == ["城镇居民人均可支配收入", "农村居民人均可支配收入",
                                           "城镇居民人均可支配收入年均增长", "农村居民人均可支配收入年均增长"])
        // Before 分别 after the names, it ends each name's subject (and the pair is the two names,
        // not 进口 and 出口); a list item 同比 is a name of its own (同比 alone is left out).
        let listed = Fixtures.reviewAndPlan("进出口总额和实际使用外资年均分别增长6.5%、9.2%，城乡居民人均可支配收入年均分别增长5.3%、7.1%，网签销售面积环比、同比分别增长51.3%、15.3%。").metrics
        #expect(listed.map(\.subject) == ["进出口总额年均增长", "实际使用外资年均增长", "城镇居民人均可支配收入年均增长", "农村居民人均可支配收入年均增长",
                                          "网签销售面积环比增长", "网签销售面积同比增长"])
    }

    @Test func modalsAndAdverbsBeforeAFigureAreNoSubject() {
        let metrics = Fixtures.reviewAndPlan("货运量达到了1630万吨，森林覆盖率逐年提高到25%，经济总量在全国排名有望上升至第20位。",
                             "赤字率拟按4%左右安排，一般公共预算支出规模将首次达到30万亿元。").metrics
        #expect(metrics.map(\.subject) == ["货运量", "森林覆盖率", "经济总量在全国排名", "赤字率", "一般公共预算支出规模"])
        // 即将, 还将, 也将 go whole.
        #expect(Fixtures.reviewAndPlan("高铁运营里程即将突破3000公里，财政支出规模还将达到1万亿元，新建5G基站也将超过2万个。").metrics.map(\.subject)
                == ["高铁运营里程", "财政支出规模", "新建5G基站"])
    }

    /// How the government goes about it (推动, 实施, 加快) is no part of what is counted; verbs that
    /// say which ones are counted (新建, 培育) are.
    @Test func policyVerbsOpeningASubjectAreNoPartOfIt() {
        let metrics = Fixtures.reviewAndPlan("推进。", "推动数字经济核心产业增长10%以上，实施省科技重大专项30项，加快推进省级重大项目300个，新建省实验室2个，培育专精特新中小企业600家。").metrics
        #expect(metrics.map(\.subject) == ["数字经济核心产业增长", "省科技重大专项", "省级重大项目", "新建省实验室", "培育专精特新中小企业"])
        // 带动 says the figure is what was brought about (not all consumption); a verb that leaves
        // one scalar is part of a word (落实率).
        #expect(Fixtures.reviewAndPlan("发放消费券5亿元，带动消费60亿元，惠企政策兑现到位，落实率达到98%。").metrics.map(\.subject)
                == ["发放消费券", "带动消费", "落实率"])
    }

    /// A grade alone before 、 grades the noun the last item of the list names.
    @Test func gradesListedBeforeOneNoun() {
        let metrics = Fixtures.reviewAndPlan("推进。", "培育1个400亿级、3个100亿级产业名镇，新建8个国家级、36个省级临床重点专科。").metrics
        #expect(metrics.map(\.subject) == ["培育400亿级产业名镇", "培育100亿级产业名镇", "新建国家级临床重点专科", "新建省级临床重点专科"])
        // The noun of the next item that has one, not of a later list after 和.
        #expect(Fixtures.reviewAndPlan("推进。", "创建2个国家级、8个省级全域旅游示范区和1个国家级旅游度假区。").metrics.map(\.subject)
                == ["创建国家级全域旅游示范区", "创建省级全域旅游示范区", "创建国家级旅游度假区"])
    }

    @Test func aDeadlineOpeningASubjectSaysByWhen() {
        let metrics = Fixtures.reviewAndPlan("推进。", "2027年底前完成城中村改造100个，到2030年前建成5G基站10万个。").metrics
        #expect(metrics.map(\.subject) == ["完成城中村改造", "建成5G基站"])
        // 前后 is about then; a year before 前 that another rule would take leaves no 前.
        #expect(Fixtures.reviewAndPlan("推进。", "到2035年前后全省常住人口城镇化率达到75%，2026年前建成数字乡村试点100个。").metrics.map(\.subject)
                == ["全省常住人口城镇化率", "建成数字乡村试点"])
        // 前三季度 is no deadline: the months of the year, as before.
        #expect(Fixtures.reviewAndPlan("2024年前三季度全省生产总值增长5.1%。").metrics.map(\.subject) == ["前三季度全省生产总值增长"])
        // A year's end that is a moment stays (2024年末 is when the count was taken).
        #expect(Fixtures.reviewAndPlan("2024年末常住人口3400万人。").metrics.map(\.subject) == ["2024年末常住人口"])
    }

    /// `占比稳步提高，达到76.5%`: the clause before says how the share moved, the figure is where
    /// it arrived (a share, not growth), and it is the share that clause names; unless that clause
    /// names a rate of growth.
    @Test func whereAMeasureNamedInTheClauseBeforeArrived() {
        let metrics = Fixtures.reviewAndPlan("新能源装机占比稳步提高，达到76.5%。城镇化率持续提升，达到65.2%。经济增速稳步回升，达到5.6%。").metrics
        #expect(metrics.map(\.kind) == [.share, .share, .growth])
        // Growth in the clause before says what the figure is.
        #expect(Fixtures.reviewAndPlan("规上工业增加值较快增长，达到7.5%。居民消费价格温和上涨，为2.1%。").metrics.map(\.kind) == [.growth, .growth])
        // So does one after 、 that ends the change: 提高1.2个百分点、达到48.5% (but not a rate's).
        #expect(Fixtures.reviewAndPlan("常住人口城镇化率提高1.2个百分点、达到48.5%，经济增速加快0.5个百分点、达到5.6%。").metrics.map(\.kind)
                == [.growth, .share, .growth, .growth])
        // A measure's name inside a longer word is none (呈指数级增长).
        #expect(Fixtures.reviewAndPlan("数字经济规模呈指数级增长，突破1.2万亿元。").metrics.first?.subject == "数字经济规模")
        #expect(metrics.map(\.subject).prefix(2) == ["新能源装机占比", "城镇化率"])
        // 率先 is no rate.
        #expect(Fixtures.reviewAndPlan("在全国率先实现全覆盖，达到100%。").metrics.first?.subject != "在全国率")
    }

    /// A figure of the sentence before the clause of growth does not take that growth from it:
    /// only a figure in that clause itself would (提高0.2个百分点，达到3.6%).
    @Test func growthInTheClauseBeforeWhenAnEarlierClauseHasAFigure() {
        let metrics = Fixtures.reviewAndPlan("全省生产总值增长5.5%，居民消费价格温和上涨，为2.1%；研发经费投入强度比上年提高0.2个百分点，达到2.6%。").metrics
        #expect(metrics.map(\.kind) == [.growth, .growth, .growth, .share])
        #expect(metrics.map(\.subject) == ["全省生产总值增长", "居民消费价格", "研发经费投入强度比上年提高", "研发经费投入强度"])
        // A rate or a share that moved arrives at a share (失业率有所下降，为5.1%).
        #expect(Fixtures.reviewAndPlan("全省居民消费价格上涨0.2%，城镇调查失业率有所下降，为5.1%；一般公共预算收入增长3.1%，税收占比有所下降，为68.5%。").metrics.map(\.kind)
                == [.growth, .share, .growth, .share])
        // How much of a goal was done is a share of it, whatever moved before it in the sentence.
        #expect(Fixtures.reviewAndPlan("新建和改造提升农村公路560公里，完成年度目标任务的112%。").metrics.last?.kind == .share)
        // A clause between them that does not say how the measure moved leaves the figure its own clause's word.
        #expect(Fixtures.reviewAndPlan("全省生产总值增长5.5%，城乡居民收入比持续缩小，为2.1%。").metrics.last?.kind != .growth)
        // Tenths in a clause of their own are a part of a whole, not the growth of the figure before.
        #expect(Fixtures.reviewAndPlan("脱贫人口人均纯收入增长9.1%，防止返贫监测对象中八成以上已消除风险。").metrics.map(\.kind) == [.growth, .share])
        #expect(Fixtures.reviewAndPlan("旅游收入增长12%，游客增长三成。").metrics.map(\.kind) == [.growth, .growth])
    }

    /// The three tiers of the economy named at once give one figure each; 第一 of their name is
    /// no rank.
    @Test func theThreeTiersOfTheEconomyTakeAFigureEach() {
        let metrics = Fixtures.reviewAndPlan("三次产业增加值分别增长3.2%、6.1%和5.3%；全省第一、二、三产业增加值分别增长3.5%、6.1%、4.8%。").metrics
        #expect(metrics.map(\.subject) == ["第一产业增加值", "第二产业增加值", "第三产业增加值",
                                          "全省第一产业增加值", "全省第二产业增加值", "全省第三产业增加值"])
        #expect(metrics.allSatisfy { $0.kind == .growth })
        // A name that only holds the tiers' words is no list of them.
        #expect(Fixtures.reviewAndPlan("全省一二三产业融合发展示范园、农业产业化龙头企业、农民合作社示范社分别达到120个、1150家、6800家。").metrics.map(\.subject)
                == ["全省一二三产业融合发展示范园", "农业产业化龙头企业", "农民合作社示范社"])
        // Two figures are no three tiers; two tiers named take two.
        #expect(Fixtures.reviewAndPlan("三次产业增加值分别增长3.2%、6.1%。").metrics.map(\.subject) == ["三次产业增加值", "三次产业增加值"])
        #expect(Fixtures.reviewAndPlan("全省第二、三产业增加值分别增长6.1%和5.3%。").metrics.map(\.subject) == ["全省第二产业增加值", "全省第三产业增加值"])
        // Without 分别, names listed before the verb and as many figures after it are read alike.
        #expect(Fixtures.reviewAndPlan("第一、二、三产业增加值增长3.5%、5.6%、6.2%。").metrics.map(\.subject) == ["第一产业增加值", "第二产业增加值", "第三产业增加值"])
        #expect(Fixtures.reviewAndPlan("城镇、农村居民人均可支配收入增长4.5%、6.6%，事故起数、死亡人数下降10%、12%。").metrics.map(\.subject)
                == ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长", "事故起数下降", "死亡人数下降"])
        // (Not when the names are not the clause's only words, nor when they and the figures differ in number.)
        #expect(Fixtures.reviewAndPlan("建设学校、医院，投资增长5%、6%。").metrics.map(\.subject) == ["投资增长", "投资增长"])
        #expect(Fixtures.reviewAndPlan("粮食、棉花、油料产量达到1200万吨、500万吨。").metrics.map(\.subject) == ["粮食、棉花、油料产量", "粮食、棉花、油料产量"])
        // More than one character before a shared measure is a name of its own (省、市两级医院覆盖率).
        #expect(Fixtures.reviewAndPlan("省、市两级医院覆盖率分别达到100%、96%。").metrics.first?.subject != "省覆盖率")
    }

    /// A measure alone right after a figure is of what that figure's subject names; items of a
    /// 分别 list before a shared measure take it (one character names an item too: 牛、羊).
    @Test func measuresSharedByItemsAndFigures() {
        let metrics = Fixtures.reviewAndPlan("粮食播种面积52.4万亩，总产量20.3万吨。茶叶产量7.8万吨、产值65.2亿元。牛、羊饲养量分别达到780万头、5000万只。学前教育、高中阶段毛入学率分别达到95%、97%以上。").metrics
        #expect(metrics.map(\.subject) == ["粮食播种面积", "粮食总产量", "茶叶产量", "茶叶产值", "牛饲养量", "羊饲养量",
                                          "学前教育毛入学率", "高中阶段毛入学率"])
        // A measure of its own after another subject's figure keeps its words (营业收入 of 企业).
        #expect(Fixtures.reviewAndPlan("新增规上工业企业500家，营业收入增长6%。").metrics.last?.subject != "规上工业企业营业收入增长")
    }

    /// Benchmarks listed after 分别 and a word of comparison give one gap each.
    @Test func gapsToBenchmarksListedAfterRespectively() {
        let metrics = Fixtures.reviewAndPlan("地区生产总值增长6%，增速分别高于全国、全省0.1个和0.6个百分点。").metrics
        #expect(metrics.map(\.subject) == ["地区生产总值增长", "增速高于全国", "增速高于全省"])
        #expect(metrics.map(\.normalizedValue) == [6, 0.1, 0.6])
    }

    /// Whose and how often a standard is paid (每人每月) is part of its unit, not of what it
    /// measures; a list of standards written each with its own is still a 分别 list.
    @Test func standardsPaidPerPersonAndMonth() {
        let metrics = Fixtures.reviewAndPlan("最低工资标准提高到每月2490元。城乡低保标准分别提高到每人每月820元、每人每年6000元。城乡居民基础养老金最低标准和城乡居民医保财政补助标准分别提高到每人每月220元、每人每年700元。").metrics
        #expect(metrics.map(\.subject) == ["最低工资标准", "城镇低保标准", "农村低保标准", "城乡居民基础养老金最低标准", "城乡居民医保财政补助标准"])
    }

    /// A count with no noun after it counts what the clause before it names, as an amount does
    /// (`科技型中小企业数量快速增长，突破2万家`), even after a figure of an earlier clause.
    @Test func aCountReachedAfterAClauseThatNamesItsMeasure() {
        let metrics = Fixtures.reviewAndPlan("全年新增市场主体12万户，科技型中小企业数量快速增长，突破2万家。").metrics
        #expect(metrics.map(\.subject) == ["新增市场主体", "科技型中小企业数量"])
        // A clause that opens with a verb measures nothing (its figure keeps its linking word's subject).
        #expect(Fixtures.reviewAndPlan("推动产业集群发展，突破20个。").metrics.first?.subject != "推动产业集群发展")
    }
}
