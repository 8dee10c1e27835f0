import Foundation
import ZIPFoundation

/// The text of reports that come as Word documents or web pages, one paragraph a line.
enum DocumentText {
    enum Failure: Error, Equatable {
        /// A zip archive without `word/document.xml`, or one that cannot be read.
        case notADocument(String)
    }

    /// The paragraphs of a .docx file: each `<w:p>` of `word/document.xml` becomes a line.
    static func docx(_ bytes: [UInt8]) throws(Failure) -> String {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notADocument("the zip archive cannot be read")
        }
        guard let entry = archive["word/document.xml"] else {
            throw .notADocument("it is a zip archive but not a Word document (no word/document.xml)")
        }
        var xml = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in xml.append(chunk) }
        } catch {
            throw .notADocument("its document.xml cannot be extracted")
        }
        return paragraphs(ofWordXML: String(decoding: xml, as: UTF8.self)).joined(separator: "\n") + "\n"
    }

    /// The text runs (`<w:t>`) of each paragraph (`<w:p>`), tabs and breaks kept as spaces.
    static func paragraphs(ofWordXML xml: String) -> [String] {
        var result: [String] = []
        var current = ""
        var index = xml.startIndex
        while let open = xml[index...].firstIndex(of: "<") {
            guard let close = xml[open...].firstIndex(of: ">") else { break }
            let tag = xml[xml.index(after: open)..<close]
            if tag.hasPrefix("w:t"), tag.count == 3 || tag.dropFirst(3).first == " " {
                if !tag.hasSuffix("/"), let end = xml[close...].range(of: "</w:t>") {
                    current += decodeEntities(String(xml[xml.index(after: close)..<end.lowerBound]))
                    index = end.upperBound
                    continue
                }
            } else if tag.hasPrefix("w:tab") || tag.hasPrefix("w:br") {
                current += " "
            } else if tag == "/w:p" {
                result.append(current)
                current = ""
            }
            index = xml.index(after: close)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The text of a web page: scripts, styles and comments dropped, block elements on lines of
    /// their own, entities decoded.
    static func html(_ page: String) -> String {
        var text = ""
        var index = page.startIndex
        let blocks: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "table", "ul", "ol", "title"]
        while index < page.endIndex {
            guard let open = page[index...].firstIndex(of: "<") else {
                text += page[index...]
                break
            }
            text += page[index..<open]
            if page[open...].hasPrefix("<!--") {
                index = page[open...].range(of: "-->")?.upperBound ?? page.endIndex
                continue
            }
            guard let close = page[open...].firstIndex(of: ">") else { break }
            let inside = page[page.index(after: open)..<close].lowercased()
            let name = String(inside.drop(while: { $0 == "/" }).prefix { $0.isLetter || $0.isNumber })
            if (name == "script" || name == "style"), !inside.hasPrefix("/") {
                index = page[close...].range(of: "</\(name)", options: .caseInsensitive).map { range in
                    page[range.upperBound...].firstIndex(of: ">").map { page.index(after: $0) } ?? page.endIndex
                } ?? page.endIndex
                continue
            }
            if blocks.contains(name) { text += "\n" }
            index = page.index(after: close)
        }
        return decodeEntities(text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n") + "\n"
    }

    static let namedEntities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "hellip": "…", "middot": "·"]

    /// `&amp;`, `&#20013;`, `&#x4E2D;` and the common named entities.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while let amp = text[index...].firstIndex(of: "&") {
            result += text[index..<amp]
            guard let semicolon = text[amp...].prefix(12).firstIndex(of: ";") else {
                result += "&"
                index = text.index(after: amp)
                continue
            }
            let name = String(text[text.index(after: amp)..<semicolon])
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
            } else {
                replacement = namedEntities[name]
            }
            if let replacement {
                result += replacement
                index = text.index(after: semicolon)
            } else {
                result += "&"
                index = text.index(after: amp)
            }
        }
        return result + text[index...]
    }
}
