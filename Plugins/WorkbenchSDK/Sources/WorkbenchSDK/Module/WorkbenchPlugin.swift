/// What a separately built module library hands to the workbench when it is loaded.
///
/// A module library exports one C entry point whose name carries the API version, and returns
/// `WorkbenchPlugin.export(…)` from it:
///
/// ```swift
/// import WorkbenchSDK
///
/// @_cdecl("workbench_plugin_v3")
/// public func workbenchPlugin() -> UnsafeMutableRawPointer {
///     WorkbenchPlugin.export([JobsModule()])
/// }
/// ```
///
/// `export` is inlined into the module library, so the API version and compiler it records are
/// those the module was built with; the workbench refuses a module whose versions differ from
/// its own, with a message that says so.
public final class WorkbenchPlugin: @unchecked Sendable {
    /// The modules the library provides.
    public let modules: [any WorkbenchModule]
    /// The SDK API version the library was built against.
    public let apiVersion: Int
    /// The Swift compiler the library was built with (`6.3`).
    public let compiler: String

    /// A plugin record; use `export` rather than calling this directly.
    public init(modules: [any WorkbenchModule], apiVersion: Int, compiler: String) {
        self.modules = modules
        self.apiVersion = apiVersion
        self.compiler = compiler
    }

    /// The value a module library's entry point returns (ownership passes to the workbench).
    @inlinable
    public static func export(_ modules: [any WorkbenchModule]) -> UnsafeMutableRawPointer {
        Unmanaged.passRetained(WorkbenchPlugin(modules: modules, apiVersion: builtAPIVersion, compiler: builtCompiler)).toOpaque()
    }

    /// The entry point's symbol name for an API version (`workbench_plugin_v3`).
    public static func entryPointName(apiVersion: Int) -> String { "workbench_plugin_v\(apiVersion)" }

    /// The API version of the SDK source this code is compiled from (inlined into the caller).
    @inlinable
    public static var builtAPIVersion: Int { 3 }

    /// The Swift compiler this code is compiled with, to major.minor (inlined into the caller).
    @inlinable
    public static var builtCompiler: String {
        #if compiler(>=7.0)
        return "7.0+"
        #elseif compiler(>=6.4)
        return "6.4"
        #elseif compiler(>=6.3)
        return "6.3"
        #elseif compiler(>=6.2)
        return "6.2"
        #elseif compiler(>=6.1)
        return "6.1"
        #elseif compiler(>=6.0)
        return "6.0"
        #else
        return "older than 6.0"
        #endif
    }
}

/// A C symbol that identifies this copy of the SDK. The workbench compares the address a module
/// library resolves it to with its own: a module that carries a copy of the SDK of its own (linked
/// statically instead of against the shared `WorkbenchSDK` library) would see different types,
/// and is refused before any of its Swift values are touched.
@_cdecl("workbench_sdk_identity")
public func workbenchSDKIdentity() -> Int { workbenchAPIVersion }
