import Testing
@testable import WorkbenchCore

@Suite struct FirstScalarIndexTests {
    func words(_ list: [String]) -> FirstScalarIndex {
        FirstScalarIndex(list.enumerated().map { (Array($0.element.unicodeScalars), $0.offset) })
    }

    @Test func theFirstWordGivenThatMatchesWins() {
        // 个 opens three words; the longer ones are tried first only because they are given first.
        let index = words(["个百分点", "个月", "个", "", "元"])
        let text = Array("3个百分点和5个月、6个".unicodeScalars)[...]
        #expect(index.firstMatch(in: text, at: 1).map { [$0.id, $0.count] } == [0, 4])
        #expect(index.firstMatch(in: text, at: 7).map { [$0.id, $0.count] } == [1, 2])
        #expect(index.firstMatch(in: text, at: 11).map { [$0.id, $0.count] } == [2, 1])
        #expect(index.firstMatch(in: text, at: 0) == nil)
        let shortFirst = words(["个", "个月"])
        #expect(shortFirst.firstMatch(in: text, at: 7).map { [$0.id, $0.count] } == [0, 1])
    }

    @Test func positionsOutsideTheTextFindNothing() {
        let index = words(["一公里"])
        let text = Array("打通一公里".unicodeScalars)[1...]
        #expect(index.firstMatch(in: text, at: 0) == nil)
        #expect(index.firstMatch(in: text, at: 5) == nil)
        #expect(index.firstMatch(in: text, at: 2).map(\.count) == 3)
        // A word running past the end of the text does not match.
        #expect(index.firstMatch(in: text[..<4], at: 2) == nil)
    }
}
