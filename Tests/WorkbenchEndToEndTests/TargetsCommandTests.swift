import Foundation
import Testing

/// `targets`: the year's targets, the eight headline ones (主要预期目标) first under the contract's
/// indicator ids, then every other target.
@Suite struct TargetsCommandTests {
    static let contractFields: Set<String> = ["indicator", "value", "unit", "qualifier", "kind", "line", "text"]
    static let headlineIndicators = ["gdp", "fixed-asset-investment", "retail-sales", "foreign-trade",
                                     "income", "urban-jobs", "unemployment", "cpi"]

    /// Each way `row` breaks the contract's fields and types (empty when it keeps them). A target
    /// stated without a figure (居民收入增长与经济增长同步) may have a null value, unit and kind.
    static func contractProblems(_ row: RowJSON.Row) -> [String] {
        var problems: [String] = []
        let missing = contractFields.subtracting(row.keys)
        if !missing.isEmpty { problems.append("missing \(missing.sorted())") }
        if (row.string("indicator") ?? "").isEmpty { problems.append("indicator is not a non-empty string") }
        if row.number("value") == nil && !row.isNull("value") { problems.append("value is neither a number nor null") }
        if row.string("unit") == nil && !row.isNull("unit") { problems.append("unit is neither a string nor null") }
        if !row.isNull("qualifier") && !MetricsCommandTests.qualifiers.contains(row.string("qualifier") ?? "") {
            problems.append("qualifier is neither null nor one of the contract's")
        }
        if !row.isNull("kind") && !MetricsCommandTests.kinds.contains(row.string("kind") ?? "") {
            problems.append("kind is neither null nor one of the contract's")
        }
        if (row.int("line") ?? 0) < 1 { problems.append("line is not a positive integer") }
        if (row.string("text") ?? "").isEmpty { problems.append("text is not a non-empty string") }
        if row.bool("headline") == nil { problems.append("headline is not a boolean") }
        return problems
    }

    /// Rows whose `text` is not on their `line` of `report`.
    static func lineProblems(_ rows: [RowJSON.Row], in report: ScalarText) -> [String] {
        rows.compactMap { row in
            guard let line = row.int("line"), let text = row.string("text") else { return "no line or text: \(row)" }
            return report.lineText(line)?.contains(text) == true ? nil : "'\(text)' is not on line \(line)"
        }
    }

    @Test func headlineTargetsOfTheBundledReport() async throws {
        let rows = try await RowJSON.run(["-c", "targets --headline"])
        #expect(rows.map { $0.string("indicator") ?? "?" } == Self.headlineIndicators)
        for row in rows {
            let problems = Self.contractProblems(row)
            #expect(problems.isEmpty, "\(problems.joined(separator: "; ")): \(row)")
            #expect(row.bool("headline") == true, "not marked headline: \(row)")
        }
        let byIndicator = Dictionary(rows.map { ($0.string("indicator") ?? "?", $0) }, uniquingKeysWith: { first, _ in first })

        let gdp = try #require(byIndicator["gdp"])
        #expect(gdp.number("value") == 5, "\(gdp)")
        #expect(gdp.string("qualifier") == "approx", "\(gdp)")
        #expect(gdp.string("unit") == "%", "\(gdp)")
        #expect(gdp.string("kind") == "growth", "\(gdp)")

        let jobs = try #require(byIndicator["urban-jobs"])
        #expect(jobs.number("value") == 45, "\(jobs)")
        #expect(jobs.number("normalizedValue") == 450_000, "\(jobs)")

        let income = try #require(byIndicator["income"])
        #expect(income["value"] == .null, "income is tied to growth, with no figure: \(income)")

        #expect(byIndicator["unemployment"]?.number("value") == 5.5)
        #expect(byIndicator["cpi"]?.number("value") == 2)

        let problems = Self.lineProblems(rows, in: try ScalarText.bundled())
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func allTargetsBeginWithTheHeadlineOnes() async throws {
        let headline = try await RowJSON.run(["-c", "targets --headline"])
        let rows = try await RowJSON.run(["-c", "targets"])
        try #require(rows.count > Self.headlineIndicators.count, "only \(rows.count) targets")
        let first = Array(rows.prefix(Self.headlineIndicators.count))
        #expect(first.map { $0.string("indicator") ?? "?" } == Self.headlineIndicators)
        #expect(first.allSatisfy { $0.bool("headline") == true })
        #expect(first == headline, "the headline rows differ between targets and targets --headline")
        let rest = rows.dropFirst(Self.headlineIndicators.count)
        let stray = rest.filter { $0.bool("headline") != false }
        #expect(stray.isEmpty, "rows after the headline ones not marked headline false: \(stray.prefix(5))")
        for row in rows {
            let problems = Self.contractProblems(row)
            #expect(problems.isEmpty, "\(problems.joined(separator: "; ")): \(row)")
        }
        let problems = Self.lineProblems(rows, in: try ScalarText.bundled())
        #expect(problems.isEmpty, "\(problems.count) rows: \(problems.prefix(10))")
    }

    @Test func targetsAreTheMetricsWithRoleTarget() async throws {
        // Every target with a figure is also a metric with role target at the same place.
        let targets = try await RowJSON.run(["-c", "targets"])
        let metrics = try await RowJSON.run(["-c", "metrics --role target"])
        let places = Set(metrics.map { "\($0.int("line") ?? -1) \($0.string("text") ?? "")" })
        let missing = targets.filter { $0.number("value") != nil }
            .map { "\($0.int("line") ?? -1) \($0.string("text") ?? "")" }
            .filter { !places.contains($0) }
        #expect(missing.isEmpty, "targets that metrics --role target does not list: \(missing.prefix(10))")
    }

    @Test(arguments: Fixtures.reportNames)
    func otherReportsHaveTheCoreHeadlineTargets(name: String) async throws {
        let rows = try await RowJSON.run([Fixtures.report(name), "-c", "targets --headline"])
        #expect(rows.allSatisfy { $0.bool("headline") == true })
        for row in rows {
            let problems = Self.contractProblems(row)
            #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "; ")): \(row)")
        }
        let indicators = rows.compactMap { $0.string("indicator") }
        for indicator in ["gdp", "cpi", "unemployment", "urban-jobs"] {
            let row = rows.first { $0.string("indicator") == indicator }
            #expect(row != nil, "\(name): no \(indicator) among \(indicators)")
            #expect(row?.number("value") != nil, "\(name): \(indicator) has no numeric value: \(row.map(String.init(describing:)) ?? "-")")
        }
        let problems = Self.lineProblems(rows, in: try ScalarText(path: Fixtures.report(name)))
        #expect(problems.isEmpty, "\(name): \(problems)")
    }

    /// A report in the first year of a five-year plan states the plan's goals beside the year's
    /// targets; each row says which period it is for.
    @Test func eachTargetSaysItsPeriod() async throws {
        let rows = try await RowJSON.run([Fixtures.report("henan-2026"), "-c", "targets"])
        let periods = Dictionary(rows.map { ($0.string("indicator") ?? "", $0.string("period")) }, uniquingKeysWith: { first, _ in first })
        #expect(periods["gdp"] == "2026-plan")
        #expect(periods["income"] == "2026-plan")   // stated without a figure
        #expect(periods["经济年均增长"] == "2026-2030-plan")
        #expect(periods["常住人口城镇化率"] == "2026-2030-plan")
        let all = try await RowJSON.run([Fixtures.report("henan-2026"), "-c", "targets --all"])
        #expect(all.allSatisfy { $0.string("period") == "2026-plan" })
    }

    /// Beijing sets 城镇新增就业 in its paragraph on jobs, not in its headline list: `targets --all`
    /// still lines it up as `urban-jobs`, with `headline` false, and `targets` gives it the id.
    @Test func aStandardIndicatorSetOutsideTheHeadlineListLinesUp() async throws {
        let page = Fixtures.directory.appendingPathComponent("formats/beijing-2026.web.txt").path
        let all = try await RowJSON.run([page, "-c", "targets --all"])
        let jobs = all.first { $0.string("indicator") == "urban-jobs" }
        #expect(jobs?.bool("headline") == false)
        #expect(jobs?.string("text") == "28万人")
        #expect(all.filter { $0.bool("headline") == true }.contains { $0.string("indicator") == "gdp" })
        let targets = try await RowJSON.run([page, "-c", "targets"])
        #expect(targets.first { $0.string("indicator") == "urban-jobs" }?.bool("headline") == false)
    }

    @Test(arguments: ["targets extra", "targets --headlines", "targets --headline 2025"])
    func unexpectedArgumentIsAUsageError(command: String) async throws {
        let result = try await ProcessRunner.run(["--format", "json", "-c", command])
        let word = String(command.split(separator: " ").last ?? "")
        #expect(result.exitedNormally, "crashed: \(result)")
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "output on a usage error: \(result.stdout)")
        #expect(result.stderrLines.count == 1, "expected one message: \(result.stderr)")
        #expect(result.stderr.contains(word), "the message does not name '\(word)': \(result.stderr)")
    }
}
