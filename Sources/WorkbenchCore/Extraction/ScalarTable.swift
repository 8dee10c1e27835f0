/// Values keyed by a Unicode scalar, looked up without hashing: a direct index for the Basic
/// Multilingual Plane (where all of Chinese text lives) and a dictionary beyond it. The
/// extractor asks "does anything start with this scalar?" for every scalar of a report.
///
/// A bitmap of the keys (8 KB) answers first: most scalars are no key, and the index (256 KB)
/// is then not touched, so lookups of absent scalars stay in the cache.
struct ScalarTable<Value: Sendable>: Sendable {
    private var present: [UInt64]
    private var slots: [Int32]
    private var values: [Value] = []
    private var beyond: [UInt32: Int] = [:]

    init() {
        present = Array(repeating: 0, count: 0x10000 / 64)
        slots = Array(repeating: -1, count: 0x10000)
    }

    init(_ entries: [(Unicode.Scalar, Value)]) {
        self.init()
        for (scalar, value) in entries { self[scalar] = value }
    }

    subscript(scalar: Unicode.Scalar) -> Value? {
        get {
            let key = scalar.value
            if key < 0x10000 {
                guard present[Int(key >> 6)] & (1 << UInt64(key & 63)) != 0 else { return nil }
                let slot = slots[Int(key)]
                return slot < 0 ? nil : values[Int(slot)]
            }
            return beyond[key].map { values[$0] }
        }
        set {
            let key = scalar.value
            let existing = key < 0x10000 ? (slots[Int(key)] < 0 ? nil : Int(slots[Int(key)])) : beyond[key]
            if let existing, let newValue {
                values[existing] = newValue
            } else if let newValue {
                values.append(newValue)
                if key < 0x10000 {
                    slots[Int(key)] = Int32(values.count - 1)
                    present[Int(key >> 6)] |= 1 << UInt64(key & 63)
                } else {
                    beyond[key] = values.count - 1
                }
            } else if existing != nil {
                // Removal is never needed by the lexicons; mark the key absent.
                if key < 0x10000 { slots[Int(key)] = -1 } else { beyond[key] = nil }
            }
        }
    }
}
