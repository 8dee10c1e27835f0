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
    /// The city whose report it is (`厦门市`), when the title names one: its districts and
    /// counties are the regions of its projects.
    var city: String?

    /// Heads that make a name only with a place or a quoted name in it.
    static let genericHeads: Set<String> = ["园区", "产业园区", "产业园", "开发区", "经开区", "示范区", "新区", "工程", "项目", "电厂", "电站", "快速路",
                                            "新城", "枢纽", "物流枢纽", "航空枢纽", "医院", "体育中心", "运动中心", "体育馆", "体育场", "生产线",
                                            "产业基地", "港", "核电", "口岸", "院区", "校区", "分院", "妇幼保健院", "卫生院", "中学", "小学",
                                            "自由贸易试验区", "自贸试验区", "东站", "西站", "南站", "北站", "先行区", "试验区", "临空经济区",
                                            "保税区", "保税港区", "金融城", "新片区", "科技园区", "科技园", "科学中心", "航空港区", "光源", "试验场", "投资区", "工业区",
                                            "景区", "旅游区", "工厂", "基地", "足球中心", "会议中心", "医技综合楼", "生态园"]

    /// How far back the verb before a list's later item is looked for (加快合浦至湛江高铁、南宁至
    /// 崇左城际铁路、柳州至广州铁路、防城港至东兴铁路建设); a name that is no later item of a list is
    /// read back 16 characters.
    static let listReach = 64

    static let putInto = Letters("投入")


    /// Characters after 至 that make it a time or a degree, not a line's other end (至今, 至年底, 至少).
    static let notPlacesAfterTo: Set<Character> = ["今", "年", "此", "少", "关", "于", "多", "本", "目", "明", "当", "月", "2", "1"]

    /// Grades a zone is given (a kind after a name, not more of it).
    static let grades: Set<String> = ["国家级", "省级", "市级", "县级"]

    /// Words before 港 that make it a hub of firms, not of ships (烟台国际科创港, 青岛音乐港).
    static let notShipping: Set<String> = ["科创", "音乐", "数字", "文创", "人才", "金融", "数据", "创新", "影视", "动漫", "电竞", "设计", "科技", "算力", "智造"]

    /// Heads of stations, named by their city (郑州南站): no list before one shares them.
    static let stationHeads: Set<String> = ["东站", "西站", "南站", "北站"]

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
        // Names that lack only a place to say which one they are (金桥经济技术开发区): projects
        // where they stand in a list beside a project of their kind (`adoptSiblings`).
        var pending: [(project: FoundProject, range: Range<Int>)] = []
        while index < characters.count {
            // Most characters begin neither a head nor a road.
            guard ProjectTypes.starts.mayBegin(codes[index]) else {
                index += 1
                continue
            }
            // 中欧班列, “三北”工程: known across the country by a name with no head or place.
            // (Not when a facility's head follows: 中欧班列（郑州）集结中心 is the hub, named by its head.)
            if index >= taken, let known = KnownProjects.match(characters, at: index),
               known.range.upperBound >= characters.count || !ProjectTypes.heads(startingWith: characters[known.range.upperBound]).contains(where: {
                   !$0.generic && characters.has($0.letters, at: known.range.upperBound)
               }) {
                let (status, verb) = ProjectStatus.of(characters, after: known.range.upperBound..<min(characters.count, known.range.upperBound + 8),
                                                      before: max(0, known.range.lowerBound - 16)..<known.range.lowerBound) ?? ("other", nil)
                let name = String(characters[known.range])
                results.append(FoundProject(name: name, text: name, type: known.type, offset: offsets[known.range.lowerBound],
                                            line: sentence.line, status: status, statusText: verb,
                                            period: sentence.period?.label, region: places(in: name).first))
                index = known.range.upperBound
                taken = index
                lastEnd = index
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
                  !head.isPhase || ProjectTypes.phaseEndsName(at: index, in: characters),
                  // (哈尔滨工程大学青岛校区: 工程 of an institution's name is no works.)
                  !head.generic || !Self.institutionAfterWorks.contains(where: { characters.has($0, at: index + head.words.count) }) else {
                index += 1
                continue
            }
            let headStart = index
            var end = ProjectTypes.endOfTail(at: index + head.words.count, in: characters)
            // 渝昆高铁渝宜段, 川青铁路镇江关至黄胜关段: a section of the line.
            let lineEnd = end
            // (A section's own works after it: 绕城高速南段改扩建.)
            // (And a metro line's: 轨道交通19号线浦东段, 20号线一期东段.)
            // (Not after 地铁 or 轨道交通: the line's number comes first, 轨道交通22号线红庙至平谷段.)
            if ProjectFinder.listTypes.contains(head.type) || head.words == Self.lineWord, let section = Self.section(characters, after: end) {
                end = ProjectTypes.endOfTail(at: section, in: characters)
            } else if head.generic, let section = Self.section(characters, after: end), section - 1 > end,
                      case let words = String(characters[end..<(section - 1)]),
                      namesPlace(Array(words)) || gazetteer.forms[words]?.contains(where: { $0.kind == "province" }) == true {
                // (淮河入海水道二期工程安徽段: a works' section in a place.)
                end = ProjectTypes.endOfTail(at: section, in: characters)
            }
            index = end
            // (A phase's name may be a firm's and its site's: 天能集团安吉新能源电池基地二期.)
            let phased = head.isPhase || ProjectTypes.endsWithPhase(String(characters[headStart..<end]))
            // (And a campus's, its institution's: 西南医科大学附属医院忠山院区.)
            // (And a plant's, its firm's and site's: 一汽解放青岛汽车有限公司新能源整车工厂.)
            let campus = Self.campusHeads.contains(String(head.words)) || Self.plantHeads.contains(String(head.words))
            // (And a plant's, named by its firm and its yearly output: 江钨新材料年产2万吨稀土永磁材料项目.)
            let output = head.generic && Self.hasYearlyOutput(characters, before: headStart)
            // (And works on a basin, a river or a desert: 塔里木河流域生态保护修复工程.)
            let onWater = head.generic && Self.namesWaterBodyBefore(characters, headStart, floor: taken)
            // (And a firm's plant named by its process, with the firm's whole name: 中国石油独山子石化
            // 塔里木二期乙烯项目, 国家能源集团准东煤制油气一体化项目.)
            let industrial = head.generic
                && Self.namesIndustrialPlant(Array(characters[min(headStart, max(taken, headStart - 10))..<headStart]))
            var start = nameStart(characters, before: headStart, floor: taken, longest: output || industrial ? 18 : phased || campus || onWater ? 14 : 10)
            start = joinedStart(characters, at: start, floor: taken, headStart: headStart)
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
            // (Nor a kind after a name: 临港经开区国家级经开区综合排名.)
            if start == lastEnd, characters[start..<headStart].filter({ !Self.isDigit($0) && !Self.specLetters.contains($0) }).count <= 4,
               !Self.grades.contains(String(characters[start..<headStart])),
               Self.splitAtCount(Array(characters[start..<headStart])) == nil,
               // (A name after 工程 or 项目 is a project of its own: 小清河复航工程济南港主港区.)
               start == headStart || !(results.last.map { ProjectTypes.endsWithWorks($0.name) } ?? false),
               String(head.words) != "通道" || Self.namesCrossing(Array(characters[start..<headStart]), in: province, gazetteer: gazetteer),
               var previous = results.popLast() {
                previous.name += String(characters[start..<end])
                previous.text = previous.name
                // (太原机场改扩建项目 is an airport's.)
                // (绕城高速联络线 is the expressway's link; 天府国际机场联络线 a railway.)
                if !head.generic, String(head.words) != "联络线" || !Self.linkedLines.contains(previous.type) { previous.type = head.type }
                // A verb right after the whole name says its status (铁路港综保区封关运行), unless
                // it takes a count as its object (研究院建成8个平台: what was built is the platforms).
                let verbArea = characters.characters[end..<min(characters.count, end + 7)]
                // (推进贵阳至黔北机场城际铁路、毕节至水城铁路前期工作: a verb after the whole name
                // says more than one before its first part.)
                // (加快出山店、前坪水库灌区建设: read with the words before the whole name, for 加快.)
                let whole = offsets.firstIndex(of: previous.offset) ?? start
                let after = end..<min(characters.count, end + 8)
                if !verbArea.contains(where: Self.isDigit), ProjectStatus.of(characters, after: after, before: start..<start) != nil,
                   let (status, verb) = ProjectStatus.of(characters, after: after, before: max(0, whole - Self.listReach)..<whole) {
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
                if characters.has(Self.projectWord, at: end) || characters.has(ProjectTypes.works, at: end) { end += 2 }
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
            // 国家海洋综合试验场（青岛）: a place in brackets after the name is its place, and part of it.
            let bracketedPlace = Self.bracketedPlace(characters, after: end, gazetteer: gazetteer, province: province)
            if let bracketedPlace { end = bracketedPlace.end }
            let name = String(characters[start..<end])
            let namePhased = ProjectTypes.endsWithPhase(name)
            let modifier = Array(characters[start..<headStart])
            let (status, verb) = ProjectStatus.of(characters, after: end..<min(characters.count, end + 8),
                                                  before: max(0, start - (start > 0 && Self.listMarks.contains(characters[start - 1]) ? Self.listReach : 16))..<start)
                ?? ("other", nil)
            let listed = Self.listTypes.contains(head.type) && !Self.stationHeads.contains(String(head.words))
                ? listItems(characters, before: start, floor: taken) : []
            // (引汉济渭二期工程 is a water project, 陇电入鲁工程 an energy one.)
            // (引洮供水二期 is a water project: a phase's name says its works.)
            // (And a plant its products: 特斯拉上海储能超级工厂 is an energy one.)
            let type = head.generic ? ProjectTypes.transferType(of: modifier) ?? ProjectTypes.worksType(of: modifier) ?? head.type
                // (国家油气网络干线: a trunk line carries what its name says, water by default.)
                : Self.plantHeads.contains(String(head.words)) || ["联络线", "干线", "干支线"].contains(String(head.words))
                    ? ProjectTypes.worksType(of: modifier) ?? head.type
                : head.words.count == 1 && head.words[0] == "港" && modifier.count >= 2
                    && Self.notShipping.contains(String(modifier.suffix(2))) ? "park-zone"
                : head.type
            func project(_ name: String, text: String, at position: Int, region: String?) -> FoundProject {
                FoundProject(name: name, text: text, type: type, offset: offsets[position], line: sentence.line,
                             status: status, statusText: verb, period: sentence.period?.label, region: region)
            }
            // A count inside the name: a group, unless a list names its members.
            if let (before, after) = Self.splitAtCount(modifier) {
                // (Items that are names with a head of their own are none of the group's: 城市新区、
                // 省级经开区、两个新区.)
                let named = listed.filter { !containsHead(characters[$0]) }
                let members = named.map { String(characters[$0]) } + (before.isEmpty ? [] : [String(before)])
                let positions = named.map(\.lowerBound) + (before.isEmpty ? [] : [start])
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
            var ownRegion = places(in: String(characters[headStart..<end])).first ?? campusPlace(in: name)
                ?? region(of: String(modifier), type: head.type)
            // 太原、大同率先打造绿电产业园区: a generic zone with no place of its own gets the places
            // listed just before it in its clause.
            if Self.genericHeads.contains(String(head.words)), !head.endsName, bracketedPlace == nil, !namesPlace(modifier), !name.hasPrefix("“"),
               !namePhased, Self.yearlyOutput(modifier) == nil, !name.hasSuffix("号机组"), !Self.namesIndustrialPlant(modifier),
               !head.generic || ProjectTypes.transferType(of: modifier) == nil && !Self.namesBasin(modifier) && !Self.namesWaterBodyWorks(modifier),
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
                guard !listed.isEmpty, clause.count <= 12 else {
                    if Self.namesAlone(modifier), Self.opensItem(characters, at: start) { pending.append((project(name, text: name, at: start, region: ownRegion), start..<end)) }
                    continue
                }
                for (place, position) in listed {
                    results.append(project(place + name, text: place, at: position, region: place))
                }
                taken = end
                lastEnd = end
                continue
            }
            guard acceptable(name: name, modifier: modifier + (bracketedPlace?.place ?? []), head: head) else {
                if head.generic || Self.genericHeads.contains(String(head.words)), Self.namesAlone(modifier), Self.opensItem(characters, at: start),
                   acceptable(name: name, modifier: modifier, head: head, placeRequired: false) {
                    pending.append((project(name, text: name, at: start, region: ownRegion), start..<end))
                }
                continue
            }
            // 章江新区至蓉江新区轨道交通: a name before 至 is where a line starts, and 郑州南站 before
            // 等 an item of a list that another head closes (郑州南站等高铁项目).
            // (Not phases, 项目一期至七期, nor a time, 至今, 至年底.)
            let isStation = Self.stationHeads.contains(String(head.words))
            if end + 1 < characters.count, characters[end] == "至" && !namePhased && !Self.notPlacesAfterTo.contains(characters[end + 1])
                || characters[end] == "等" && isStation {
                continue
            }
            // A station is named by its city and ends its name (not 成都东站TOD综合开发项目, nor
            // an event's stop, …主会场活动湖南站).
            if isStation, modifier.count > 4 || !ProjectTypes.nameEnds(before: end, in: characters)
                && !ProjectStatus.verbLetters.contains(where: { characters.has($0, at: end) }) && !characters.has(Self.putInto, at: end) {
                continue
            }
            // 污水处理厂20座: a kind of work counted, not one of them (unless a phase names it).
            if Self.countFollows(characters, at: end), !namePhased, !name.hasPrefix("“") { continue }
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
            // (Or, opening with a place, one character apart, 丰都栗子湾、黔江金溪, or as long once
            // the last's shared qualifier is left out: 大足龙水湖、梁平双桂湖国家湿地公园; not
            // 特色专业镇 before 晋中国家农高区.)
            for item in listed where !containsHead(characters[item]) && !Self.endsWithTail(characters[item]) && characters[item.upperBound - 1] != "线"
                && !Self.endsAsRegion(characters[item])
                && (item.count <= 4 || item.count == modifier.count
                    || (abs(item.count - modifier.count) <= 1 || modifier.count > item.count && Self.isSharedQualifier(Array(modifier[item.count...])))
                        && gazetteer.mentions(in: String(characters[item]), home: province).contains { $0.at == 0 }
                    || characters[item].contains(where: { $0 == "至" || $0 == "—" })) {
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
            // 宁德时代一期、二期项目: a phase listed after a phased name is the same work's.
            if end + 3 <= characters.count, Self.listMarks.contains(characters[end]), let stem = ProjectTypes.beforePhase(fullName).map({ String($0) }) {
                while end + 3 <= characters.count, Self.listMarks.contains(characters[end]),
                      let phase = Self.phaseLetters.first(where: { characters.has($0, at: end + 1) }),
                      ProjectTypes.nameEnds(before: end + 1 + phase.count, in: characters)
                        || characters.has(ProjectTypes.works, at: end + 1 + phase.count) || characters.has(Self.projectWord, at: end + 1 + phase.count) {
                    let phaseName = String(phase.characters)
                    results.append(project(stem + phaseName, text: phaseName, at: end + 1, region: ownRegion))
                    end += 1 + phase.count
                    if characters.has(ProjectTypes.works, at: end) || characters.has(Self.projectWord, at: end) { end += 2 }
                }
            }
            index = end
            taken = end
            lastEnd = end
        }
        results.sort { $0.offset < $1.offset }
        adoptSiblings(pending, into: &results, characters, offsets: offsets)
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

    /// Whether 流域 or 沙漠 stands among the 14 characters before `headStart` (after `floor`) with
    /// no mark between: a long name of works on a basin or a desert.
    static func namesWaterBodyBefore(_ characters: Letters, _ headStart: Int, floor: Int) -> Bool {
        var position = headStart - 2
        while position >= max(floor, headStart - 14) {
            if characters[position].isPunctuation { return false }
            if characters[position] == "流" && characters[position + 1] == "域" || characters[position] == "沙" && characters[position + 1] == "漠" { return true }
            position -= 1
        }
        return false
    }

    /// Marks that join the items of a list of names.
    static let listMarks: Set<Character> = ["、", "和", "及"]

    static let phaseLetters = ProjectTypes.phases.map { Letters($0) }

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
}
