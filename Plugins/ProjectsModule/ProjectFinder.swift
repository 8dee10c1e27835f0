import WorkbenchSDK

/// A named project or facility found in a sentence.
struct FoundProject: Equatable {
    var name: String
    /// The words of the report at `offset` that stand for it (`汾石` in `汾石、浮临高速`).
    var text: String
    var type: String
    var offset: Int
    var line: Int
    var status: String
    var statusText: String?
    var period: String?
    /// The region: a city (or sub-region) the name or its list names, or `nil` when none does.
    var region: String?
}

/// Finds the named projects of a report: each occurrence of a head noun (高铁, 机场, 水库, 示范区,
/// 博物馆 …) with the words before it back to a verb or a mark. A name must name something:
/// generic heads (园区, 工程, 项目) need a place or a quoted name, and a count inside a name makes
/// it a group, not a project — unless a list before it names the members
/// (晋城、晋中、大同3个国家级经开区 → three zones; 黄河、长城、太行三个一号旅游公路 → three roads).
/// Names listed with 、 before one head share it (汾石、浮临高速 → 汾石高速, 浮临高速).
struct ProjectFinder {
    let gazetteer: Gazetteer
    /// The report's province (`山西省`), for abbreviations of lines between two places.
    let province: String?
    /// Whether the report is a city's or a county's (its title names one): the lines it names by
    /// their ends' first characters run through other cities as often as through its own, so
    /// those characters are not read as places.
    var isLocalReport = false

    /// Heads that make a name only with a place or a quoted name in it.
    static let genericHeads: Set<String> = ["园区", "产业园区", "产业园", "开发区", "经开区", "示范区", "新区", "工程", "项目", "电厂", "电站", "快速路",
                                            "新城", "枢纽", "物流枢纽", "航空枢纽", "医院", "体育中心", "运动中心", "体育馆", "体育场", "生产线",
                                            "产业基地", "港", "核电", "口岸", "院区", "校区", "妇幼保健院", "卫生院", "中学", "小学",
                                            "自由贸易试验区", "自贸试验区"]

    /// The paragraphs that may name projects: those of the report's parts (a period marks them;
    /// the title block and back matter have none), or in a text whose part headings were not
    /// found (a digest, a news page), where periods come only from time phrases and most
    /// paragraphs have none, every paragraph of sentences (not a title or a headline).
    static func body(of report: Report) -> [Paragraph] {
        guard report.outline.contains(where: { $0.kind == .part }) else {
            return report.paragraphs.filter { $0.textPart.contains { "。！？".contains($0) } }
        }
        return report.paragraphs.filter { $0.period != nil }
    }

    /// Whether `words` between 等 and a head describe the group: a count of its members first,
    /// if any (8个), then nothing, a group word (世界级) or words of their kind (运输).
    static func describesGroup(_ words: [Character]) -> Bool {
        var rest = words[...]
        if let (before, after) = splitAtCount(words), before.isEmpty { rest = after }
        return rest.isEmpty || groupWords.contains(String(rest)) || isGeneric(Array(rest))
    }

    /// Words that may describe a group between 等 and its head (等世界级水电站); not 级 of 高等级.
    static let groupWords: Set<String> = ["世界级", "国家级", "省级", "大型", "重点", "重大", "大中型", "骨干"]

    /// Types whose names are shared by a list before them.
    static let listTypes: Set<String> = ["railway", "expressway", "road", "airport", "port", "park-zone", "culture-venue", "energy", "water", "ecology"]

    func projects(in report: Report) -> [FoundProject] {
        var found: [FoundProject] = []
        for paragraph in Self.body(of: report) {
            // (A numbered line named alone takes the system of the paragraph's last: 建成19号线二期.)
            var system: String?
            for sentence in paragraph.sentences { found += projects(in: sentence, system: &system) }
        }
        // 浦东新区 in 浦东新区's own report: the place whose report it is, not a project in it
        // (雄安新区 in Beijing's report is one).
        return found.filter { !(report.title.contains($0.name) && isPlace($0.name)) }
    }

    /// Whether `name` is, as a whole, a place of the gazetteer.
    func isPlace(_ name: String) -> Bool {
        gazetteer.mentions(in: name, home: province).contains { $0.at == 0 && $0.form.count == name.count }
    }

    func projects(in sentence: Sentence) -> [FoundProject] {
        var system: String?
        return projects(in: sentence, system: &system)
    }

    /// The projects of `sentence`; `system` is the system of the last numbered line named
    /// before it (西安地铁), which a line named by its number alone belongs to.
    func projects(in sentence: Sentence, system: inout String?) -> [FoundProject] {
        let characters = Letters(Array(sentence.textPart))
        let codes = characters.codes
        var offsets: [Int] = []
        var offset = sentence.offset
        for character in characters.characters {
            offsets.append(offset)
            offset += character.unicodeScalars.count
        }
        var results: [FoundProject] = []
        var index = 0
        var taken = 0
        var lastEnd = -1
        while index < characters.count {
            // Most characters begin neither a head nor a road.
            guard ProjectTypes.starts.mayBegin(codes[index]) else {
                index += 1
                continue
            }
            // 国道307山西段: a numbered national or provincial road, named by its number.
            if let road = numberedRoad(characters, at: index, floor: taken) {
                let (status, verb) = ProjectStatus.of(characters, after: road.upperBound..<min(characters.count, road.upperBound + 8),
                                                      before: max(0, road.lowerBound - 16)..<road.lowerBound) ?? ("other", nil)
                // (S219线周至至佛坪段: the section's places say where it is.)
                let roadName = String(characters[road])
                results.append(FoundProject(name: roadName, text: roadName, type: "road",
                                            offset: offsets[road.lowerBound], line: sentence.line, status: status, statusText: verb,
                                            period: sentence.period?.label, region: roadName.contains("至") ? places(in: roadName).first : nil))
                index = road.upperBound
                // `国道109线、219线、318线`: the numbers after it are roads of the same kind.
                // (Not after a code: G0616海乌段、G1817乌巴段 are read one by one.)
                let kind = String(characters[road.lowerBound..<(road.lowerBound + 2)])
                let named = characters.has(Self.nationalRoad, at: road.lowerBound) || characters.has(Self.provincialRoad, at: road.lowerBound)
                while named, index + 2 < characters.count, characters[index] == "、", Self.isDigit(characters[index + 1]) {
                    var next = index + 1
                    while next < characters.count, Self.isDigit(characters[next]) { next += 1 }
                    guard next < characters.count, characters[next] == "线" else { break }
                    let number = String(characters[(index + 1)..<(next + 1)])
                    results.append(FoundProject(name: kind + number, text: number, type: "road", offset: offsets[index + 1],
                                                line: sentence.line, status: results[results.count - 1].status,
                                                statusText: results[results.count - 1].statusText, period: sentence.period?.label, region: nil))
                    index = next + 1
                }
                taken = index
                lastEnd = index
                continue
            }
            guard let head = ProjectTypes.heads(startingWith: characters[index]).first(where: { characters.has($0.letters, at: index) }),
                  !head.endsName || ProjectTypes.nameEnds(before: index + head.words.count, in: characters)
                  && !gazetteer.formEnds(at: index, in: characters.characters),
                  !head.isPhase || ProjectTypes.phaseEndsName(at: index, in: characters) else {
                index += 1
                continue
            }
            let headStart = index
            var end = ProjectTypes.endOfTail(at: index + head.words.count, in: characters)
            // 渝昆高铁渝宜段, 川青铁路镇江关至黄胜关段: a section of the line.
            let lineEnd = end
            // (A section's own works after it: 绕城高速南段改扩建.)
            if ProjectFinder.listTypes.contains(head.type), let section = Self.section(characters, after: end) {
                end = ProjectTypes.endOfTail(at: section, in: characters)
            }
            index = end
            // (A phase's name may be a firm's and its site's: 天能集团安吉新能源电池基地二期.)
            let phased = head.isPhase || ProjectTypes.endsWithPhase(String(characters[headStart..<end]))
            // (And a campus's, its institution's: 西南医科大学附属医院忠山院区.)
            let campus = Self.campusHeads.contains(String(head.words))
            var start = nameStart(characters, before: headStart, floor: taken, longest: phased || campus ? 14 : 10)
            // 甬舟铁路、金建铁路: an item right after a line of the same kind is a name of its own,
            // even where one of its characters reads as a verb (建).
            if let previous = results.last, previous.type == head.type, Self.listTypes.contains(head.type), !head.generic,
               lastEnd >= 0, characters[lastEnd] == "、", start > lastEnd + 1, headStart - lastEnd - 1 <= 4,
               characters[(lastEnd + 1)..<headStart].allSatisfy({ $0.isLetter }),
               // (Not a clause of its own opening with a verb: 、完善铁路网, 、新增铁路运营里程.)
               !ProjectTypes.stops.contains(where: { characters.has($0, at: lastEnd + 1) }) {
                start = lastEnd + 1
            }
            // Two names written together are one (怀柔实验室山西研究院, 太原轨道交通1号线).
            // (Not a kind of channel after a road: 龙川至寻乌高速公路出省通道.)
            // (A capacity or berths' numbers between them count for nothing: 烟台港西港区30万吨级原油码头,
            // 大榄坪港区7至10号泊位.)
            // (Not with a count there: 作业区2个10万吨级散货码头 names a group.)
            if start == lastEnd, characters[start..<headStart].filter({ !Self.isDigit($0) && !Self.specLetters.contains($0) }).count <= 4,
               Self.splitAtCount(Array(characters[start..<headStart])) == nil,
               // (A name after 工程 or 项目 is a project of its own: 小清河复航工程济南港主港区.)
               start == headStart || !(results.last.map { ProjectTypes.endsWithWorks($0.name) } ?? false),
               String(head.words) != "通道" || Self.namesCrossing(Array(characters[start..<headStart]), in: province, gazetteer: gazetteer),
               var previous = results.popLast() {
                previous.name += String(characters[start..<end])
                previous.text = previous.name
                // (太原机场改扩建项目 is an airport's.)
                if !head.generic { previous.type = head.type }
                // A verb right after the whole name says its status (铁路港综保区封关运行), unless
                // it takes a count as its object (研究院建成8个平台: what was built is the platforms).
                let verbArea = characters.characters[end..<min(characters.count, end + 7)]
                if previous.statusText == nil, !verbArea.contains(where: Self.isDigit),
                   let (status, verb) = ProjectStatus.of(characters, after: end..<min(characters.count, end + 8), before: start..<start) {
                    previous.status = status
                    previous.statusText = verb
                }
                results.append(previous)
                if previous.type == "urban-rail", let own = Self.lineSystem(of: previous.name) { system = own }
                taken = end
                lastEnd = end
                continue
            }
            // `鹤岗至伊春等高速公路`, `齐齐哈尔等机场改扩建项目`: the names before 等 (one, or a
            // list) take the head after it.
            // (`乌东德、白鹤滩等世界级水电站`: a few words may stand between 等 and the head; they
            // describe the group, and are left out of each name.)
            // (`…等8个运输机场`, `…等6条高速公路`: a count of them, and words of their kind, may stand there too.)
            if start > taken + 1, characters[start - 1] == "等", !head.generic,
               start == headStart || Self.describesGroup(Array(characters[start..<headStart])) {
                let innerEnd = start - 1
                let innerStart = nameStart(characters, before: innerEnd, floor: taken)
                // (郑州、洛阳等机场改扩建项目: every name is a 项目.)
                if characters.has(Self.projectWord, at: end) || characters.has(Self.worksWord, at: end) { end += 2 }
                let shared = String(characters[headStart..<end])
                let (status, verb) = ProjectStatus.of(characters, after: end..<min(characters.count, end + 8),
                                                      before: max(0, innerStart - 16)..<innerStart) ?? ("other", nil)
                let items = (listItems(characters, before: innerStart, floor: taken) + [innerStart..<innerEnd]).filter { !$0.isEmpty }
                for item in items where acceptable(name: String(characters[item]) + shared, modifier: Array(characters[item]), head: head) {
                    let member = String(characters[item])
                    results.append(FoundProject(name: member + shared, text: member, type: head.type, offset: offsets[item.lowerBound],
                                                line: sentence.line, status: status, statusText: verb, period: sentence.period?.label,
                                                region: region(of: member, type: head.type)))
                }
                taken = end
                lastEnd = end
                continue
            }
            guard start < headStart || characters[start] == "“" else { continue }
            // `建设三个一号旅游公路沿线特色乡村驿站`: a line or a river that only says where
            // something else is built is no project of the sentence.
            // (Unless the words after it name a project of their own: 机场周边路网工程 is one.)
            if Self.isAlongside(characters, at: end), !containsHead(characters[(end + 2)..<clauseEnd(characters, after: end + 2)]) {
                continue
            }
            let name = String(characters[start..<end])
            let modifier = Array(characters[start..<headStart])
            let (status, verb) = ProjectStatus.of(characters, after: end..<min(characters.count, end + 8),
                                                  before: max(0, start - 16)..<start) ?? ("other", nil)
            let listed = Self.listTypes.contains(head.type) ? listItems(characters, before: start, floor: taken) : []
            // (引汉济渭二期工程 is a water project, 陇电入鲁工程 an energy one.)
            // (引洮供水二期 is a water project: a phase's name says its works.)
            let type = head.generic ? ProjectTypes.transferType(of: modifier) ?? ProjectTypes.worksType(of: modifier) ?? head.type : head.type
            func project(_ name: String, text: String, at position: Int, region: String?) -> FoundProject {
                FoundProject(name: name, text: text, type: type, offset: offsets[position], line: sentence.line,
                             status: status, statusText: verb, period: sentence.period?.label, region: region)
            }
            // A count inside the name: a group, unless a list names its members.
            if let (before, after) = Self.splitAtCount(modifier) {
                let members = listed.map { String(characters[$0]) } + (before.isEmpty ? [] : [String(before)])
                let positions = listed.map(\.lowerBound) + (before.isEmpty ? [] : [start])
                let rest = String(after) + String(characters[headStart..<end])
                if members.count >= 2 {
                    for (member, position) in zip(members, positions) {
                        results.append(project(member + rest, text: member, at: position, region: region(of: member, type: head.type)))
                    }
                    taken = end
                    lastEnd = end
                } else if before.isEmpty, let first = modifier.first, !Self.isDigit(first), let named = after.first, !Self.isDigit(named),
                          acceptable(name: name, modifier: modifier, head: head) {
                    // 三个一号旅游公路 with no list: one named umbrella project.
                    results.append(project(name, text: name, at: start, region: nil))
                    taken = end
                    lastEnd = end
                }
                continue
            }
            // A section names its own place (深江铁路东莞段: 东莞, not 深圳 from 深江).
            var ownRegion = places(in: String(characters[headStart..<end])).first
                ?? region(of: String(modifier), type: head.type)
            // 太原、大同率先打造绿电产业园区: a generic zone with no place of its own gets the places
            // listed just before it in its clause.
            if Self.genericHeads.contains(String(head.words)), !head.endsName, !namesPlace(modifier), !name.hasPrefix("“"),
               !ProjectTypes.endsWithPhase(name),
               !head.generic || ProjectTypes.transferType(of: modifier) == nil,
               !namesWithoutPlace(modifier, head: head) {
                guard acceptable(name: name, modifier: modifier, head: head, placeRequired: false) else { continue }
                let clause = clauseBefore(characters, start)
                let clauseText = String(characters[clause])
                // (Only places written there: 镇海 is in 宁波, but the text says 镇海. And only
                // places that stand as a word, before a mark or a verb: not 宁德 of 宁德时代二期.)
                let listed = places(in: clauseText).compactMap { place -> (String, Int)? in
                    let word = Array(place)
                    guard let found = clause.first(where: { characters[$0..<min(clause.upperBound, $0 + word.count)].elementsEqual(word) }),
                          Self.standsAlone(characters, at: found + word.count)
                    else { return nil }
                    return (place, found)
                }
                guard !listed.isEmpty, clause.count <= 12 else { continue }
                for (place, position) in listed {
                    results.append(project(place + name, text: place, at: position, region: place))
                }
                taken = end
                lastEnd = end
                continue
            }
            guard acceptable(name: name, modifier: modifier, head: head) else { continue }
            // 污水处理厂20座: a kind of work counted, not one of them (unless a phase names it).
            if Self.countFollows(characters, at: end), !ProjectTypes.endsWithPhase(name), !name.hasPrefix("“") { continue }
            // 西安地铁8号线、10号线一期: a line's number after a line of the same system is that
            // system's (西安地铁10号线一期).
            var fullName = name
            if String(head.words) == "号线", modifier.allSatisfy(Self.isDigit) {
                if lastEnd >= 0, start == lastEnd + 1,
                   Self.listMarks.contains(characters[lastEnd]), let previous = results.last, previous.type == type,
                   let own = Self.lineSystem(of: previous.name) {
                    fullName = own + name
                    if ownRegion == nil { ownRegion = previous.region }
                } else if let system {
                    fullName = system + name
                    if ownRegion == nil { ownRegion = places(in: system).first }
                }
            } else if type == "urban-rail", let own = Self.lineSystem(of: name) {
                system = own
            }
            // An item that is a name of its own (信丰电厂, 丰电三期, R1线) shares no head.
            // (Nor a corridor or a belt of its own: 开放走廊、长江上游航运中心.)
            // (An item longer than four characters only beside one as long: 洛宁大鱼沟、嵩县龙潭沟.)
            for item in listed where !containsHead(characters[item]) && !Self.endsWithTail(characters[item]) && characters[item.upperBound - 1] != "线"
                && !Self.endsAsRegion(characters[item]) && (item.count <= 4 || item.count == modifier.count || characters[item].contains(where: { $0 == "至" || $0 == "—" })) {
                let member = String(characters[item])
                // Words of the last item's modifier past an item's length that qualify the kind
                // are shared too (岷江、沱江流域水生态修复工程 → 岷江流域水生态修复工程; 宝鸡、西安国家高新区).
                let remainder = modifier.count > item.count ? Array(modifier[item.count...]) : []
                let words = Self.isSharedQualifier(remainder) ? remainder : []
                let shared = String(words) + String(characters[headStart..<end])
                results.append(project(member + shared, text: member, at: item.lowerBound, region: region(of: member, type: head.type)))
            }
            if ownRegion == nil, let item = listed.first { ownRegion = region(of: String(characters[item]), type: head.type) }
            // 中国（山东）自由贸易试验区济南、青岛、烟台片区: the areas named after a zone are the
            // projects, each with the zone's name.
            if Self.provinceZones.contains(String(head.words)), let (areas, areasEnd) = Self.zoneAreas(characters, after: end) {
                for area in areas {
                    let areaName = String(characters[area])
                    results.append(project(fullName + areaName + "片区", text: areaName, at: area.lowerBound,
                                           region: places(in: areaName).first ?? ownRegion))
                }
                end = areasEnd
            } else {
                results.append(project(fullName, text: name, at: start, region: ownRegion))
            }
            // 沿江高铁合武段、武宜段: the sections listed after the first are the same line's.
            while end > lineEnd, end + 1 < characters.count, characters[end] == "、",
                  let next = Self.section(characters, after: end + 1), !containsHead(characters[(end + 1)..<next]) {
                let part = String(characters[(end + 1)..<next])
                let line = String(characters[start..<lineEnd])
                results.append(project(line + part, text: part, at: end + 1,
                                       region: places(in: part).first ?? ownRegion))
                end = next
            }
            index = end
            taken = end
            lastEnd = end
        }
        results.sort { $0.offset < $1.offset }
        // `太原机场三期、运城机场改扩建等建成投运`: the names of a list share the verb after its
        // last one.
        // Whether the i-th and the next are items of one list: one mark between them, 、, 和 or
        // 及 (one character, one scalar).
        // (Or with items between them that name no project found: `A二期、东风达安汽车试验场扩建项目、
        // B风电项目建成投产` — a mark after the one, a mark before the other, no clause mark between.)
        func listed(_ index: Int) -> Bool {
            let end = results[index].offset + results[index].text.unicodeScalars.count
            let next = results[index + 1].offset
            guard next > end, let first = offsets.firstIndex(of: end), let last = offsets.firstIndex(of: next), last > first else { return false }
            guard Self.listMarks.contains(characters[first]), Self.listMarks.contains(characters[last - 1]) else { return false }
            return last - first <= 24 && !characters.characters[first..<last].contains { Self.clauseMarks.characters.contains($0) || $0 == "等" }
        }
        for index in results.indices.reversed().dropFirst() where results[index].statusText == nil && results[index + 1].statusText != nil {
            guard listed(index) else { continue }
            results[index].status = results[index + 1].status
            results[index].statusText = results[index + 1].statusText
        }
        // `建设陶寺国家考古遗址公园、山西博物院新馆、古建筑博物馆`: the verb before a list
        // reaches its last items too.
        for index in results.indices.dropFirst() where results[index].statusText == nil && results[index - 1].statusText != nil {
            guard listed(index - 1) else { continue }
            results[index].status = results[index - 1].status
            results[index].statusText = results[index - 1].statusText
        }
        return results
    }

    /// `国道307` or `省道` … with an optional section (`山西段`, `太原至大同段`), or a road code
    /// (`G0616海乌段`, `国道G219改扩建`) with a section or a tail: a code before a line's name
    /// and head (`S29呼凉高速`) is left to the head.
    func numberedRoad(_ characters: Letters, at index: Int, floor: Int) -> Range<Int>? {
        var end = index
        let named = characters.has(Self.nationalRoad, at: index) || characters.has(Self.provincialRoad, at: index)
        if named { end += 2 }
        let coded = end < characters.count && Self.roadLetters.contains(characters[end])
            && (named || index == 0 || !(characters[index - 1].isASCII && characters[index - 1].isLetter))
        if coded { end += 1 }
        guard named || coded else { return nil }
        let digits = end
        while end < characters.count, Self.isDigit(characters[end]) { end += 1 }
        guard end > digits, !coded || end - digits <= 4 else { return nil }
        if end < characters.count, characters[end] == "线" { end += 1 }
        var section = end
        while section < characters.count, section - end < 8, !characters[section].isPunctuation, characters[section] != "段" { section += 1 }
        // A code's own section is a short name (海乌段, 白永段) or runs from one place to another
        // (G312线清水至傅家窑段): G60科创走廊松江段 is a corridor's.
        let hasSection = section < characters.count && characters[section] == "段"
            && (named || section - end <= 4 || characters[end..<section].dropFirst().dropLast().contains("至"))
        if hasSection { end = section + 1 }
        let withTail = ProjectTypes.endOfTail(at: end, in: characters)
        // A bare code needs a section or a tail of its own.
        guard named || hasSection || withTail > end else { return nil }
        return index..<withTail
    }

    /// The letters of national and provincial road codes (G5, S22), half and full width.
    static let roadLetters: Set<Character> = ["G", "S", "Ｇ", "Ｓ"]

    /// Words after a name that make it a place along which something else lies.
    static let alongsideWords = [Letters("沿线"), Letters("沿岸"), Letters("沿途"), Letters("两岸"), Letters("两侧"), Letters("周边")]

    static func isAlongside(_ characters: Letters, at end: Int) -> Bool {
        alongsideWords.contains { characters.has($0, at: end) }
    }

    /// The position of the next clause mark (or 、) at or after `start`, or the end.
    func clauseEnd(_ characters: Letters, after start: Int) -> Int {
        var end = min(start, characters.count)
        while end < characters.count, !"，；：。、".contains(characters[end]) { end += 1 }
        return end
    }

    /// Letters of a capacity or of numbered berths inside a name (30万吨级, 7至10号).
    static let specLetters: Set<Character> = ["万", "千", "吨", "级", ".", "至", "号", "、"]

    static let projectWord = Letters("项目")
    static let worksWord = Letters("工程")
    static let nationalRoad = Letters("国道")
    static let provincialRoad = Letters("省道")

    func containsHead(_ text: ArraySlice<Character>) -> Bool {
        let letters = Letters(Array(text))
        return letters.indices.contains { position in ProjectTypes.heads.contains { letters.has($0.letters, at: position) } }
    }

    /// The end of a section named right after a line (`渝宜段`, `镇江关至黄胜关段`): a 段 within
    /// ten characters with no mark before it.
    static func section(_ characters: Letters, after end: Int) -> Int? {
        var position = end
        while position < characters.count, position - end < 10, !characters[position].isPunctuation {
            // 建设进入关键阶段: a verb on the way, or 阶段/路段/手段, is no section.
            if position > end, characters[position - 1] != "至", ProjectTypes.stopEnds(before: position, in: characters, floor: end) { return nil }
            if characters[position] == "段" {
                // (绕城高速南段: a direction alone names a section too.)
                if position == end + 1, ["东", "西", "南", "北"].contains(characters[end]) { return position + 1 }
                guard position > end + 1, !["阶", "路", "手", "片", "地"].contains(characters[position - 1]) else { return nil }
                return position + 1
            }
            position += 1
        }
        return nil
    }

    /// Marks that join the items of a list of names.
    static let listMarks: Set<Character> = ["、", "和", "及"]

    /// The system a numbered line's name opens with (`西安地铁` of `西安地铁8号线`), or `nil`.
    static func lineSystem(of name: String) -> String? {
        let characters = Array(name)
        guard let mark = characters.indices.dropFirst().first(where: { characters[$0] == "号" && characters.indices.contains($0 + 1)
            && characters[$0 + 1] == "线" && isDigit(characters[$0 - 1]) }) else { return nil }
        var first = mark
        while first > 0, isDigit(characters[first - 1]) { first -= 1 }
        return first > 0 ? String(characters[..<first]) : nil
    }

    /// Whether `text` ends with one of the words a name may end with after its head (`三期`).
    static func endsWithTail(_ text: ArraySlice<Character>) -> Bool {
        ProjectTypes.tails.contains { tail in text.count > tail.count && text.suffix(tail.count).elementsEqual(tail.characters) }
    }

    /// Where the name ending at the head that starts at `index` begins: back over name
    /// characters to a mark or a verb, at most `longest` characters, never before `floor`.
    func nameStart(_ characters: Letters, before index: Int, floor: Int, longest: Int = 10) -> Int {
        var start = index
        var inQuote = false
        // The length limit, and what does not count towards it: the digits and signs of a rating
        // (准东至皖南±1100千伏特高压: ±1100千伏).
        var limit = longest
        var skipped = 0
        while start > floor, index - start - skipped < limit || inQuote {
            let previous = characters[start - 1]
            if previous == "”" { inQuote = true; start -= 1; continue }
            if previous == "“" { start -= 1; break }
            if inQuote { start -= 1; continue }
            if Self.isDigit(previous) || previous == "±" || previous == "." {
                skipped += 1
                start -= 1
                continue
            }
            // A yearly capacity (120万吨/年乙烯): its per-year mark is no mark between words.
            if previous == "/", start < index, characters[start] == "年", start - 2 >= floor, characters[start - 2] == "吨" {
                // (The whole capacity counts for nothing: 年, /, 吨 and a 万 before the digits.)
                skipped += 3
                start -= 2
                if start - 1 > floor, characters[start - 1] == "万" || characters[start - 1] == "千" {
                    skipped += 1
                    start -= 1
                }
                continue
            }
            // A name ends at a works head before it (小清河复航工程济南港主港区), unless the
            // works name an institution (工程研究中心, 工程实验室).
            if start - 2 >= floor, start < index, characters[start - 2] == "工" && previous == "程" || characters[start - 2] == "项" && previous == "目",
               !Self.afterWorks.contains(characters[start]) {
                break
            }
            if previous == "伏", start - 3 >= floor, characters[start - 2] == "千" || characters[start - 2] == "万",
               Self.isDigit(characters[start - 3]) {
                skipped += 2
                start -= 2
                continue
            }
            // 中国（新疆）自由贸易试验区: a short group in brackets inside a name is part of it
            // (not an enumerator before one: （二）).
            if previous == "）", let open = (max(floor, start - 8)..<(start - 1)).last(where: { characters[$0] == "（" }),
               open > floor, characters[open - 1].isLetter, !characters[open - 1].isPunctuation,
               !characters[(open + 1)..<(start - 1)].allSatisfy({ $0.isNumber }) {
                skipped += start - open
                start = open
                continue
            }
            // 中国—东盟产业合作区: one dash after 中国 (or 中) joins the partner's name to it.
            if previous == "—", start < index, characters[start].isLetter {
                if start - 3 >= floor, characters[start - 3] == "中", characters[start - 2] == "国" { return start - 3 }
                if start - 2 >= floor, characters[start - 2] == "中", start - 2 == floor || !characters[start - 3].isLetter { return start - 2 }
                // 金上—湖北±800千伏, 天府南—铜梁500千伏: one dash between two places of a line
                // joins them as 至 does.
                if start - 2 >= floor, characters[start - 2].isLetter, !characters[start - 2].isPunctuation, index - start - skipped < 8 {
                    start -= 1
                    limit = max(limit, index - start - skipped + 5)
                    continue
                }
                break
            }
            if previous.isPunctuation || previous.isWhitespace { break }
            // 巴中至南充高铁, 武汉至南昌特高压工程: a line from one place to another (but not
            // 延伸至天府机场, nor 由郑州至济南铁路 past its 由).
            if previous == "至", start - 1 > floor, index - start - skipped < 8, !characters[start - 2].isPunctuation,
               !ProjectTypes.stopEnds(before: start - 1, in: characters, floor: floor) {
                start -= 1
                // (The place it runs from may take the name past the limit: 藏东南至粤港澳大湾区.)
                limit = max(limit, index - start - skipped + 5)
                continue
            }
            // 、将淖铁路, 哈密至将军庙铁路: one character right after a list's mark or after 至 begins
            // the name; it is no verb or joining word there (将 of 将军庙).
            if ProjectTypes.stopEnds(before: start, in: characters, floor: floor),
               !(start >= 2 && start - 1 > floor && (characters[start - 2] == "、" || characters[start - 2] == "至")) { break }
            start -= 1
        }
        // 杭州第二水源千岛湖配水工程: a long name is not cut inside the place it opens with.
        if index - start >= 10, !inQuote {
            for extra in 1...2 where start - extra >= floor {
                let previous = characters[start - extra]
                guard previous.isLetter, !previous.isPunctuation else { break }
                let opening = String(characters[(start - extra)..<min(index, start + 2)])
                if gazetteer.places(in: opening, home: province).contains(where: { opening.hasPrefix(String($0.prefix(2))) }) {
                    return start - extra
                }
            }
        }
        return start
    }

    /// A name must say which project it is.
    func acceptable(name: String, modifier: [Character], head: ProjectTypes.Head, placeRequired: Bool = true) -> Bool {
        if ProjectTypes.notProjects.contains(where: name.contains) { return false }
        // 深中通道, 狮子洋通道: a crossing is named by two places' first characters or by a
        // hill, sea or river; 物流通道, 疏散通道, 人才交流通道 are kinds of channel.
        if String(head.words) == "通道", !Self.namesCrossing(modifier, in: province, gazetteer: gazetteer) { return false }
        // 12号线: digits right before 号线 number the line; elsewhere a number first is a count.
        if String(head.words) == "号线", !modifier.isEmpty, modifier.allSatisfy(Self.isDigit) { return true }
        if let first = modifier.first, Self.isDigit(first) { return false }
        // 超百万千瓦级风电基地, 晋级国家一级博物馆: a scale or a grade with nothing before it that
        // names the work says what kind, not which one (but 北仑港区十万吨级码头 is one; 世界级 is no scale).
        if modifier.count >= 2, modifier.last == "级" {
            var rest = modifier.dropLast()
            while let last = rest.last, "0123456789万亿千百十一二三四五六七八九吨瓦".contains(last) { rest = rest.dropLast() }
            // (Nothing, 超, or a grade's issuer: 国家一级, 晋级省一级.)
            let before = String(rest)
            if rest.count < modifier.count - 1, before.isEmpty || before == "超" || before.hasSuffix("国家") || before == "省" || before.hasSuffix("晋级省") {
                return false
            }
        }
        if ["全球", "全国", "全省", "全市", "各市", "各地", "每个"].contains(where: name.hasPrefix) { return false }
        // 万吨级以上泊位: a size class names no work.
        if name.contains("以上") || name.contains("以下") { return false }
        if Self.isGeneric(modifier) { return false }
        // Balanced quotes; a quoted name long enough to be a name, not a slogan (“两重”).
        let opens = name.filter { $0 == "“" }.count
        guard opens == name.filter({ $0 == "”" }).count else { return false }
        if opens > 0 {
            let quoted = name.split(separator: "“").last?.split(separator: "”").first ?? ""
            // (“疆电入川”: power carried from one place to another names a project.)
            // (A phase after it makes a shorter one a project's: “引额供水”二期.)
            let shortest = head.isPhase ? 3 : 5
            if quoted.count < shortest && ProjectTypes.transferType(of: Array(quoted)) == nil || quoted.contains("+") { return false }
        }
        // 市市通高铁, 村村通5G工程: a slogan, not a line.
        if modifier.count >= 3, modifier.indices.dropFirst(2).contains(where: { modifier[$0] == "通" && modifier[$0 - 1] == modifier[$0 - 2] }) {
            return false
        }
        if placeRequired, head.generic || Self.genericHeads.contains(String(head.words)) {
            // A phase says which one (白龙核电一期, 中天绿色精品钢二期): only one work has phases.
            // (Not one opening with its works, cut at a joining word: 修复工程二期 of 保护和修复工程二期.)
            // (Nor a phase with nothing or a kind before it: 二期工程, 港口三期工程.)
            if head.isPhase || ProjectTypes.endsWithPhase(name) {
                let core = ProjectTypes.beforePhase(name)
                return (core.count >= 2 && !Self.isGeneric(core) || namesOwnLevelAlone(modifier)) && !ProjectTypes.opensWithWorks(modifier)
            }
            if namesWithoutPlace(modifier, head: head) { return true }
            if head.generic, ProjectTypes.transferType(of: modifier) != nil { return true }
            return opens > 0 || namesPlace(modifier)
        }
        // Brand-like heads make a name with one character (晋创谷).
        let words = String(head.words)
        if Self.valleyHeads.contains(words), modifier.count == 1 { return Self.provinceLetters.contains(modifier[0]) }
        return modifier.count >= 2 || (modifier.count == 1 && Self.brandHeads.contains(words))
    }

    static let brandHeads: Set<String> = ["创新谷", "科学城"]

    /// Heads of valleys (`ProjectTypes.valleyHeads`): with one character, only a province's
    /// short name (晋创谷; not 众创谷, 科创谷, 智算谷, which are kinds).
    static let valleyHeads = Set(ProjectTypes.valleyHeads)
    static let provinceLetters: Set<Character> = ["京", "津", "冀", "晋", "蒙", "辽", "吉", "黑", "沪", "苏", "浙", "皖", "闽", "赣",
                                                   "鲁", "豫", "鄂", "湘", "粤", "桂", "琼", "渝", "川", "蜀", "黔", "贵", "滇", "云",
                                                   "藏", "陕", "秦", "甘", "陇", "青", "宁", "新"]

    /// Whether a list item ends as a stretch of land does (走廊, 经济带): a name of its own.
    static func endsAsRegion(_ item: ArraySlice<Character>) -> Bool {
        item.suffix(2).elementsEqual("走廊") || item.suffix(3).elementsEqual("经济带")
    }

    static let campusHeads: Set<String> = ["院区", "校区"]

    /// Institutions whose campuses are projects of their own (协和医院雄安院区, 人民大学通州校区).
    static let institutions = ["医院", "大学", "学院", "中学", "小学", "博物院", "研究院", "科学院"]

    /// Whether a 院区 or 校区 belongs to a named institution (积水潭医院新街口院区): a project
    /// with no place in its name.
    static func isCampus(of modifier: [Character], head: ProjectTypes.Head) -> Bool {
        guard campusHeads.contains(String(head.words)) else { return false }
        let text = String(modifier)
        return institutions.contains { text.contains($0) && !text.hasPrefix($0) }
    }

    /// Whether the words before 通道 name a crossing: a quoted name, two to four characters
    /// ending in a word for a hill, sea, strait or river (黄茅海, 狮子洋, 莲花山), or two first
    /// characters that each begin a city of the report's province (深中: 深圳, 中山); not a
    /// direction along or out (沿江通道, 出海通道, 陆海通道).
    static func namesCrossing(_ modifier: [Character], in province: String?, gazetteer: Gazetteer) -> Bool {
        if modifier.first == "“" { return true }
        guard (2...4).contains(modifier.count), let last = modifier.last, let first = modifier.first,
              !["沿", "环", "滨", "跨", "出", "入", "进", "陆", "江", "海"].contains(first) else { return false }
        if crossingEnds.contains(last) { return true }
        guard modifier.count == 2, let province else { return false }
        return modifier.allSatisfy { !gazetteer.cities(startingWith: $0, in: province, countiesToo: false).isEmpty }
    }

    static let crossingEnds: Set<Character> = ["山", "洋", "海", "江", "河", "湾", "岛", "峡", "门", "岭", "湖"]

    /// Words that say what kind of thing a name is, not which (农村公路, 三级公路, 干线铁路,
    /// 通用机场, 国家级重点博物馆).
    static let genericModifiers = ["农村", "城市", "城镇", "城际", "干线", "支线", "疏港", "通用", "县道", "乡道", "村道",
                                   "一级", "二级", "三级", "四级", "等级", "高等级", "及以上", "以上", "港口", "国家级", "省级", "市级", "县级",
                                   "重点", "骨干", "普通", "现代化", "智慧", "新型", "大型", "中小型", "小型", "病险", "境外", "经贸",
                                   // Kinds of corridor (物流通道, 国际运输通道), not names.
                                   "绿色", "物流", "运输", "能源", "开放", "快速", "综合", "国际", "出海", "出省", "出境", "对外",
                                   "战略", "经济", "贸易", "人才", "数据", "安全", "应急", "生命", "消防", "生态", "信息",
                                   "客运", "货运", "联运", "大", "新", "主", "南北", "东西", "过江", "跨江", "跨海", "水运", "陆路",
                                   "航空", "铁路", "公路",
                                   // Kinds of line and crossing (普速铁路, 市域铁路, 干支流航道, 穿山隧道).
                                   "普速", "市域", "市郊", "干支流", "穿山", "越江", "区域性", "区域",
                                   // Kinds of power (风电光伏项目, 分布式光伏项目).
                                   "风电", "光伏", "新能源", "储能", "海上", "分布式", "集中式", "屋顶", "渔光互补", "农光互补", "林光互补", "牧光互补",
                                   "整县", "户用",
                                   // Kinds of port and water works (集装箱港区, 城乡供水工程).
                                   "集装箱", "散货", "内河", "专业化", "公用", "城乡", "规模化", "跨区域", "乡镇", "县城", "村级",
                                   // (民用运输机场, 清洁能源基地: kinds.)
                                   "民用", "清洁"]
        .map(Array.init).sorted { $0.count > $1.count }

    /// Whether `words` qualify a kind of work, so that the items of a list share them: Latin
    /// letters (LNG), or `genericModifiers` and the words of a basin or a nation (流域水, 国家).
    static func isSharedQualifier(_ words: [Character]) -> Bool {
        guard !words.isEmpty else { return false }
        if words.allSatisfy({ $0.isASCII && $0.isLetter }) { return true }
        var rest = words[...]
        for opening in sharedOpenings where rest.starts(with: opening) {
            rest = rest.dropFirst(opening.count)
            break
        }
        return rest.isEmpty || isGeneric(Array(rest))
    }

    static let sharedOpenings = ["流域水", "流域", "国家"].map(Array.init)

    /// Whether `modifier` is made only of `genericModifiers`.
    static func isGeneric(_ modifier: [Character]) -> Bool {
        guard !modifier.isEmpty else { return false }
        var rest = modifier[...]
        while !rest.isEmpty {
            guard let word = genericModifiers.first(where: { rest.starts(with: $0) }) else { return false }
            rest = rest.dropFirst(word.count)
        }
        return true
    }

    /// Arabic digits, half- or full-width (Chinese numerals are `isNumber` too, and name things).
    static func isDigit(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    /// The items of a 、 list right before `start`: short runs of name characters.
    func listItems(_ characters: Letters, before start: Int, floor: Int) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var end = start
        while end > floor + 1, characters[end - 1] == "、" {
            var itemStart = end - 1
            // (Up to six characters: 洛宁大鱼沟、嵩县龙潭沟抽水蓄能电站.)
            var limit = Self.itemLength
            while itemStart > floor, !characters[itemStart - 1].isPunctuation || characters[itemStart - 1] == "—", end - 1 - itemStart < limit {
                // 南雄至信丰、龙川至寻乌2条高速公路: an item may run from one place to another
                // (日照—临沂、济南—滨州高速公路: or with one dash).
                if characters[itemStart - 1] == "至" || characters[itemStart - 1] == "—", limit == Self.itemLength, itemStart - 1 > floor,
                   !characters[itemStart - 2].isPunctuation, itemStart < end - 1 {
                    limit = end - itemStart + Self.itemLength
                    itemStart -= 1
                    continue
                }
                // (、和静、: one character right after the mark begins the item.)
                if ProjectTypes.stopEnds(before: itemStart, in: characters),
                   !(itemStart == end - 2 && itemStart - 1 > floor && characters[itemStart - 2] == "、") { break }
                itemStart -= 1
            }
            guard itemStart < end - 1 else { break }
            // 成渝高速公路扩容、: what follows a name just found is its tail, not an item.
            if itemStart == floor, floor > 0, !characters[floor - 1].isPunctuation { break }
            // Cut off at the length limit with more name before it (特大洪水 of 百年一遇特大洪水、
            // 梅大高速; 子洋通道 of 狮子洋通道、深江高铁): a phrase of its own, not a list item.
            if end - 1 - itemStart >= limit, itemStart > floor, !characters[itemStart - 1].isPunctuation,
               !ProjectTypes.stopEnds(before: itemStart, in: characters) {
                break
            }
            items.insert(itemStart..<(end - 1), at: 0)
            end = itemStart
        }
        return items
    }

    static let itemLength = 6

    /// The clause before `start` (back to ，；：。).
    func clauseBefore(_ characters: Letters, _ start: Int) -> Range<Int> {
        var from = start
        while from > 0, !Self.clauseMarks.indices.contains(where: { mark in
            characters.isLetter(at: from - 1, Self.clauseMarks[mark], code: Self.clauseMarks.codes[mark])
        }) { from -= 1 }
        return from..<start
    }

    /// The marks that end a clause.
    static let clauseMarks = Letters("，；：。")

    /// Whether a count (digits or numerals and a measure word: 1800处, 十座) begins at `end`.
    static func countFollows(_ characters: Letters, at end: Int) -> Bool {
        var position = end
        while position < characters.count, position - end < 8, isDigit(characters[position]) || countNumerals.contains(characters[position])
            || characters[position] == "." || characters[position] == "万" && position > end {
            position += 1
        }
        return position > end && position < characters.count && countWords.contains(characters[position]) && characters[position] != "大"
    }

    /// Whether a word ending at `end` stands alone: a mark, a joining word or a verb follows it.
    static func standsAlone(_ characters: Letters, at end: Int) -> Bool {
        guard end < characters.count else { return true }
        return characters[end].isPunctuation || listMarks.contains(characters[end]) || characters[end] == "与"
            || ProjectTypes.stops.contains { characters.has($0, at: end) }
    }

    static let countNumerals: Set<Character> = ["两", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// Measure words of a count inside a name (`3个国家级经开区`, `2条高速公路`).
    static let countWords: Set<Character> = ["个", "条", "座", "处", "家", "项", "所", "批", "大"]

    /// A count in a name's modifier (`大同3个国家级` → `大同` and `国家级`; `三个一号` → `` and `一号`;
    /// `龙川至寻乌2条` → `龙川至寻乌` and ``).
    static func splitAtCount(_ modifier: [Character]) -> (ArraySlice<Character>, ArraySlice<Character>)? {
        for index in modifier.indices where countWords.contains(modifier[index]) && index > 0 {
            var first = index
            while first > 0, isDigit(modifier[first - 1]) || countNumerals.contains(modifier[first - 1]) { first -= 1 }
            if first < index { return (modifier[..<first], modifier[(index + 1)...]) }
        }
        return nil
    }

    /// The region of a name: a place in it, or for a line between two places named by their
    /// first characters (雄忻高铁, 黎霍高速), the first of those characters that begins exactly one
    /// city (or one county's city) of the report's province.
    /// A province's report counts only its own places; the national report counts all.
    var within: String? { province.flatMap { gazetteer.places[$0] != nil ? $0 : nil } }

    /// The cities (or sub-regions) of the report's province that `text` names.
    func places(in text: String) -> [String] {
        gazetteer.places(in: text, within: within, home: province)
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

    /// The areas (片区) named right after a zone: `洛阳片区`, `济南、青岛、烟台片区`,
    /// `成都天府新区片区、成都青白江铁路港片区和川南临港片区`; each 2–10 characters, joined by 、
    /// or 和, the last closed by 片区. Their ranges, without 片区, and the end of the last.
    static func zoneAreas(_ characters: Letters, after end: Int) -> ([Range<Int>], Int)? {
        var areas: [Range<Int>] = []
        var itemStart = end
        var position = end
        while position < min(characters.count, end + 48) {
            if characters.has(areaWord, at: position) {
                areas.append(itemStart..<position)
                position += areaWord.count
                guard position < characters.count, characters[position] == "、" || characters[position] == "和" else {
                    return areas.allSatisfy({ (2...10).contains($0.count) }) ? (areas, position) : nil
                }
                position += 1
                itemStart = position
                continue
            }
            let character = characters[position]
            if character == "、" || character == "和" {
                areas.append(itemStart..<position)
                itemStart = position + 1
            } else if character.isPunctuation || !character.isLetter {
                // (A list that does not close with 片区 names no areas.)
                return nil
            }
            position += 1
        }
        return nil
    }

    static let areaWord = Letters("片区")

    /// Heads of zones a province has one of, named by the province (广东自贸试验区).
    static let provinceZones: Set<String> = ["自由贸易试验区", "自贸试验区"]

    /// Whether a generic head's `modifier` names the project without a place of the gazetteer:
    /// a campus of a named institution, or a zone of the report's own province.
    func namesWithoutPlace(_ modifier: [Character], head: ProjectTypes.Head) -> Bool {
        Self.isCampus(of: modifier, head: head) || namesOwnLevel(modifier, head: head)
            || Self.provinceZones.contains(String(head.words)) && (namesOwnProvince(modifier) || Self.isChinaBracketName(modifier))
    }

    /// Whether `modifier` is 中国 with a province in brackets (中国（新疆）), as every
    /// free-trade zone is officially named.
    static func isChinaBracketName(_ modifier: [Character]) -> Bool {
        modifier.count >= 6 && modifier.count <= 12 && modifier.starts(with: ["中", "国", "（"]) && modifier.last == "）"
    }

    func region(of text: String, type: String) -> String? {
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
}
