#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The gazetteer of Chinese places that the workbench and its modules share: provinces, all
/// prefecture-level cities, the counties of some provinces, regions across provinces and named
/// parts of one province (`places.txt` beside this file documents the format: one
/// `kind|full name|short forms|parent` a line).
///
/// The workbench reads it to tell the province of a city's or a county's report; the projects
/// module, to place projects. A module of your own may read it too.
public enum PlaceList {
    /// The bundled list, followed by the lines of the user's own `places.txt` in
    /// `$XDG_CONFIG_HOME/workbench/` (or `~/.config/workbench/`), if there is one.
    public static let text: String = {
        var text = String(decoding: PackageResources.places_txt, as: UTF8.self)
        if let user = userFile() { text += "\n" + user }
        return text
    }()

    static func userFile() -> String? {
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        let folder = variable("XDG_CONFIG_HOME").flatMap { $0.isEmpty ? nil : $0 + "/workbench" }
            ?? variable("HOME").map { $0 + "/.config/workbench" }
        guard let path = folder.map({ $0 + "/places.txt" }), let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        // (Foundation is not built with library evolution: the SDK reads the file with the C library.)
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
