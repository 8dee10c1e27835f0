import Foundation

/// Writes a file so that it is never seen half-written: the content goes to a temporary file
/// beside it, which is renamed over the target (one step, rename(2)) only once it is complete.
/// A failure (or a producer that stops on Ctrl-C by throwing) removes the temporary file and leaves any earlier file as it was.
enum AtomicFile {
    /// Writes `data` to `path`.
    static func write(_ data: Data, to path: String) throws(WorkbenchError) {
        try write(to: path) { temporary in try data.write(to: URL(fileURLWithPath: temporary)) }
    }

    /// Calls `produce` with a temporary path beside `path` to fill, then renames it to `path`.
    static func write(to path: String, produce: (String) throws -> Void) throws(WorkbenchError) {
        try checkWritable(path)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        do {
            try? FileManager.default.removeItem(atPath: temporary)
            try produce(temporary)
            guard rename(temporary, path) == 0 else {
                throw WorkbenchError.runtime("cannot write '\(path)': \(String(cString: strerror(errno)))",
                                             remedy: "Check that its folder exists and is writable")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            if let error = error as? WorkbenchError { throw error }
            throw .runtime("cannot write '\(path)': \(error.localizedDescription)", remedy: "Check that its folder exists and is writable")
        }
    }

    /// Refuses a folder, or a path whose folder does not exist, before any work is done.
    static func checkWritable(_ path: String) throws(WorkbenchError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .runtime("cannot write '\(path)': it is a folder", remedy: "Give a file name")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .runtime("cannot write '\(path)': the folder '\(folder)' does not exist", remedy: "Create it first, or give another path")
        }
    }
}
