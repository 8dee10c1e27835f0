import WorkbenchSDK

/// The entry point the workbench looks for; its name carries the SDK API version.
@_cdecl("workbench_plugin_v3")
public func workbenchPlugin() -> UnsafeMutableRawPointer {
    WorkbenchPlugin.export([JobsModule()])
}
