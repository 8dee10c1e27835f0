/// Words and places around a head that decide where a name ends and what kind of work it is:
/// an institution's 工程, a metro line's number, the line a 联络线 links, firms' plants, and a
/// place in brackets after a name.
extension ProjectFinder {
    /// Words after 工程 that make it part of an institution's name (工程大学, 工程学院, 工程技术研究中心).
    static let institutionAfterWorks = ["大学", "学院", "技术", "研究", "实验", "职业"].map(Letters.init)

    /// The head of a numbered metro line, whose section is part of its name (19号线浦东段).
    static let lineWord = Array("号线")

    /// Types of lines whose 联络线 is one of their own (a road's, a pipeline's), not a railway.
    static let linkedLines: Set<String> = ["expressway", "road", "energy", "water"]

    /// Heads of firms' plants, whose names say what they make (储能超级工厂: energy).
    static let plantHeads: Set<String> = ["超级工厂", "工厂", "基地"]

    /// A place written in brackets right after a name (`（青岛）`, up to four characters), and
    /// the end of the brackets; nil for anything else (（一期）, （BEST）).
    static func bracketedPlace(_ characters: Letters, after end: Int, gazetteer: Gazetteer, province: String?) -> (place: [Character], end: Int)? {
        guard end + 3 < characters.count, characters[end] == "（",
              let close = ((end + 2)...min(characters.count - 1, end + 5)).first(where: { characters[$0] == "）" }) else { return nil }
        let place = Array(characters[(end + 1)..<close])
        guard gazetteer.mentions(in: place, home: province).contains(where: { $0.at == 0 && $0.form.count == place.count }) else { return nil }
        return (place, close + 1)
    }
}
