import EcologyModule
import Foundation
import ProjectsModule
import SectorsModule
import Testing
import WorkbenchCore
import WorkbenchSDK

/// Every input the fuzzers keep (Fuzz/Corpus: seeds, inputs that reached new code, and crashes
/// once fixed) goes through the same checks as under the fuzzer, with the built-in modules: no
/// crash, no broken invariant. This keeps fixed crashes fixed without building the fuzzers.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus")

    static func inputs(_ target: String) -> [URL] {
        let folder = corpus.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func reportCorpusHoldsItsInvariants() throws {
        let inputs = Self.inputs("report")
        #expect(inputs.count >= 4, "the seeds are missing from \(Self.corpus.path)")
        let modules: [any WorkbenchModule] = [SectorsModule(), ProjectsModule(), EcologyModule()]
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(InputCheck.run(bytes, name: "fuzz.txt", modules: modules) == [], "\(input.lastPathComponent)")
        }
    }

    @Test func documentsCorpusHoldsItsInvariants() throws {
        let inputs = Self.inputs("documents")
        #expect(inputs.count >= 2, "the seeds are missing from \(Self.corpus.path)")
        for input in inputs {
            let bytes = [UInt8](try Data(contentsOf: input))
            guard let first = bytes.first else { continue }
            let name = first & 1 == 0 ? "fuzz.docx" : "fuzz.html"
            #expect(InputCheck.run(Array(bytes.dropFirst()), name: name) == [], "\(input.lastPathComponent)")
        }
    }
}
