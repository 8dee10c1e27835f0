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
        // Provinces and cities by name (their names are their own; counties share theirs).
        var kinds: [String: (isProvince: Bool, parent: String)] = [:]
        var written: [(form: [Unicode.Scalar], name: String, parent: String, isCounty: Bool)] = []
        for entry in entries where entry.kind == "city" || entry.kind == "county" || entry.kind == "province" {
            if entry.kind != "county", kinds[entry.name] == nil { kinds[entry.name] = (entry.kind == "province", entry.parent ?? "") }
            guard entry.kind != "province" else { continue }
            let isCounty = entry.kind == "county"
            written.append((Array(entry.name.unicodeScalars), entry.name, entry.parent ?? "", isCounty))
            for form in entry.shortForms.map({ Array($0.unicodeScalars) }) where form.count >= 2 && Self.isSuffixEnd(form[form.count - 1]) {
                written.append((form, entry.name, entry.parent ?? "", isCounty))
            }
        }
        // The province of a place whose unit above is `parent`: the parent itself, or its province.
        func province(under parent: String) -> String? {
            guard let entry = kinds[parent] else { return nil }
            return entry.isProvince ? parent : kinds[entry.parent]?.isProvince == true ? entry.parent : nil
        }
        var forms: [UInt64: [Form]] = [:]
        var longest = 0
        for (form, name, parent, isCounty) in written {
            let key = Self.hash(form[...])
            // Places that share a form (鼓楼区 of 开封, 南京, 徐州 and 福州) are all kept, in order.
            guard forms[key]?.contains(where: { $0.scalars == form && $0.locality.name == name && $0.locality.above == (isCounty ? parent : nil) }) != true,
                  let province = province(under: parent) else { continue }
            forms[key, default: []].append(Form(scalars: form, locality: Locality(name: name, province: province, above: isCounty ? parent : nil)))
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
        var best: (start: Int, length: Int, localities: [Locality])?
        for end in scalars.indices where Self.isSuffixEnd(scalars[end]) {
            for length in stride(from: min(longest, end + 1), through: 2, by: -1) {
                let start = end + 1 - length
                if let best, start > best.start || start == best.start && length <= best.length { continue }
                let word = scalars[start...end]
                let named = forms[Self.hash(word)]?.filter { $0.scalars.elementsEqual(word) }.map(\.locality) ?? []
                if !named.isEmpty { best = (start, length, named) }
            }
        }
        // A county's name may be shared by counties of other provinces (和平区 is Tianjin's and
        // Shenyang's, 鼓楼区 Nanjing's and Fuzhou's): such a name counts only with the unit above
        // it named too (烟台市蓬莱区, 福州市鼓楼区), and of namesakes the one whose unit above is
        // named. A name no other place has (浦东新区) counts alone.
        guard let best, let found = best.localities.first(where: { found in
            guard let above = found.above, best.localities.count > 1 else { return true }
            let short = above.hasSuffix("市") && above.unicodeScalars.count > 2 ? String(above.dropLast()) : above
            return Text.contains(short, in: text)
        }) else { return nil }
        // A city followed by one of its counties (福州市鼓楼区) is the county's report.
        let after = best.start + best.length
        for length in stride(from: min(longest, scalars.count - after), through: 2, by: -1) {
            let word = scalars[after..<(after + length)]
            if let county = forms[Self.hash(word)]?.first(where: { $0.scalars.elementsEqual(word) && $0.locality.above == found.name }) {
                return county.locality
            }
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
