import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Items of a list that are projects because the items beside them are, and heads of
/// facilities that name projects of their own (光源, 科学中心, 保税区, 联络线).
struct ListSiblingsAndFacilityHeadsTests: ProjectProbe {
    @Test func aZoneWithoutAPlaceIsOneBesideZones() {
        // 金桥 and 外高桥 are in no gazetteer: the list says they are zones.
        let zones = found("高水平建设陆家嘴金融城、金桥经济技术开发区、外高桥保税区、张江科学城。", province: "上海市")
        #expect(zones.map(\.name) == ["陆家嘴金融城", "金桥经济技术开发区", "外高桥保税区", "张江科学城"])
        #expect(zones.allSatisfy { $0.type == "park-zone" })
        // Alone, or beside a kind, a zone needs its place.
        #expect(names("高水平建设金桥经济技术开发区。", province: "上海市").isEmpty)
        #expect(names("支持城市新区、省级经济技术开发区、张江科学城建设。", province: "上海市") == ["张江科学城"])
        // Not a name cut at a joining word (配套灌区工程 belongs to the hub before it).
        let hubs = names("湘河水利枢纽及配套灌区工程、拉洛水利枢纽全面建成。", province: "西藏自治区")
        #expect(!hubs.contains("灌区工程"))
    }

    @Test func anItemWithoutAHeadBetweenTwoOfOneKind() {
        let parks = found("三林楔形绿地二期、合庆楔形绿地、北蔡楔形绿地一期建成开放。", province: "上海市")
        #expect(parks.map(\.name) == ["三林楔形绿地二期", "合庆楔形绿地", "北蔡楔形绿地一期"])
        #expect(Set(parks.map(\.status)) == ["opened"])
        // Not where the item opens with a verb, nor between two of different kinds.
        #expect(!names("建成太原机场三期、完善服务设施、大同机场改扩建。", province: "山西省").contains("完善服务设施"))
        #expect(!names("建成太原机场三期、城市书房、大西高铁。", province: "山西省").contains("城市书房"))
    }

    @Test func facilitiesOfScienceZonesAndLinks() {
        let science = found("合肥先进光源、空地一体量子精密测量实验设施开工建设，全力推进合肥综合性国家科学中心建设。", province: "安徽省")
        #expect(science.map(\.name) == ["合肥先进光源", "空地一体量子精密测量实验设施", "合肥综合性国家科学中心"])
        #expect(science.allSatisfy { $0.type == "research" })
        #expect(names("建成国家深海基因库，国家海洋综合试验场投入使用。", province: "山东省") == ["国家深海基因库", "国家海洋综合试验场"])
        let rail = found("机场联络线全线开通运营，地铁8号线支线加快建设。", province: "上海市")
        #expect(rail.map(\.name) == ["机场联络线", "地铁8号线支线"])
        #expect(rail.first?.type == "railway")
        // Kinds are no projects.
        #expect(names("新建城际联络线，建设一批科技园。", province: "山西省").isEmpty)
    }
}
