import Testing
@testable import WorkbenchCore

@Suite struct TextDecoderTests {
    let decoder = TextDecoder()

    @Test func plainUTF8IsKept() throws {
        #expect(try decoder.decode(Array("一、回顾\n正文".utf8)) == "一、回顾\n正文")
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try decoder.decode([0xEF, 0xBB, 0xBF] + Array("报告".utf8)) == "报告")
    }

    @Test func crlfAndLoneCRBecomeLF() throws {
        #expect(try decoder.decode(Array("甲\r\n乙\r丙\n".utf8)) == "甲\n乙\n丙\n")
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let little: [UInt8] = [0xFF, 0xFE] + "报告\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + "报告\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try decoder.decode(little) == "报告\n")
        #expect(try decoder.decode(big) == "报告\n")
    }

    @Test func emptyAndBlankFilesAreRefused() {
        #expect(throws: TextDecoder.Failure.empty) { try decoder.decode([]) }
        #expect(throws: TextDecoder.Failure.blank) { try decoder.decode(Array(" \n\u{3000}\r\n".utf8)) }
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: TextDecoder.Failure.binary(offset: 3)) { try decoder.decode([0x41, 0x42, 0x43, 0x00, 0x44]) }
    }

    @Test func invalidUTF8NamesTheFirstBadByte() throws {
        // 山西 in GB18030 is read as GB18030 (C9 BD happens to be valid UTF-8, CE F7 is not).
        #expect(try decoder.decode([0x41, 0x42, 0xC9, 0xBD, 0xCE, 0xF7]) == "AB山西")
        // Latin-1 is neither UTF-8 nor GB18030.
        #expect(throws: TextDecoder.Failure.invalidUTF8(offset: 1)) { try decoder.decode([0x63, 0xE9, 0x20, 0x61]) }
        // Overlong encoding and a surrogate are not UTF-8 either.
        #expect(TextDecoder.firstInvalidUTF8([0xC0, 0x80]) == 0)
        #expect(TextDecoder.firstInvalidUTF8([0x41, 0xED, 0xA0, 0x80]) == 1)
        #expect(TextDecoder.firstInvalidUTF8(Array("正常的文字".utf8)) == nil)
        // Truncated sequence at the end.
        #expect(TextDecoder.firstInvalidUTF8([0x41, 0xE5, 0xB1]) == 1)
    }

    @Test func archivesAndPDFsAreRecognised() {
        #expect(throws: TextDecoder.Failure.zipArchive) { try decoder.decode([0x50, 0x4B, 0x03, 0x04, 0x14]) }
        #expect(throws: TextDecoder.Failure.pdf) { try decoder.decode(Array("%PDF-1.7\n".utf8)) }
    }

    @Test func explanationsNameTheFileAndSayWhatToDo() {
        let error = ReportLoader.explain(.invalidUTF8(offset: 7), path: "gbk.txt")
        #expect(error.message.contains("'gbk.txt'"))
        #expect(error.message.contains("byte 7"))
        #expect(error.message.contains("GB18030"))
        #expect(error.exitStatus == 1)
    }
}
