import Foundation

/// Lexicon files a user keeps in `$XDG_CONFIG_HOME/workbench/` (or `~/.config/workbench/`) to
/// extend or replace the ones compiled into the workbench.
enum UserLexicons {
    /// The folder, from the environment.
    static var folder: String? {
        let environment = ProcessInfo.processInfo.environment
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/workbench" }
        return environment["HOME"].map { $0 + "/.config/workbench" }
    }

    /// The text of the user's file of that name, if there is one.
    static func text(of name: String) -> String? {
        guard let folder, let data = FileManager.default.contents(atPath: folder + "/" + name) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
