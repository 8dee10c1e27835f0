import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A move in rank after a figure of the same thing (`…增长4.9倍、从全国第13位升至第5位`): both
/// ranks rank what the figure measured, and adverbs before the verb are no part of it.
@Suite struct RankMovesTests {
    func rows(_ text: String) -> [Metric] {
        Fixtures.reviewAndPlan(text).metrics
    }

    @Test func bothEndsOfAMoveRankTheThingBefore() {
        let ranks = rows("科技型中小企业数增长4.9倍、从全国第13位升至第5位，高新技术企业数增长1.7倍、从全国第10位升至第8位。")
            .filter { $0.kind == .rank }
        #expect(ranks.map(\.subject) == ["科技型中小企业数全国排名", "科技型中小企业数全国排名", "高新技术企业数全国排名", "高新技术企业数全国排名"])
        #expect(ranks.map(\.role) == [.other, .achieved, .other, .achieved])
    }

    @Test func adverbsBeforeTheVerbAreLeftOut() {
        #expect(rows("汽车、新能源汽车产量历史性跃居全国首位。").map(\.subject) == ["汽车、新能源汽车产量全国排名"])
        #expect(rows("营商环境持续居全国前列。").map(\.subject) == ["营商环境全国排名"])
    }

    @Test func ranksOfOtherClausesKeepTheirOwnThings() {
        let ranks = rows("旅客吞吐量增长5%、增速居全国第3位，货邮吞吐量增长8%、增速居全国第5位。").filter { $0.kind == .rank }
        #expect(ranks.map(\.subject) == ["旅客吞吐量增速全国排名", "货邮吞吐量增速全国排名"])
    }

    /// A rank after a figure of an income ranks the income: 居 opening 居民 is no verb.
    @Test func residentsAreNoVerbOfRanking() {
        #expect(rows("居民人均可支配收入突破4万元，居全国第9位。").map(\.subject) == ["居民人均可支配收入", "居民人均可支配收入全国排名"])
    }
}
