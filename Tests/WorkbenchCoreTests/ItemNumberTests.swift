import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// The numbers list items open with, and an item's number run into the year its line opens with.
@Suite struct ItemNumberTests {
    @Test func aDecimalIsNoItemNumber() {
        #expect(ItemNumber(Array("1.5万亿元".unicodeScalars)) == nil)
        #expect(ItemNumber(Array("3.新建学校".unicodeScalars))?.value == 3)
    }

    @Test func aNumberRunIntoAYearIsAnItemNumber() {
        let number = ItemNumber(Array("20.2026年10件民生实事".unicodeScalars))
        #expect(number?.value == 20)
        #expect(number?.length == 3)
        #expect(ItemNumber.runsIntoYear(Array("20.2026年".unicodeScalars)[...], at: 0))
        // Four digits that are no year of the calendar, or no 年 after them: a decimal.
        #expect(!ItemNumber.runsIntoYear(Array("20.3026年".unicodeScalars)[...], at: 0))
        #expect(!ItemNumber.runsIntoYear(Array("11.7年".unicodeScalars)[...], at: 0))
        #expect(!ItemNumber.runsIntoYear(Array("1.2026万人".unicodeScalars)[...], at: 0))
    }

    @Test func anItemOnAYearGivesNoFigureOfYears() {
        let plan = "20.2026年10件民生实事：新增就业5万人。\n3.2025年新建学校12所。"
        let rows = Fixtures.reviewAndPlan("推进。", plan).metrics
        #expect(rows.map(\.text) == ["10件", "5万人", "12所"])
        #expect(rows.map(\.subject) == ["民生实事", "新增就业", "新建学校"])
    }

    @Test func schoolingInYearsIsStillAFigure() {
        let rows = Fixtures.reviewAndPlan("平均受教育年限提高到11.7年。").metrics
        #expect(rows.map(\.text) == ["11.7年"])
    }
}
