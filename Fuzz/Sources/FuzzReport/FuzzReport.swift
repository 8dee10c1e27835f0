import CFuzzerDriver
import EcologyModule
import ProjectsModule
import SectorsModule
import WorkbenchCore
import WorkbenchSDK

let modules: [any WorkbenchModule] = [SectorsModule(), ProjectsModule(), EcologyModule()]

/// One input: the bytes are a report file. A refusal is fine (it is a message); a crash, a
/// sanitizer report, a hang or a broken invariant is a bug.
let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
    guard let data else { return 0 }
    let problems = InputCheck.run(Array(UnsafeBufferPointer(start: data, count: size)), name: "fuzz.txt", modules: modules)
    if !problems.isEmpty { fatalError("broken invariants: \(problems.joined(separator: "; "))") }
    return 0
}

/// libFuzzer's own entry point for one input, for builds where its `main` is linked (SwiftPM's
/// debug builds do not point `main` at the target's entry point).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    testOneInput(data, size)
}

/// The executable's entry point (SwiftPM links `main` to it): hands over to libFuzzer.
@_cdecl("FuzzReport_main")
public func fuzzReportMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
}
