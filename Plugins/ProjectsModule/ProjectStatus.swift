/// What the report says is happening to a project, from the verbs around its name.
enum ProjectStatus {
    static let verbs: [(word: String, status: String)] = [
        // (成都中欧班列集结中心获批建设: approved, not yet begun; before 建设.)
        ("获批建设", "planned"),
        ("开通运营", "opened"), ("开通客运", "opened"), ("开放运营", "opened"), ("挂牌运营", "opened"), ("上线运行", "opened"),
        ("投入运营", "opened"), ("投入使用", "opened"), ("投运", "opened"), ("投用", "opened"), ("封关运行", "opened"), ("试运行", "opened"), ("开通", "opened"), ("运营", "opened"), ("投产发电", "opened"), ("投产", "opened"),
        // A plant connected to the grid is producing (全容量并网, 并网发电).
        ("全容量并网", "opened"), ("并网发电", "opened"), ("并网", "opened"),
        // (全部机组投产发电, 首台机组投产: the plant produces.)
        ("机组投产", "opened"), ("机组并网", "opened"),
        ("正式运行", "opened"), ("挂牌运行", "opened"), ("交付使用", "opened"), ("对外开放", "opened"), ("向公众开放", "opened"),
        ("开园", "opened"), ("全线通航", "opened"), ("达产", "opened"), ("满产", "opened"),
        ("封关运作", "opened"), ("投入商业运行", "opened"), ("开业运营", "opened"), ("启用", "opened"), ("建成开诊", "opened"), ("开诊", "opened"), ("开馆", "opened"), ("投入运行", "opened"), ("试通航", "opened"),
        ("通过国家验收", "completed"), ("通过竣工验收", "completed"),
        // A dam closed to store water, a canal carrying it all along: the works are done.
        ("下闸蓄水", "completed"), ("全线通水", "completed"), ("通水", "completed"), ("基本建成", "completed"),
        ("投产达效", "opened"), ("全面开工", "started"),
        // (完成主体施工: a milestone on the way.)
        ("主体施工", "under-construction"),
        ("建成开放", "opened"), ("建成通航", "completed"), ("实现通航", "opened"), ("通航", "opened"),
        ("建成通车", "completed"), ("全线贯通", "completed"), ("通过验收", "completed"), ("建成运行", "completed"),
        ("全面完成", "completed"), ("主体完工", "completed"), ("全面闭合", "completed"),
        // 完工率达到85%: some of it is finished (the key's reading), not all.
        ("完工率", "under-construction"), ("完工", "completed"), ("竣工", "completed"), ("建成", "completed"), ("通车", "completed"), ("贯通", "completed"),
        ("开工建设", "started"), ("启动建设", "started"), ("全部开工", "started"), ("开工", "started"), ("启动", "started"),
        ("加快", "accelerating"), ("提速", "accelerating"),
        ("推进", "under-construction"), ("续建", "under-construction"), ("新改建", "under-construction"), ("实施", "under-construction"),
        ("打造", "under-construction"), ("构建", "under-construction"), ("建设", "under-construction"), ("新建", "under-construction"),
        // (完成可行性研究: a study of the works, before them.)
        ("可行性研究", "planned"),
        ("规划", "planned"), ("谋划", "planned"), ("以建促申", "planned"), ("申建", "planned"), ("创建", "planned"), ("前期", "planned"),
        // Last: 完成前期工作 is planned (and 完成投资, 完成可研 say nothing of completion: `doneWith`).
        ("完成", "completed"),
    ]

    /// What 完成 may be done with that leaves the project unfinished (完成投资50亿元, 完成可研批复).
    /// (Nor 完成营业收入, 完成产值, 完成任务, nor a milestone: 完成桥梁主体施工.)
    static let doneWith = ["投资", "前期", "先期", "可研", "可行性", "立项", "选址", "年度", "招标", "征地", "拆迁", "勘察", "初步设计", "施工图",
                           "营业收入", "营收", "产值", "任务", "目标", "桥梁", "主体"].map(Letters.init)

    /// Whether the verb `letters` is written in `range` of `text` at one of `offsets` from its
    /// start, and says there what it seems to (`says(_:at:in:)`).
    static func says(_ letters: Letters, in text: Letters, within range: Range<Int>, offsets: ClosedRange<Int>) -> Bool {
        offsets.contains { text.has(letters, at: range.lowerBound + $0, within: range) && says(letters, at: range.lowerBound + $0, in: text) }
    }

    /// Whether the verb `letters` at `position` says what it seems to: not 完成 followed by
    /// `doneWith`.
    static func says(_ letters: Letters, at position: Int, in text: Letters) -> Bool {
        // 达产后可实现年产值500亿元: a condition, not a state.
        let end = position + letters.count
        if end < text.count, text[end] == "后" || text[end] == "时" { return false }
        // 公开园区: no park opened.
        if letters.count == 2, letters[0] == "开", letters[1] == "园", end < text.count, text[end] == "区" { return false }
        // 对外开放口岸: a port of entry's kind, not its opening.
        if letters.count == 4, text.has(ports, at: position + 4), letters[0] == "对", letters[2] == "开" { return false }
        guard letters.count == 2 else { return true }
        // 邮轮母港新开通航线5条: routes opened from the port, not the port.
        if letters[0] == "开", letters[1] == "通", routes.contains(where: { text.has($0, at: end) }) { return false }
        // 通航能力, 通航条件: what a waterway can carry, not its opening.
        // (Nor 通航 of 开通航线: routes opened.)
        if letters[0] == "通", letters[1] == "航" {
            return !navigationTraits.contains { text.has($0, at: position + 2) } && !(end < text.count && text[end] == "线")
        }
        // 提升中欧班列运营质效: how well it runs, not that it opened.
        // (推动中欧班列稳定运营: how it keeps running, not that it opened.)
        if letters[0] == "运", letters[1] == "营" {
            return !operationTraits.contains { text.has($0, at: position + 2) }
                && !operationManners.contains { position >= $0.count && text.has($0, at: position - $0.count) }
        }
        // 总体规划, 专项规划: a plan's kind, not a verb (开展国家公园总体规划中期评估).
        if letters[0] == "规", letters[1] == "划", position >= 2, planKinds.contains(where: { text.has($0, at: position - 2) }) { return false }
        guard letters[0] == "完", letters[1] == "成" else { return true }
        // 累计完成造林210万亩: an amount of work done, not the work finished (but not a code, a
        // line's or a berth's number, or a count of other works: 完成G98…改扩建, 2号泊位, 33个项目).
        var next = end
        while next < min(text.count, end + 6), !text[next].isPunctuation {
            if ProjectFinder.isDigit(text[next]) {
                guard !(text[next - 1].isASCII && text[next - 1].isLetter) else { break }
                var after = next
                while after < text.count, ProjectFinder.isDigit(text[after]) || text[after] == "." { after += 1 }
                if after < text.count, !"号线期个批座条处项家".contains(text[after]) { return false }
                break
            }
            next += 1
        }
        if doneWith.contains(where: { text.has($0, at: position + 2) }) { return false }
        // 田湾核电7号机组完成冷态功能试验: a test or a milestone on the way, not the works done.
        var clauseEnd = end
        while clauseEnd < min(text.count, end + 12), !text[clauseEnd].isPunctuation { clauseEnd += 1 }
        return !(end..<clauseEnd).contains { at in milestones.contains { text.has($0, at: at, within: end..<clauseEnd) } }
    }

    /// Tests and milestones on the way to finished works (完成冷态功能试验, 完成主体结构封顶).
    static let milestones = ["试验", "测试", "调试", "封顶", "合龙", "装料", "论证", "评审"].map(Letters.init)

    static let ports = Letters("口岸")

    static let planKinds = ["总体", "专项", "详细", "控制"].map(Letters.init)

    static let navigationTraits = ["能力", "条件", "等级", "标准", "里程", "建筑物"].map(Letters.init)

    static let operationTraits = ["质效", "质量", "效率", "效益", "水平", "能力", "管理", "模式", "机制"].map(Letters.init)
    /// What a port or a hub opens that is not itself (开通航线, 开通国际货运航线).
    static let routes = ["航线", "线路", "国际", "国内", "货运", "客运航线", "班列", "直航"].map(Letters.init)

    /// Ways of running that say a line or a service keeps running, not that it opened (稳定运营).
    static let operationManners = ["稳定", "平稳", "安全", "高效", "常态化", "规范", "持续", "良好"].map(Letters.init)

    /// Marks that end a clause.
    static let clauseMarks: Set<Character> = ["，", "；", "。", "：", "！", "？", ",", ";", ":"]

    /// The verbs as letters, in the order of `verbs`.
    static let verbLetters = verbs.map { Letters($0.word) }

    /// The status, and the verb that says it, of a name in `text`: a verb right after the name
    /// (in the range `after`) first (集大原高铁开通运营), then the nearest verb before it in its
    /// clause (in `before`: 加快太旧高速改扩建). The words are compared in place (arrays made for
    /// every verb and position were most of the module's time).
    static func of(_ text: Letters, after: Range<Int>, before: Range<Int>) -> (status: String, verb: String)? {
        // Only the project's own clause: stop at the next mark. The name's own words first, up
        // to a 、 or 等 (A机场建成、B铁路开工等项目加快推进: A is completed, B started).
        // (国能长源荆州电厂2台66万千瓦机组开工建设: the plant's units come between it and its verb.)
        // (胶东国际机场二期改扩建工程开工, 引江济淮工程（安徽段）建成通水: the works or the
        // section named after the name come before its verbs.)
        // (昌江核电二期4号机组、三亚抽水蓄能电站…前期工作: and so do its generating units.)
        let tailEnd = worksTailEnd(in: text, from: after.lowerBound)
        let from = unitsEnd(in: text, from: tailEnd) ?? tailEnd
        var ownStart = from
        // (防城港核电二期全面建成投产: an adverb before the verbs is none of them.)
        // (渤中海上风电年底前投运, 年内全面建成: and nor is a time, or a time and an adverb.)
        if let time = times.first(where: { text.has($0, at: ownStart) }) { ownStart += time.count }
        if let adverb = adverbs.first(where: { text.has($0, at: ownStart) }) { ownStart += adverb.count }
        var ownEnd = ownStart
        while ownEnd < min(text.count, ownStart + 8), !text[ownEnd].isPunctuation, text[ownEnd] != "等" { ownEnd += 1 }
        for (verb, letters) in zip(verbs, verbLetters) where says(letters, in: text, within: ownStart..<ownEnd, offsets: 0...2) {
            // 加快推进雄商高铁建设: 加快 before the name sets the pace of the 建设 after it.
            if verb.status == "under-construction", fasterBefore(text, before: before) { return ("accelerating", "加快…" + verb.word) }
            // 完成海口地铁2号线一期建设: the building is done.
            // (Only the building itself, ending its clause: not 完成A建设征地拆迁, 完成A建设任务的40%.)
            if verb.word == "建设", doneBefore(text, before: before),
               let at = (0...2).map({ ownStart + $0 }).first(where: { text.has(letters, at: $0) }),
               at + letters.count >= text.count || text[at + letters.count].isPunctuation {
                return ("completed", "完成…建设")
            }
            return (verb.status, verb.word)
        }
        // Then the words after the list's 等, for a name inside a list (推动A、B迁建等项目开工) or
        // right before 等; after 等 (`…等项目开工建设`, `…等重点工程建成投运`) the verb may stand a
        // few words further on.
        let listEnd = Self.listEnd(in: text, from: from)
        let listed = listEnd < text.count && text[listEnd] == "等"
        var headEnd = listEnd
        while headEnd < min(text.count, listEnd + (listed ? 14 : 8)), !text[headEnd].isPunctuation { headEnd += 1 }
        let head = listEnd..<headEnd
        for (verb, letters) in zip(verbs, verbLetters) where says(letters, in: text, within: head, offsets: 0...2) {
            return (verb.status, verb.word)
        }
        // Further on, after 等: a verb that says where the project stands (开工建设, 建成投运)
        // first; 建设 or 推进 there only when no verb before the name says more (加快A、B等项目建设).
        var fallback: (status: String, verb: String)?
        // (推进二道河水库等重点水利工程前期工作: the early work of every item is what is done.)
        if listed, head.contains(where: { text.has(earlyWork, at: $0, within: head) }) { return ("planned", "前期") }
        if listed {
            for (verb, letters) in zip(verbs, verbLetters) where says(letters, in: text, within: head, offsets: 3...10) {
                if strong.contains(verb.status) { return (verb.status, verb.word) }
                fallback = fallback ?? (verb.status, verb.word)
            }
        }
        // A name inside a 、 list whose other items are not all names found
        // (中天绿色精品钢二期、恒科新材料年产150万吨功能性纤维项目建成投产): a verb ending the clause
        // that says where the list stands.
        // (Planning closing a list joined by 和 yields to a verb before it that says more:
        // 开工建设深江铁路和…前期工作 — the railway is started.)
        var plannedClosing: (status: String, verb: String)?
        if let closing = listClosingVerb(in: text, from: from) {
            guard closing.status == "planned", from < text.count, text[from] != "、" else { return closing }
            plannedClosing = closing
        }
        // Back to the start of the clause (a 、 list is one clause, and may be longer:
        // 开工建设G0616海乌段、G1817乌巴段、S27呼鄂高速).
        var clauseStart = before.upperBound
        var inList = false
        while clauseStart > max(before.lowerBound, before.upperBound - (inList ? 64 : 16)), !clauseMarks.contains(text[clauseStart - 1]) {
            if text[clauseStart - 1] == "、" { inList = true }
            clauseStart -= 1
        }
        let tail = clauseStart..<before.upperBound
        // The verb that ends nearest the name; of two that end there, the longer (开工建设, not 建设).
        var best: (status: String, verb: String, end: Int, length: Int)?
        for (verb, letters) in zip(verbs, verbLetters) where letters.count <= tail.count {
            for start in stride(from: tail.upperBound - letters.count, through: tail.lowerBound, by: -1)
            where text.has(letters, at: start, within: tail) && says(letters, at: start, in: text) {
                let end = start + letters.count
                if best.map({ end > $0.end || end == $0.end && letters.count > $0.length }) ?? true {
                    best = (verb.status, verb.word, end, letters.count)
                }
                break
            }
        }
        // 加快推进, 加快实施, 加快建设: the pace is what the verb says (the key's accelerating).
        if let plannedClosing, !(best.map { strong.contains($0.status) } ?? false) { return plannedClosing }
        if let found = best, found.status == "under-construction", found.end - found.length >= tail.lowerBound + 2,
           text.has(Self.faster, at: found.end - found.length - 2) {
            return ("accelerating", "加快" + found.verb)
        }
        return best.map { ($0.status, $0.verb) } ?? fallback
    }

    /// The verb that ends the clause of a name followed by 、 (within 40 characters), when it says
    /// the list was opened, completed or started; of two verbs written together there, the first
    /// (建成投产: completed).
    static func listClosingVerb(in text: Letters, from start: Int) -> (status: String, verb: String)? {
        // (Or 和/及 before the last item: 三亚抽水蓄能电站和万宁抽水蓄能电站前期工作.)
        guard start < text.count, text[start] == "、" || text[start] == "和" || text[start] == "及" else { return nil }
        var end = start + 1
        while end < min(text.count, start + 40), !clauseMarks.contains(text[end]) { end += 1 }
        guard end < text.count, clauseMarks.contains(text[end]) else { return nil }
        if joinsListOfItsOwn(text, from: start) { return nil }
        func verb(endingAt position: Int) -> (index: Int, count: Int)? {
            for (index, letters) in verbLetters.enumerated() where position - letters.count > start && text.has(letters, at: position - letters.count) {
                return (index, letters.count)
            }
            return nil
        }
        // (前期工作 closing the list plans every item: 推进A、B前期工作.)
        if text.has(earlyWork, at: end - earlyWork.count) { return ("planned", "前期") }
        if text.has(feasibility, at: end - feasibility.count) { return ("planned", "可行性研究") }
        // (So does 创建 or 申建: 推进天山国家公园、卡拉麦里国家公园创建.)
        if let founding = foundingWords.first(where: { text.has($0, at: end - $0.count) }) { return ("planned", String(founding.characters)) }
        // (Of verbs written together, the one a name's own verbs would give: 建成投用 is opened.)
        guard var found = verb(endingAt: end) else { return nil }
        var position = end - found.count
        while let earlier = verb(endingAt: position) {
            found = (min(found.index, earlier.index), earlier.count)
            position -= earlier.count
        }
        let chosen = verbs[found.index]
        return strong.contains(chosen.status) ? (chosen.status, chosen.word) : nil
    }

    /// Where the words after a name that only say more of the same work end: a group in
    /// brackets (（安徽段）, （夸父）), a section (浦东段) and words of its works up to 工程 or 项目 (扩建工程,
    /// 提质改造工程, 及配套灌区工程), with no verb of `verbs` among them; `start` when none follow.
    static func worksTailEnd(in text: Letters, from start: Int) -> Int {
        var position = start
        if position < text.count, text[position] == "（",
           let close = (position + 1..<min(text.count, position + 16)).first(where: { text[$0] == "）" || text[$0].isPunctuation && text[$0] != "（" }),
           text[close] == "）" {
            position = close + 1
        }
        // (19号线浦东段加快建设: a section of the line.)
        if let section = ProjectFinder.section(text, after: position) { position = section }
        var end = position
        // (Not the kind a list closes with: 二道河水库等重点水利工程.)
        while end < min(text.count, position + 10), !text[end].isPunctuation, !text[end].isNumber, text[end] != "等" {
            end += 1
            guard end - position >= 2, text.has(ProjectTypes.works, at: end - 2) || text.has(ProjectFinder.projectWord, at: end - 2) else { continue }
            let words = position..<(end - 2)
            if verbLetters.contains(where: { verb in words.contains { text.has(verb, at: $0, within: words) } }) { break }
            return end
        }
        return position
    }

    /// Where the generating units written right after a plant's name end (`2台66万千瓦机组`,
    /// `3、4号机组`, `首台机组`: a number or 首 first, 机组 within 14 characters with no mark but 、 between).
    static func unitsEnd(in text: Letters, from start: Int) -> Int? {
        guard start < text.count, text[start].isNumber || text[start] == "首" else { return nil }
        var position = start + 1
        while position + 1 < min(text.count, start + 14), !text[position].isPunctuation || text[position] == "." || text[position] == "、" {
            if text.has(generatingUnits, at: position) { return position + generatingUnits.count }
            position += 1
        }
        return nil
    }

    static let generatingUnits = Letters("机组")

    /// Adverbs a name's own verbs may follow (全面建成投产, 顺利通过验收, 提前建成).
    static let adverbs = ["全面", "顺利", "提前", "如期", "率先"].map(Letters.init)

    /// Times written between a name and its verb (年底前投运, 上半年开工).
    static let times = ["年底前", "年内", "年底", "上半年", "下半年", "当年"].map(Letters.init)

    static let faster = Letters("加快")
    static let earlyWork = Letters("前期工作")
    static let foundingWords = ["创建", "申建"].map(Letters.init)
    static let feasibility = Letters("可行性研究")

    /// Whether 完成 (全面完成, 基本完成) stands right before the name, `before` ending where the
    /// name starts: 完成A建设 finishes A.
    static func doneBefore(_ text: Letters, before: Range<Int>) -> Bool {
        let position = before.upperBound - 2
        return position >= before.lowerBound && text.has(done, at: position)
    }

    static let done = Letters("完成")

    /// Whether 加快 stands in the clause before a name (within `before`, back to a mark) with no
    /// other verb between them (加快推进雄商高铁建设; not 加快构建…体系、推进太焦高铁建设).
    static func fasterBefore(_ text: Letters, before: Range<Int>) -> Bool {
        var position = before.upperBound - 2
        while position >= before.lowerBound, !clauseMarks.contains(text[position + 1]) {
            if text.has(faster, at: position) {
                var between = (position + 2)..<before.upperBound
                if between.count <= 2 { return true }
                // (加快推进地铁3号线南延段、6号线…建设: the verb 加快 opens with is its own.)
                if let own = verbLetters.first(where: { text.has($0, at: between.lowerBound, within: between) }) {
                    between = (between.lowerBound + own.count)..<between.upperBound
                }
                return !verbLetters.contains { verb in
                    between.contains { text.has(verb, at: $0, within: between) }
                }
            }
            position -= 1
        }
        return false
    }

    /// Where the list a name stands in closes with 等 (the 等 of `A、B迁建等项目开工`, read from the
    /// end of A): over 、 and other items, and a few words of a name's own (迁建), up to the
    /// first mark that ends the clause. `start` itself when no 等 closes a list there.
    static func listEnd(in text: Letters, from start: Int) -> Int {
        var position = start
        var crossedItem = false
        if joinsListOfItsOwn(text, from: start) { return start }
        while position < min(text.count, start + 40) {
            let character = text[position]
            if character == "等" { return crossedItem || position - start <= 4 ? position : start }
            if character == "、" {
                crossedItem = true
            } else if character.isPunctuation || !crossedItem && position - start >= 4 {
                return start
            }
            position += 1
        }
        return start
    }

    /// Whether 和 or 及 after a name opens a list of its own (加快郑州机场三期扩建和周口、潢川等机场
    /// 前期工作): a 、 after it, before 等 or the clause's end. That list's 等 and closing verb are
    /// another phrase's, not the name's (和 before a list's last item comes after its 、).
    static func joinsListOfItsOwn(_ text: Letters, from start: Int) -> Bool {
        var joined = false
        var position = start
        while position < min(text.count, start + 40), !clauseMarks.contains(text[position]), text[position] != "等" {
            switch text[position] {
            case "和", "及": joined = true
            case "、": return joined
            default: break
            }
            position += 1
        }
        return false
    }

    /// Statuses a verb after a list (…等项目开工建设) gives even with a verb before the name.
    static let strong: Set<String> = ["opened", "completed", "started"]
}
