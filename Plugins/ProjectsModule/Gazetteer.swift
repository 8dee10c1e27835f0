import WorkbenchSDK

/// Places of China: provinces, prefecture-level cities, counties and named sub-regions, read
/// from the SDK's `PlaceList` (one `kind|name|short forms|parent` a line).
/// Matching is longest-first and left to right, so that 晋中国家农高区 is 晋中 and not 中国.
struct Gazetteer: Sendable {
    struct Place: Sendable, Equatable {
        var kind: String
        var name: String
        var parent: String?
        /// The province the place is in (itself for a province), found once when the list is read.
        var province: String?
    }

    /// Every written form (full name and short forms of two or more characters) and the places
    /// that write it so, in the order of the list's lines (which puts larger units first: 吉林 is
    /// the province before the city; 鼓楼区 is a district of 开封, 南京, 徐州 and 福州).
    let forms: [String: [Place]]
    /// A written form as the matcher walks it: its characters, their codes (`CharacterCodes`),
    /// and the places that write it so.
    struct Option: Sendable {
        var characters: [Character]
        var codes: [UInt32]
        var written: String
        var candidates: [Place]
    }

    /// Written forms by the code of their first character, longest first (comparing codes, not
    /// characters: a list of every county has dozens of forms for some first characters).
    let byCode: [UInt32: [Option]]
    /// Written forms whose first character has no code, by that character, longest first.
    let byFirst: [Character: [Option]]
    /// The first characters of the written forms, for skipping characters that begin none.
    let firsts: FirstLetters
    /// Places by their full names; of counties sharing a name (鼓楼区), the first. `forms` has them all.
    let places: [String: Place]
    /// Places by the first character of their names (a question per character of a name
    /// walked all of them).
    let placesByFirst: [Character: [Place]]

    /// The shared gazetteer (`PlaceList`: the bundled list and the user's `places.txt`).
    static let standard = Gazetteer(entries: PlaceList.entries)

    init(text: String) {
        self.init(entries: PlaceList.entries(in: text))
    }

    init(entries: [PlaceList.Entry]) {
        // Names and the units above them (of places sharing a name, the first), for the
        // province of each place: it is asked at every place a text names.
        var above: [String: (kind: String, parent: String?)] = [:]
        for entry in entries where above[entry.name] == nil { above[entry.name] = (entry.kind, entry.parent) }
        func province(_ entry: PlaceList.Entry) -> String? {
            var current: (kind: String, name: String, parent: String?)? = (entry.kind, entry.name, entry.parent)
            for _ in 0..<4 {
                guard let at = current else { break }
                if at.kind == "province" { return at.name }
                current = at.parent.flatMap { parent in above[parent].map { ($0.kind, parent, $0.parent) } }
            }
            return entry.kind == "subregion" ? entry.parent : nil
        }
        var forms: [String: [Place]] = [:]
        var places: [String: Place] = [:]
        var all: [Place] = []
        for entry in entries {
            let place = Place(kind: entry.kind, name: entry.name, parent: entry.parent, province: province(entry))
            if places[place.name] == nil { places[place.name] = place }
            all.append(place)
            for form in [entry.name] + entry.shortForms where form.count >= 2 && forms[form]?.contains(place) != true {
                forms[form, default: []].append(place)
            }
        }
        self.forms = forms
        self.places = places
        placesByFirst = Dictionary(grouping: all.filter { !$0.name.isEmpty }) { $0.name.first! }
        var byCode: [UInt32: [Option]] = [:]
        var byFirst: [Character: [Option]] = [:]
        for (form, candidates) in forms where form.count >= 2 {
            let characters = Array(form)
            let option = Option(characters: characters, codes: CharacterCodes.codes(characters), written: form, candidates: candidates)
            if option.codes[0] != 0 {
                byCode[option.codes[0], default: []].append(option)
            } else {
                byFirst[characters[0], default: []].append(option)
            }
        }
        // Longest first; forms of one length in a fixed order, whatever the dictionary's.
        func ordered(_ options: [Option]) -> [Option] {
            options.sorted { ($0.characters.count, $1.written) > ($1.characters.count, $0.written) }
        }
        self.byCode = byCode.mapValues(ordered)
        self.byFirst = byFirst.mapValues(ordered)
        firsts = FirstLetters(forms.keys.filter { $0.count >= 2 }.map { $0.first! })
    }

    /// Place mentions in `text`, longest match first, as (form, place, character offset).
    /// `home` is the report's province (`山西省`; `全国` or any other name for a report of no
    /// province), nil when not known. A form that several places share is then the home
    /// province's place, and a county of another province counts only by its full name: a
    /// county's short form (长安, 鼓楼) read in another province's report is far more often a
    /// word or a namesake than that county.
    func mentions(in text: String, home: String? = nil) -> [(form: String, place: Place, at: Int)] {
        mentions(in: Array(text), home: home)
    }

    /// Place mentions in a text given as its characters.
    func mentions(in characters: [Character], home: String? = nil) -> [(form: String, place: Place, at: Int)] {
        let codes = CharacterCodes.codes(characters)
        // Codes where both have one (no character with a code equals one without), else characters.
        func matches(_ option: Option, at index: Int) -> Bool {
            for offset in option.codes.indices {
                let code = option.codes[offset]
                if code != 0 ? codes[index + offset] != code : characters[index + offset] != option.characters[offset] { return false }
            }
            return true
        }
        var found: [(String, Place, Int)] = []
        var index = 0
        while index < characters.count {
            // The longest form written here that is read (a place or an ordinary word); a form
            // not read here (a county's short form of another province: 临安 in 亲临安徽) leaves
            // its characters to the forms after it.
            var length = 1
            if firsts.mayBegin(codes[index]), let options = codes[index] != 0 ? byCode[codes[index]] : byFirst[characters[index]] {
                for option in options where index + option.characters.count <= characters.count && matches(option, at: index) {
                    guard let reading = reading(option.written, of: option.candidates, home: home) else { continue }
                    if let place = reading { found.append((option.written, place, index)) }
                    length = option.characters.count
                    break
                }
            }
            index += length
        }
        return found
    }

    /// How a written form is read: as a place (the first that writes it so, or with `home` the
    /// first of the home province), as an ordinary word (kind `word`: `.some(nil)`), or not at all
    /// (nil: a county's short form outside `home`).
    private func reading(_ written: String, of candidates: [Place], home: String?) -> Place?? {
        guard !candidates.isEmpty else { return nil }
        // An ordinary word (a bundled or a user's `word` line) blocks every place it holds.
        if candidates.contains(where: { $0.kind == "word" }) { return .some(nil) }
        func counts(_ place: Place) -> Bool {
            // A full name of two characters (索县, 容县) reads across words as often as a short form.
            guard place.kind == "county", written != place.name || written.count <= 2 else { return true }
            // The districts of the four municipalities are known across the country (怀柔实验室).
            return home == nil || province(of: place) == home
                || place.name.hasSuffix("区") && place.parent.map(Self.municipalities.contains) == true
        }
        if let home, let own = candidates.first(where: { counts($0) && province(of: $0) == home }) {
            return own
        }
        return candidates.first(where: counts).map { .some($0) }
    }

    /// The prefecture-level cities (or sub-regions) a text names: a county counts for its city.
    /// With `province`, only places of that province count (怀柔 is in Beijing, not Shanxi);
    /// `home` (`province` unless given) is the report's province, as for `mentions`.
    func places(in text: String, within province: String? = nil, home: String? = nil) -> [String] {
        var result: [String] = []
        for mention in mentions(in: text, home: home ?? province) {
            if let province, self.province(of: mention.place) != province { continue }
            guard let region = region(of: mention.place), !result.contains(region) else { continue }
            result.append(region)
        }
        return result
    }

    /// Whether a place's written form ends at `index` of `characters` (防城港, 连云港, 香港 end at
    /// their 港): looked back over the few characters a form may hold before it.
    func formEnds(at index: Int, in characters: [Character]) -> Bool {
        (1...4).contains { length in
            index - length >= 0 && forms[String(characters[(index - length)...index])] != nil
        }
    }

    /// The provincial-level cities, whose districts are named in every province's reports.
    static let municipalities: Set<String> = ["北京市", "天津市", "上海市", "重庆市"]

    /// The province a place belongs to (itself for a province).
    func province(of place: Place) -> String? {
        place.province
    }

    /// The city-level name of a place (short form): a county's city, a city itself, a sub-region.
    func region(of place: Place) -> String? {
        switch place.kind {
        case "city": return Self.short(place.name)
        case "county":
            // A county under a province directly (济源) is its own region.
            if let parent = place.parent, places[parent]?.kind == "province" { return Self.short(place.name) }
            return place.parent.map(Self.short)
        case "subregion": return place.name
        default: return nil
        }
    }

    /// The cities of `province` that a place of the province whose name begins with `character`
    /// belongs to: a city itself first (太 → 太原), else, with `countiesToo`, the cities of its
    /// counties (黎 → 长治).
    func cities(startingWith character: Character, in province: String, countiesToo: Bool = true) -> [String] {
        let candidates = placesByFirst[character] ?? []
        let ownCities = candidates.filter { $0.kind == "city" && $0.parent == province }.map { Self.short($0.name) }
        if !ownCities.isEmpty || !countiesToo { return Array(Set(ownCities)).sorted() }
        let countyCities = candidates.filter { place in
            place.kind == "county" && place.parent.flatMap { places[$0]?.parent } == province
        }.compactMap { $0.parent.map(Self.short) }
        return Array(Set(countyCities)).sorted()
    }

    /// Whether a city of a province other than `province` begins with `character`.
    func beginsCity(_ character: Character, outside province: String) -> Bool {
        (placesByFirst[character] ?? []).contains { $0.kind == "city" && $0.parent != province }
    }

    /// 太原市 → 太原, 吕梁市 → 吕梁, 延边朝鲜族自治州 stays (its short form is in the file).
    static func short(_ name: String) -> String {
        for suffix in ["市", "地区", "盟"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
