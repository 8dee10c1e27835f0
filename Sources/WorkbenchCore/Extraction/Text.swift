import CTextKernels
import WorkbenchSDK
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small scalar-level text helpers for the parser's and extractor's hot loops.
enum Text {
    /// The position of the first of `values` (five scalar values; repeat one to look for fewer)
    /// in `s[from..<end]`, or nil: four scalars a step (`wb_first_of_five`).
    static func firstOfFive(_ values: [UInt32], in s: ArraySlice<Unicode.Scalar>, from: Int, end: Int) -> Int? {
        guard from < end, values.count == 5 else { return nil }
        let found = s[from..<end].withUnsafeBufferPointer { scalars -> Int in
            values.withUnsafeBufferPointer { wanted in
                guard let base = scalars.baseAddress, let values = wanted.baseAddress else { return scalars.count }
                return wb_first_of_five(base, scalars.count, values)
            }
        }
        return from + found < end ? from + found : nil
    }

    /// A string made of `scalars`, encoded straight into UTF-8 by `ScalarString` (building a
    /// `String.UnicodeScalarView` appends scalar by scalar and was a third of parsing time).
    static func string<S: Collection>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        if let string = scalars.withContiguousStorageIfAvailable({ ScalarString.make($0) }) { return string }
        return ScalarString.make(Array(scalars))
    }

    /// The scalars of `string`, decoded straight from its UTF-8 (faster than
    /// `Array(string.unicodeScalars)`, which goes through a generic iterator).
    static func scalars(_ string: String) -> [Unicode.Scalar] {
        var string = string
        return string.withUTF8 { decode($0) }
    }

    /// The scalars of `bytes`, which hold valid UTF-8 (a string's), decoded into a temporary
    /// buffer of a scalar per byte and copied into an array of their own size (appending one by
    /// one cost more than the decoding; an array made uninitialised takes the standard
    /// library's unspecialised allocation path, a generic metadata lookup each).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        guard bytes.count > bufferedBytes else {
            return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: bytes.count) { buffer in
                Array(UnsafeBufferPointer(rebasing: buffer[..<decode(bytes, into: buffer)]))
            }
        }
        // Longer text is counted first and decoded into an array of its own size: a buffer of a
        // scalar per byte would be four times the text, twelve times a Chinese one's scalars.
        let count = scalarCount(bytes)
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = decode(bytes, into: buffer)
        }
    }

    /// The longest text decoded through a buffer of a scalar per byte (`decode`), in bytes.
    static let bufferedBytes = 1 << 16

    /// Decodes `bytes` (at most `bufferedBytes` of them) into `scratch`, first grown to hold one
    /// scalar per byte (the most there can be), and returns how many scalars it wrote. For a
    /// caller that decodes piece after piece and keeps copies of parts: no count of the scalars
    /// first, and no array made per piece through the standard library's unspecialised
    /// allocation path.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into scratch: inout [Unicode.Scalar]) -> Int {
        precondition(bytes.count <= bufferedBytes, "longer text is decoded into an array of its own")
        if scratch.count < bytes.count { scratch = Array(repeating: "\u{0}", count: max(bytes.count, 2 * scratch.count)) }
        return scratch.withUnsafeMutableBufferPointer { decode(bytes, into: $0) }
    }

    /// The number of scalars in valid UTF-8: bytes that are not continuation bytes (10xxxxxx),
    /// counted eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // Bit 7 set and bit 6 clear in a byte: a continuation byte. The flags (one bit
                // a byte) are summed by a multiplication: without a POPCNT instruction in the
                // baseline target, `nonzeroBitCount` is a ~20-instruction bit-twiddling routine.
                let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                continuations += Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
                index += 8
            }
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
    }

    /// Decodes `bytes` into `target` and returns how many scalars it wrote; it stops when
    /// `target` is full (malformed bytes, never a string's, may hold fewer scalars than counted).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return 0 }
        let capacity = buffer.count
        let end = bytes.count
        var index = 0
        var written = 0
        while index < end, written < capacity {
            // Runs of three-byte scalars four at a time where the processor allows (then on
            // here with whatever stopped the run).
            if index &+ 16 <= end, written &+ 4 <= capacity, source[index] & 0xF0 == 0xE0 {
                let read = wb_decode_three_byte_run(source + index, end &- index, UnsafeMutableRawPointer(target + written),
                                                    capacity &- written)
                index &+= read
                written &+= read / 3
                guard index < end, written < capacity else { break }
            }
            // Chinese text is nearly all three-byte scalars: two at a time when the next six
            // bytes hold two (one load, one test), else one by one. (Three bytes never make a
            // value past U+FFFF, and a surrogate becomes U+FFFD.)
            if index &+ 8 <= end, written &+ 2 <= capacity {
                let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                // Leads 1110xxxx in bytes 0 and 3, continuations 10xxxxxx in 1, 2, 4 and 5.
                if word & 0xC0C0F0_C0C0F0 == 0x8080E0_8080E0 {
                    (target + written).initialize(to: threeByteScalar(word))
                    (target + written + 1).initialize(to: threeByteScalar(word &>> 24))
                    written &+= 2
                    index &+= 6
                    continue
                }
            }
            // A predicted branch, not a path shared with ASCII choosing value and length
            // without one: that was slower, as each scalar's load then waited for the last
            // one's length.
            let lead = source[index]
            if lead & 0xF0 == 0xE0, index + 2 < end {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6
                    | UInt32(source[index + 2] & 0x3F)
                (target + written).initialize(to: Self.scalar(value))
                written += 1
                index += 3
                continue
            }
            var value: UInt32
            var length: Int
            switch lead {
            case 0..<0x80: value = UInt32(lead); length = 1
            case 0xC0..<0xE0: value = UInt32(lead & 0x1F); length = 2
            case 0xE0..<0xF0: value = UInt32(lead & 0x0F); length = 3
            default: value = UInt32(lead & 0x07); length = 4
            }
            var next = 1
            while next < length, index + next < end {
                value = value << 6 | UInt32(source[index + next] & 0x3F)
                next += 1
            }
            (target + written).initialize(to: Unicode.Scalar(value) ?? "\u{FFFD}")
            written += 1
            index += length
        }
        return written
    }

    /// The scalar of the three-byte sequence in the low three bytes of `word` (in memory
    /// order), already known to be lead and continuations.
    @inline(__always)
    private static func threeByteScalar(_ word: UInt64) -> Unicode.Scalar {
        scalar(UInt32(truncatingIfNeeded: (word & 0x0F) << 12 | (word &>> 2) & 0xFC0 | (word &>> 16) & 0x3F))
    }

    /// The scalar of a value decoded from three bytes of UTF-8 (U+0800 to U+FFFF); a surrogate,
    /// which valid UTF-8 never encodes, becomes U+FFFD.
    @inline(__always)
    private static func scalar(_ value: UInt32) -> Unicode.Scalar {
        value & 0xF800 == 0xD800 ? "\u{FFFD}" : unsafeBitCast(value, to: Unicode.Scalar.self)
    }

    /// The index of the first `byte` in `bytes` at or after `start`, or `bytes.count` (`start`
    /// when that is past the end). The C library's `memchr` reads the bytes many at a time (a
    /// loop here over eight at a time cost 1.6 instructions a byte of the report).
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        guard let base = bytes.baseAddress, start >= 0, start < bytes.count else { return start }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The length in UTF-8 of `scalars`: one byte each, one more from U+0080, U+0800 and
    /// U+10000, counted four scalars at a time (`wb_utf8_length`; the loop the compiler
    /// vectorised here spent most of a sentence's count getting in and out of its vector loop).
    static func utf8Count(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        guard let base = scalars.baseAddress else { return 0 }
        return wb_utf8_length(base, scalars.count)
    }

    /// The part of `text` between two UTF-8 offsets that fall on scalar boundaries, in place.
    static func part(of text: String, utf8 range: Range<Int>) -> Substring {
        part(of: text[...], utf8: range)
    }

    /// The part of `text` between two UTF-8 offsets (from its start) that fall on scalar
    /// boundaries, in place: a part of the same string `text` is part of.
    static func part(of text: Substring, utf8 range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return text[start..<end]
    }

    /// `count` copies of `value`. `Array(repeating:count:)` and an array made uninitialised
    /// allocate through the standard library's unspecialised paths (a generic metadata lookup,
    /// ~300 to 600 instructions); reserving capacity is specialised here. The extractor makes
    /// such arrays per paragraph and per figure.
    static func filled<Element>(_ value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(count)
        array.append(contentsOf: repeatElement(value, count: count))
        return array
    }

    /// True when `scalar` is a whole `Character` unless a combining mark follows it, and its own
    /// composed form, so that no two such scalars are equal as characters: ideographs, CJK and
    /// fullwidth punctuation, printable ASCII and Latin-1, general punctuation. (Other scalars
    /// may equal one: U+F900 equals 豈 U+8C48.) In text made only of such scalars, `String`'s
    /// character-level operations (`hasPrefix`, `count`, `prefix`, `==`) give what the same
    /// operations on scalars give, so hot paths can work on scalars and still mean the same.
    /// (The SDK's `CharacterCodes` holds the ranges, for modules too.)
    @inline(__always)
    static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        CharacterCodes.isOwnCharacter(scalar)
    }

    /// True when the text `scalars` ends with `word` as a `String` would say (`hasSuffix`
    /// compares whole characters): on scalars when every scalar of the text is a character of
    /// its own, else on a string.
    static func hasSuffix(_ scalars: ArraySlice<Unicode.Scalar>, _ word: String) -> Bool {
        guard scalars.allSatisfy(isOwnCharacter), word.unicodeScalars.allSatisfy(isOwnCharacter) else {
            return string(scalars).hasSuffix(word)
        }
        let count = word.unicodeScalars.count
        return count <= scalars.count && matches(word.unicodeScalars, in: scalars, at: scalars.endIndex - count)
    }

    /// `text.range(of: word)` as Foundation finds it (its first occurrence, compared as
    /// characters), found scalar by scalar when text and word are made only of characters of
    /// their own; Foundation's search cost ~15,000 instructions a call on a short line.
    static func range(of word: String, in text: String) -> Range<String.Index>? {
        let wordScalars = Array(word.unicodeScalars)
        let view = text.unicodeScalars
        guard !wordScalars.isEmpty, wordScalars.allSatisfy(isOwnCharacter), view.allSatisfy(isOwnCharacter) else {
            return text.range(of: word)
        }
        // The word's first scalar is compared before anything else: building a slice of the
        // view at every position to ask `starts(with:)` cost ~300 instructions a scalar.
        let first = wordScalars[0]
        var start = view.startIndex
        while start != view.endIndex {
            if view[start] == first {
                var cursor = view.index(after: start)
                var matched = 1
                while matched < wordScalars.count, cursor != view.endIndex, view[cursor] == wordScalars[matched] {
                    view.formIndex(after: &cursor)
                    matched += 1
                }
                if matched == wordScalars.count { return start..<cursor }
            }
            view.formIndex(after: &start)
        }
        return nil
    }

    /// `text.contains(word)` (Foundation's), as `range(of:in:)` finds it.
    static func contains(_ word: String, in text: String) -> Bool {
        range(of: word, in: text) != nil
    }

    /// Whether any of `words` occurs in `text`, as `contains(_:in:)` finds each, for a text
    /// already decoded: `scalars` are its scalars, and `ownCharacters` says whether all of them
    /// are `isOwnCharacter`. (A part heading asks for some thirty words: `contains` decoded and
    /// checked the heading again for each, ~2,700 instructions a word.)
    static func containsAny(_ words: [String], in text: String, scalars: [Unicode.Scalar], ownCharacters: Bool) -> Bool {
        words.contains { word in
            let wordScalars = Array(word.unicodeScalars)
            guard ownCharacters, !wordScalars.isEmpty, wordScalars.allSatisfy(isOwnCharacter) else {
                return text.range(of: word) != nil
            }
            return firstIndex(of: wordScalars, in: scalars[...]) != nil
        }
    }

    /// Whether any of `words` occurs in `text`, as `contains(_:in:)` finds each, with the text
    /// decoded and checked once for all of them.
    static func containsAny(_ words: [String], in text: Substring) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let ownCharacters = scalars.allSatisfy(isOwnCharacter)
        return words.contains { word in
            let wordScalars = Array(word.unicodeScalars)
            guard ownCharacters, !wordScalars.isEmpty, wordScalars.allSatisfy(isOwnCharacter) else {
                return text.range(of: word) != nil
            }
            return firstIndex(of: wordScalars, in: scalars[...]) != nil
        }
    }

    /// True when `word` is written in `scalars` starting at `index`.
    static func matches<Word: Sequence>(_ word: Word, in scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool
    where Word.Element == Unicode.Scalar {
        var cursor = index
        guard cursor >= scalars.startIndex else { return false }
        for scalar in word {
            guard cursor < scalars.endIndex, scalars[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    /// True when `needle` occurs anywhere in `haystack`.
    static func contains(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Bool {
        contains(needle, in: haystack[...])
    }

    /// True when `needle` occurs anywhere in `haystack`, a part of some longer text.
    static func contains(_ needle: [Unicode.Scalar], in haystack: ArraySlice<Unicode.Scalar>) -> Bool {
        needle.isEmpty || firstIndex(of: needle, in: haystack) != nil
    }

    /// Where `needle` first occurs in `haystack` (nil for an empty needle).
    static func firstIndex<Needle: RandomAccessCollection>(of needle: Needle, in haystack: ArraySlice<Unicode.Scalar>) -> Int?
    where Needle.Element == Unicode.Scalar {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == first, matches(needle, in: haystack, at: index) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    /// True when `word` occurs in the string, compared scalar by scalar (Foundation's `contains`
    /// folds character clusters and is many times slower on the extractor's hot paths).
    func includes(_ word: String) -> Bool {
        Text.contains(Text.scalars(word), in: Text.scalars(self))
    }
}
