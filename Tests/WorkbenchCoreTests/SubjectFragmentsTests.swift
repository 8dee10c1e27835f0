import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Subjects that were only a fragment of what is measured: a bracket opened after a figure, the
/// first item of a 分别 list before a shared head, a rank of 数量/增速/总量, a verb after a comma.
@Suite struct SubjectFragmentsTests {
    func subjects(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.subject)
    }

    @Test func aBracketAfterAFigureAddsToIt() {
        #expect(subjects("社会消费品零售总额6300亿元（同比增长5.0%），全市生产总值增长5.6%（高于全国0.6个百分点）。")
                == ["社会消费品零售总额", "社会消费品零售总额增长", "全市生产总值增长", "全市生产总值高于全国"])
        #expect(subjects("新增专精特新“小巨人”企业47家（累计337家），完成投资8230亿元（占年度计划的106.4%）。")
                == ["新增专精特新“小巨人”企业", "专精特新“小巨人”企业累计", "完成投资", "完成投资占年度计划"])
        // A bracket closed before the figure is an adjunct or an item's number, as before.
        #expect(subjects("（2）新建学校5所。") == ["新建学校"])
    }

    @Test func theFirstItemOfAListTakesTheKindOfPlaceAndTheMeasure() {
        #expect(subjects("满洲里、二连浩特口岸过货量分别达到3050万吨、1860万吨。") == ["满洲里口岸过货量", "二连浩特口岸过货量"])
        let cover = Fixtures.reviewAndPlan("库布其、毛乌素沙漠治理区林草覆盖度分别提高到53%和57%。").metrics
        #expect(cover.map(\.subject) == ["库布其沙漠治理区林草覆盖度", "毛乌素沙漠治理区林草覆盖度"])
        #expect(cover.map(\.sector) == ["ecology-environment", "ecology-environment"])
        // One character before 产业 and a measure is an industry too.
        #expect(subjects("铜、光伏、锂电、航空产业营业收入分别达到7600亿元、1800亿元、1500亿元、1320亿元。").first == "铜产业营业收入")
        // A first name that holds the kind itself keeps its own words.
        #expect(subjects("天津港口岸、二连浩特口岸过货量分别达到3050万吨、1860万吨。").first?.hasPrefix("天津港口岸") == true)
    }

    @Test func aRankOfAMeasureWithNoOwnerRanksTheFigureBefore() {
        #expect(subjects("新增专精特新“小巨人”企业47家，数量居中部第2位。").last == "专精特新“小巨人”企业数量中部排名")
        #expect(subjects("贷款余额增长9.1%，增速居全国第5位。").last == "贷款余额增速全国排名")
        #expect(subjects("新能源装机突破1.5亿千瓦，总量居全国第一。").last == "新能源装机总量全国排名")
        // A measure with an owner of its own keeps it.
        #expect(subjects("全省经济总量居全国第12位。") == ["全省经济总量全国排名"])
    }

    @Test func aVerbAfterACommaContinuesWhatWasMeasured() {
        #expect(subjects("海河游船载客120万人次，增长了一倍。").last == "海河游船载客增长")
        #expect(subjects("科技型中小企业1.4万家，均比上年增长10%以上。").last == "科技型中小企业比上年增长")
        #expect(subjects("新开工高速公路500公里以上、建成通车300公里。") == ["新开工高速公路", "高速公路建成通车"])
        // 均 of another word stays.
        #expect(subjects("均衡发展指数达到0.85。").first?.hasPrefix("均衡") == true)
    }

    @Test func upperBoundsBeforeAFigure() {
        let metrics = Fixtures.reviewAndPlan("农村居民人均可支配收入不到2万元，重污染天数少于5天，全年接待游客不足3000万人次。").metrics
        #expect(metrics.map(\.qualifier) == [.atMost, .atMost, .atMost])
        #expect(metrics.map(\.subject) == ["农村居民人均可支配收入", "重污染天数", "接待游客"])
        // 最高 is mostly a superlative.
        #expect(Fixtures.reviewAndPlan("风电叶片长度全球最高达到120米。").metrics.first?.qualifier == nil)
    }

    @Test func aNumberedLineOfAnAppendixKeepsNoNumber() {
        let text = "2025年某省政府工作报告\n一、2024年工作回顾\n推进。\n二、2025年工作安排\n推进。\n附件：2025年20项民心工程\n1.新增普惠托位3000个。\n2、改造提升农贸市场30个。\n"
        let subjects = Fixtures.parse(text).metrics.map(\.subject)
        #expect(subjects.suffix(2) == ["新增普惠托位", "改造提升农贸市场"])
        // A decimal is no item number.
        #expect(self.subjects("1.5万家企业上云。").first?.hasPrefix("1") != true)
    }
}
