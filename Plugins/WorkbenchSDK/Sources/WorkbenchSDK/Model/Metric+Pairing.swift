extension Metric {
    /// True when `other` plausibly measures the same indicator: the same kind and base unit, and
    /// subjects that end alike (in Chinese the head noun comes last: 新能源和清洁能源装机占比 and
    /// 装机占比 match; 开工率 and 完工率 do not). Used to set a target beside what was achieved.
    public func measuresSameIndicator(as other: Metric) -> Bool {
        guard kind == other.kind, normalizedUnit == other.normalizedUnit else { return false }
        let a = Array(subject), b = Array(other.subject)
        var shared = 0
        while shared < min(a.count, b.count), a[a.count - 1 - shared] == b[b.count - 1 - shared] { shared += 1 }
        return shared >= min(3, a.count, b.count) && shared > 0
    }
}
