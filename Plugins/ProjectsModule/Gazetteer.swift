import WorkbenchSDK

/// Places of China: provinces, prefecture-level cities, counties where the gazetteer has them,
/// and named sub-regions, read from the SDK's `PlaceList` (one `kind|name|short forms|parent` a line).
/// Matching is longest-first and left to right, so that 晋中国家农高区 is 晋中 and not 中国.
struct Gazetteer: Sendable {
    struct Place: Sendable, Equatable {
        var kind: String
        var name: String
        var parent: String?
    }

    /// Every written form (full name and short forms of two or more characters) and its place.
    let forms: [String: Place]
    /// Written forms by their first character, longest first.
    let byFirst: [Character: [[Character]]]
    /// The first characters of the written forms, for skipping characters that begin none.
    let firsts: FirstLetters
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
        var forms: [String: Place] = [:]
        var places: [String: Place] = [:]
        for entry in entries {
            let place = Place(kind: entry.kind, name: entry.name, parent: entry.parent)
            places[place.name] = place
            for form in [entry.name] + entry.shortForms where form.count >= 2 {
                // A form already taken by a larger unit keeps it (吉林 the province, not a county).
                if forms[form] == nil { forms[form] = place }
            }
        }
        self.forms = forms
        self.places = places
        placesByFirst = Dictionary(grouping: places.values.filter { !$0.name.isEmpty }) { $0.name.first! }
        var byFirst: [Character: [[Character]]] = [:]
        for form in forms.keys { byFirst[form.first!, default: []].append(Array(form)) }
        self.byFirst = byFirst.mapValues { $0.sorted { $0.count > $1.count } }
        firsts = FirstLetters(byFirst.keys)
    }

    /// Place mentions in `text`, longest match first, as (form, place, character offset).
    func mentions(in text: String) -> [(form: String, place: Place, at: Int)] {
        mentions(in: Array(text))
    }

    /// Place mentions in a text given as its characters.
    func mentions(in characters: [Character]) -> [(form: String, place: Place, at: Int)] {
        let codes = CharacterCodes.codes(characters)
        var found: [(String, Place, Int)] = []
        var index = 0
        while index < characters.count {
            if firsts.mayBegin(codes[index]), let options = byFirst[characters[index]],
               let form = options.first(where: { index + $0.count <= characters.count && characters[index..<(index + $0.count)].elementsEqual($0) }) {
                let written = String(form)
                if let place = forms[written], place.kind != "word" { found.append((written, place, index)) }
                index += form.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The prefecture-level cities (or sub-regions) a text names: a county counts for its city.
    /// With `province`, only places of that province count (怀柔 is in Beijing, not Shanxi).
    func places(in text: String, within province: String? = nil) -> [String] {
        var result: [String] = []
        for mention in mentions(in: text) {
            if let province, self.province(of: mention.place) != province { continue }
            guard let region = region(of: mention.place), !result.contains(region) else { continue }
            result.append(region)
        }
        return result
    }

    /// The province a place belongs to (itself for a province).
    func province(of place: Place) -> String? {
        var current: Place? = place
        var steps = 0
        while let at = current, steps < 4 {
            if at.kind == "province" { return at.name }
            current = at.parent.flatMap { places[$0] }
            steps += 1
        }
        return place.kind == "subregion" ? place.parent : nil
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
    /// belongs to: a city itself first (太 → 太原), else the cities of its counties (黎 → 长治).
    func cities(startingWith character: Character, in province: String) -> [String] {
        let candidates = placesByFirst[character] ?? []
        let ownCities = candidates.filter { $0.kind == "city" && $0.parent == province }.map { Self.short($0.name) }
        if !ownCities.isEmpty { return Array(Set(ownCities)).sorted() }
        let countyCities = candidates.filter { place in
            place.kind == "county" && place.parent.flatMap { places[$0]?.parent } == province
        }.compactMap { $0.parent.map(Self.short) }
        return Array(Set(countyCities)).sorted()
    }

    /// 太原市 → 太原, 吕梁市 → 吕梁, 延边朝鲜族自治州 stays (its short form is in the file).
    static func short(_ name: String) -> String {
        for suffix in ["市", "地区", "盟"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
