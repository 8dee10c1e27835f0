import Testing
import WorkbenchSDK
@testable import SectorsModule

@Suite struct SectorsModuleTests {
    let module = SectorsModule()

    func run(_ command: String, _ arguments: [String] = [], report: Report = ModuleFixtures.bundled) throws -> ResultTable {
        try module.run(command: command, arguments: arguments, context: ModuleFixtures.context(report))
    }

    @Test func overviewCoversEverySectorOfTheKey() throws {
        let table = try run("sectors")
        let rows = ModuleFixtures.rows(table)
        let ids = Set(rows.compactMap { if case .text(let id)? = $0["sector"] { return id } else { return nil } })
        let goldIds = Set(try ModuleFixtures.gold("metrics").compactMap { $0["sector"] as? String })
        #expect(goldIds.isSubset(of: ids), "missing: \(goldIds.subtracting(ids))")
        #expect(table.columns.starts(with: ["sector", "metrics", "targets", "achieved", "share", "topTerms"]))
        let total = rows.compactMap { $0["metrics"]?.doubleValue }.reduce(0, +)
        #expect(total == Double(ModuleFixtures.bundled.metrics.filter { $0.sector != nil }.count))
        let shares = rows.compactMap { $0["share"]?.doubleValue }
        #expect(shares.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(shares.reduce(0, +) <= 1.001)
        for row in rows {
            let figures = row["metrics"]?.doubleValue ?? 0
            #expect((row["targets"]?.doubleValue ?? 0) + (row["achieved"]?.doubleValue ?? 0) <= figures)
        }
    }

    @Test func policyTermsAreFoundByStatisticsAndKeptWhole() throws {
        let rows = ModuleFixtures.rows(try run("sectors"))
        func terms(_ id: String) -> [String] {
            guard case .list(let terms)? = rows.first(where: { $0["sector"] == .text(id) })?["topTerms"] else { return [] }
            return terms
        }
        #expect(terms("consumption-trade").contains("两新"))
        #expect(terms("investment-infrastructure").contains("四好农村路"))
        // Every sector with text has terms, none of them common verbs.
        for id in ["industry-manufacturing", "social-livelihood", "energy", "ecology-environment"] {
            #expect(!terms(id).isEmpty)
            #expect(!terms(id).contains { PolicyTerms.common.contains($0) })
        }
        // Whole: no term is part of another term of the same sector.
        for row in rows {
            guard case .list(let list)? = row["topTerms"] else { continue }
            for a in list { for b in list where a != b { #expect(!b.contains(a)) } }
        }
    }

    @Test func oneSectorSetsTargetsBesideAchievements() throws {
        let rows = ModuleFixtures.rows(try run("sector", ["energy"]))
        let share = rows.first { $0["target"] == .text("50%以上") }
        #expect(share?["achieved"] == .text("49.7%"))
        #expect(rows.contains { $0["target"] == .null && $0["achieved"] != .null })
        let paragraphs = ModuleFixtures.rows(try run("sector", ["energy", "--paragraphs"]))
        #expect(!paragraphs.isEmpty)
        #expect(paragraphs.allSatisfy { $0["line"]?.doubleValue != nil })
    }

    @Test func chartBarsAreProportional() throws {
        let rows = ModuleFixtures.rows(try run("sectors", ["--chart"]))
        let widths = rows.map { row -> Int in
            guard case .text(let bar)? = row["bar"] else { return 0 }
            return bar.filter { $0 == "█" }.count
        }
        #expect(widths.first == 30)
        #expect(zip(widths, widths.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(SectorProfile.bar(0.5, of: 1, width: 4) == "██")
        #expect(SectorProfile.bar(0.3, of: 1, width: 1) == "▎")
    }

    @Test func unknownSectorsAndArgumentsAreUsageErrors() {
        #expect { _ = try run("sector", ["energi"]) } throws: { error in
            guard let error = error as? ModuleError else { return false }
            return error.isUsage && (error.remedy ?? "").contains("energy")
        }
        #expect { _ = try run("sectors", ["--bars"]) } throws: { ($0 as? ModuleError)?.isUsage == true }
        #expect { _ = try run("sector") } throws: { ($0 as? ModuleError)?.isUsage == true }
    }

    @Test func otherReportsHaveSectorsToo() throws {
        for name in ["henan-2025", "henan-2026", "national-2025"] {
            let rows = ModuleFixtures.rows(try run("sectors", report: try ModuleFixtures.report(name)))
            #expect(rows.count >= 10)
        }
    }
}
