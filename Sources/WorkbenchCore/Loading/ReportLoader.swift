import Foundation
import WorkbenchSDK

/// Reads report files from disk and parses them into the shared model.
public struct ReportLoader: Sendable {
    /// Files larger than this are refused with a message (the largest real reports are under
    /// 200 KB; the limit only protects against loading something that is not a report).
    public var maximumFileSize: Int

    public init(maximumFileSize: Int = 64 << 20) {
        self.maximumFileSize = maximumFileSize
    }

    /// Loads one report file. Every failure is a `WorkbenchError` that names the file and says
    /// what to do.
    public func load(path: String) throws(WorkbenchError) -> Report {
        ReportParser().parse(text: try text(ofFile: path), sourceFile: path)
    }

    /// Loads a report from bytes already read; `name` is the file name messages give and whose
    /// extension says a web page is one (the fuzz targets and their corpus test come in here).
    public func load(bytes: [UInt8], name: String) throws(WorkbenchError) -> Report {
        guard bytes.count <= maximumFileSize else {
            throw tooLarge(name, size: bytes.count)
        }
        return ReportParser().parse(text: try text(of: bytes, path: name), sourceFile: name)
    }

    /// The text of a report file (text in any accepted encoding, a Word document, a web page).
    func text(ofFile path: String) throws(WorkbenchError) -> String {
        try text(of: try readBytes(path), path: path)
    }

    /// The text of a report file's bytes; `path` names it in messages.
    func text(of bytes: [UInt8], path: String) throws(WorkbenchError) -> String {
        var text: String
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A zip archive: a Word document, one paragraph a line.
            do {
                text = try DocumentText.docx(bytes)
            } catch {
                guard case .notADocument(let reason) = error else { throw .runtime("cannot load '\(path)'") }
                throw .runtime("cannot load '\(path)': \(reason)", remedy: "Give a report as a .docx, web page or UTF-8 text file")
            }
            if text.unicodeScalars.allSatisfy(TextDecoder.isBlank) {
                throw .runtime("cannot load '\(path)': the Word document has no text", remedy: "Give the report's document")
            }
        } else {
            do {
                text = try TextDecoder().decode(bytes)
            } catch {
                throw Self.explain(error, path: path)
            }
            // A web page: its text only.
            let lower = path.lowercased()
            let head = text.prefix(512).lowercased()
            if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || head.contains("<html") || head.contains("<!doctype html") {
                text = DocumentText.html(text)
            }
        }
        return PageChrome.remove(from: text)
    }

    /// The report files of a folder (`.txt`, `.html`, `.htm`, `.docx`), sorted by name; `nil` when
    /// `path` is not a folder.
    public func reportFiles(inFolder path: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let kinds = ["txt", "html", "htm", "docx"]
        return names.filter { name in !name.hasPrefix(".") && kinds.contains(where: { name.lowercased().hasSuffix("." + $0) }) }
            .sorted()
            .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
    }

    /// Loads every report of a folder: the reports that load, and an error for each file that
    /// does not (a folder loads what it can).
    public func loadFolder(_ path: String) -> (reports: [Report], failures: [WorkbenchError]) {
        var texts: [(String, String)] = []
        var failures: [WorkbenchError] = []
        for file in reportFiles(inFolder: path) ?? [] {
            do { texts.append((try text(ofFile: file), file)) } catch { failures.append(error) }
        }
        // Reports are independent: parse them on every core.
        return (ParallelLoader.load(texts, loader: self), failures)
    }

    /// Parses text that is already in memory (the bundled report, tests).
    public func load(text: String, sourceFile: String) -> Report {
        ReportParser().parse(text: TextDecoder.foldLineEndings(text), sourceFile: sourceFile)
    }

    private func readBytes(_ path: String) throws(WorkbenchError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .runtime("cannot load '\(path)': no such file",
                           remedy: "Check the path (it is relative to \(FileManager.default.currentDirectoryPath))")
        }
        if isDirectory.boolValue {
            throw .runtime("cannot load '\(path)': it is a folder",
                           remedy: "Load the folder itself with 'load FOLDER' or 'workbench FOLDER'")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular, type != .typeSymbolicLink {
            throw .runtime("cannot load '\(path)': it is not a regular file (a device or a pipe)",
                           remedy: "Give a report file")
        }
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumFileSize {
            throw tooLarge(path, size: size)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .runtime("cannot load '\(path)': the file cannot be read",
                           remedy: "Check its permissions")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
            if data.count > maximumFileSize {
                throw tooLarge(path, size: nil)
            }
            return [UInt8](data)
        } catch let error as WorkbenchError {
            throw error
        } catch {
            throw .runtime("cannot load '\(path)': reading failed (\(error.localizedDescription))",
                           remedy: "Check that the file is readable")
        }
    }

    static func explain(_ failure: TextDecoder.Failure, path: String) -> WorkbenchError {
        switch failure {
        case .empty:
            return .runtime("cannot load '\(path)': the file is empty",
                            remedy: "Give a report as UTF-8 text")
        case .blank:
            return .runtime("cannot load '\(path)': the file holds only white space",
                            remedy: "Give a report as UTF-8 text")
        case .binary(let offset):
            return .runtime("cannot load '\(path)': it looks like a binary file (a NUL byte at byte \(offset))",
                            remedy: "Give a report as UTF-8 text")
        case .invalidUTF8(let offset):
            return .runtime("cannot load '\(path)': it is not valid UTF-8 (bad byte at byte \(offset)), nor Chinese text in GB18030",
                            remedy: "Save it as UTF-8 text; if it is in another encoding, convert it first, e.g. iconv -f BIG5 -t UTF-8 '\(path)' > report.txt")
        case .invalidUTF16(let offset):
            return .runtime("cannot load '\(path)': it starts like UTF-16 text but is not valid UTF-16 (near byte \(offset))",
                            remedy: "Save it again as UTF-8 text")
        case .truncatedUTF16(let size):
            return .runtime("cannot load '\(path)': it is UTF-16 text cut short (\(size) bytes, an odd number)",
                            remedy: "The file is incomplete: copy or download it again")
        case .zipArchive:
            return .runtime("cannot load '\(path)': it is a zip archive (.docx?), not text",
                            remedy: "Save the document as UTF-8 plain text (.txt) and load that")
        case .pdf:
            return .runtime("cannot load '\(path)': it is a PDF, not text",
                            remedy: "Copy its text into a UTF-8 .txt file and load that")
        }
    }

    /// The refusal of a file over the size limit, with how to raise it.
    /// `size` nil: it grew past the limit while being read.
    func tooLarge(_ path: String, size: Int?) -> WorkbenchError {
        let found = size.map { "it is \(Self.megabytes($0)), more than" } ?? "it is larger than"
        return .runtime("cannot load '\(path)': \(found) the limit of \(Self.megabytes(maximumFileSize))",
                 remedy: "Government work reports are far smaller; check that this is the right file, or raise the limit with --max-file-size (or WORKBENCH_MAX_FILE_SIZE)")
    }

    /// A size for messages: `12 MB`, `1.5 MB`, `180 KB`, `900 bytes`.
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1_048_576 { return "\(Int((Double(bytes) / 1024).rounded())) KB" }
        let value = Double(bytes) / 1_048_576
        return value >= 10 ? "\(Int(value.rounded())) MB" : "\((value * 10).rounded() / 10) MB"
    }
}
