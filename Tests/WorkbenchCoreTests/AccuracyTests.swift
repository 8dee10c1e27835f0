import Foundation
import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// Extraction measured against the hand-checked key of the bundled report, as the issue
/// measures it: a gold figure is matched by one on the same line with the same normalized value
/// and unit (figures without a number: overlapping text); gold items marked ambiguous are
/// neither required nor held against us. The figures are printed.
@Suite struct AccuracyTests {
    struct Gold {
        var line: Int
        var text: String
        var value: Double?
        var unit: String
        var kind: String?
        var role: String?
        var qualifier: String?
        var ambiguous: Bool
    }

    static func gold() throws -> [Gold] {
        let records = try Fixtures.json("gold/shanxi-2025/metrics.json") as! [[String: Any]]
        return records.map { record in
            let normalized = record["normalized"] as? [String: Any]
            return Gold(line: record["line"] as! Int, text: record["text"] as! String,
                        value: (normalized?["value"] as? NSNumber)?.doubleValue,
                        unit: (normalized?["unit"] as? String) ?? "",
                        kind: record["kind"] as? String, role: record["role"] as? String,
                        qualifier: record["qualifier"] as? String, ambiguous: record["ambiguous"] as? Bool ?? false)
        }
    }

    static func sameValue(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return false }
        return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    @Test func metricsMeetTheAccuracyTargets() throws {
        let gold = try Self.gold()
        let predicted = BundledReports.defaultReport().metrics
        var used = Set<Int>()
        var matched: [(Gold, Metric)] = []
        var missed: [Gold] = []
        for item in gold {
            let hit = predicted.indices.first { index in
                guard !used.contains(index), predicted[index].line == item.line else { return false }
                let metric = predicted[index]
                if item.value != nil {
                    return Self.sameValue(metric.normalizedValue, item.value) && (metric.normalizedUnit ?? "") == item.unit
                }
                return item.text.contains(metric.text) || metric.text.contains(item.text)
            }
            if let hit {
                used.insert(hit)
                matched.append((item, predicted[hit]))
            } else if !item.ambiguous {
                missed.append(item)
            }
        }
        let required = gold.filter { !$0.ambiguous }
        let hits = matched.filter { !$0.0.ambiguous }
        let counted = predicted.count - (matched.count - hits.count)
        let precision = Double(hits.count) / Double(max(counted, 1))
        let recall = Double(hits.count) / Double(max(required.count, 1))
        func agreement(_ attribute: (Gold, Metric) -> Bool) -> Double {
            Double(hits.filter(attribute).count) / Double(max(hits.count, 1))
        }
        let role = agreement { $0.role == $1.role.rawValue }
        let kind = agreement { $0.kind == $1.kind.rawValue }
        let qualifier = agreement { $0.qualifier == $1.qualifier?.rawValue }
        let falses = predicted.indices.filter { !used.contains($0) }.map { "\(predicted[$0].line):\(predicted[$0].text)" }
        print("accuracy on shanxi-2025: predicted=\(predicted.count) gold=\(required.count) matched=\(hits.count) "
              + "P=\(Self.format(precision)) R=\(Self.format(recall)) role=\(Self.format(role)) kind=\(Self.format(kind)) "
              + "qualifier=\(Self.format(qualifier)); missed: \(missed.map { "\($0.line):\($0.text)" }); false: \(falses)")
        #expect(precision >= 0.97)
        #expect(recall >= 0.97)
        #expect(role >= 0.95)
        #expect(kind >= 0.90)
        #expect(qualifier >= 0.95)
    }

    @Test func targetsFindTheHeadlineAndNinetyPercentOfTheKey() throws {
        let records = try Fixtures.json("gold/shanxi-2025/targets.json") as! [[String: Any]]
        let report = BundledReports.defaultReport()
        let headline = HeadlineTargets.find(in: report)
        #expect(headline.map(\.indicator) == ["gdp", "fixed-asset-investment", "retail-sales", "foreign-trade",
                                              "income", "urban-jobs", "unemployment", "cpi"])
        let goldHeadline = records.filter { $0["headline"] as? Bool == true }
        #expect(goldHeadline.count == 8)
        // Every non-ambiguous target of the key: same line and same normalized value.
        let required = records.filter { $0["ambiguous"] as? Bool != true }
        let targets = report.metrics.filter { $0.role == .target }
        var found = 0
        for record in required {
            let line = record["line"] as! Int
            let value = ((record["normalized"] as? [String: Any])?["value"] as? NSNumber)?.doubleValue
            if let value {
                if targets.contains(where: { $0.line == line && Self.sameValue($0.normalizedValue, value) }) { found += 1 }
            } else if headline.contains(where: { $0.position.line == line && $0.text.contains(record["text"] as! String) }) {
                found += 1
            }
        }
        let share = Double(found) / Double(required.count)
        print("targets on shanxi-2025: \(found)/\(required.count) of the key (\(Self.format(share)))")
        #expect(share >= 0.9)
    }

    static func format(_ value: Double) -> String {
        String(Double(Int((value * 1000).rounded())) / 1000)
    }
}
