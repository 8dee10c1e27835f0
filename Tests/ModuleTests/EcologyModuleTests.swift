import Foundation
import Testing
import WorkbenchSDK
@testable import EcologyModule

@Suite struct EcologyModuleTests {
    let module = EcologyModule()

    func rows(_ report: Report, _ arguments: [String] = []) throws -> [[String: Cell]] {
        ModuleFixtures.rows(try module.run(command: "ecology", arguments: arguments, context: ModuleFixtures.context(report)))
    }

    /// Measured as the issue measures it: a gold record (quantitative, not ambiguous) is matched
    /// by a row on the same line with the same value.
    @Test func ecologyMeetsTheAccuracyTargets() throws {
        let gold = try ModuleFixtures.gold("ecology").filter { $0["quantitative"] as? Bool == true }
        let required = gold.filter { $0["ambiguous"] as? Bool != true }
        let predicted = try rows(ModuleFixtures.bundled)
        func values(_ record: [String: Any]) -> [Double] {
            [((record["normalized"] as? [String: Any])?["value"] as? NSNumber)?.doubleValue, (record["value"] as? NSNumber)?.doubleValue].compactMap { $0 }
        }
        func matches(_ record: [String: Any], _ row: [String: Cell]) -> Bool {
            guard row["line"]?.doubleValue == Double(record["line"] as! Int) else { return false }
            let ours = [row["normalizedValue"]?.doubleValue, row["value"]?.doubleValue].compactMap { $0 }
            return values(record).contains { value in ours.contains { abs($0 - value) < 1e-9 * max(1, abs(value)) } }
        }
        var used = Set<Int>()
        var hits = 0
        for record in required {
            if let index = predicted.indices.first(where: { !used.contains($0) && matches(record, predicted[$0]) }) {
                used.insert(index)
                hits += 1
            }
        }
        let neutral = predicted.indices.filter { index in
            !used.contains(index) && gold.contains { record in matches(record, predicted[index]) }
        }.count
        let precision = Double(hits) / Double(max(predicted.count - neutral, 1))
        let recall = Double(hits) / Double(required.count)
        print("ecology on shanxi-2025: predicted=\(predicted.count) gold=\(required.count) matched=\(hits) P=\(precision) R=\(recall)")
        #expect(recall >= 0.90)
        #expect(precision >= 0.85)
    }

    @Test func pollutionIsBetterLowerAndTargetsStandBesideWhatWasAchieved() throws {
        let rows = try rows(ModuleFixtures.bundled)
        let pm = rows.first { $0["text"] == .text("36微克/立方米") }
        #expect(pm?["betterWhen"] == .text("lower"))
        let share = rows.first { $0["text"] == .text("50%以上") && $0["role"] == .text("target") }
        #expect(share?["achievedBefore"] == .text("49.7%"))
        #expect(share?["change"] == .text("up"))
        let forest = rows.first { $0["text"] == .text("260万亩") }
        #expect(forest?["achievedBefore"] == .text("319万亩"))
        #expect(forest?["change"] == .text("down"))
        // 开工率 and 完工率 are different indicators.
        let completion = rows.first { $0["text"] == .text("85%以上") }
        #expect(completion?["achievedBefore"] == .null)
    }

    /// Rates of land lost to erosion or rock are better lower; the area treated is better higher.
    @Test func ratesOfErodedLandAreBetterLower() throws {
        let report = ReportLoaderShim.parse("2025年福建省政府工作报告\n一、2024年工作回顾\n水土流失率下降至6.4%，石漠化率降至12.3%，治理水土流失面积1200平方公里。\n")
        let rows = try rows(report)
        #expect(rows.map { $0["betterWhen"] } == [.text("lower"), .text("lower"), .text("higher")])
    }

    /// What was added in a year is compared with what was added, not with a stock: 新增新能源装机80万千瓦
    /// stands beside no 580万千瓦 installed, and a stock target beside the stock achieved.
    @Test func additionsStandBesideAdditions() throws {
        let report = ReportLoaderShim.parse("2025年江西省政府工作报告\n一、2024年工作回顾\n新能源装机达到580万千瓦，新增新能源装机120万千瓦。\n二、2025年工作安排\n新增新能源装机80万千瓦，新能源装机达到700万千瓦。\n")
        let targets = try rows(report).filter { $0["role"] == .text("target") }
        #expect(targets.map { $0["achievedBefore"] } == [Cell.text("120万千瓦"), Cell.text("580万千瓦")])
        #expect(targets.map { $0["change"] } == [Cell.text("down"), Cell.text("up")])
        // The indicator says which is the addition, as the key writes it, after any scope.
        #expect(targets.map { $0["indicator"] } == [Cell.text("新能源装机（新增）"), Cell.text("新能源装机")])
        let scoped = ReportLoaderShim.parse("2025年广西壮族自治区政府工作报告\n一、2024年工作回顾\n全区新增风电光伏装机120万千瓦，全区森林覆盖率62.5%。\n")
        #expect(try rows(scoped).map { $0["indicator"] } == [Cell.text("风电光伏装机（新增）"), Cell.text("森林覆盖率")])
    }

    /// What was done over the five years reviewed stands beside no one year's target; a stock or
    /// a rate does, whatever the stretch it was reviewed over.
    @Test func fiveYearsDoneStandBesideNoYearsTarget() throws {
        let report = ReportLoaderShim.parse("2026年某省政府工作报告\n一、“十四五”时期工作回顾\n五年来，营造林3195万亩，森林蓄积量达到2.1亿立方米。\n二、2026年工作安排\n营造林600万亩，森林蓄积量达到2.2亿立方米。\n")
        let targets = try rows(report).filter { $0["role"] == .text("target") }
        #expect(targets.map { $0["text"] } == [Cell.text("600万亩"), Cell.text("2.2亿立方米")])
        #expect(targets.map { $0["achievedBefore"] } == [Cell.null, Cell.text("2.1亿立方米")])
        // A fall over five years is the sum of theirs; a concentration stands at a moment.
        let falls = ReportLoaderShim.parse("2026年某省政府工作报告\n一、“十四五”时期工作回顾\n五年来，PM2.5浓度累计下降15%，PM2.5平均浓度降至30微克/立方米。\n二、2026年工作安排\nPM2.5浓度下降2%，PM2.5平均浓度降至29微克/立方米。\n")
        #expect(try rows(falls).filter { $0["role"] == .text("target") }.map { $0["achievedBefore"] } == [Cell.null, Cell.text("30微克/立方米")])
        // One year's amount stands beside one year's.
        let yearly = ReportLoaderShim.parse("2026年某省政府工作报告\n一、2025年工作回顾\n营造林520万亩。\n二、2026年工作安排\n营造林600万亩。\n")
        #expect(try rows(yearly).filter { $0["role"] == .text("target") }.map { $0["achievedBefore"] } == [Cell.text("520万亩")])
    }

    /// How many places a rate is of, and an industry's size, are no ecology figures.
    @Test func populationsOfRatesAndIndustriesAreNoEcologyFigures() throws {
        let report = ReportLoaderShim.parse("2025年广西壮族自治区政府工作报告\n一、2024年工作回顾\n74个国控断面水质优良比例达到100%，全区14个设区市空气质量优良天数比例达到93.8%。\n二、2025年主要工作\n晶硅光伏、数字经济、智能终端等产业规模分别突破千亿元。\n")
        #expect(try rows(report).map { $0["text"] } == [Cell.text("100%"), Cell.text("93.8%")])
    }

    /// A plant's yearly output is no ecology figure, though its plant makes solar-grade silicon.
    @Test func aPlantsOutputIsNoEcologyFigure() throws {
        let report = ReportLoaderShim.parse("2025年河南省政府工作报告\n一、2024年工作回顾\n中硅高科年产3万吨电子级多晶硅项目建成投产，新增光伏装机120万千瓦。\n")
        #expect(try rows(report).map { $0["text"] } == [Cell.text("120万千瓦")])
    }

    /// Two figures that end alike (…处理能力) are one indicator only when their subjects share
    /// more than that ending: sewage capacity is not refuse capacity.
    @Test func aTargetStandsBesideTheSameIndicatorNotOneThatEndsAlike() throws {
        let report = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n城镇污水处理能力达到30万吨/日，生活垃圾总处理能力提高到17.1万吨/日。\n二、2025年工作安排\n污水处理能力达到35万吨/日。\n")
        let target = try rows(report).first { $0["role"] == .text("target") }
        #expect(target?["achievedBefore"] == .text("30万吨/日"))
        #expect(target?["change"] == .text("up"))
    }

    /// Green space of parks and the water area of a lake are ecology figures; what else was done
    /// to a park's green space is said beside 新增.
    @Test func parkGreenSpaceAndWaterAreas() throws {
        let report = ReportLoaderShim.parse("2025年某市政府工作报告\n一、2024年工作回顾\n新增和改造提升公园绿地120公顷，台特玛湖水域面积稳定在300平方公里以上。\n二、2025年工作安排\n新增公园绿地100公顷。\n")
        let found = try rows(report)
        #expect(found.map { $0["indicator"] } == [Cell.text("公园绿地（新增和改造提升）"), Cell.text("台特玛湖水域面积"), Cell.text("公园绿地（新增）")])
    }

    /// Of rates of water quality, the one measured in the same waters stands beside a target,
    /// the closest in wording: not the coastal waters' rate beside the river sections'.
    @Test func aTargetOfWaterQualityStandsBesideTheSameWaters() throws {
        let report = ReportLoaderShim.parse("2025年某市政府工作报告\n一、2024年工作回顾\n主要流域国控断面水质优良比例100%，近岸海域水质优良比例89.6%。\n二、2025年工作安排\n主要流域国控断面水质优良比例保持100%，近岸海域水质优良比例达到90%以上，地表水水质优良比例达到95%。\n")
        let targets = try rows(report).filter { $0["role"] == .text("target") }
        #expect(targets.map { $0["achievedBefore"] } == [Cell.text("100%"), Cell.text("89.6%"), Cell.null])
        #expect(targets.first?["change"] == .text("same"))
    }

    /// How long a state has lasted (水质连续7年保持II类) is no ecology indicator; the state's
    /// figures are.
    /// Building drinking-water sources for villages is water supply; the quality of the water
    /// and protecting its sources are ecology.
    @Test func drinkingWaterWorksAreNoEcologyTheirQualityIs() throws {
        let report = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n集中式饮用水水源地水质达标率100%，划定水源保护区12个。\n二、2025年工作安排\n建设50个乡镇级、650个村级标准化饮用水源地。\n")
        #expect(try rows(report).map { $0["text"] } == [.text("100%"), .text("12个")])
        let compliance = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n城市集中式饮用水源地达标率保持100%。\n二、2025年工作安排\n推进。\n")
        #expect(try rows(compliance).map { $0["text"] } == [.text("100%")])
    }

    /// Rocky desertification, poor forests, urban green space and carbon sinks are ecology; the
    /// share of non-fossil energy in what is consumed is the energy transition, not consumption.
    @Test func desertificationGreenSpaceAndNonFossilEnergy() throws {
        let report = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n完成石漠化综合治理160万亩，低质低效林改造30万亩，建成区绿地率达到40%，竹林碳汇交易量1万吨，社会消费品零售总额增长5%。\n二、2025年工作安排\n非化石能源消费比重提高到32%。\n")
        #expect(try rows(report).map { $0["text"] } == [.text("160万亩"), .text("30万亩"), .text("40%"), .text("1万吨"), .text("32%")])
        // Coupons for green energy are spending, not the energy used.
        let coupons = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n发放绿色能源消费券5000万元。\n二、2025年工作安排\n推进。\n")
        #expect(try rows(coupons).isEmpty)
    }

    /// 林木覆盖率 (plains provinces' measure of trees), land returned to forest, sand barriers and
    /// are ecology; 优良率 alone is not (工程质量优良率 grades buildings).
    @Test func treeCoverReturnedLandSandBarriersAndGoodAir() throws {
        let report = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n全市林木覆盖率达到24.1%，完成退胶还林1.5万亩，建成3046公里锁边阻沙防护带，空气质量优良天数292天，工程质量优良率100%，工业增加值增长5%。\n二、2025年工作安排\n推进。\n")
        #expect(try rows(report).map { $0["text"] } == [.text("24.1%"), .text("1.5万亩"), .text("3046公里"), .text("292天")])
    }

    @Test func howLongAStateLastedIsNoIndicator() throws {
        let report = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n黄河过境段水质连续7年保持II类，森林覆盖率达到45.2%。\n二、2025年工作安排\n推进。\n")
        #expect(try rows(report).map { $0["text"] } == [.text("45.2%")])
    }

    /// Greening, the 三北 shelterbelt, grassland improved by sowing and the 两污 rate are ecology;
    /// a pilot ranch that sows grass among other things is not.
    @Test func greeningAndShelterbeltWorksAreEcology() throws {
        let report = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n完成“三北”工程建设任务1180.65万亩、国土绿化任务1370.61万亩，种草改良470万亩，“两污”处理率超98%，建设集种草、养殖为一体的现代化牧场试点6个。\n二、2025年工作安排\n推进。\n")
        #expect(try rows(report).map { $0["text"] } == [.text("1180.65万亩"), .text("1370.61万亩"), .text("470万亩"), .text("98%")])
    }

    /// Generating capacity is ecology with a clean source or as a share; a province's whole
    /// capacity (mostly coal) and counts of projects are not.
    @Test func capacityCountsWithACleanSourceOrAsAShare() throws {
        let report = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n全省电力装机1.1亿千瓦，新能源装机达到1.35亿千瓦，水电装机容量突破1亿千瓦，可再生能源发电量超1000亿度、装机占比达50%，建成5个总装机600万千瓦的抽蓄项目。\n二、2025年工作安排\n推进。\n")
        let texts = try rows(report).map { $0["text"] }
        #expect(!texts.contains(.text("1.1亿千瓦")) && !texts.contains(.text("5个")))
        #expect(texts.contains(.text("1.35亿千瓦")) && texts.contains(.text("1亿千瓦")) && texts.contains(.text("50%")))
        #expect(texts.contains(.text("600万千瓦")))
        let sources = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n风光装机突破6000万千瓦，核电装机达到500万千瓦，火电装机占比降至40%，电力装机占全国比重达到9%。\n二、2025年工作安排\n推进。\n")
        #expect(try rows(sources).map { $0["text"] } == [.text("6000万千瓦"), .text("500万千瓦")])
    }

    /// Greenways, tree planting, mangroves, waste and mine restoration, clean heating and power,
    /// green industrial parks are ecology; fish farming and machines that mention 水体 or 风电 are
    /// not; a rank is better when higher, whatever it ranks.
    @Test func wordsOfRestorationWasteAndCleanPower() throws {
        let report = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n建成碧道930公里，乡村绿化植树超1858万株，完成红树林营造修复5648公顷，新增危险废物利用处置能力130万吨/年，完成历史遗留矿山修复治理15.8万亩，绿色电力占比达到26%，完成农村住户清洁取暖改造1.3万户，创建绿色工业园区74个。深水网箱养殖水体总量居全国第一，全球最高10米液压支架成功下线。污染防治攻坚战成效考核全国第一。\n二、2025年工作安排\n推进。\n")
        let found = try rows(report)
        #expect(found.map { $0["text"] } == ["930公里", "1858万株", "5648公顷", "130万吨/年", "15.8万亩", "26%", "1.3万户", "74个", "第一"].map(Cell.text))
        #expect(found.allSatisfy { $0["betterWhen"] == .text("higher") })
        // Farming's pollution is ecology; fish farming's water is not.
        let farming = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n畜禽养殖废弃物资源化利用率达到80%，水产养殖尾水达标排放率90%，深水网箱养殖水体总量居全国第一。\n二、2025年工作安排\n推进。\n")
        #expect(try rows(farming).map { $0["text"] } == [.text("80%"), .text("90%")])
    }

    /// Which way a figure is better, by its subject and kind (`Metric.isBetterWhenLower`).
    @Test(arguments: [
        ("细颗粒物平均浓度", Metric.Kind.level, true), ("单位地区生产总值能耗降低", .growth, false),
        ("PM2.5平均浓度下降", .growth, false), ("削减受污染建设用地面积", .level, false),
        ("工业废水排放达标率", .share, false), ("受污染耕地安全利用率", .share, false),
        ("出口下降", .growth, true), ("治理水土流失面积", .level, false), ("修复黄河流域湿地", .level, false),
        ("森林覆盖率", .share, false), ("二氧化硫排放量削减", .growth, false), ("重点排污单位达标排放率", .share, false),
        ("累计削减化学需氧量排放", .level, false), ("完成淘汰国三排放标准柴油货车", .count, false),
        ("单位地区生产总值能源消耗降低", .growth, false), ("用水总量", .level, true),
        ("钢铁超低排放改造产能", .level, false),
        // 减少到9万吨 has the subject …减少 (到 is not kept): the level reached, lower is better.
        ("二氧化硫排放总量减少", .level, true),
        // A rate of degradation (草原退化率由69.63%下降到66.04%) is better lower.
        ("全省草原退化率", .share, true),
    ])
    func whichWayIsBetter(_ subject: String, _ kind: Metric.Kind, _ lower: Bool) {
        let metric = Metric(text: "1", position: TextPosition(line: 1, offset: 0), value: 1, valueHigh: nil, unit: nil,
                            normalizedValue: 1, normalizedValueHigh: nil, normalizedUnit: nil, kind: kind, role: .achieved,
                            qualifier: nil, estimated: false, subject: subject, section: 0, period: nil, sector: nil,
                            paragraph: 0, rule: "test")
        #expect(metric.isBetterWhenLower == lower, "\(subject)")
    }

    /// A cut given in the indicator's own unit is a change, better when higher (重污染天数减少5天,
    /// 排放量减少2万吨); a level reached is better lower (减少到9万吨).
    @Test func cutsInTheirOwnUnitAreBetterHigher() throws {
        let report = ReportLoaderShim.parse("2025年某省政府工作报告\n一、2024年工作回顾\n重污染天数减少5天，二氧化硫排放量减少2万吨，氮氧化物排放总量减少到9万吨。\n二、2025年工作安排\n推进。\n")
        let found = try rows(report)
        #expect(found.map { $0["text"] } == [.text("5天"), .text("2万吨"), .text("9万吨")])
        #expect(found.map { $0["betterWhen"] } == [.text("higher"), .text("higher"), .text("lower")])
    }

    @Test func rolesFilterAndBadArgumentsAreUsageErrors() throws {
        let targets = try rows(ModuleFixtures.bundled, ["--role", "target"])
        #expect(!targets.isEmpty)
        #expect(targets.allSatisfy { $0["role"] == .text("target") })
        #expect {
            _ = try module.run(command: "ecology", arguments: ["--role", "someday"], context: ModuleFixtures.context(ModuleFixtures.bundled))
        } throws: { ($0 as? ModuleError)?.isUsage == true }
    }

    @Test func otherReportsGiveEcologyFiguresOnly() throws {
        for name in ["henan-2025", "national-2025"] {
            let rows = try rows(try ModuleFixtures.report(name))
            #expect(rows.count >= 5)
            // Nothing about cars or equipment makers.
            #expect(!rows.contains { ($0["indicator"].map { "\($0)" } ?? "").contains("汽车") })
        }
    }
}
