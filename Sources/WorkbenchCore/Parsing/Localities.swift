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
        /// For a county, the full name of the unit above it (its city, or a municipality).
        var above: String?
    }

    /// A written form: full names, and short forms that keep a suffix of their kind (大理州,
    /// 延边州), so that a province's short form inside a city's name (吉林 in 吉林市, 海南 in
    /// 海南州) does not count.
    private struct Form: Sendable {
        var scalars: [Unicode.Scalar]
        var locality: Locality
    }

    /// Forms by a hash of their scalars (a `String` key hashed each word looked up with Unicode
    /// normalization, and each word looked up was a new string).
    private let forms: [UInt64: [Form]]
    private let longest: Int

    static let standard = Localities(entries: PlaceList.entries)

    /// The provinces, cities and counties of the gazetteer's entries (read once per process, and
    /// only for a report whose title may name a city).
    init(entries: [PlaceList.Entry]) {
        var kinds: [String: (isProvince: Bool, parent: String)] = [:]
        var written: [(form: [Unicode.Scalar], name: String, isCounty: Bool)] = []
        for entry in entries where entry.kind == "city" || entry.kind == "county" || entry.kind == "province" {
            if kinds[entry.name] == nil { kinds[entry.name] = (entry.kind == "province", entry.parent ?? "") }
            guard entry.kind != "province" else { continue }
            written.append((Array(entry.name.unicodeScalars), entry.name, entry.kind == "county"))
            for form in entry.shortForms.map({ Array($0.unicodeScalars) }) where form.count >= 2 && Self.isSuffixEnd(form[form.count - 1]) {
                written.append((form, entry.name, entry.kind == "county"))
            }
        }
        // The province a name belongs to, up through its city.
        func province(of name: String) -> String? {
            var current = name
            for _ in 0..<4 {
                guard let entry = kinds[current] else { return nil }
                if entry.isProvince { return current }
                current = entry.parent
            }
            return nil
        }
        var forms: [UInt64: [Form]] = [:]
        var longest = 0
        for (form, name, isCounty) in written {
            let key = Self.hash(form[...])
            // A form already taken by a place written earlier keeps it.
            guard forms[key]?.contains(where: { $0.scalars == form }) != true, let province = province(of: name) else { continue }
            let above = isCounty ? kinds[name]?.parent : nil
            forms[key, default: []].append(Form(scalars: form, locality: Locality(name: name, province: province, above: above)))
            longest = max(longest, form.count)
        }
        self.forms = forms
        self.longest = longest
    }

    /// The first city or county named in `text`, the longest form where several begin at once.
    /// Every form ends with the last scalar of a suffix (市, 州, 县, 区, 盟, 旗): only the words
    /// that end there are looked up.
    func find(in text: String) -> Locality? {
        let scalars = Array(text.unicodeScalars)
        var best: (start: Int, length: Int, locality: Locality)?
        for end in scalars.indices where Self.isSuffixEnd(scalars[end]) {
            for length in stride(from: min(longest, end + 1), through: 2, by: -1) {
                let start = end + 1 - length
                if let best, start > best.start || start == best.start && length <= best.length { continue }
                let word = scalars[start...end]
                if let form = forms[Self.hash(word)]?.first(where: { $0.scalars.elementsEqual(word) }) {
                    best = (start, length, form.locality)
                }
            }
        }
        // A county's name is shared by counties of other provinces the gazetteer may not list
        // (和平区 is Tianjin's and Shenyang's, 鼓楼区 Nanjing's and Fuzhou's): it counts only
        // with the unit above it named too (烟台市蓬莱区, 北京市海淀区).
        guard let found = best?.locality else { return nil }
        if let above = found.above {
            let short = above.hasSuffix("市") && above.unicodeScalars.count > 2 ? String(above.dropLast()) : above
            guard Text.contains(short, in: text) else { return nil }
        }
        return found
    }

    /// FNV-1a over the scalars' values.
    private static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The last scalars of the names of cities and counties (市, 州, 县, 区, 盟, 旗).
    static func isSuffixEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "市", "州", "县", "区", "盟", "旗": return true
        default: return false
        }
    }
}
