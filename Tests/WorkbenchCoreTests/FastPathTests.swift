import Testing
@testable import WorkbenchCore

/// Shortcuts taken on hot paths for speed must answer exactly what the slow, general
/// question answers.
@Suite struct FastPathTests {
    @Test func ideographTestAgreesWithTheUnicodeTablesOnEveryScalar() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isIdeograph != scalar.properties.isIdeographic { disagreeing.append(value) }
        }
        #expect(disagreeing.isEmpty, "differs at \(disagreeing.prefix(5).map { String($0, radix: 16) })")
    }
}
