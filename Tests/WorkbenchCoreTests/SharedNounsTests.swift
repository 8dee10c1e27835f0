import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Counts of a list that share the noun after the last of them, nouns after a list of qualities,
/// and verbs of adding that the next count of a list takes.
@Suite struct SharedNounsTests {
    func subjects(_ text: String) -> [String] {
        Fixtures.reviewAndPlan(text).metrics.map(\.subject)
    }

    @Test func countsOfBatchesShareTheNounAfterTheLast() {
        #expect(subjects("全年推进首批12项、第二批14项重点改革。") == ["首批重点改革", "第二批重点改革"])
        #expect(subjects("全年推进首批12项及第二批14项重点改革。") == ["首批重点改革", "第二批重点改革"])
    }

    @Test func countsAfterAVerbAloneShareTheNounAfterTheLast() {
        #expect(subjects("建成12条和8条高速公路。") == ["建成高速公路", "建成高速公路"])
    }

    @Test func aCountWithItsOwnNounKeepsIt() {
        #expect(subjects("新建5G基站1.2万个、充电桩3万个。") == ["新建5G基站", "新建充电桩"])
        // (A noun after the last count that is no noun of the first: the first keeps its words.)
        #expect(subjects("建成高速公路12条、新开工8条铁路。").first == "建成高速公路")
    }

    @Test func qualitiesListedBeforeTheNoun() {
        #expect(subjects("打造40个吸引力强、特色鲜明的消费场景。") == ["打造消费场景"])
        // (Not a list of nouns: 12个产业园、4个基地 are counted each.)
        #expect(subjects("建成12个产业园、4个物流基地。") == ["建成产业园", "建成物流基地"])
    }

    @Test func aNetAdditionIsTheNextCountsVerbToo() {
        #expect(subjects("全年净增经营主体12万户、规上工业企业800家。") == ["净增经营主体", "净增规上工业企业"])
    }

    @Test func namesOfARespectivelyListShareTheLastOnesMeasure() {
        #expect(subjects("高速公路、铁路总里程分别达到8000公里和6000公里。") == ["高速公路总里程", "铁路总里程"])
        #expect(subjects("风电、光伏装机分别达到3000万千瓦、4500万千瓦。") == ["风电装机", "光伏装机"])
        #expect(subjects("港口货物、集装箱吞吐量分别增长5%、8%。") == ["港口货物吞吐量", "集装箱吞吐量"])
    }
}
