import CFuzzerDriver
import WorkbenchCore

/// One input: the first byte chooses how the rest is named (.docx or .html), so one corpus
/// reaches both readers. A refusal is fine; a crash or a broken invariant is a bug.
let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
    guard let data, size > 0 else { return 0 }
    let name = data[0] & 1 == 0 ? "fuzz.docx" : "fuzz.html"
    let problems = InputCheck.run(Array(UnsafeBufferPointer(start: data + 1, count: size - 1)), name: name)
    if !problems.isEmpty { fatalError("broken invariants: \(problems.joined(separator: "; "))") }
    return 0
}

/// libFuzzer's own entry point for one input, for builds where its `main` is linked (SwiftPM's
/// debug builds do not point `main` at the target's entry point).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocumentsTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    testOneInput(data, size)
}

/// The executable's entry point (SwiftPM links `main` to it): hands over to libFuzzer.
@_cdecl("FuzzDocuments_main")
public func fuzzDocumentsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
}
