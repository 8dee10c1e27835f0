import WorkbenchSDK

/// `plugins` and `plugin load PATH`: the analysis modules and loading new ones.
enum PluginCommands {
    static let plugins = CoreCommand(
        spec: CommandSpec(name: "plugins", summary: "List the analysis modules: built-in and loaded from libraries",
                          usage: "plugins", examples: ["plugins"]),
        run: { session, arguments in
            try CoreCommands.expectNoArguments(arguments, command: "plugins")
            var table = ResultTable(columns: ["name", "version", "source", "commands", "summary"])
            for entry in session.modules.entries {
                table.append([.text(entry.module.name), .text(entry.module.version), .text(entry.source.description),
                              .list(entry.module.commands.map(\.name)), .text(entry.module.summary)])
            }
            return .table(table)
        })

    static let plugin = CoreCommand(
        spec: CommandSpec(name: "plugin", summary: "Load a module library built separately against the SDK",
                          usage: "plugin load PATH",
                          arguments: [ArgumentSpec(name: "load", summary: "load the library at PATH and register its modules", required: true),
                                      ArgumentSpec(name: "PATH", summary: "a .so built with swift build", required: true)],
                          examples: ["plugin load Examples/JobsModule/.build/release/libJobsModule.so"]),
        run: { session, arguments in
            guard arguments.count == 2, arguments[0] == "load" else {
                throw WorkbenchError.usage("plugin: expected 'plugin load PATH'", remedy: "Usage: plugin load PATH")
            }
            let modules = try session.loadPlugin(path: arguments[1])
            var table = ResultTable(columns: ["name", "version", "source", "commands", "summary"])
            for module in modules {
                table.append([.text(module.name), .text(module.version), .text(Session.identity(of: arguments[1])),
                              .list(module.commands.map(\.name)), .text(module.summary)])
            }
            return .table(table)
        })
}
