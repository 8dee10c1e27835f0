import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Kinds in brackets after a counted noun (县（市、区）) belong to it, and a measure word in
/// brackets after a figure (2.5万套（间）) is another way to count it, not what is counted.
@Suite struct BracketedKindsTests {
    func subjects(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.subject)
    }

    @Test func kindsInBracketsAfterTheNoun() {
        #expect(subjects("45个县（市、区）整县建设美丽乡村。") == ["县（市、区）整县建设美丽乡村"])
        #expect(subjects("推动16个县（市、区）整县建成美丽乡村。") == ["推动县（市、区）整县建成美丽乡村"])
    }

    @Test func aMeasureWordInBracketsAfterTheFigure() {
        #expect(subjects("改造2.5万套（间）城市危旧房、2.6万户城中村。") == ["改造城市危旧房", "改造城中村"])
    }

    @Test func aLongBracketIsNoKind() {
        // (A bracket with a clause inside, or too long to name kinds, still ends the noun.)
        #expect(subjects("建成12个产业园区（其中国家级园区3个，省级9个）。").first == "建成产业园区")
    }
}
