import WorkbenchSDK

/// Cities and counties by the names a report's title or delivery line gives them, with the
/// province each belongs to: 杭州市 → 浙江省, 正定县 → 河北省 (through 石家庄市), 海淀区 → 北京市.
/// Read from the SDK's `PlaceList`, so that a place the user adds to `places.txt` counts too.
struct Localities: Sendable {
    struct Locality: Equatable, Sendable {
        /// The name as the gazetteer writes it in full (`吉林市`, `大理白族自治州`).
        var name: String
        /// The province's full name.
        var province: String
    }

    /// Written forms: full names, and short forms that keep a suffix of their kind (大理州,
    /// 延边州), so that a province's short form inside a city's name (吉林 in 吉林市, 海南 in
    /// 海南州) does not count.
    private let forms: [String: Locality]
    private let longest: Int

    static let standard = Localities(text: PlaceList.text)

    init(text: String) {
        var kinds: [String: (kind: Substring, parent: String)] = [:]
        var written: [(form: String, name: String)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { Self.trimmed($0) }
            guard fields.count >= 4, ["city", "county", "province"].contains(fields[0]), !fields[1].isEmpty else { continue }
            let name = String(fields[1])
            if kinds[name] == nil { kinds[name] = (fields[0], String(fields[3])) }
            guard fields[0] != "province" else { continue }
            written.append((name, name))
            for form in fields[2].split(separator: ",").map({ String(Self.trimmed($0)) })
            where form.unicodeScalars.count >= 2 && Self.suffixes.contains(where: { form.hasSuffix($0) }) {
                written.append((form, name))
            }
        }
        // The province a name belongs to, up through its city.
        func province(of name: String) -> String? {
            var current = name
            for _ in 0..<4 {
                guard let entry = kinds[current] else { return nil }
                if entry.kind == "province" { return current }
                current = entry.parent
            }
            return nil
        }
        var forms: [String: Locality] = [:]
        for (form, name) in written where forms[form] == nil {
            if let province = province(of: name) { forms[form] = Locality(name: name, province: province) }
        }
        self.forms = forms
        longest = forms.keys.map(\.unicodeScalars.count).max() ?? 0
    }

    /// Suffixes of the kinds of place a report is given for.
    private static let suffixes = ["市", "州", "县", "区", "盟", "旗", "地区"]

    /// The first city or county named in `text`, the longest form where several begin at once.
    /// Every form ends with the last scalar of a suffix (市, 州, 县, 区, 盟, 旗): only the words
    /// that end there are looked up.
    func find(in text: String) -> Locality? {
        let scalars = Array(text.unicodeScalars)
        var best: (start: Int, length: Int, locality: Locality)?
        for end in scalars.indices where Self.suffixEnds.contains(scalars[end]) {
            for length in stride(from: min(longest, end + 1), through: 2, by: -1) {
                let start = end + 1 - length
                if let best, start > best.start || start == best.start && length <= best.length { continue }
                if let found = forms[Text.string(scalars[start...end])] { best = (start, length, found) }
            }
        }
        return best?.locality
    }

    private static let suffixEnds: Set<Unicode.Scalar> = ["市", "州", "县", "区", "盟", "旗"]

    private static func trimmed(_ field: Substring) -> Substring {
        var field = field
        while field.first == " " || field.first == "\t" { field.removeFirst() }
        while field.last == " " || field.last == "\t" || field.last == "\r" { field.removeLast() }
        return field
    }
}
