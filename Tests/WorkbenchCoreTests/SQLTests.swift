import Foundation
import Testing
import WorkbenchSDK
@testable import WorkbenchCore

/// A module whose command fills a SQL table, with text that CSV, JSON and HTML must keep intact.
struct TableModule: WorkbenchModule {
    var name = "things"
    var version = "1.0"
    var summary = "rows for SQL tests"
    var failOn: String?

    var commands: [CommandSpec] {
        [CommandSpec(name: "things", summary: "tricky rows", table: "things")]
    }

    static let trickyTexts = ["逗号,和\"引号\"", "换行\n第二行", "<script>alert(1)</script>", "plain"]

    func run(command: String, arguments: [String], context: ModuleContext) throws -> ResultTable {
        if context.report.name == failOn { throw ModuleError("cannot read \(context.report.name)") }
        var table = ResultTable(columns: ["text", "size", "tags"])
        for (index, text) in Self.trickyTexts.enumerated() {
            table.append([.text(text), .number(Double(index) + 0.5), .list(["a", "b,c"])])
        }
        return table
    }
}

@Suite struct SQLTests {
    func shell(modules: [any WorkbenchModule] = []) throws -> Shell {
        var shell = Shell(session: Session())
        shell.session.add(BundledReports.defaultReport())
        for module in modules { try shell.session.register(module, source: .builtIn) }
        return shell
    }

    func table(_ shell: inout Shell, _ line: String) throws -> ResultTable {
        guard case .table(let table)? = try shell.execute(line) else { throw SomeFailure() }
        return table
    }

    @Test func countEqualsTheMetricsCommand() throws {
        var shell = try shell()
        let count = try table(&shell, "sql SELECT count(*) AS n FROM metrics")
        let metrics = try table(&shell, "metrics")
        #expect(count.rows == [[.integer(metrics.rows.count)]])
        let targets = try table(&shell, "targets")
        #expect(try table(&shell, "sql SELECT count(*) FROM targets").rows == [[.integer(targets.rows.count)]])
    }

    @Test func rowsCarryTheSameValuesAsTheCommands() throws {
        var shell = try shell()
        let metrics = try table(&shell, "metrics")
        let rows = try table(&shell, "sql SELECT line, text, normalizedValue, kind, role FROM metrics ORDER BY id")
        #expect(rows.rows.count == metrics.rows.count)
        for (index, row) in rows.rows.enumerated() {
            #expect(row[0] == metrics.cell(index, "line"))
            #expect(row[1] == metrics.cell(index, "text"))
            #expect(row[3] == metrics.cell(index, "kind"))
        }
    }

    @Test func quotesInTheQueryAreKept() throws {
        var shell = try shell()
        let jobs = try table(&shell, "sql SELECT value, unit FROM targets WHERE indicator = 'urban-jobs'")
        #expect(jobs.rows == [[.number(45), .text("万人")]])
        let gdp = try table(&shell, #"sql SELECT "value" FROM targets WHERE indicator = 'gdp' AND headline"#)
        #expect(gdp.rows == [[.number(5)]])
    }

    @Test(arguments: ["DELETE FROM metrics", "UPDATE metrics SET value = 0", "INSERT INTO reports (name) VALUES ('x')",
                      "DROP TABLE metrics", "CREATE TABLE t (a)", "ATTACH '/tmp/workbench-attach.db' AS x",
                      "VACUUM INTO '/tmp/workbench-vacuum.db'", "PRAGMA query_only = 0", "  delete from metrics  "])
    func writesAreRefused(_ query: String) throws {
        var shell = try shell()
        #expect {
            _ = try shell.execute("sql \(query)")
        } throws: { error in
            (error as? WorkbenchError)?.message.contains("read-only") == true
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/workbench-attach.db"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/workbench-vacuum.db"))
        // Nothing changed, and the session goes on.
        #expect(try table(&shell, "sql SELECT count(*) FROM reports").rows == [[.integer(1)]])
    }

    @Test func sqliteErrorsNameTheQuery() throws {
        var shell = try shell()
        #expect {
            _ = try shell.execute("sql SELECT nosuch FROM metrics")
        } throws: { error in
            let message = (error as? WorkbenchError)?.message ?? ""
            return message.contains("no such column: nosuch") && message.contains("SELECT nosuch FROM metrics")
        }
        #expect(throws: WorkbenchError.self) { _ = try shell.execute("sql SELECT 1; SELECT 2") }
        #expect(throws: WorkbenchError.self) { _ = try shell.execute("sql") }
        #expect(try table(&shell, "sql SELECT 1 AS one").rows == [[.integer(1)]])
    }

    @Test func schemaListsEveryTableWithItsRows() throws {
        var shell = try shell(modules: [TableModule()])
        let schema = try table(&shell, ".schema")
        let names = schema.rows.map { $0[0] }
        #expect(names == ["reports", "sections", "metrics", "targets", "things"].map(Cell.text))
        #expect(schema.cell(4, "rows") == .integer(TableModule.trickyTexts.count))
        #expect(schema.cell(4, "sql") == .text("CREATE TABLE things (report TEXT, text TEXT, size REAL, tags TEXT)"))
        #expect(try table(&shell, ".schema things").rows.count == 1)
        #expect(throws: WorkbenchError.self) { _ = try shell.execute(".schema thing") }
    }

    @Test func moduleTablesHaveAReportColumnAndListsAsJSON() throws {
        var shell = try shell(modules: [TableModule()])
        let rows = try table(&shell, "sql SELECT report, text, tags FROM things ORDER BY size")
        #expect(rows.rows.first == [.text("shanxi-2025"), .text(TableModule.trickyTexts[0]), .text(#"["a","b,c"]"#)])
        let opened = try table(&shell, "sql SELECT count(*) FROM things, json_each(things.tags)")
        #expect(opened.rows == [[.integer(TableModule.trickyTexts.count * 2)]])
    }

    @Test func aFailingModuleLeavesOnlyItsTableOut() throws {
        var shell = try shell(modules: [TableModule(failOn: "shanxi-2025")])
        #expect(throws: WorkbenchError.self) { _ = try shell.execute("sql SELECT * FROM things, metrics") }
        let notices = shell.session.takeNotices()
        #expect(notices.contains { $0.contains("things") && $0.contains("cannot read shanxi-2025") })
        #expect(try table(&shell, "sql SELECT count(*) FROM metrics").rows.count == 1)
    }

    @Test func tablesAreBuiltAsQueriesFirstReadThem() throws {
        var shell = try shell(modules: [TableModule()])
        _ = try table(&shell, "sql SELECT count(*) FROM Metrics")
        #expect(shell.session.databaseCache?.built == ["metrics"])
        #expect(shell.session.databaseCache?.database.schema.map(\.table) == ["metrics"])
        // A second table is added; the first keeps its rows; the order is that of a whole build.
        #expect(try table(&shell, "sql SELECT count(*) FROM things").rows == [[.integer(4)]])
        #expect(shell.session.databaseCache?.database.schema.map(\.table) == ["metrics", "things"])
        #expect(try table(&shell, "sql SELECT count(*) FROM metrics").rows == [[.integer(208)]])
        // The schema needs them all.
        // (The session here has only the test's module, not the built-in ones.)
        _ = try table(&shell, "sql SELECT name FROM sqlite_master")
        #expect(shell.session.databaseCache?.database.schema.map(\.table) == ["reports", "sections", "metrics", "targets", "things"])
    }

    @Test func oneChartOrOneCSVTableRunsNoOtherModule() throws {
        var shell = try shell(modules: [TableModule(failOn: "shanxi-2025")])
        _ = try shell.execute("chart targets")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wb-one-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try shell.execute("export csv \(folder.path)/targets.csv --table targets")
        #expect(shell.session.takeNotices().allSatisfy { !$0.contains("things") })
        // A one-table export of the failing module's table lists the tables there are.
        #expect { _ = try shell.execute("export csv \(folder.path)/things.csv --table things") } throws: { error in
            "\(error)".contains("metrics")
        }
        // A whole export runs every module, and says which table it left out.
        _ = try shell.execute("export csv \(folder.path)/all")
        #expect(shell.session.takeNotices().contains { $0.contains("things") })
    }

    @Test func theTablesAQueryReadsAreItsWords() {
        let names = ["reports", "metrics", "projects", "things"]
        #expect(ModelTables.tablesRead(by: "SELECT * FROM metrics m JOIN \"PROJECTS\" p ON m.report = p.report", among: names)
                == ["metrics", "projects"])
        #expect(ModelTables.tablesRead(by: "SELECT 1", among: names).isEmpty)
        #expect(ModelTables.tablesRead(by: "select metricsx from [things]", among: names) == ["things"])
        #expect(ModelTables.tablesRead(by: "SELECT name FROM sqlite_schema", among: names) == Set(names))
        #expect(ModelTables.tablesRead(by: "SELECT * FROM pragma_table_info('metrics')", among: names) == ["metrics"])
        #expect(ModelTables.tablesRead(by: "SELECT * FROM pragma_table_list", among: names) == Set(names))
    }

    @Test func theDatabaseFollowsLoadedReports() throws {
        var shell = try shell()
        #expect(try table(&shell, "sql SELECT count(*) FROM reports").rows == [[.integer(1)]])
        shell.session.add(Fixtures.parse("山西省政府工作报告\n一、过去一年工作回顾\n地区生产总值增长5%。\n", file: "other.txt"))
        #expect(try table(&shell, "sql SELECT count(*) FROM reports").rows == [[.integer(2)]])
    }

    @Test func largeResultsAreCutWithANote() throws {
        var shell = try shell()
        let rows = try table(&shell, "sql SELECT 1 FROM metrics a, metrics b, (SELECT 1 UNION SELECT 2 UNION SELECT 3)")
        #expect(rows.rows.count == ReportDatabase.rowLimit)
        #expect(shell.session.takeNotices().contains { $0.contains("LIMIT") })
    }

    @Test func completionOffersTablesAndColumns() throws {
        var shell = try shell(modules: [TableModule()])
        guard case .words(let afterFrom) = shell.complete(before: "sql SELECT * FROM ") else { throw SomeFailure() }
        #expect(afterFrom.contains("metrics") && afterFrom.contains("things") && !afterFrom.contains("SELECT"))
        // A module's columns are known once its table is built.
        _ = try shell.execute("sql SELECT 1 FROM things")
        guard case .words(let words) = shell.complete(before: "sql SELECT ") else { throw SomeFailure() }
        #expect(words.contains("normalizedValue") && words.contains("WHERE") && words.contains("size"))
    }
}
