import Foundation
import Testing

/// The rows a command prints with `--format json`, each value kept with its JSON type, so that a
/// number is never mistaken for a boolean or a string for a number.
enum RowJSON {
    enum Value: Decodable, Equatable, Sendable, CustomStringConvertible {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        /// An array or an object: no contract field is one.
        case compound

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else if let string = try? container.decode(String.self) {
                self = .string(string)
            } else {
                self = .compound
            }
        }

        var description: String {
            switch self {
            case .null: return "null"
            case .bool(let bool): return "\(bool)"
            case .number(let number): return "\(number)"
            case .string(let string): return "\"\(string)\""
            case .compound: return "[…]"
            }
        }
    }

    /// One row object.
    struct Row: Decodable, Equatable, Sendable, CustomStringConvertible {
        var fields: [String: Value]

        init(from decoder: Decoder) throws {
            fields = try decoder.singleValueContainer().decode([String: Value].self)
        }

        subscript(key: String) -> Value? { fields[key] }

        var keys: Set<String> { Set(fields.keys) }

        func string(_ key: String) -> String? {
            if case .string(let string)? = fields[key] { return string }
            return nil
        }

        func number(_ key: String) -> Double? {
            if case .number(let number)? = fields[key] { return number }
            return nil
        }

        /// A number with no fractional part.
        func int(_ key: String) -> Int? {
            guard let number = number(key), number.rounded() == number, abs(number) < 1e15 else { return nil }
            return Int(number)
        }

        func bool(_ key: String) -> Bool? {
            if case .bool(let bool)? = fields[key] { return bool }
            return nil
        }

        func isNull(_ key: String) -> Bool { fields[key] == .null }

        /// The row without `key`.
        func removing(_ key: String) -> Row {
            var copy = self
            copy.fields[key] = nil
            return copy
        }

        var description: String {
            "{" + fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }

    /// The rows of the only JSON array on standard output.
    static func rows(from stdout: String) throws -> [Row] {
        try OutputParsing.rows(Row.self, from: stdout)
    }

    /// Runs `workbench` (with `--format json` added) and returns the rows of its one array; the
    /// run must succeed with nothing on standard error.
    static func run(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> [Row] {
        let result = try await ProcessRunner.run(["--format", "json"] + arguments)
        try #require(result.status == 0 && result.exitedNormally, "\(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.isEmpty, "unexpected messages: \(result.stderr)", sourceLocation: sourceLocation)
        return try rows(from: result.stdout)
    }
}

/// A report file read as the workbench's conventions count it: Unicode scalars, lines split at
/// LF, lines 1-based and offsets 0-based.
struct ScalarText: Sendable {
    let path: String
    let scalars: [Unicode.Scalar]
    /// The offset at which each line starts; `lineStarts[0]` is line 1.
    let lineStarts: [Int]

    init(path: String) throws {
        self.path = path
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// `Sources/WorkbenchCore/Bundled/shanxi-2025.txt`, found from this source file.
    static func bundled(filePath: String = #filePath) throws -> ScalarText {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.lastPathComponent != "Tests" && url.path != "/" {
            url = url.deletingLastPathComponent()
        }
        let path = url.deletingLastPathComponent()
            .appendingPathComponent("Sources/WorkbenchCore/Bundled/shanxi-2025.txt").path
        return try ScalarText(path: path)
    }

    /// The whole text as a string.
    var text: String { String(String.UnicodeScalarView(scalars)) }

    /// True when the file is plain UTF-8 with LF line ends and no byte-order mark, the form in
    /// which file offsets and the workbench's offsets must agree.
    var isPlainLF: Bool { !scalars.contains("\r") && scalars.first != "\u{FEFF}" }

    /// The 1-based line holding `offset`, or nil when `offset` is outside the text.
    func line(ofOffset offset: Int) -> Int? {
        guard offset >= 0, offset < scalars.count else { return nil }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The `length` scalars from `offset`, or nil when they run outside the text.
    func substring(offset: Int, length: Int) -> String? {
        guard offset >= 0, length >= 0, offset + length <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[offset..<(offset + length)]))
    }

    /// The text of 1-based line `number` without its line end, or nil when there is no such line.
    func lineText(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
        guard start <= end else { return "" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    /// The 1-based numbers of the lines that contain `needle`.
    func lines(containing needle: String) -> [Int] {
        (1...lineStarts.count).filter { lineText($0)?.contains(needle) == true }
    }
}

/// `metrics` and `explain`: every figure of a report, with the contract's fields, consistent with
/// the report's text, filtered as asked, in every output format and every batch mode.
@Suite struct MetricsCommandTests {
    static let contractFields: Set<String> = [
        "line", "offset", "text", "value", "unit", "normalizedValue", "normalizedUnit",
        "kind", "role", "qualifier", "subject", "section", "sector", "period",
    ]
    static let kinds: Set<String> = ["level", "growth", "share", "rank", "count"]
    static let roles: Set<String> = ["achieved", "target", "other"]
    static let qualifiers: Set<String> = ["approx", "at-least", "more-than", "at-most", "strive"]

    /// Each way `row` breaks the contract's fields and types (empty when it keeps them).
    static func contractProblems(_ row: RowJSON.Row) -> [String] {
        var problems: [String] = []
        let missing = contractFields.subtracting(row.keys)
        if !missing.isEmpty { problems.append("missing \(missing.sorted())") }
        if (row.int("line") ?? 0) < 1 { problems.append("line is not a positive integer") }
        if (row.int("offset") ?? -1) < 0 { problems.append("offset is not a non-negative integer") }
        if (row.string("text") ?? "").isEmpty { problems.append("text is not a non-empty string") }
        for key in ["value", "normalizedValue"] where row.number(key) == nil && !row.isNull(key) {
            problems.append("\(key) is neither a number nor null")
        }
        for key in ["unit", "normalizedUnit", "subject", "section", "sector", "period"]
        where row.string(key) == nil && !row.isNull(key) {
            problems.append("\(key) is neither a string nor null")
        }
        if row.isNull("value") != row.isNull("normalizedValue") {
            problems.append("value and normalizedValue disagree on being null")
        }
        if !kinds.contains(row.string("kind") ?? "") { problems.append("kind is not one of \(kinds.sorted())") }
        if !roles.contains(row.string("role") ?? "") { problems.append("role is not one of \(roles.sorted())") }
        if !row.isNull("qualifier") && !qualifiers.contains(row.string("qualifier") ?? "") {
            problems.append("qualifier is neither null nor one of \(qualifiers.sorted())")
        }
        return problems
    }

    /// Each row whose `text` is not the report's text at its `offset`, or whose `line` is not the
    /// line holding that offset.
    static func textProblems(_ rows: [RowJSON.Row], in report: ScalarText) -> [String] {
        rows.compactMap { row in
            guard let text = row.string("text"), let offset = row.int("offset"), let line = row.int("line") else {
                return "no text, offset or line: \(row)"
            }
            let found = report.substring(offset: offset, length: text.unicodeScalars.count)
            if found != text {
                return "line \(line) offset \(offset): text '\(text)' but the report has '\(found ?? "<outside the text>")'"
            }
            let actualLine = report.line(ofOffset: offset)
            if actualLine != line {
                return "'\(text)' at offset \(offset) is on line \(actualLine.map(String.init) ?? "?"), not \(line)"
            }
            return nil
        }
    }

    /// The rows' identity: where they are and what they say.
    static func positions(_ rows: [RowJSON.Row]) -> [String] {
        rows.map { "\($0.int("line") ?? -1):\($0.int("offset") ?? -1):\($0.string("text") ?? "")" }
    }

    static func bundledMetrics() async throws -> [RowJSON.Row] {
        try await RowJSON.run(["-c", "metrics"])
    }

    // MARK: The bundled report

    @Test func everyRowHasTheContractFieldsWithTheRightTypes() async throws {
        let rows = try await Self.bundledMetrics()
        #expect(rows.count >= 150, "only \(rows.count) figures in the bundled report (its key has 209)")
        for row in rows {
            let problems = Self.contractProblems(row)
            #expect(problems.isEmpty, "\(problems.joined(separator: "; ")): \(row)")
        }
        // Every kind and every role of the contract occurs in a report this size.
        #expect(Set(rows.compactMap { $0.string("kind") }) == Self.kinds)
        #expect(Set(rows.compactMap { $0.string("role") }).isSuperset(of: ["achieved", "target"]))
    }

    @Test func everyTextIsTheReportAtItsOffsetAndLine() async throws {
        let report = try ScalarText.bundled()
        try #require(report.isPlainLF, "the bundled report is expected to be UTF-8 with LF line ends")
        let rows = try await Self.bundledMetrics()
        try #require(!rows.isEmpty)
        let problems = Self.textProblems(rows, in: report)
        #expect(problems.isEmpty, "\(problems.count) of \(rows.count) rows:\n\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func rowsComeInTheOrderOfTheText() async throws {
        let offsets = try await Self.bundledMetrics().compactMap { $0.int("offset") }
        #expect(offsets == offsets.sorted(), "rows out of text order")
        #expect(Set(offsets).count == offsets.count, "two rows at the same offset")
    }

    /// A filter, and what every row it keeps must satisfy.
    struct Filter: Sendable, CustomTestStringConvertible {
        var arguments: String
        /// Fields that must equal a value.
        var equal: [String: RowJSON.Value] = [:]
        /// Text that one of these fields must contain.
        var contains: (fields: [String], text: String)? = nil

        var testDescription: String { arguments }

        func keeps(_ row: RowJSON.Row) -> Bool {
            for (key, value) in equal where row[key] != value { return false }
            if let contains {
                return contains.fields.contains { row.string($0)?.contains(contains.text) == true }
            }
            return true
        }
    }

    static let filters: [Filter] = [
        Filter(arguments: "--role target --kind growth", equal: ["role": .string("target"), "kind": .string("growth")]),
        Filter(arguments: "--kind growth --role target", equal: ["role": .string("target"), "kind": .string("growth")]),
        Filter(arguments: "--role achieved", equal: ["role": .string("achieved")]),
        Filter(arguments: "--line 24", equal: ["line": .number(24)]),
        Filter(arguments: "--sector macro", equal: ["sector": .string("macro")]),
        Filter(arguments: "--unit %", equal: ["normalizedUnit": .string("%")]),
        Filter(arguments: "--sector macro --role target --unit %",
               equal: ["sector": .string("macro"), "role": .string("target"), "normalizedUnit": .string("%")]),
        Filter(arguments: "--section 2025年工作安排", contains: (["section"], "2025年工作安排")),
        Filter(arguments: "--text 粮食", contains: (["subject", "text"], "粮食")),
    ]

    @Test(arguments: filters)
    func filterKeepsExactlyTheMatchingRows(filter: Filter) async throws {
        let all = try await Self.bundledMetrics()
        let filtered = try await RowJSON.run(["-c", "metrics \(filter.arguments)"])
        #expect(!filtered.isEmpty, "metrics \(filter.arguments) found nothing")
        #expect(filtered.count < all.count, "metrics \(filter.arguments) kept every row")
        let strays = filtered.filter { !filter.keeps($0) }
        #expect(strays.isEmpty, "rows that do not match \(filter.arguments): \(strays.prefix(5))")
        // The filter drops nothing that matches: it is exactly the matching part of all rows.
        #expect(Self.positions(filtered) == Self.positions(all.filter(filter.keeps)))
    }

    @Test func explainOptionAddsARuleColumn() async throws {
        let plain = try await Self.bundledMetrics()
        let explained = try await RowJSON.run(["-c", "metrics --explain"])
        try #require(explained.count == plain.count, "--explain changed the rows: \(explained.count) vs \(plain.count)")
        for (withRule, without) in zip(explained, plain) {
            #expect(withRule.keys == without.keys.union(["rule"]), "columns: \(withRule.keys.sorted())")
            #expect(!(withRule.string("rule") ?? "").isEmpty, "no rule: \(withRule)")
            #expect(withRule.removing("rule") == without)
        }
        #expect(plain.allSatisfy { $0["rule"] == nil }, "a rule column without --explain")
    }

    @Test func explainCommandEqualsMetricsLineExplain() async throws {
        let explain = try await ProcessRunner.run(["--format", "json", "-c", "explain 24"])
        let metrics = try await ProcessRunner.run(["--format", "json", "-c", "metrics --line 24 --explain"])
        try #require(explain.status == 0, "\(explain)")
        try #require(metrics.status == 0, "\(metrics)")
        let rows = try RowJSON.rows(from: explain.stdout)
        #expect(!rows.isEmpty, "explain 24 found nothing on the headline-target line")
        #expect(rows.allSatisfy { $0.int("line") == 24 && $0.string("rule") != nil }, "\(rows)")
        #expect(rows == (try RowJSON.rows(from: metrics.stdout)))
        #expect(explain.stdout == metrics.stdout)
    }

    @Test(arguments: [
        ("metrics --role maybe", ["maybe"]),
        ("metrics --kind speed", ["speed"]),
        ("metrics --line x", ["--line"]),
        ("metrics --line", ["--line"]),
        ("metrics --nope", ["--nope"]),
        ("metrics --role target extra", ["extra"]),
        ("explain", ["explain"]),
        ("explain x", ["explain"]),
    ])
    func badArgumentsAreUsageErrors(command: String, words: [String]) async throws {
        let result = try await ProcessRunner.run(["--format", "json", "-c", command])
        #expect(result.exitedNormally, "crashed: \(result)")
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "output on a usage error: \(result.stdout)")
        #expect(result.stderrLines.count == 1, "expected one message: \(result.stderr)")
        for word in words {
            #expect(result.stderr.contains(word), "the message does not name '\(word)': \(result.stderr)")
        }
    }

    // MARK: Output formats and batch modes

    @Test func csvHasAHeaderAndTheJSONRows() async throws {
        let rows = try await Self.bundledMetrics()
        let result = try await ProcessRunner.run(["--format", "csv", "-c", "metrics"])
        try #require(result.status == 0, "\(result)")
        let records = try OutputParsing.csvRecords(result.stdout)
        try #require(records.count >= 1)
        let header = records[0]
        #expect(Set(header) == rows.first?.keys, "csv columns \(header)")
        let body = Array(records.dropFirst())
        #expect(body.count == rows.count, "csv has \(body.count) records, json \(rows.count) rows")
        #expect(body.allSatisfy { $0.count == header.count }, "a record with the wrong field count")
        if let text = header.firstIndex(of: "text"), let line = header.firstIndex(of: "line") {
            #expect(body.map { $0[text] } == rows.compactMap { $0.string("text") })
            #expect(body.map { Int($0[line]) } == rows.map { $0.int("line") })
        } else {
            Issue.record("no text or line column in \(header)")
        }
    }

    @Test(arguments: ["table", "markdown"])
    func otherFormatsHaveOneLinePerRow(format: String) async throws {
        let rows = try await Self.bundledMetrics()
        let result = try await ProcessRunner.run(["--format", format, "-c", "metrics"])
        try #require(result.status == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        let lines = OutputParsing.lines(result.stdout)
        try #require(lines.count >= 2)
        // A header and a rule or separator line, then one line per row.
        #expect(lines.count - 2 == rows.count, "\(format) has \(lines.count - 2) rows, json \(rows.count)")
        for (line, row) in zip(lines.dropFirst(2), rows) {
            #expect(line.contains(row.string("text") ?? "\u{0}"), "\(format) line without its text: \(line)")
        }
        if format == "markdown" {
            #expect(Set(OutputParsing.markdownCells(lines[0]) ?? []) == rows.first?.keys)
        }
    }

    @Test func dashCScriptAndStandardInputGiveTheSameRows() async throws {
        let commands = ["metrics", "metrics --role target --kind growth"]
        let scratch = try Scratch()
        defer { scratch.remove() }
        let script = try scratch.write("metrics.wb", text: "# figures\n" + commands.joined(separator: "\n") + "\n")

        let runs = [
            ("-c", try await ProcessRunner.run(["--format", "json"] + commands.flatMap { ["-c", $0] })),
            ("-f", try await ProcessRunner.run(["--format", "json", "-f", script])),
            ("stdin", try await ProcessRunner.run(["--format", "json"], stdin: Array(commands.joined(separator: "\n").utf8))),
        ]
        var counts: [String: [Int]] = [:]
        for (mode, result) in runs {
            try #require(result.status == 0 && result.exitedNormally, "\(mode): \(result)")
            let arrays = try OutputParsing.jsonArrays(in: result.stdout)
            #expect(arrays.count == commands.count, "\(mode): \(arrays.count) arrays")
            counts[mode] = arrays.map(\.count)
        }
        let reference = try #require(counts["-c"])
        #expect(reference.count == 2 && reference[0] > reference[1] && reference[1] > 0, "\(reference)")
        #expect(counts["-f"] == reference)
        #expect(counts["stdin"] == reference)
    }

    // MARK: Other reports

    /// The fewest figures each fixture should give. national-2025 is a condensed copy whose text
    /// holds only about 70 runs of digits (years, names and slogans among them), so 80 figures
    /// cannot be found in it.
    static let minimumFigures = ["henan-2025": 80, "henan-2026": 80, "national-2025": 55]

    @Test(arguments: Fixtures.reportNames)
    func fixtureReportsGiveConsistentFigures(name: String) async throws {
        let report = try ScalarText(path: Fixtures.report(name))
        try #require(report.isPlainLF, "\(name) is expected to be UTF-8 with LF line ends")
        let rows = try await RowJSON.run([Fixtures.report(name), "-c", "metrics"])
        let minimum = Self.minimumFigures[name] ?? 80
        #expect(rows.count >= minimum, "\(name): only \(rows.count) figures")
        for row in rows {
            let problems = Self.contractProblems(row)
            #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "; ")): \(row)")
        }
        let problems = Self.textProblems(rows, in: report)
        #expect(problems.isEmpty, "\(name): \(problems.count) of \(rows.count) rows:\n\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func bundledReportWithBOMAndCRLFGivesTheSameFigures() async throws {
        let report = try ScalarText.bundled()
        let original = try Data(contentsOf: URL(fileURLWithPath: report.path))
        try #require(!original.contains(0x0D))
        let windows: [UInt8] = [0xEF, 0xBB, 0xBF] + original.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("shanxi-2025.txt", bytes: windows).path

        func summary(_ rows: [RowJSON.Row]) -> [String] {
            rows.map { "\($0.int("line") ?? -1) \($0.string("text") ?? "?") \($0["normalizedValue"] ?? .compound)" }
        }
        let expected = try await Self.bundledMetrics()
        let actual = try await RowJSON.run([path, "-c", "metrics"])
        #expect(!expected.isEmpty)
        #expect(summary(actual) == summary(expected))
        #expect(!actual.contains { ($0.string("text") ?? "").contains("\r") || ($0.string("text") ?? "").contains("\u{FEFF}") })
    }
}
