import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Each number, unit and qualifier form a report uses, and what only looks like a figure.
@Suite struct QuantityScannerTests {
    struct Found: Equatable, CustomStringConvertible {
        var text: String
        var value: Double?
        var unit: String?
        var qualifier: Metric.Qualifier?
        var description: String { "\(text) \(value.map { "\($0)" } ?? "nil") \(unit ?? "-") \(qualifier?.rawValue ?? "-")" }
    }

    /// Figures of `text` read as a one-paragraph plan.
    func figures(_ text: String) -> [Metric] {
        let report = Fixtures.parse("2025年某省政府工作报告\n一、2025年工作安排\n（一）总体\n" + text + "\n")
        return report.metrics
    }

    func found(_ text: String) -> [Found] {
        figures(text).map { Found(text: $0.text, value: $0.normalizedValue, unit: $0.normalizedUnit, qualifier: $0.qualifier) }
    }

    @Test(arguments: [
        ("新建5G基站10.8万个。", "10.8万个", 108_000.0, "个"),
        ("营造林319万亩。", "319万亩", 3_190_000, "亩"),
        ("绿电交易量76.6亿千瓦时。", "76.6亿千瓦时", 7_660_000_000, "千瓦时"),
        ("投资550亿元。", "550亿元", 55_000_000_000, "元"),
        ("PM2.5年均浓度降至36微克/立方米。", "36微克/立方米", 36, "微克/立方米"),
        ("全长1.3万公里。", "1.3万公里", 13_000, "公里"),
        ("粮食产量297.1亿斤。", "297.1亿斤", 29_710_000_000, "斤"),
        ("完成600万千瓦改造。", "600万千瓦", 6_000_000, "千瓦"),
        ("增长５％。", "５％", 5, "%"),
        ("提高1.5个百分点。", "1.5个百分点", 1.5, "个百分点"),
        ("人口出生率为6.2‰。", "6.2‰", 6.2, "‰"),
        ("合同金额达1,234亿元。", "1,234亿元", 123_400_000_000, "元"),
        ("总额达2.5万亿元。", "2.5万亿元", 2_500_000_000_000, "元"),
        ("历时7年建成。", "7年", 7, "年"),
        ("提前一年完成。", "一年", 1, "年"),
        ("第二轮土地承包到期后再延长30年。", "30年", 30, "年"),
        ("压缩至10个工作日内。", "10个工作日内", 10, "工作日"),
        ("出口增长两倍多。", "两倍多", 2, "倍"),
        ("培育三百二十家企业。", "三百二十家", 320, "家"),
        ("服务310万农户。", "310万农户", 3_100_000, "农户"),
        ("接待游客3400多万人次。", "3400多万人次", 34_000_000, "人次"),
        ("污水处理能力30万吨/日。", "30万吨/日", 300_000, "吨/日"),
        ("排涝能力600立方米/秒。", "600立方米/秒", 600, "立方米/秒"),
        ("产量超过165亿立方米。", "165亿立方米", 16_500_000_000, "立方米"),
        ("装机达到3.7亿千瓦。", "3.7亿千瓦", 370_000_000, "千瓦"),
        ("绿证131.7万张。", "131.7万张", 1_317_000, "张"),
        ("人均58万元/人。", "58万元/人", 580_000, "元/人"),
        ("浓度降至28.5微克每立方米。", "28.5微克每立方米", 28.5, "微克/立方米"),
        ("提供5万余个岗位。", "5万余个", 50_000, "个"),
        ("开行4000班次。", "4000班次", 4000, "班次"),
        ("人均预期寿命82.4岁。", "82.4岁", 82.4, "岁"),
        ("旅游收入突破万亿元。", "万亿元", 1_000_000_000_000, "元"),
        ("超五成企业上云。", "五成", 50, "%"),
        ("完成十项重点民生实事。", "十项", 10, "项"),
    ])
    func unitsAndNumbers(sentence: String, text: String, value: Double, unit: String) {
        let result = found(sentence)
        #expect(result.count == 1, "\(result)")
        #expect(result.first?.text == text)
        #expect(result.first?.value == value)
        #expect(result.first?.unit == unit)
    }

    @Test(arguments: [
        ("增长5%左右。", Metric.Qualifier.approx),
        ("增长6%以上。", .atLeast),
        ("签订合同4400余件。", .moreThan),
        ("入驻300多家企业。", .moreThan),
        ("惠及160余万人。", .moreThan),
        ("投资超过550亿元。", .atLeast),
        ("企业突破1700户。", .atLeast),
        ("累计投资近千亿元。", .approx),
        ("约200家企业参加。", .approx),
        ("不低于30%。", .atLeast),
        ("控制在3%以内。", .atMost),
        ("赤字率不超过3%。", .atMost),
        ("力争达到8%。", .strive),
    ])
    func qualifiers(sentence: String, qualifier: Metric.Qualifier) {
        #expect(found(sentence).first?.qualifier == qualifier, "\(found(sentence))")
    }

    @Test func rangesCarryBothEnds() {
        let figures = figures("每个县发展1—2个特色产业，增长4.5%—5%，占比5%到6%。")
        #expect(figures.map(\.value) == [1, 4.5, 5])
        #expect(figures.map(\.valueHigh) == [2, 5, 6])
        #expect(figures.first?.unit == "个")
    }

    /// Copies of printed pages put a space between a number and its unit: the figure is the
    /// same. A number after 附件 numbers an annex.
    @Test func aSpaceBeforeTheUnitKeepsTheFigure() {
        #expect(found("地区生产总值6490.3 亿元，增长5.1 %，连续 31 年，总量3.46\u{3000}万亿元。附件 2 名词解释").map(\.description)
                == ["6490.3 亿元 649030000000.0 元 -", "5.1 % 5.1 % -", "31 年 31.0 年 -", "3.46\u{3000}万亿元 3460000000000.0 元 -"])
    }

    /// 次, 笔, 方 (cubic metres) and 吉瓦时 are units; a numeral with them that names something
    /// (三次产业, 四方协议, 3.0方案, 五届六次、七次全会) is none.
    /// Units in Latin letters; letters that are no unit still make a code (5G, 3D, 4K).
    @Test func latinUnitsAndMoreMeasureWords() {
        #expect(found("产能达35GWh，算力突破100EFlops，装机5GW，吞吐量100万TEU，算力9.4万P。").map(\.description)
                == ["35GWh 35.0 GWh -", "100EFlops 100.0 EFlops at-least", "5GW 5.0 GW -", "100万TEU 1000000.0 TEU -", "9.4万P 94000.0 P -"])
        #expect(found("建设5G网络，推广3D打印和4K电视，型号5GWX，10万PV，建成1000kV特高压工程。").isEmpty)
        #expect(found("发射卫星137颗，充电桩3200根，路灯500盏，金牌3枚，连续10个季度。").map(\.description)
                == ["137颗 137.0 颗 -", "3200根 3200.0 根 -", "500盏 500.0 盏 -", "3枚 3.0 枚 -", "10个季度 10.0 季度 -"])
    }

    /// How many were ranked, inside a rank's field, is no figure; a count before a verb is.
    @Test func theSizeOfARankingsFieldIsNoCount() {
        #expect(found("增速居9个国家中心城市首位，在全国168个城市中排名第10，全市10个项目获评全省第一，在3个领域走在全国前列。").map(\.description)
                == ["首位 1.0 - -", "第10 10.0 - -", "10个 10.0 个 -", "第一 1.0 - -", "3个 3.0 个 -", "前列 nil - -"])
    }

    /// Figures written in words: doubling, a half, fractions, a tenth (not 一成不变).
    @Test func figuresWrittenInWords() {
        #expect(found("增加值实现翻番，总数三年翻两番，占到一半，三分之二的县，百分之五，千分之五，单产提高一成，一成不变，一半是，超过一半以上。").map(\.description)
                == ["翻番 1.0 倍 -", "翻两番 3.0 倍 -", "一半 50.0 % -", "三分之二 66.67 % -", "百分之五 5.0 % -", "千分之五 5.0 ‰ -", "一成 10.0 % -",
                    "一半以上 50.0 % at-least"])
    }

    /// 万 or 亿 before a noun for people (maybe after whose: 皖北群众) counts people; so does a
    /// number closing a clause about a number of people. 人民币 is money.
    @Test func peopleCountedWithoutAUnit() {
        #expect(found("惠及1400万儿童和3000多万婴幼儿，带动405万皖北群众增收，旅居人数超550万，14亿人民，发行100万人民币。").map(\.description)
                == ["1400万 14000000.0 人 -", "3000多万 30000000.0 人 more-than", "405万 4050000.0 人 -", "550万 5500000.0 人 at-least",
                    "14亿人 1400000000.0 人 -", "100万人民币 1000000.0 元 -"])
        // No noun for people, or something else between (的, a verb, an institution): no figure.
        #expect(found("投资超550万，带动1万带动一批企业，5万的规模，3万农业机械和群众。").isEmpty)
        // (人员 is a noun for people, with up to four characters of whose before it.)
        #expect(found("组织3万农业人员参加培训。").map(\.description) == ["3万 30000.0 人 -"])
        #expect(found("总投资5亿的市人民医院，安排3000万帮助青年创业，拨付1亿人民医院建设资金。").isEmpty)
        // A qualifier after 万 is read as after any unit.
        #expect(found("带动200万以上农民增收，旅居人数550万左右。").map(\.description)
                == ["200万以上 2000000.0 人 at-least", "550万左右 5500000.0 人 approx"])
    }

    /// A number of years with a fraction is a measured length (schooling), not a year of the
    /// calendar nor how long something took: a level, with its sentence's role.
    @Test func aFractionOfYearsIsALevel() {
        let metrics = figures("劳动年龄人口平均受教育年限提高到11.7年，2025年建成，历时3年。")
        #expect(metrics.map(\.text) == ["11.7年", "3年"])
        #expect(metrics.map(\.role) == [.target, .other])
        #expect(metrics.first?.kind == .level)
    }

    /// 零 opening a word (零部件) is no zero; a class in a drug's or device's name is no count.
    @Test func wordsAndClassesThatOnlyLookLikeNumbers() {
        #expect(found("汽车零部件产业增长10%，获批5个1类新药、9个三类创新医疗器械。").map(\.text) == ["10%", "5个", "9个"])
        // How the speech is organised: 报告分三个部分.
        #expect(found("政府工作报告分三个部分，围绕十个方面。").isEmpty)
    }

    /// 翻了两番多: more than a quadrupling.
    @Test func moreThanADoubling() {
        #expect(found("数量五年内翻了两番多。").map(\.description) == ["翻了两番多 3.0 倍 more-than"])
    }

    /// A minus sign before a number is its sign; a dash between two numbers is a range's.
    @Test func negativeValues() {
        #expect(found("增加值增长-2.1%，自然增长率为－1.5‰。").map(\.description) == ["-2.1% -2.1 % -", "－1.5‰ -1.5 ‰ -"])
        #expect(found("2021-2024年年均增长7%。").map(\.description) == ["7% 7.0 % -"])
    }

    /// 近两年每年: a stretch of time before 每 is no figure, and 年每年 no unit.
    @Test func aStretchOfTimeBeforeEveryIsNoFigure() {
        #expect(found("提升至近两年每年600亿元左右，近三年每年新增企业1万家。").map(\.description) == ["600亿元左右 60000000000.0 元 approx", "1万家 10000.0 家 -"])
    }

    @Test func countsOfTimesAndTransactionsAndCubicMetres() {
        #expect(found("调度16次，完成交易25笔，天然气产量350亿方，储能12吉瓦时。").map(\.description)
                == ["16次 16.0 次 -", "25笔 25.0 笔 -", "350亿方 35000000000.0 方 -", "12吉瓦时 12.0 吉瓦时 -"])
        #expect(found("优化三次产业结构，推进二次供水改造，签订四方协议，出台3.0方案，落实五届六次、七次全会精神，从4方面推进。").isEmpty)
    }

    /// A unit written once after the last number of a list is each number's.
    @Test func aListSharesTheUnitWrittenAfterItsLastNumber() {
        #expect(found("分别高于全国16.6、15.5个百分点，分别提高1个、0.2个百分点，4个和13.3个百分点。").map(\.description)
                == ["16.6 16.6 个百分点 -", "15.5个百分点 15.5 个百分点 -", "1个 1.0 个百分点 -", "0.2个百分点 0.2 个百分点 -",
                    "4个 4.0 个百分点 -", "13.3个百分点 13.3 个百分点 -"])
        #expect(found("建成2024、2025年项目。").isEmpty)
        // An ordinal with a space after 第 is still an ordinal.
        #expect(found("召开第 3 次全体会议。").isEmpty)
    }

    /// A qualifier written once after the last figure of a list is each figure's that has none.
    @Test func aListSharesTheQualifierWrittenAfterItsLastFigure() {
        #expect(found("粮食播种面积和产量分别稳定在120万亩、46万吨以上。").map(\.qualifier) == [.atLeast, .atLeast])
        #expect(found("城乡居民人均可支配收入分别增长5%、7%左右。").map(\.qualifier) == [.approx, .approx])
        #expect(found("三次产业增加值分别增长3.5%、6%和5.5%以内。").map(\.qualifier) == [.atMost, .atMost, .atMost])
        // Not over a figure's own qualifier, a word between, or a 多/余 that belongs to its number.
        #expect(found("分别增长5%左右、8%以上。").map(\.qualifier) == [.approx, .atLeast])
        #expect(found("建设300个精品示范村、2500个以上提档升级村。").map(\.qualifier) == [nil, .atLeast])
        #expect(found("签订合同300件、4400余件。").map(\.qualifier) == [nil, .moreThan])
        // Nor from a share onto a level, or onto a concentration.
        #expect(found("PM2.5平均浓度、优良天数比例分别为42微克/立方米、75%以上。").map(\.qualifier) == [nil, .atLeast])
        #expect(found("常住人口和城镇化率分别为2458万人、56%左右。").map(\.qualifier) == [nil, .approx])
    }

    @Test func ranksWithoutUnits() {
        let figures = figures("外送量全国第一，种群数量保持全国首位，排名全国前列，进入第一方阵，排名上升5位，进出口力争保持正增长。")
        #expect(figures.map(\.text) == ["第一", "首位", "前列", "第一方阵", "5位", "正增长"])
        #expect(figures.dropLast().allSatisfy { $0.kind == .rank })
        #expect(figures.last?.kind == .growth)
        #expect(figures.last?.value == nil)
        #expect(self.figures("多项指标走在全国前列。").map(\.kind) == [.rank])
    }

    /// A rank in any field a verb puts it in (副省级城市, 全国城市, 世界科技集群), among the first
    /// N (前十, 前3: at most N), in a list after 分别; not an ordinal before a noun or a period.
    @Test func ranksInAnyFieldAfterTheirVerb() {
        let figures = figures("增速分别居副省级城市第2位、第3位，经济总量跃居全国城市第十一，首次跻身全国前十强，位居世界科技集群第九，跃居第36位、前进4位。")
        #expect(figures.map(\.text) == ["第2位", "第3位", "第十一", "前十强", "第九", "第36位", "4位"])
        #expect(figures.allSatisfy { $0.kind == .rank })
        #expect(figures.map(\.value) == [2, 3, 11, 10, 9, 36, 4])
        #expect(figures[3].qualifier == .atMost)
        #expect(self.figures("作为第一要务，建成第三个城市，前三季度增长5%，居民第一次超过，前5个月完成。").filter { $0.kind == .rank }.isEmpty)
        // A short group in brackets between the verb and the rank is passed over.
        #expect(self.figures("居泉州各县（市、区）第1位，增速位居泉州各县（市、区）前列。").map(\.text) == ["第1位", "前列"])
    }

    @Test(arguments: [
        "2024年，全省经济回升。",                 // a year
        "2025年1月17日在省人民代表大会上。",      // a date
        "进入四季度增速加快。",                   // a quarter
        "举办第六届创业大赛。",                   // an ordinal
        "党的二十届三中全会。",                   // an ordinal without 第
        "新增5A级景区。",                         // a grade
        "建设三级医院。",                         // a grade
        "推进国道307改造。",                      // a code
        "太原轨道交通1号线开通。",                // a code
        "发展5G网络和T800碳纤维。",               // product names
        "PM2.5浓度下降。",                        // a pollutant's name
        "落实“十四五”规划。",                     // a plan's name
        "实施“两重”项目和“1+N”政策。",           // names in quotes
        "完善1+11政策体系。",                     // a code with +
        "坚持两个毫不动摇。",                     // a slogan from the lexicon
        "打通最后一公里。",                       // a slogan from the lexicon
        "统筹两个大局，用好两个市场两种资源。",   // slogans from the lexicon
        "建设一批重点项目，实施一项改革。",       // 一 as the indefinite article
        "培育400亿级产业名镇。",                  // a scale label
        "淘汰50万千瓦以上机组。",                 // a size class
        "长三角地区加快发展。",                   // a place name
        "三门峡市加快发展。",                     // a place name
        "重点抓好十个方面的工作。",               // structure of the speech
        "坚持五个“必须统筹”。",                   // a count of slogans
        "实施三年行动。",                         // a programme's duration in its name
        "建成三个一号旅游公路。",                 // a count inside a name
        "关停10万千瓦及以下燃煤机组。",           // a size class
        "支持年接待100万人次以上的景区。",        // a yearly volume classing what follows 的
        "年运量150万吨以上的物流园区。",          // a size class
        "建立四级三类规划体系。",                 // a name
        "稳妥推进二轮延包试点。",                 // the second round, an ordinal
        "技改投资保持两位数增长。",               // an order of magnitude
        "弘扬和平共处五项原则。",                 // a political formula from the lexicon
        "在推进中国式现代化建设中走在前列。",     // a charge, not a ranking (走在全国前列 is one)
    ])
    func notQuantities(sentence: String) {
        #expect(found(sentence).isEmpty, "\(found(sentence))")
    }

    @Test func lexiconPhrasesAreParsed() {
        let phrases = SloganLexicon.parse("# comment\n\n两个确立\n  最后一公里 \n")
        #expect(phrases == ["两个确立", "最后一公里"])
        let lexicon = SloganLexicon(phrases: ["一公里"])
        #expect(lexicon.ranges(in: Array("打通一公里和一公里".unicodeScalars)) == [2..<5, 6..<9])
    }

    /// A marked position is looked up only when a phrase may open with its first two scalars:
    /// phrases of one scalar, at the end of the text, sharing a first scalar, and beyond the
    /// plane are still found, in the lexicon's order.
    @Test func phrasesAreFoundWhateverTheirLengthAndPlace() {
        let lexicon = SloganLexicon(phrases: ["三农", "三", "一带一路", "一公里", "😀一"])
        func ranges(_ text: String) -> [Range<Int>] { lexicon.ranges(in: Array(text.unicodeScalars)) }
        #expect(ranges("三农和三") == [0..<2, 3..<4])
        #expect(ranges("一带一路一公里一") == [0..<4, 4..<7])
        #expect(ranges("一一公😀一") == [3..<5])
        #expect(ranges("二三一") == [1..<2])
    }

    @Test func codeNeighboursAreTheASCIILetters() {
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(QuantityScanner.isCodeNeighbour(scalar) == (scalar.isASCII && scalar.properties.isAlphabetic))
        }
    }

    @Test func theScanLooksAtFigureAndSloganStartsAndQuotationMarks() {
        // 第 and 1 may start a figure, 好 a slogan of this lexicon; “ ” and 「 」 are quotation
        // marks; a scalar beyond the plane is looked up by the slogan lexicon; 的 is none.
        let lexicon = SloganLexicon(phrases: ["好人"])
        let scalars = Array("第1“好”😀的「」".unicodeScalars)
        let marks = ScanMarks.positions(in: scalars, table: QuantityScanner(lexicon: lexicon).marksTable)
        #expect(marks == [0, 1, 2, 3, 4, 5, 7, 8])
        #expect(QuantityScanner.shortQuotes(scalars, at: marks) == [2..<5, 7..<9])
    }

    @Test func theMarksTableHoldsStartersOfBothKindsAndQuotationMarksOnly() {
        let lexicon = SloganLexicon(phrases: ["好人", "三农"])
        let table = QuantityScanner(lexicon: lexicon).marksTable
        func bit(_ bits: [UInt64], _ value: UInt32) -> Bool { bits[Int(value >> 6)] & 1 << UInt64(value & 63) != 0 }
        for value in UInt32(0)..<0x10000 {
            let quote = [0x201C, 0x201D, 0x300C, 0x300D].contains(value)
            #expect(bit(table, value) == (bit(QuantityScanner.starters, value) || bit(lexicon.starters, value) || quote))
        }
    }

    /// The unit as written and the scanning rule, which candidates keep as values naming their
    /// strings: a multiplier, a denominator (written after `/` whatever its mark), a range, an
    /// index value, a change of rank.
    @Test(arguments: [
        ("人均58万元/人。", "万元/人", "元/人", "digits"),
        ("浓度降至28.5微克每立方米。", "微克/立方米", "微克/立方米", "digits"),
        ("增长５％。", "％", "%", "digits"),
        ("新增三成。", "成", "%", "chinese-numerals"),
        ("增长4.5%—5%。", "%", "%", "digits+range"),
        ("投资5万—8万元。", "万元", "元", "digits+range"),
        ("两化融合指数达到92。", nil, nil, "digits+index-value"),
        ("排名全国上升5位。", "位", "位", "rank-places"),
        ("经济增速居全国第一。", nil, nil, "rank-ordinal"),
        ("历时3个月建成。", "个月", "月", "digits"),
    ] as [(String, String?, String?, String)])
    func unitsAndRulesAreWrittenOut(text: String, unit: String?, normalized: String?, rule: String) throws {
        let metric = try #require(figures(text).first)
        #expect(metric.unit == unit)
        #expect(metric.normalizedUnit == normalized)
        #expect(metric.rule.hasPrefix(rule + "; "), "\(metric.rule)")
    }

    /// One scratch for paragraph after paragraph (as the parser scans a report) finds what a
    /// fresh scan of each finds: nothing of a paragraph's slogans, quotations or figures stays
    /// for the next.
    @Test func aScratchReusedAcrossParagraphsKeepsNothingOfTheLast() {
        let scanner = QuantityScanner(lexicon: .standard)
        let paragraphs = ["实施“十四五”规划，完成投资550亿元，增长5%。", "推进一带一路建设，新增3个项目。", "", "粮食产量297.1亿斤。",
                          "“两重”建设和“1+N”政策，一年两次。"].map { Array($0.unicodeScalars) }
        var scratch = QuantityScanner.Scratch()
        for scalars in paragraphs + paragraphs.reversed() {
            scanner.scan(scalars, marks: nil, into: &scratch)
            #expect(scratch.candidates == scanner.scan(scalars), "\(String(String.UnicodeScalarView(scalars)))")
        }
    }
}
