/// The head nouns that end the names of projects and facilities, longest first, with the type
/// they give. A name is the head noun and the words before it up to a verb or a punctuation mark.
enum ProjectTypes {
    struct Head: Sendable {
        /// The head noun's characters with their codes, to compare with a sentence.
        var letters: Letters
        var type: String
        /// A generic head (工程, 项目) only makes a name with a specific word before it.
        var generic: Bool
        /// A head that is a name's last character only where the name ends there (富宁港, but
        /// not 港 of 京港高铁 or 临港经济区).
        var endsName: Bool { letters.count == 1 }

        init(words: [Character], type: String, generic: Bool) {
            letters = Letters(words)
            self.type = type
            self.generic = generic
        }

        var words: [Character] { letters.characters }

        /// A phase (二期) standing for the head of a project named by its owner or its works
        /// alone (宁德时代二期, “引额供水”二期工程): a project, since only one has phases.
        var isPhase: Bool { letters.count == 2 && letters[1] == "期" }
    }

    /// The phases that may end a name with no head before them.
    static let phases = ["首期", "一期", "二期", "三期", "四期", "五期", "六期"]

    /// Words before a phase that make it an order or a time, not a project's (第一期, 分三期, 近期).
    static let notBeforePhase: Set<Character> = ["第", "首", "前", "后", "分", "近", "本", "同", "上", "下", "远", "末", "、", "和"]

    /// Heads of valleys named like brands (晋创谷, 中国光谷): zones, named with one character
    /// only by a province's short name (`ProjectFinder.acceptable`).
    static let valleyHeads = ["创谷", "光谷", "药谷", "声谷", "芯谷", "算谷"]

    static let heads: [Head] = {
        let table: [(String, [String])] = [
            ("urban-rail", ["号线", "轨道交通", "地铁", "市域快线"]),
            ("railway", ["铁路枢纽", "城际铁路", "高速铁路", "高铁", "铁路", "城际", "客专", "联络线", "直通线", "东站", "西站", "南站", "北站"]),
            ("expressway", ["高速公路", "高速"]),
            ("road", ["旅游公路", "快速路", "大道", "公路", "大桥", "隧道", "跨海通道", "跨江通道", "过江通道", "出海通道", "通道"]),
            ("airport", ["国际机场", "机场"]),
            ("port", ["水运新通道", "邮轮母港", "航运中心", "航电枢纽", "航运枢纽", "航道", "船闸", "码头", "作业区", "港区", "泊位", "运河", "港"]),
            ("water", ["水利水电枢纽", "水利枢纽工程", "水资源配置工程", "引水工程", "调水工程", "配水工程", "水利枢纽", "干支线",
                       "干线", "水库", "灌区", "供水工程", "污水处理厂", "污水厂", "再生水厂", "自来水厂", "净水厂", "水厂"]),
            ("energy", ["新能源基地", "能源基地", "风光储基地", "风电光伏基地", "风电基地", "光伏基地", "抽水蓄能电站", "水电站", "核电站",
                        "水电工程", "海上风电项目", "风电项目", "光伏发电项目", "光伏项目", "输变电工程", "输电工程", "变电站", "电站", "电厂", "特高压", "核电", "油田", "气田", "接收站", "储气库"]),
            ("park-zone", ["综改示范区", "示范区", "综合保税区", "综保区", "边境合作中心", "开发区", "经开区", "高新区", "农高区", "产业园区", "产业园", "园区", "自贸区", "自由贸易试验区", "自贸试验区", "新区", "创新谷", "科学城", "科技城",
                           "产业基地", "合作区", "中央商务区", "商务区", "新城", "先行区", "试验区", "临空经济区", "保税区", "保税港区", "金融城", "新片区", "科技园区", "科技园", "航空港区",
                           "投资区", "工业区", "综合实验区"] + valleyHeads),
            ("culture-venue", ["考古遗址公园", "国家文化公园", "遗址公园", "博物院", "博物馆", "美术馆", "图书馆", "大剧院", "文化公园", "纪念馆",
                               "艺术中心", "科技馆", "文化馆", "档案馆", "非物质文化遗产馆", "非遗馆", "考古公园"]),
            ("research", ["实验室", "研究院", "试验线", "研究中心", "创新中心", "大科学装置", "实验站", "实验装置", "实验室基地",
                          "科学中心", "光源", "实验设施", "研究设施", "基因库", "试验场", "试验装置", "试验设施"]),
            ("ecology", ["湿地公园", "国家公园", "森林公园", "地质公园", "综合治理工程", "生态修复工程", "生态廊道", "自然保护区"]),
            ("other", ["智算平台", "数据中心", "算力中心", "计算中心", "智算中心", "超算中心", "生产线", "交易中心", "会展中心", "物流枢纽", "航空枢纽", "枢纽", "集结中心",
                       "旅游度假区", "医院", "院区", "校区", "分院", "口岸"]),
            // Scenic areas (the key's secondary tier): 晋祠天龙山景区, 德天跨国瀑布景区.
            ("other", ["景区", "旅游区"]),
            // Firms' plants and bases: 赛力斯超级工厂, 比亚迪南宁基地 (a place names which).
            ("other", ["超级工厂", "工厂", "基地"]),
            ("other", ["妇幼保健院", "卫生院", "中学", "小学"]),
            ("other", ["体育中心", "运动中心", "体育馆", "体育场", "足球中心", "会议中心", "医技综合楼"]),
            // Eco-parks with a place's name (东港生态园).
            ("ecology", ["生态园"]),
        ]
        var heads = table.flatMap { type, words in words.map { Head(words: Array($0), type: type, generic: false) } }
        heads.append(Head(words: Array("工程"), type: "other", generic: true))
        heads.append(Head(words: Array("项目"), type: "other", generic: true))
        // (Generic, so that the works a name says it carries give its type: 引汉济渭二期 is water.)
        heads += phases.map { Head(words: Array($0), type: "other", generic: true) }
        return heads.sorted { $0.words.count > $1.words.count }
    }()

    /// The type of a project that carries water or power from one place to another, named by
    /// their first characters (引汉济渭, 引江济淮, 引黄入冀: water; 陇电入鲁, 疆电入川: energy;
    /// 一泓清水入黄河: ecology), or nil: such a 工程 needs no place name of its own.
    static func transferType(of modifier: [Character]) -> String? {
        for position in modifier.indices where position >= 2 && position + 1 < modifier.count && "济入补".contains(modifier[position]) {
            // Into homes, pipes, parks or firms (入户, 入管, 入园, 入企) is a kind of work or a
            // scheme; talent, firms and know-how drawn in (引才入陕) are no water.
            if "户管园企网村城校厂".contains(modifier[position + 1]) { return nil }
            let carried = modifier[position - 1]
            if "才企智资商客人".contains(carried) { return nil }
            if carried == "电" || carried == "气" { return "energy" }
            // “一泓清水入黄河”, “净水入黄河”: clean water into a river is pollution control.
            if carried == "水", modifier[position - 2] == "清" || modifier[position - 2] == "净" { return "ecology" }
            if carried == "水" || modifier[position - 2] == "引" || modifier[position - 2] == "调" { return "water" }
        }
        return nil
    }

    /// The heads that start with `letter`, longest first (most characters start none).
    static func heads(startingWith letter: Character) -> [Head] {
        headsByFirstLetter[letter] ?? []
    }

    private static let headsByFirstLetter: [Character: [Head]] = Dictionary(grouping: heads.filter { !$0.words.isEmpty }) { $0.words[0] }

    /// The first characters of the heads and of numbered roads (国道, 省道): where nothing a
    /// sentence is searched for can begin.
    static let starts = FirstLetters(heads.compactMap(\.words.first) + ["国", "省", "G", "S", "Ｇ", "Ｓ"] + KnownProjects.firstLetters)

    /// Words a name ends with after its head (太旧高速改扩建, 武宿机场三期, 山西博物院新馆).
    static let tails = (["直流", "交流", "支线", "连接线", "东接线", "西接线", "南接线", "北接线", "接线", "集群", "配套工程", "第二通道", "辅助通道",
                         "东延伸段", "西延伸段", "南延伸段", "北延伸段", "东延伸", "西延伸", "南延伸", "北延伸", "东延线", "西延线", "南延线", "北延线", "增建二线", "复线", "延伸段", "东延段", "西延段", "南延段", "北延段", "续建配套与现代化改造", "续建配套", "现代化改造", "扩能改造", "快速化改造", "提标改造", "改扩建", "迁建", "北延", "南延", "东延", "西延", "扩建", "扩容", "扩能", "提速", "新馆", "一期项目", "二期项目"] + phases + ["项目"]).map(Letters.init)

    /// Words that end the stretch of text before a name: verbs, adverbs and joining words.
    static let stops = [
        "推进", "加快", "建设", "启动", "实施", "开工", "建成", "开通", "完成", "打造", "推动", "支持", "新建", "改造",
        "谋划", "争取", "积极", "全面", "持续", "加强", "提升", "深化", "培育", "创建", "申建", "建好", "用好", "发挥",
        "依托", "围绕", "聚焦", "率先", "高质量", "做大", "做强", "开放", "运营", "通过", "抓好", "力争", "确保", "新改建",
        "以建促申", "服务", "保障", "配套", "优化", "布局", "谋划建设", "规划建设", "一批", "其中", "以及", "有序",
        "获评", "获批", "设立", "出台", "编制好", "编制", "新一轮", "入选", "整合", "托管", "引进", "依托", "承接", "实现", "提前", "投用", "投产", "投运", "接入",
        "加大", "加速", "建强", "扩大", "打通", "新增", "落实", "助力", "探索", "改变", "不通", "建",
        "做好", "管好", "办好", "健全", "完善", "强化", "开展", "提高", "更多", "包括", "筹建", "组建", "加紧",
        "全部通", "县县通", "乡乡通", "镇镇通", "村村通",
        "争创", "跻身", "设区市", "预计", "维修", "维护", "新建改建", "迁入", "落户", "落地", "全年", "巩固", "深入", "大力", "着力", "继续", "延伸", "连接", "直达", "通达", "增强", "提速", "拓展", "壮大", "当选", "视察", "纳入",
        // (持续释放郑州中欧班列集结中心辐射带动力; 建成内陆地区首个国际公路运输集结中心: a description.)
        "释放", "首个", "首家", "首批",
        // (丰富长株潭国家自主创新示范区“新现象”, 集聚湘江科学城…: verbs of what a zone does.)
        "丰富", "集聚", "擦亮", "叫响",
        // (为省内单体最大火电基地, 亚洲最大专业货运机场花湖国际机场: a superlative describes a
        // work; the name, if any, follows it.)
        "最大", "最长", "最高", "最早", "最深", "最宽",
        "的", "和", "与", "及", "在", "将", "把", "对", "为", "等", "了", "是", "让", "由", "向", "从", "至",
    ].map(Letters.init).sorted { $0.count > $1.count }

    /// The end of the tail that begins at `position` (`改扩建`, `二期`), or `position` when none does.
    static func endOfTail(at position: Int, in characters: Letters) -> Int {
        // 白云机场T3航站楼: a terminal, maybe numbered in Latin letters and digits.
        var numbered = position
        while numbered < characters.count, numbered - position < 3, characters[numbered].isASCII,
              characters[numbered].isLetter || characters[numbered].isNumber {
            numbered += 1
        }
        var end = position
        // (胶东国际机场东航站楼: a terminal named by its side.)
        if numbered == position, numbered + 1 < characters.count, "东西南北".contains(characters[numbered]),
           let terminal = terminals.first(where: { characters.has($0, at: numbered + 1) }) {
            end = numbered + 1 + terminal.count
        } else if let terminal = terminals.first(where: { characters.has($0, at: numbered) }) {
            end = numbered + terminal.count
        }
        // 温州市域铁路S2线: a line's code, a letter and its number.
        if numbered - position >= 2, numbered < characters.count, characters[numbered] == "线", characters[position].isLetter,
           characters[(position + 1)..<numbered].allSatisfy(\.isNumber) {
            end = numbered + 1
        }
        // (漳州核电1号机组, 宁德核电5号、6号机组: the plant's generating units.)
        if let units = unitsEnd(at: end, in: characters) { return units }
        // (钦州港东航道扩建工程（一期）: a phase in brackets.)
        if end + 4 <= characters.count, characters[end] == "（", characters[end + 3] == "）",
           phases.contains(String(characters[(end + 1)..<(end + 3)])) {
            return end + 4
        }
        // (首都机场T2航站楼改扩建: the terminal's own works after it.)
        guard let tail = tails.first(where: { characters.has($0, at: end) }) else { return end }
        // (滁州经济技术开发区扩容提质, 台商投资区扩容升级: a verb phrase about the zone, not works.)
        // (But 北江航道扩能升级上延工程 names the works: words of a name follow.)
        if tail.count == 2, upgrades.contains(where: { characters.has($0, at: end + 2) }),
           end + 4 >= characters.count || characters[end + 4].isPunctuation { return end }
        // (沪通铁路二期配套工程: the phase's own works after it.)
        if tail.count == 2, tail[1] == "期", let works = phaseWorks.first(where: { characters.has($0, at: end + 2) }) {
            return end + 2 + works.count
        }
        // (济南机场四期扩建, 黄河大桥南接线改扩建: a part or a phase, then its own works.)
        if !laterWorks.contains(where: { $0.count == tail.count && characters.has($0, at: end) }), let more = laterWorks.first(where: { characters.has($0, at: end + tail.count) }) {
            return end + tail.count + more.count
        }
        return end + tail.count
    }

    /// Where a plant's generating units named right after it end (`1号机组`, `5号、6号机组`), or nil.
    static func unitsEnd(at position: Int, in characters: Letters) -> Int? {
        // (Not 首台机组: the plant's first unit is a milestone of the plant, 电站首台机组投产发电.)
        var end = position
        while end < characters.count, end - position < 12,
              characters[end].isASCII && characters[end].isNumber || characters[end] == "号" || characters[end] == "、" {
            end += 1
        }
        guard end > position + 1, characters[end - 1] == "号" else { return nil }
        if characters.has(unitWord, at: end) { return end + unitWord.count }
        return nil
    }

    static let unitWord = Letters("机组")

    /// Words after 扩容, 提速 or 扩能 that make it a verb phrase (扩容升级, 扩容提质).
    static let upgrades = ["升级", "提质", "提升", "增效", "提档"].map(Letters.init)

    /// Works that may follow another tail (四期扩建, 南接线改扩建).
    static let laterWorks = ["改扩建", "扩建", "迁建", "提标改造", "扩能改造"].map(Letters.init)

    /// Works of a phase named after it (二期配套工程, 二期扩建工程).
    static let phaseWorks = ["配套工程", "改扩建工程", "扩建工程"].map(Letters.init)

    /// Buildings of an airport named after it (T3航站楼, 卫星厅).
    static let terminals = ["航站楼", "航站区", "卫星厅", "第二平行跑道", "第二跑道", "第三跑道", "第四跑道"].map(Letters.init)

    /// Whether the phase at `position` ends a project's name: it follows a name's character, not
    /// an order or a time (第一期, 分三期), and a mark, a verb, a tail or 工程 follows it (not 三期叠加).
    static func phaseEndsName(at position: Int, in characters: Letters) -> Bool {
        guard position > 0, !notBeforePhase.contains(characters[position - 1]),
              characters[position - 1].isLetter || characters[position - 1] == "”" else { return false }
        return nameEnds(before: position + 2, in: characters) || characters.has(works, at: position + 2)
    }

    static let works = Letters("工程")

    /// The type a phase's name gives by the works it names (引洮供水二期: water; 国信如东海上风电
    /// 二期: energy), or nil.
    static func worksType(of modifier: [Character]) -> String? {
        let text = String(modifier)
        return worksWords.first { words in words.1.contains { text.contains($0) } }?.0
    }

    static let worksWords: [(String, [String])] = [
        ("water", ["供水", "引水", "调水", "水资源", "灌区", "水库", "防洪", "入海水道", "海水淡化", "水系连通", "蓄滞洪",
                   "整治", "治理", "疏浚", "拓浚", "清淤", "堤防"]),
        ("energy", ["风电", "光伏", "核电", "储能", "电厂", "电站", "输变电", "特高压", "电力联网", "电网", "千伏", "天然气", "LNG", "输气",
                    "西气东输", "川气东送", "管道", "煤电", "油气", "风光",
                    // 湘粤背靠背联网工程: a back-to-back converter joins two grids.
                    "背靠背"]),
        ("urban-rail", ["有轨电车", "轨道交通", "地铁"]),
        ("port", ["航运枢纽", "航电枢纽"]),
        // 草海湿地保护修复工程, 南北山绿化工程, 生态保护修复工程二期 (not 石窟保护修复工程: relics).
        ("ecology", ["湿地", "生态保护", "生态修复", "绿化", "造林", "石漠化", "水土保持", "生态带", "防沙", "阻沙", "治沙", "锁边"]),
    ]

    /// Whether `name` ends with a generic works head (工程, 项目).
    static func endsWithWorks(_ name: String) -> Bool {
        name.hasSuffix("工程") || name.hasSuffix("项目")
    }

    /// `name` without the generic works head it ends with, if any.
    static func withoutWorks(_ name: String) -> [Character] {
        Array(endsWithWorks(name) ? name.dropLast(2) : Substring(name))
    }

    /// Nouns of works that open no name (修复工程二期 of 保护和修复工程二期).
    static let worksOpenings = ["修复", "保护", "治理", "整治", "改造", "提升", "建设", "工程", "项目"].map(Array.init)

    static func opensWithWorks(_ modifier: [Character]) -> Bool {
        worksOpenings.contains { modifier.starts(with: $0) }
    }

    /// The words of `name` before the phase it ends with (and 工程 or 项目 after it): 白龙核电 of
    /// 白龙核电一期工程; nil when it ends with no phase.
    static func beforePhase(_ name: String) -> [Character]? {
        let trimmed = withoutWorks(name)
        guard trimmed.count >= 2, phases.contains(String(trimmed.suffix(2))) else { return nil }
        return Array(trimmed.dropLast(2))
    }

    /// Whether `name` ends with a phase (白龙核电一期, 小河港三期项目).
    static func endsWithPhase(_ name: String) -> Bool {
        beforePhase(name) != nil
    }

    /// Whether a name ends before `position`: a mark, the end, a stop or a tail begins there.
    static func nameEnds(before position: Int, in characters: Letters) -> Bool {
        guard position < characters.count else { return true }
        let next = characters[position]
        if next.isPunctuation || next.isWhitespace { return true }
        return stops.contains { characters.has($0, at: position) } || endOfTail(at: position, in: characters) > position
    }

    /// `stops` by their last character: whether a stop ends at a place is one lookup and a few
    /// comparisons, not a comparison with each of them.
    static let stopsByLast: [Character: [Letters]] = Dictionary(grouping: stops.filter { !$0.isEmpty }) { $0[$0.count - 1] }

    /// Whether one of the stops ends right before `end` in `characters`, starting at `floor` or
    /// after it.
    static func stopEnds(before end: Int, in characters: Letters, floor: Int = 0) -> Bool {
        guard end > 0, end <= characters.count, let candidates = stopsByLast[characters[end - 1]] else { return false }
        if nouns.contains(where: { characters.has($0, at: end - 1) }) { return false }
        // (福建师范大学, 建瓯至宁化高速: 建 of a place's name is no verb; but 新建, 扩建 before
        // one still are: 新建宁德至福州城际铁路.)
        if characters[end - 1] == "建", placesWithBuild.contains(where: { place in
            end - 1 - place.offset >= 0 && characters.has(place.letters, at: end - 1 - place.offset)
        }) {
            return candidates.contains { stop in stop.count > 1 && end - stop.count >= floor && characters.has(stop, at: end - stop.count) }
        }
        // (重点开发开放试验区: 开发开放 is the zone's kind, not a verb.)
        if end - 4 >= floor, characters.has(developAndOpen, at: end - 4) { return false }
        return candidates.contains { stop in end - stop.count >= floor && characters.has(stop, at: end - stop.count) }
    }

    static let developAndOpen = Letters("开发开放")

    /// The places of the gazetteer whose written forms open with 建 (建瓯, 建德), and 福建, with
    /// where 建 stands in them. (Not forms that end with it: 新建, 构建 are verbs more often
    /// than districts.)
    static let placesWithBuild: [(letters: Letters, offset: Int)] = Gazetteer.standard.forms.keys.sorted().compactMap { form in
        if form.hasPrefix("福建") { return (Letters(form), 1) }
        return form.hasPrefix("建") && form.count >= 2 ? (Letters(form), 0) : nil
    }

    /// Nouns that begin with a one-character stop (古建筑博物馆 is not 建 + 筑博物馆, 高等级公路 not
    /// 等 + 级公路), and places
    /// with 和 inside or first (呼和浩特盛乐国际机场 is not 呼 and 浩特…, 和田机场 not 和 + 田机场,
    /// 和若铁路 not 和 + 若铁路; not 和平, which is as often 和 + 平远).
    static let nouns = ["建筑", "建材", "和浩特", "和田", "和林格尔", "和若", "等级"].map(Letters.init)

    /// Words that make no port of a name ending with them (海南自由贸易港, 郑州航空港; but
    /// 郑州航空港经济综合实验区 and 海口空港综合保税区 are zones).
    static let notPorts = ["自贸港", "贸易港", "航空港", "空港", "开港"]

    /// Names of things that are not projects though they end like one.
    static let notProjects = ["论坛", "博览会", "交易会", "大会", "计划", "行动", "政策", "体系", "机制", "规划",
                              // Bases a title names, not works (全民国防教育基地, 科普教育基地).
                              "教育基地", "示范基地", "实践基地", "培训基地", "科普基地", "研学基地", "孵化基地", "就业基地",
                              // Rail into port areas, parking spaces: kinds of works.
                              "进港区", "停车泊位",
                              // Roads of speech, not of stone.
                              "康庄大道", "阳光大道", "光明大道"]
}
