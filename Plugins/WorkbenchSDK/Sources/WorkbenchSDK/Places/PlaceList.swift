#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The gazetteer of Chinese places that the workbench and its modules share: provinces,
/// prefecture-level cities, counties, regions across provinces and named parts of one province
/// (`PlaceListText.swift` beside this file holds the list and documents the format: one
/// `kind|full name|short forms|parent` a line).
///
/// The workbench reads it to tell the province of a city's or a county's report; the projects
/// module, to place projects. A module of your own may read it too.
public enum PlaceList {
    /// One line of the list: `kind|full name|short forms|parent`.
    public struct Entry: Sendable, Equatable {
        /// `province`, `region`, `subregion`, `city`, `county`, or `word` (an ordinary word that
        /// holds a place's name, to be matched and ignored).
        public var kind: String
        /// The full name (`太原市`).
        public var name: String
        /// Other written forms, as listed (`太原`).
        public var shortForms: [String]
        /// The full name of the unit above, if any.
        public var parent: String?

        public init(kind: String, name: String, shortForms: [String], parent: String?) {
            self.kind = kind
            self.name = name
            self.shortForms = shortForms
            self.parent = parent
        }
    }

    /// The entries of `text`, which the workbench and the projects module read alike.
    public static let entries: [Entry] = entries(in: text)

    /// The entries of a list in the format of `places.txt`: comments (`#`), blank lines and
    /// lines without a name are passed over; fields and forms lose the blanks around them.
    public static func entries(in text: String) -> [Entry] {
        // Read as UTF-8 bytes, which keeps a list of some 4,000 lines quick to read at start
        // (splitting characters, and trimming through a reversed view, took 60 ms). Blanks and
        // a carriage return around a field go.
        func trimmed(_ field: Substring.UTF8View.SubSequence) -> String {
            var field = field
            while let first = field.first, first == 32 || first == 9 || first == 13 { field = field.dropFirst() }
            while let last = field.last, last == 32 || last == 9 || last == 13 { field = field.dropLast() }
            return String(decoding: field, as: UTF8.self)
        }
        var entries: [Entry] = []
        // Lines end with LF, CRLF or CR; a byte-order mark (a user's file saved by Notepad,
        // appended to the bundled list) is no part of its first line.
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        for var line in text[...].utf8.split(whereSeparator: { $0 == 10 || $0 == 13 }) {
            if line.starts(with: byteOrderMark) { line = line.dropFirst(3) }
            guard line.first != UInt8(ascii: "#") else { continue }
            let fields = line.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map(trimmed)
            guard fields.count >= 3, !fields[1].isEmpty else { continue }
            let forms = fields[2].utf8.split(separator: UInt8(ascii: ",")).map { trimmed($0[...]) }.filter { !$0.isEmpty }
            entries.append(Entry(kind: fields[0], name: fields[1], shortForms: forms,
                                 parent: fields.count > 3 && !fields[3].isEmpty ? fields[3] : nil))
        }
        return entries
    }

    /// The bundled list, followed by the lines of the user's own `places.txt` in
    /// `$XDG_CONFIG_HOME/workbench/` (or `~/.config/workbench/`), if there is one.
    public static let text: String = {
        var text = bundledText
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
