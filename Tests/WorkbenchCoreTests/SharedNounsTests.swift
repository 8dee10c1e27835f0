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

    @Test func kindsListedUpToDengAreOneNoun() {
        #expect(subjects("新建7座小型水库、水池等调蓄设施。") == ["新建小型水库、水池等调蓄设施"])
        // (Another figure after the mark is its own: no 等 list.)
        #expect(subjects("建成12所学校、3家医院。") == ["建成学校", "建成医院"])
    }

    @Test func theVerbOfAddingCarriesThroughTheWholeList() {
        #expect(subjects("新增省级创新平台30个、专精特新中小企业100户、高新技术企业150家。")
                == ["新增省级创新平台", "新增专精特新中小企业", "新增高新技术企业"])
        #expect(subjects("建成乡镇综合养老服务中心520个、村级互助幸福院900个。")
                == ["建成乡镇综合养老服务中心", "建成村级互助幸福院"])
        // (A state of work of its own takes none: 在建8座 are not built; they are of what was built.)
        #expect(subjects("建成过江通道4座、在建8座。") == ["建成过江通道", "过江通道在建"])
    }

    @Test func aStateOfWorkAloneIsTheWorksBeforeIt() {
        #expect(subjects("自治区重大项目开工390个、竣工437个。") == ["自治区重大项目开工", "自治区重大项目竣工"])
        #expect(subjects("新能源开工1600万千瓦、投产1000万千瓦以上。") == ["新能源开工", "新能源投产"])
    }

    @Test func aChangeInPointsAfterAShareIsTheShares() {
        #expect(subjects("产业投资比重提升至55.7%、提高4.7个百分点。") == ["产业投资比重", "产业投资比重提高"])
        #expect(subjects("民间投资占比34%、提高1.3个百分点。") == ["民间投资占比", "民间投资占比提高"])
    }

    @Test func namesOfARespectivelyListShareTheLastOnesMeasure() {
        #expect(subjects("高速公路、铁路总里程分别达到8000公里和6000公里。") == ["高速公路总里程", "铁路总里程"])
        #expect(subjects("风电、光伏装机分别达到3000万千瓦、4500万千瓦。") == ["风电装机", "光伏装机"])
        #expect(subjects("港口货物、集装箱吞吐量分别增长5%、8%。") == ["港口货物吞吐量增长", "集装箱吞吐量增长"])
    }
}
