#if canImport(Glibc)
import Glibc
#endif

/// GB18030 (and its subsets GBK and GB2312), the encoding of many Chinese government pages and
/// files, decoded with the C library's iconv.
enum GB18030 {
    /// The text, or `nil` when the bytes are not valid GB18030.
    static func decode(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var inputLeft = input.count
        var outputLeft = output.count
        let result: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                return iconv(converter, &inPointer, &inputLeft, &outPointer, &outputLeft)
            }
        }
        guard result != -1, inputLeft == 0 else { return nil }
        return String(decoding: output[..<(output.count - outputLeft)], as: UTF8.self)
    }

    /// True when the text reads as Chinese: at least a third of its letters are Han characters.
    static func looksChinese(_ text: String) -> Bool {
        var han = 0
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.isIdeograph { han += 1 }
        }
        return letters > 0 && han * 3 >= letters
    }
}
