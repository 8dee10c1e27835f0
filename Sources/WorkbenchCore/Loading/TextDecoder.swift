/// Turns a file's bytes into the text the parser reads, or says precisely why it cannot.
///
/// Accepts UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, and GB18030
/// (GBK, GB2312) when the bytes are not UTF-8 but read as Chinese in GB18030. The
/// result has no byte-order mark and only LF line endings (CRLF and lone CR are folded), so
/// offsets and lines are the same whatever line endings the file had.
struct TextDecoder {
    /// Why bytes could not be read as a report.
    enum Failure: Error, Equatable {
        case empty
        case blank
        case binary(offset: Int)
        case invalidUTF8(offset: Int)
        /// UTF-16 (it starts with a byte-order mark) whose units do not decode.
        case invalidUTF16(offset: Int)
        /// UTF-16 with an odd number of bytes: the file was cut short.
        case truncatedUTF16(size: Int)
        case zipArchive
        case pdf
    }

    func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        if bytes.isEmpty { throw .empty }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw .zipArchive }
        if bytes.starts(with: Array("%PDF".utf8)) { throw .pdf }
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            text = try decodeUTF16(bytes)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            let nul = body.withUnsafeBufferPointer { Text.firstIndex(of: 0, in: $0) }
            if nul < body.count { throw .binary(offset: nul) }
            // Validated once, by the standard library (checking first, then decoding, read a
            // long file twice); only text that is not UTF-8 is looked at again.
            if let valid = String(validating: body, as: UTF8.self) {
                text = valid
            } else {
                // Not UTF-8: GB18030 if it decodes whole and reads as Chinese.
                let body = Array(body)
                guard let chinese = GB18030.decode(body), GB18030.looksChinese(chinese) else {
                    throw .invalidUTF8(offset: Self.firstInvalidUTF8(body) ?? 0)
                }
                text = chinese
            }
        }
        let folded = Self.foldLineEndings(text)
        if folded.unicodeScalars.allSatisfy(Self.isBlank) { throw .blank }
        return folded
    }

    private func decodeUTF16(_ bytes: [UInt8]) throws(Failure) -> String {
        guard bytes.count % 2 == 0 else { throw .truncatedUTF16(size: bytes.count) }
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let pair = littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            if pair == 0 { throw .binary(offset: index) }
            units.append(pair)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error: throw .invalidUTF16(offset: 2 + 2 * scalars.count)
            }
        }
        return String(scalars)
    }

    /// Byte offset of the first byte that does not belong to valid UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for next in 1..<length {
                let byte = bytes[index + next]
                guard byte & 0xC0 == 0x80 else { return index }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
            index += length
        }
        return nil
    }

    static func foldLineEndings(_ text: String) -> String {
        var probe = text
        guard probe.withUTF8({ Text.firstIndex(of: 13, in: $0) < $0.count }) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            scalars.append(scalar)
        }
        return String(scalars)
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }
}
