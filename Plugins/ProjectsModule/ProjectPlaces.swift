import WorkbenchSDK

/// The places a name names, the report's own level standing for its place (县中医医院), zones a
/// province has one of, and a project's region.
extension ProjectFinder {
    /// The region of a name: a place in it, or for a line between two places named by their
    /// first characters (雄忻高铁, 黎霍高速), the first of those characters that begins exactly one
    /// city (or one county's city) of the report's province.
    /// A province's report counts only its own places; the national report counts all.
    var within: String? { province.flatMap { gazetteer.places[$0] != nil ? $0 : nil } }

    /// The cities (or sub-regions) of the report's province that `text` names.
    /// In a city's report, its districts and counties come first (翔安新城: 翔安, not 厦门).
    func places(in text: String) -> [String] {
        let found = gazetteer.places(in: text, within: within, home: province)
        guard let city else { return found }
        var districts: [String] = []
        let characters = Array(text)
        for mention in gazetteer.mentions(in: characters, home: province) where mention.place.kind == "county" && mention.place.parent == city {
            // (A district's name before 湾 names a bay: 胶州湾第二隧道 is 青岛's, not 胶州's.)
            let after = mention.at + mention.form.count
            if after < characters.count, characters[after] == "湾" { continue }
            // (Short forms: 翔安区 → 翔安; a name of two, 城区, stays whole.)
            var district = mention.place.name
            if district.count > 2, let last = district.last, "区县市旗".contains(last) { district.removeLast() }
            if !districts.contains(district) { districts.append(district) }
        }
        return districts + found.filter { !districts.contains($0) }
    }

    /// Whether `modifier` names a place, of any province, as the report's province reads it.
    func namesPlace(_ modifier: [Character]) -> Bool {
        !gazetteer.places(in: String(modifier), home: province).isEmpty || namesOwnProvince(modifier, opening: true)
    }

    /// Whether `modifier` ends with the report's province's short name (广东自贸试验区): the
    /// place of a zone a province has one of.
    /// (Or, `opening`, opens with the province's whole name: 四川省第二中医医院; not 北京廉洁工程.)
    func namesOwnProvince(_ modifier: [Character], opening: Bool = false) -> Bool {
        guard var short = province, modifier.count >= 2 else { return false }
        if opening { return short.count >= 3 && String(modifier).hasPrefix(short) }
        for suffix in ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"] where short.hasSuffix(suffix) {
            short.removeLast(suffix.count)
            break
        }
        return short.count >= 2 && String(modifier).hasSuffix(short)
    }

    /// Whether `modifier` opens with the report's own level, standing for its place: 省 in a
    /// province's report (省人民医院), 市, 县, 区 or 旗 in a city's or a county's (县中医医院,
    /// 市第一人民医院); not 市级, 县域, 区县, 市县 (kinds and sets of places). Alone, only before
    /// what each level has one of (县妇幼保健院).
    func namesOwnLevel(_ modifier: [Character], head: ProjectTypes.Head) -> Bool {
        guard let first = modifier.first else { return false }
        if modifier.count == 1, !Self.oneToALevel.contains(String(head.words)) { return false }
        if modifier.count >= 2, "级域县市区乡镇村属直".contains(modifier[1]) { return false }
        return isOwnLevel(first)
    }

    /// Whether `character` stands for the report's own place: 市, 县, 区 or 旗 in a city's or a
    /// county's report, 省 in a province's (and 市 in a city that is one: 上海市).
    func isOwnLevel(_ character: Character) -> Bool {
        isLocalReport ? "市县区旗".contains(character) : character == "省" || character == "市" && province?.hasSuffix("市") == true
    }

    /// Whether `modifier` is the report's own level alone (县 of 县医院二期 in a county's report).
    func namesOwnLevelAlone(_ modifier: [Character]) -> Bool {
        modifier.count == 1 && isOwnLevel(modifier[0])
    }

    /// What may follow 工程 inside a name (工程技术研究中心, 工程实验室, 工程学院).
    static let afterWorks: Set<Character> = ["技", "研", "实", "中", "学", "师", "机", "局", "院", "大"]

    /// Institutions each level of government has one of.
    static let oneToALevel: Set<String> = ["妇幼保健院"]

    /// Heads of zones a province has one of, named by the province (广东自贸试验区).
    static let provinceZones: Set<String> = ["自由贸易试验区", "自贸试验区"]

    /// Whether a generic head's `modifier` names the project without a place of the gazetteer:
    /// a campus of a named institution, or a zone of the report's own province.
    func namesWithoutPlace(_ modifier: [Character], head: ProjectTypes.Head) -> Bool {
        Self.isCampus(of: modifier, head: head) || namesOwnLevel(modifier, head: head)
            || Self.provinceZones.contains(String(head.words)) && (namesOwnProvince(modifier) || Self.isChinaBracketName(modifier))
            || Self.isZonesOwnName(modifier, head: head)
            || head.generic && Self.joinsTwoProvinces(modifier)
    }

    /// 湘粤背靠背联网工程, 川渝电力联网工程: works between two provinces, named by their short
    /// names and what the works are.
    static func joinsTwoProvinces(_ modifier: [Character]) -> Bool {
        modifier.count >= 4 && provinceLetters.contains(modifier[0]) && provinceLetters.contains(modifier[1]) && modifier[0] != modifier[1]
            && ProjectTypes.worksType(of: modifier) != nil
    }

    /// 两江新区, 长寿经开区, 临港经开区: a zone's own name of two characters (a district's, not
    /// always a county's), not a kind (城市新区, 省级经开区, 各类开发区, 两个新区).
    static func isZonesOwnName(_ modifier: [Character], head: ProjectTypes.Head) -> Bool {
        namedZoneHeads.contains(String(head.words)) && modifier.count == 2 && modifier.allSatisfy(\.isLetter)
            && !modifier.contains(where: notInZoneNames.contains) && !zoneKinds.contains(String(modifier)) && !isGeneric(modifier)
    }

    /// Whether `modifier` is 中国 with a province in brackets (中国（新疆）), as every
    /// free-trade zone is officially named.
    static func isChinaBracketName(_ modifier: [Character]) -> Bool {
        modifier.count >= 6 && modifier.count <= 12 && modifier.starts(with: ["中", "国", "（"]) && modifier.last == "）"
    }

    func region(of text: String, type: String) -> String? {
        if let campus = campusPlace(in: text) { return campus }
        if let place = places(in: text).first { return place }
        guard ["railway", "expressway"].contains(type), !isLocalReport, let province, gazetteer.places[province] != nil,
              text.count <= 4, !text.contains("至") else { return nil }
        // 汾石: 汾 begins 汾阳 (吕梁) and 汾西 (临汾); 石 begins only 石楼 (吕梁): the city both allow.
        // A city's own name counts before a county's (莱临: 临沂, not one of the cities of
        // 莱州, 莱阳 and 莱西); a letter that leaves several cities passes to the next, and a
        // letter that begins a city of another province names that city, not a county here
        // (雄商: 商 is 商丘, not 商河).
        let letters = Array(text.prefix(3))
        for countiesToo in [false, true] {
            for (position, character) in letters.enumerated() {
                if countiesToo, gazetteer.beginsCity(character, outside: province) { continue }
                let cities = gazetteer.cities(startingWith: character, in: province, countiesToo: countiesToo)
                if cities.count == 1 { return cities[0] }
                if cities.count > 1, position + 1 < letters.count {
                    let both = cities.filter(gazetteer.cities(startingWith: letters[position + 1], in: province, countiesToo: countiesToo).contains)
                    if both.count == 1 { return both[0] }
                }
            }
        }
        return nil
    }

    /// `南京大学苏州校区二期`: a campus lies in the place named between its school and 校区, not
    /// in the one the school is named after.
    func campusPlace(in text: String) -> String? {
        let characters = Array(text)
        guard let campus = Self.firstIndex(of: Self.campusWord, in: characters),
              let school = Self.schoolWords.compactMap({ Self.firstIndex(of: $0, in: characters) }).min(), school < campus else { return nil }
        guard campus > school + 2 else { return nil }
        let schools = places(in: String(characters[..<school]))
        return places(in: String(characters[..<campus])).first { !schools.contains($0) }
    }

    static let campusWord = Array("校区")
    static let schoolWords = [Array("大学"), Array("学院")]

    /// Where `word` first occurs in `characters`.
    static func firstIndex(of word: [Character], in characters: [Character]) -> Int? {
        guard characters.count >= word.count else { return nil }
        return (0...(characters.count - word.count)).first { characters[$0..<($0 + word.count)].elementsEqual(word) }
    }
}
