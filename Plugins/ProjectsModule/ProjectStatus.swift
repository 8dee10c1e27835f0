/// What the report says is happening to a project, from the verbs around its name.
enum ProjectStatus {
    static let verbs: [(word: String, status: String)] = [
        ("开通运营", "opened"), ("开通客运", "opened"), ("开放运营", "opened"), ("挂牌运营", "opened"), ("上线运行", "opened"),
        ("投入运营", "opened"), ("投运", "opened"), ("开通", "opened"), ("运营", "opened"),
        ("建成通车", "completed"), ("全线贯通", "completed"), ("通过验收", "completed"), ("建成运行", "completed"),
        ("全面完成", "completed"), ("竣工", "completed"), ("建成", "completed"), ("通车", "completed"), ("贯通", "completed"),
        ("开工建设", "started"), ("全部开工", "started"), ("开工", "started"), ("启动", "started"),
        ("加快", "accelerating"),
        ("推进", "under-construction"), ("新改建", "under-construction"), ("实施", "under-construction"),
        ("打造", "under-construction"), ("构建", "under-construction"), ("建设", "under-construction"), ("新建", "under-construction"),
        ("规划", "planned"), ("谋划", "planned"), ("以建促申", "planned"), ("申建", "planned"), ("创建", "planned"), ("前期", "planned"),
    ]

    /// The verbs' characters, in the order of `verbs`.
    static let verbLetters = verbs.map { Array($0.word) }

    /// The status, and the verb that says it: a verb right after the name first (集大原高铁开通运营),
    /// then the nearest verb before it in its clause (加快太旧高速改扩建). The words are compared
    /// in place (arrays made for every verb and position were most of the module's time).
    static func of(after: ArraySlice<Character>, before: ArraySlice<Character>) -> (status: String, verb: String)? {
        // Only the project's own clause: stop at the next mark.
        let head = after.prefix(8).prefix { !$0.isPunctuation }
        for (verb, letters) in zip(verbs, verbLetters) where (0...2).contains(where: { starts(head.dropFirst($0), with: letters) }) {
            return (verb.status, verb.word)
        }
        let tail = before.suffix(16)
        var best: (status: String, verb: String, position: Int)?
        for (verb, letters) in zip(verbs, verbLetters) where letters.count <= tail.count {
            for start in stride(from: tail.endIndex - letters.count, through: tail.startIndex, by: -1)
            where starts(tail[start..<(start + letters.count)], with: letters) {
                let position = start - tail.startIndex
                if best.map({ position > $0.position }) ?? true { best = (verb.status, verb.word, position) }
                break
            }
        }
        return best.map { ($0.status, $0.verb) }
    }

    /// Whether `text` begins with `word`.
    static func starts(_ text: ArraySlice<Character>, with word: [Character]) -> Bool {
        guard word.count <= text.count else { return false }
        var position = text.startIndex
        for letter in word {
            guard text[position] == letter else { return false }
            position += 1
        }
        return true
    }
}
