import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Works that join two provinces' grids, trunk lines that carry oil and gas, and the words that
/// describe a work rather than name it (a superlative, a verb of what a zone does).
struct GridLinksAndDescriptionsTests: ProjectProbe {
    @Test func aLinkBetweenTwoProvincesIsNamedByWhatItIs() {
        let links = found("湘粤背靠背联网工程开工建设，宁电入湘工程投产送电。", province: "湖南省")
        #expect(links.map(\.name) == ["湘粤背靠背联网工程", "宁电入湘工程"])
        #expect(links.map(\.type) == ["energy", "energy"])
        #expect(links.first?.status == "started")
        // (Two provinces' names and nothing that says what the works are name none; nor one
        // province's name twice.)
        #expect(names("湘粤联网工程开工建设。", province: "湖南省").isEmpty)
    }

    @Test func aTrunkLineCarriesWhatItsNameSays() {
        #expect(found("加快国家油气网络干线建设。", province: "湖南省").first?.type == "energy")
        #expect(found("南水北调中线干线加快建设。", province: "河南省").first?.type == "water")
    }

    @Test func aSuperlativeOrAVerbOpensNoName() {
        #expect(names("益阳电厂三期建成投产、总装机达386万千瓦，为省内单体最大火电基地。", province: "湖南省") == ["益阳电厂三期"])
        #expect(names("丰富长株潭国家自主创新示范区“新现象”。", province: "湖南省") == ["长株潭国家自主创新示范区"])
    }
}
