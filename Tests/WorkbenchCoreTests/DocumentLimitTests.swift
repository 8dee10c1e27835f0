import Foundation
import Testing
import ZIPFoundation
@testable import WorkbenchCore

/// Crafted Word documents: one that inflates far beyond its size, and runs that never close.
@Suite struct DocumentLimitTests {
    /// A .docx whose document.xml is `size` bytes of one repeated run (it compresses to little).
    func docx(documentSize size: Int, claimedSize: Bool = true) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let run = Array("<w:p><w:r><w:t>增长5%</w:t></w:r></w:p>".utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(size),
                             compressionMethod: .deflate, provider: { position, length in
            Data((0..<length).map { run[(Int(position) + $0) % run.count] })
        })
        return [UInt8](try #require(archive.data))
    }

    @Test func aDocumentThatInflatesPastTheLimitIsRefused() throws {
        let bomb = try docx(documentSize: 4 << 20)
        #expect(bomb.count < 200_000)
        #expect {
            _ = try DocumentText.docx(bomb, limit: 1 << 20)
        } throws: { error in
            guard case DocumentText.Failure.notADocument(let reason) = error else { return false }
            return reason.contains("inflates to more than 1")
        }
        // Under the limit it reads.
        #expect(try DocumentText.docx(bomb, limit: 8 << 20).hasPrefix("增长5%"))
    }

    /// The offset of the central directory record of `name` in a zip archive.
    func directoryRecord(of name: String, in bytes: [UInt8]) throws -> Int {
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let wanted = Array(name.utf8)
        let found = bytes.indices.dropLast(46).first { offset in
            bytes[offset..<(offset + 4)].elementsEqual(signature)
                && bytes[(offset + 46)..<min(bytes.count, offset + 46 + wanted.count)].elementsEqual(wanted)
        }
        return try #require(found)
    }

    /// A deflate stream cut short (its member claims fewer compressed bytes than the stream
    /// needs) is refused at once. ZIPFoundation's inflater asked for more input for ever: the
    /// documents fuzzer found a 35 KB .docx that hung the workbench.
    @Test func aDeflateStreamCutShortIsRefused() throws {
        var archive = try docx(documentSize: 200_000)
        let record = try directoryRecord(of: "word/document.xml", in: archive)
        let compressed = Int(archive[record + 20]) | Int(archive[record + 21]) << 8 | Int(archive[record + 22]) << 16
        let shorter = compressed / 2
        archive[record + 20] = UInt8(shorter & 0xFF)
        archive[record + 21] = UInt8(shorter >> 8 & 0xFF)
        archive[record + 22] = UInt8(shorter >> 16 & 0xFF)
        archive[record + 23] = 0
        #expect {
            _ = try DocumentText.docx(archive)
        } throws: { error in
            guard case DocumentText.Failure.notADocument(let reason) = error else { return false }
            return reason.contains("cut short or damaged")
        }
    }

    /// Offsets that point outside the archive are refused, not read (ZIPFoundation's in-memory
    /// reader trapped on them).
    @Test func offsetsOutsideTheArchiveAreRefused() throws {
        var archive = try docx(documentSize: 1_000)
        let record = try directoryRecord(of: "word/document.xml", in: archive)
        for index in (record + 42)..<(record + 46) { archive[index] = 0xFF }
        #expect(throws: DocumentText.Failure.notADocument("the zip archive cannot be read")) {
            _ = try DocumentText.docx(archive)
        }
        #expect(throws: DocumentText.Failure.notADocument("the zip archive cannot be read")) {
            _ = try DocumentText.docx(Array(archive.prefix(archive.count - 10)))
        }
    }

    /// A stored (uncompressed) document reads like a deflated one.
    @Test func aStoredDocumentReads() throws {
        let archive = try Archive(accessMode: .create)
        let xml = Data("<w:p><w:r><w:t>增长5%</w:t></w:r></w:p><w:p><w:r><w:t>投资</w:t></w:r></w:p>".utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count),
                             compressionMethod: .none, provider: { position, length in
            xml.subdata(in: Int(position)..<(Int(position) + length))
        })
        #expect(try DocumentText.docx([UInt8](try #require(archive.data))) == "增长5%\n投资\n")
    }

    /// Unclosed runs and a long document with many runs are read in linear time (they took
    /// minutes before: each run searched to the end, and Foundation's `range(of:)` measured the
    /// string from its start each time). A regression shows as a test that does not finish.
    @Test func runsThatNeverCloseAndLongDocumentsAreRead() {
        let unclosed = "<w:p>" + String(repeating: "<w:t>增长5%", count: 60_000) + "</w:p>"
        #expect(DocumentText.paragraphs(ofWordXML: unclosed).count <= 1)
        let long = String(repeating: "<w:p><w:r><w:t>增长5%</w:t></w:r><w:r><w:t xml:space=\"preserve\"> 投资</w:t></w:r></w:p>", count: 60_000)
        let paragraphs = DocumentText.paragraphs(ofWordXML: long)
        #expect(paragraphs.count == 60_000 && paragraphs.allSatisfy { $0 == "增长5% 投资" })
    }
}
