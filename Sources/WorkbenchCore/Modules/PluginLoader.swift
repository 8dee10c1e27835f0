import Foundation
import WorkbenchSDK
#if canImport(Glibc)
import Glibc
#endif

/// Loads module libraries built separately against the SDK. A library is opened once and never
/// closed (its code may still be referenced by the modules it registered).
enum PluginLoader {
    /// Loads the library at `path` and returns what it exports, or says precisely why not.
    static func load(path: String) throws(WorkbenchError) -> WorkbenchPlugin {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .runtime("cannot load module '\(path)': no such file", remedy: "Give the path of a module library (.so) built with swift build")
        }
        guard !isDirectory.boolValue else {
            throw .runtime("cannot load module '\(path)': it is a folder",
                           remedy: "Give the library inside it, e.g. '\(path)/.build/release/libMyModule.so'")
        }
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        guard type == .typeRegular || type == .typeSymbolicLink else {
            throw .runtime("cannot load module '\(path)': it is not a regular file", remedy: "Give a module library (.so)")
        }
        // An absolute path: dlopen would search the system's library path for a bare file name.
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        guard let handle = dlopen(absolute, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown error"
            throw .runtime("cannot load module '\(path)': it is not a loadable library (\(Self.short(reason, path: path)))",
                           remedy: "Give a module library (.so) built with swift build against WorkbenchSDK")
        }
        let expected = WorkbenchPlugin.entryPointName(apiVersion: workbenchAPIVersion)
        guard let entry = dlsym(handle, expected) else {
            if let other = (1...999).first(where: { $0 != workbenchAPIVersion && dlsym(handle, WorkbenchPlugin.entryPointName(apiVersion: $0)) != nil }) {
                throw .runtime("cannot load module '\(path)': it was built for workbench API version \(other), and this workbench has version \(workbenchAPIVersion)",
                               remedy: "Rebuild the module against this workbench's SDK")
            }
            throw .runtime("cannot load module '\(path)': it is not a workbench module (it has no \(expected) entry point)",
                           remedy: "A module exports @_cdecl(\"\(expected)\") returning WorkbenchPlugin.export([...]); see ARCHITECTURE.md")
        }
        // The module must use the workbench's own copy of the SDK (through its dependency on
        // libWorkbenchSDK.so), or its types are not ours; checked before any Swift value of the
        // module is touched. A library that does not link the SDK at all is refused here too.
        let ours = dlsym(dlopen(nil, RTLD_NOW), "workbench_sdk_identity")
        guard let theirs = dlsym(handle, "workbench_sdk_identity"), theirs == ours else {
            throw .runtime("cannot load module '\(path)': it does not use this workbench's SDK library",
                           remedy: "Depend on the WorkbenchSDK library product (it is dynamic) instead of linking the SDK's sources into the module")
        }
        typealias Entry = @convention(c) () -> UnsafeMutableRawPointer?
        let function = unsafeBitCast(entry, to: Entry.self)
        guard let pointer = function() else {
            throw .runtime("cannot load module '\(path)': its entry point returned nothing", remedy: "Return WorkbenchPlugin.export([...]) from it")
        }
        let plugin = Unmanaged<WorkbenchPlugin>.fromOpaque(pointer).takeRetainedValue()
        guard plugin.apiVersion == workbenchAPIVersion else {
            throw .runtime("cannot load module '\(path)': it was built for workbench API version \(plugin.apiVersion), and this workbench has version \(workbenchAPIVersion)",
                           remedy: "Rebuild the module against this workbench's SDK")
        }
        guard plugin.compiler == WorkbenchPlugin.builtCompiler else {
            throw .runtime("cannot load module '\(path)': it was built with Swift \(plugin.compiler), and this workbench with Swift \(WorkbenchPlugin.builtCompiler)",
                           remedy: "Rebuild the module with the same Swift toolchain as the workbench")
        }
        return plugin
    }

    /// Folders searched for module libraries at start-up: each entry of `WORKBENCH_PLUGIN_PATH`
    /// (colon-separated), then `$XDG_DATA_HOME/workbench/plugins` (or
    /// `~/.local/share/workbench/plugins`).
    static func searchFolders(environment: [String: String]) -> [String] {
        var folders = (environment["WORKBENCH_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            folders.append(data + "/workbench/plugins")
        } else if let home = environment["HOME"], !home.isEmpty {
            folders.append(home + "/.local/share/workbench/plugins")
        }
        return folders
    }

    /// The module libraries (`*.so`) in a folder, sorted; a path that is a library itself.
    static func libraries(in folder: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return folder.hasSuffix(".so") ? [folder] : [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // The SDK itself (beside a module in its build folder) is not a module.
        return names.filter { $0.hasSuffix(".so") && $0 != "libWorkbenchSDK.so" }.sorted().map { folder + "/" + $0 }
    }

    /// dlerror() messages repeat the path; keep what follows it.
    static func short(_ reason: String, path: String) -> String {
        guard let range = reason.range(of: path + ": ") else { return reason }
        return String(reason[range.upperBound...])
    }
}
