import Foundation
import Testing

/// One node of the hand-checked outline of the bundled report (`gold/shanxi-2025/outline.json`).
struct GoldNode: Decodable, Sendable {
    var level: Int
    var nodeType: String
    var title: String
    var line: Int
    var offset: Int
    var period: String?

    enum CodingKeys: String, CodingKey {
        case level, title, line, offset, period
        case nodeType = "node_type"
    }

    /// What the outline is compared on: level, line and title.
    var key: OutlineKey { OutlineKey(level: level, line: line, title: title) }

    static func load() throws -> [GoldNode] {
        struct File: Decodable { var nodes: [GoldNode] }
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: Fixtures.goldOutlineURL)).nodes
    }
}

struct OutlineKey: Hashable, Sendable, CustomStringConvertible {
    var level: Int
    var line: Int
    var title: String
    var description: String { "L\(line) level \(level) \(title)" }
}

extension OutlineRow {
    var key: OutlineKey { OutlineKey(level: level, line: line, title: title) }
}

/// The bundled 2025 Shanxi report's outline, measured against its answer key.
@Suite struct OutlineGoldTests {
    /// `workbench --format json -c outline [ARGS]` on the bundled report.
    static func outline(_ arguments: String = "") async throws -> [OutlineRow] {
        let command = arguments.isEmpty ? "outline" : "outline \(arguments)"
        let result = try await ProcessRunner.run(["--format", "json", "-c", command])
        try #require(result.status == 0 && result.exitedNormally, "\(result)")
        #expect(result.stderr.isEmpty, "messages on stderr: \(result.stderr)")
        return try OutputParsing.rows(OutlineRow.self, from: result.stdout)
    }

    @Test func goldKeyHasTheDocumentedShape() throws {
        let gold = try GoldNode.load().filter { (1...3).contains($0.level) }
        #expect(gold.filter { $0.level == 1 }.count == 3)
        #expect(gold.filter { $0.level == 2 }.count == 15)
        #expect(gold.filter { $0.level == 3 }.count == 34)
    }

    @Test func outlineIsExactlyTheGoldNodesOfLevelsOneToThree() async throws {
        let rows = try await Self.outline()
        let gold = try GoldNode.load().filter { (1...3).contains($0.level) }
        let produced = Set(rows.map(\.key))
        let expected = Set(gold.map(\.key))
        let missing = expected.subtracting(produced).sorted { $0.line < $1.line }
        let extra = produced.subtracting(expected).sorted { $0.line < $1.line }
        #expect(missing.isEmpty, "gold nodes the outline misses: \(missing)")
        #expect(extra.isEmpty, "outline nodes that are not in the gold key: \(extra)")
        #expect(rows.count == gold.count, "duplicate rows? \(rows.count) rows for \(gold.count) gold nodes")
        #expect(rows.filter { $0.level == 1 }.count == 3)
        #expect(rows.filter { $0.level == 2 }.count == 15)
        #expect(rows.filter { $0.level == 3 }.count == 34)
    }

    @Test func rowsAreInDocumentOrder() async throws {
        let rows = try await Self.outline()
        let offsets = rows.map(\.offset)
        #expect(offsets == offsets.sorted(), "outline rows are not sorted by offset")
        #expect(rows.first?.level == 1, "the outline does not start with a part")
    }

    @Test func partTitlesAreTheThreeParts() async throws {
        let parts = try await Self.outline("--depth 1")
        #expect(parts.map(\.title) == ["一、2024年工作回顾", "二、2025年工作安排", "三、全面提升政府治理效能"])
        #expect(parts.map(\.line) == [6, 22, 66])
    }

    @Test func periodsFollowTheParts() async throws {
        let rows = try await Self.outline()
        let secondPart = try #require(rows.first { $0.level == 1 && $0.title.hasPrefix("二、") })
        for row in rows {
            let expected = row.offset < secondPart.offset ? "2024-review" : "2025-plan"
            #expect(row.period == expected, "\(row.key) has period \(row.period ?? "null")")
        }
        let gold = Dictionary(try GoldNode.load().map { ($0.key, $0.period) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            if let goldPeriod = gold[row.key] {
                #expect(row.period == goldPeriod, "\(row.key): period \(row.period ?? "null"), gold \(goldPeriod ?? "null")")
            }
        }
    }

    @Test func offsetsAndKindsMatchTheGoldKey() async throws {
        let rows = try await Self.outline()
        let gold = Dictionary(try GoldNode.load().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            guard let node = gold[row.key] else { continue }  // reported by the set comparison
            #expect(row.offset == node.offset, "\(row.key): offset \(row.offset), gold \(node.offset)")
            #expect(row.kind == node.nodeType, "\(row.key): kind \(row.kind), gold \(node.nodeType)")
        }
    }

    @Test(arguments: [1, 2, 3])
    func depthLimitsTheLevels(depth: Int) async throws {
        let rows = try await Self.outline("--depth \(depth)")
        let expected = Set(try GoldNode.load().filter { (1...depth).contains($0.level) }.map(\.key))
        #expect(Set(rows.map(\.key)) == expected)
        #expect(rows.count == expected.count)
    }
}
