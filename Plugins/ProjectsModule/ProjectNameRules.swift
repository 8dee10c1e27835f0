import WorkbenchSDK

/// Where a project's name begins and whether it names one project: the words before a head,
/// the kinds that name none, crossings, campuses and brand-like heads.
extension ProjectFinder {
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
        // 入选国家中医药传承创新发展试验区: a name the limit cut a few characters after a
        // boundary reaches back to it, not into a word (家中医药…).
        if !inQuote, start > floor, index - start - skipped >= limit, characters[start - 1].isLetter,
           !ProjectTypes.stopEnds(before: start, in: characters, floor: floor) {
            var back = start - 1
            while back > floor, start - back < Self.reachBack, characters[back - 1].isLetter,
                  !ProjectTypes.stopEnds(before: back, in: characters, floor: floor) {
                back -= 1
            }
            if back == floor || !characters[back - 1].isLetter || ProjectTypes.stopEnds(before: back, in: characters, floor: floor) {
                return back
            }
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

    /// Where a name cut at 与 or 和 begins when the words before the joining word are its own:
    /// a place and more, with no head (上海脑科学与类脑研究中心, 浦东城市规划和公共艺术中心), or
    /// works joined to works (生态保护和修复工程); not a place alone (太原和大同机场) or a name of
    /// its own (A铁路和B高速). `start` otherwise.
    func joinedStart(_ characters: Letters, at start: Int, floor: Int, headStart: Int) -> Int {
        guard start - 1 > floor, characters[start - 1] == "与" || characters[start - 1] == "和" else { return start }
        // (Not when the words after it name a place of their own, 太原都市圈和晋中国家农高区:
        // two names, or before the first is an area or a policy, 长株潭一体化和湘江新区.)
        // (But a joint body's name holds both: 太原理工大学与山西大学联合研究中心.)
        let joint = characters[start..<headStart].contains("联") && String(characters[start..<headStart]).contains("联合")
        if start < headStart, !joint, !gazetteer.mentions(in: String(characters[start..<headStart]), home: province).isEmpty { return start }
        var left = start - 1
        while left > floor, start - 1 - left < 8, characters[left - 1].isLetter, !characters[left - 1].isPunctuation,
              !ProjectTypes.stopEnds(before: left, in: characters, floor: floor) {
            left -= 1
        }
        let words = characters[left..<(start - 1)]
        guard words.count >= 3, left == floor || !characters[left - 1].isLetter || ProjectTypes.stopEnds(before: left, in: characters, floor: floor),
              !containsHead(words), !isPlace(String(words)),
              !ProjectTypes.notProjects.contains(where: String(words).contains),
              !Self.areasAndPolicies.contains(where: { String(words).hasSuffix($0) }) else { return start }
        // (漓江流域生态保护和修复工程: works joined to works, 保护 and 修复, are one name.)
        let joinsWorks = ProjectTypes.opensWithWorks(Array(characters[start..<min(characters.count, start + 2)]))
            && ProjectTypes.worksOpenings.contains { words.count > $0.count && words.suffix($0.count).elementsEqual($0) }
        guard joinsWorks || !gazetteer.mentions(in: String(words), home: province).isEmpty else { return start }
        return left
    }

    /// Words that end an area or a policy, never the first half of a name (都市圈, 一体化).
    static let areasAndPolicies = ["都市圈", "都市区", "市区", "一体化", "协同发展", "发展", "大学城", "古城保护", "区", "城"]

    /// How far back past the length limit a name may reach for its boundary.
    static let reachBack = 3

    /// A name must say which project it is.
    func acceptable(name: String, modifier: [Character], head: ProjectTypes.Head, placeRequired: Bool = true) -> Bool {
        if ProjectTypes.notProjects.contains(where: name.contains) || ProjectTypes.notPorts.contains(where: name.hasSuffix) { return false }
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
        // (全区铁路运营里程, 中心城区轨道交通, 市州民用机场: the network of an area, not a work.)
        // (Not a line from one end to another, 中心城区至机场快速路, a numbered one, nor a place
        // opening with 全: 全州至灌阳高速公路.)
        if ["全球", "全国", "全省", "全市", "全区", "全县", "全州", "全域", "中心城区", "市州", "各市", "各地", "每个"].contains(where: name.hasPrefix),
           !name.contains("至") && !name.contains("号线") || name.contains("各") {
            return false
        }
        // 国家5A级旅游景区, A级景区: a grade of scenic area, not one.
        if modifier.contains("A") && String(modifier).contains("A级") { return false }
        // 万吨级以上泊位: a size class names no work.
        if name.contains("以上") || name.contains("以下") { return false }
        if Self.isGeneric(modifier) { return false }
        // 争创国家实验室, 跻身国家高新区: 国家 alone before 实验室 or 高新区 names the kind (but
        // 创建国家自贸区, 国家农高区 are the province's own; 国家大剧院 is one).
        if String(modifier) == "国家", ["实验室", "高新区"].contains(String(head.words)) { return false }
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
            // A plant's yearly output says which (恒科新材料年产150万吨功能性纤维项目), with a firm's
            // name before it.
            if head.generic, let output = Self.yearlyOutput(modifier) { return output >= 2 }
            if head.isPhase || ProjectTypes.endsWithPhase(name) {
                let core = ProjectTypes.beforePhase(name) ?? ProjectTypes.withoutWorks(name)
                return (core.count >= 2 && !Self.isGeneric(core) || namesOwnLevelAlone(modifier)) && !ProjectTypes.opensWithWorks(modifier)
            }
            if namesWithoutPlace(modifier, head: head) { return true }
            if head.generic, ProjectTypes.transferType(of: modifier) != nil { return true }
            // 盛虹炼化一体化项目, 中沙古雷乙烯项目, 中煤准东能源化工项目: a firm's plant named by what
            // it makes; 天马第8.6代新型显示面板生产线: a line named by its generation.
            if head.generic || String(head.words) == "生产线", Self.namesIndustrialPlant(modifier) { return true }
            // 田湾核电7号机组: a numbered generating unit is one plant's, wherever it stands.
            // (Not a kind of plant with no site: 新建燃煤电厂1号机组.)
            if name.hasSuffix("号机组"), case let site = Self.withoutPowerKinds(modifier), site.count >= 2, !Self.isGeneric(site) { return true }
            // A plant or a base is a firm's at a place (比亚迪南宁基地), not a place's kind of base
            // (大同黄花种植基地, 太原市智能工厂).
            // (A place's base of power is one: 皖北千万千瓦级风光储一体化基地.)
            if Self.plantHeads.contains(String(head.words)) {
                return opens > 0 || gazetteer.mentions(in: modifier, home: province).contains { $0.at > 0 }
                    || ProjectTypes.worksType(of: modifier) == "energy" && namesPlace(modifier)
            }
            // 漓江流域生态保护和修复工程, 赤水河流域综合治理工程: a basin named says which; so does
            // a river, lake or desert and the works on it (吴淞江整治工程, 塔克拉玛干沙漠边缘阻沙防沙工程).
            if head.generic, Self.namesBasin(modifier) || Self.namesWaterBodyWorks(modifier) { return true }

            return opens > 0 || namesPlace(modifier)
        }
        // Brand-like heads make a name with one character (晋创谷).
        let words = String(head.words)
        if Self.valleyHeads.contains(words), modifier.count == 1 { return Self.provinceLetters.contains(modifier[0]) }
        return modifier.count >= 2 || (modifier.count == 1 && Self.brandHeads.contains(words))
    }

    static let brandHeads: Set<String> = ["创新谷", "科学城"]

    /// Whether `modifier` opens with a river's name and 流域 (漓江流域…, 赤水河流域…): two to
    /// four characters before it, not a kind (重点流域, 大江大河流域).
    static func namesBasin(_ modifier: [Character]) -> Bool {
        guard let basin = (2...4).first(where: { modifier.count > $0 + 2 && modifier[$0] == "流" && modifier[$0 + 1] == "域" }) else { return false }
        let river = String(modifier[..<basin])
        return !["重点", "主要", "大江大河", "跨省", "全省", "各", "中小"].contains(where: river.hasPrefix)
    }

    /// Whether `modifier` opens with a river's, lake's or desert's name (two to eight characters
    /// ending in 江, 河, 湖 or 沙漠) and goes on with works on it (整治, 治理, 疏浚, 防沙 …), not a
    /// kind of them (中小河流, 重点河湖).
    static func namesWaterBodyWorks(_ modifier: [Character]) -> Bool {
        let text = String(modifier)
        guard modifier.count >= 3, !["重点", "主要", "大江大河", "中小", "骨干", "全省", "跨省", "城市", "农村", "各"].contains(where: text.hasPrefix) else { return false }
        for end in 2...min(8, modifier.count) {
            let body = String(modifier[..<end])
            guard body.hasSuffix("江") || body.hasSuffix("河") || body.hasSuffix("湖") || body.hasSuffix("沙漠") else { continue }
            let rest = String(modifier[end...])
            return waterBodyWorks.contains(where: rest.contains)
        }
        return false
    }

    static let waterBodyWorks = ["整治", "治理", "疏浚", "拓浚", "清淤", "防洪", "堤防", "防沙", "阻沙", "治沙", "锁边", "生态保护", "生态修复", "修复"]

    /// Whether `modifier` names a firm's plant: two or more characters of a name (not kinds or
    /// counts) before a process of heavy industry (炼化, 乙烯, 煤制, 化工 …), or a panel line's
    /// generation (第8.6代).
    static func namesIndustrialPlant(_ modifier: [Character]) -> Bool {
        // 第8.6代: 第, digits (and a point), 代, with a name of two or more before it.
        if let generation = modifier.firstIndex(of: "第"), generation >= 2 {
            var position = generation + 1
            while position < modifier.count, isDigit(modifier[position]) || modifier[position] == "." { position += 1 }
            if position > generation + 1, position < modifier.count, modifier[position] == "代" {
                return !isGeneric(Array(modifier[..<generation]))
            }
        }
        let letters = Letters(modifier)
        var position = 2
        while position < modifier.count {
            if industrialProcesses.contains(where: { letters.has($0, at: position) }) {
                let owner = Array(modifier[..<position])
                return !isGeneric(owner) && !owner.contains(where: { isDigit($0) || "批个项大类些".contains($0) })
            }
            position += 1
        }
        return false
    }

    static let industrialProcesses = ["炼化", "炼油", "乙烯", "芳烃", "煤制", "煤化工", "能源化工", "化工", "石化", "多晶硅", "电解铝", "氧化铝"]
        .map(Letters.init)

    /// Heads of zones a name of two characters names without a place (两江新区).
    static let namedZoneHeads: Set<String> = ["新区", "经开区", "开发区"]
    /// Characters of counts, grades and kinds, which no zone's name of two has (两个, 各类, 省级, 这些;
    /// not 两 alone: 两江新区).
    static let notInZoneNames: Set<Character> = ["个", "类", "级", "些", "各", "其", "该", "本", "每", "等"]
    /// Words of two characters that say what kind of zone, or where, not which one.
    static let zoneKinds: Set<String> = ["城市", "产业", "现有", "所有", "全部", "同类", "沿江", "沿海", "沿边", "边境", "国家", "省属",
                                         "市属", "县域", "城区", "老城", "园区", "工业", "经济", "开发", "开放", "特色", "重点", "高新",
                                         "国际", "综合", "临空", "新兴", "现代", "旅游", "文化", "生态", "科技", "农业",
                                         "先进", "一流", "优秀", "标杆", "示范", "成熟", "周边", "兄弟", "友好", "外地", "发达",
                                         "我省", "我市", "我区", "全省", "传统", "县属", "老旧", "低效", "边远", "偏远", "落后", "新设", "新建",
                                         "零碳", "低碳", "数字", "智能", "智慧", "绿色", "未来", "总部", "创新", "双创", "专业"]

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

    static let campusHeads: Set<String> = ["院区", "校区", "分院"]

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
                                   // (合肥、芜湖国家级经济技术开发区: the kind of zone.)
                                   "经济技术", "高新技术产业", "高新技术",
                                   // (现代煤化工项目: a kind of industry.)
                                   "现代", "传统", "新兴", "高端",
                                   // Kinds of line and crossing (普速铁路, 市域铁路, 干支流航道, 穿山隧道).
                                   "普速", "市域", "市郊", "干支流", "穿山", "越江", "区域性", "区域",
                                   // Kinds of power (风电光伏项目, 分布式光伏项目).
                                   "风电", "光伏", "新能源", "储能", "海上", "分布式", "集中式", "屋顶", "渔光互补", "农光互补", "林光互补", "牧光互补",
                                   "整县", "户用",
                                   // Kinds of port and water works (集装箱港区, 城乡供水工程).
                                   "集装箱", "散货", "内河", "专业化", "公用", "城乡", "规模化", "跨区域", "乡镇", "县城", "村级",
                                   // (民用运输机场, 清洁能源基地: kinds.)
                                   "民用", "清洁",
                                   // (沿线生态廊道, 沿河生态廊道: along something, not a name (沿江高铁 is one); 边缘计算中心: a kind.)
                                   "沿线", "沿途", "沿河", "沿湖", "边缘"]
        .map(Array.init).sorted { $0.count > $1.count }

    /// Whether `words` qualify a kind of work, so that the items of a list share them: Latin
    /// letters (LNG), or `genericModifiers` and the words of a basin, a nation or a kind of trade (流域水, 国家, 跨境电商).
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

    static let sharedOpenings = ["流域水", "流域", "国家级", "国家", "跨境电子商务", "跨境电商"].map(Array.init)

    /// `modifier` without the words of a kind of power plant (燃煤电厂 of 燃煤电厂1号机组; 田湾 of
    /// 田湾核电): what is left names the site, if anything does.
    static func withoutPowerKinds(_ modifier: [Character]) -> [Character] {
        var text = String(modifier)
        for word in powerKinds { text = text.replacing(word, with: "") }
        return Array(text)
    }

    static let powerKinds = ["抽水蓄能", "垃圾焚烧", "生物质", "燃煤", "煤电", "火电", "核电", "水电", "风电", "光伏", "燃气", "气电",
                             "电厂", "电站", "发电", "新建", "扩建", "机组"]

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

    /// Where 年产 and a number stand in `modifier`, the number of characters before 年产 (the
    /// firm's name), or nil.
    static func yearlyOutput(_ modifier: [Character]) -> Int? {
        for position in modifier.indices.dropLast(2) where modifier[position] == "年" && modifier[position + 1] == "产"
            && isDigit(modifier[position + 2]) {
            return position
        }
        return nil
    }

    /// Whether 年产 and a number stand in the words before `index` (back to a mark, but not the
    /// mark of 120万吨/年 or 1.5万吨), with 产 within 18 characters of it.
    static func hasYearlyOutput(_ characters: Letters, before index: Int) -> Bool {
        var from = index
        while from > 0, index - from < 19, !characters[from - 1].isPunctuation || characters[from - 1] == "." || characters[from - 1] == "/" {
            from -= 1
        }
        return yearlyOutput(Array(characters[from..<index])) != nil
    }

    /// Arabic digits, half- or full-width (Chinese numerals are `isNumber` too, and name things).
    static func isDigit(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }
}
