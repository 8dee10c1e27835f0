import Testing
@testable import ProjectsModule
import WorkbenchSDK

/// Venues and hospital buildings named by their head, works after a part or a phase, terminals
/// named by their side, hubs called 港 that are no ports, and verbs with a time before them.
struct VenuesTailsAndTimedVerbsTests: ProjectProbe {
    @Test func venuesAndBuildingsWithAPlace() {
        let venues = found("济南国际会议中心建成投用，青岛足球中心启用，日照东港生态园开园。", province: "山东省")
        #expect(venues.map(\.name) == ["济南国际会议中心", "青岛足球中心", "日照东港生态园"])
        #expect(venues.map(\.type) == ["other", "other", "ecology"])
        #expect(Set(venues.map(\.status)) == ["opened"])
        #expect(found("城子崖考古公园加快建设。", province: "山东省").first?.type == "culture-venue")
        #expect(names("省立医院医技综合楼投入使用。", province: "山东省") == ["省立医院医技综合楼"])
        // Without a place they are kinds, not projects.
        #expect(names("建设一批足球中心和会议中心，发展生态园。", province: "山东省").isEmpty)
    }

    @Test func worksAfterAPartOrAPhaseAndATerminalBySide() {
        #expect(names("黄河大桥南接线改扩建完工。", province: "山东省") == ["黄河大桥南接线改扩建"])
        #expect(names("加快郑州机场三期扩建。", province: "河南省") == ["郑州机场三期扩建"])
        let terminal = found("青岛胶东国际机场东航站楼启用。", province: "山东省")
        #expect(terminal.map(\.name) == ["青岛胶东国际机场东航站楼"])
        #expect(terminal.first?.status == "opened")
        // (A phase alone still ends the name.)
        #expect(names("武宿机场三期加快建设。", province: "山西省") == ["武宿机场三期"])
    }

    @Test func hubsOfFirmsAreZonesNotPorts() {
        let hubs = found("推进烟台国际科创港、青岛音乐港建设。", province: "山东省")
        #expect(hubs.map(\.name) == ["烟台国际科创港", "青岛音乐港"])
        #expect(hubs.allSatisfy { $0.type == "park-zone" })
        #expect(found("日照港岚山港区加快建设。", province: "山东省").allSatisfy { $0.type == "port" })
    }

    @Test func openingVerbsAndTimesBeforeThem() {
        #expect(found("齐鲁医院东院区开诊。", province: "山东省").first?.status == "opened")
        #expect(found("济南市博物馆新馆开馆。", province: "山东省").first?.status == "opened")
        #expect(found("临沂抽水蓄能电站投入运行。", province: "山东省").first?.status == "opened")
        #expect(found("临沂抽水蓄能电站年底前投运。", province: "山东省").first?.status == "opened")
        #expect(found("临沂抽水蓄能电站年内全面建成。", province: "山东省").first?.status == "completed")
    }

    @Test func aPhraseJoinedByHeIsNotTheNamesList() {
        // 和 before a list of its own: the list's early work is not the airport's.
        let airports = found("加快郑州机场三期扩建和周口、潢川、鲁山等机场前期工作。", province: "河南省")
        #expect(airports.first?.name == "郑州机场三期扩建")
        #expect(airports.first?.status == "accelerating")
        // 和 before the last item still shares the closing verb.
        let plants = found("三亚抽水蓄能电站和万宁抽水蓄能电站前期工作加快推进。", province: "海南省")
        #expect(plants.first?.status == "planned")
    }
}
