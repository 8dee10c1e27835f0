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
