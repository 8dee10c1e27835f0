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

    /// The status, and the verb that says it: a verb right after the name first (集大原高铁开通运营),
    /// then the nearest verb before it in its clause (加快太旧高速改扩建).
    static func of(after: [Character], before: [Character]) -> (status: String, verb: String)? {
        // Only the project's own clause: stop at the next mark.
        let head = String(after.prefix(8).prefix { !$0.isPunctuation })
        for (word, status) in verbs where head.hasPrefix(word) || head.dropFirst().hasPrefix(word) || head.dropFirst(2).hasPrefix(word) {
            return (status, word)
        }
        let tail = Array(before.suffix(16))
        var best: (status: String, verb: String, position: Int)?
        for (word, status) in verbs {
            let letters = Array(word)
            guard letters.count <= tail.count else { continue }
            for start in stride(from: tail.count - letters.count, through: 0, by: -1) where Array(tail[start..<(start + letters.count)]) == letters {
                if best.map({ start > $0.position }) ?? true { best = (status, word, start) }
                break
            }
        }
        return best.map { ($0.status, $0.verb) }
    }
}
