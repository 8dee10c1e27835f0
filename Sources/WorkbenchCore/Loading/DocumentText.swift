import Foundation

/// The text of reports that come as Word documents or web pages, one paragraph a line.
enum DocumentText {
    enum Failure: Error, Equatable {
        /// A zip archive without `word/document.xml`, or one that cannot be read.
        case notADocument(String)
    }

    /// The paragraphs of a .docx file: each `<w:p>` of `word/document.xml` becomes a line.
    static func docx(_ bytes: [UInt8], limit: Int = largestDocumentXML) throws(Failure) -> String {
        let xml: [UInt8]
        do {
            // A zip bomb (a small file that inflates to gigabytes) stops at the limit, whatever
            // size the archive claims.
            xml = try ZipArchive(bytes).contents(of: "word/document.xml", limit: limit)
        } catch {
            switch error {
            case .unreadable: throw .notADocument("the zip archive cannot be read")
            case .missing: throw .notADocument("it is a zip archive but not a Word document (no word/document.xml)")
            case .unsupported: throw .notADocument("its document.xml is stored in a way this reader does not know (not stored or deflated, or ZIP64)")
            case .damaged: throw .notADocument("its document.xml cannot be extracted (the archive is cut short or damaged)")
            case .tooLarge: throw .notADocument(Self.tooLarge(limit))
            }
        }
        return paragraphs(ofWordXML: String(decoding: xml, as: UTF8.self)).joined(separator: "\n") + "\n"
    }

    /// The most `word/document.xml` may inflate to: a long report's is a few megabytes.
    static let largestDocumentXML = 256 << 20
    static func tooLarge(_ limit: Int) -> String {
        "its document.xml inflates to more than \(ReportLoader.megabytes(limit)), far more than any report"
    }

    /// The text runs (`<w:t>`) of each paragraph (`<w:p>`), tabs and breaks kept as spaces.
    /// Read on the UTF-8 bytes: Foundation's `range(of:)` on a substring measures the string
    /// from its start on every call, quadratic in a long document.
    static func paragraphs(ofWordXML xml: String) -> [String] {
        let bytes = Array(xml.utf8)
        let closer = Array("</w:t>".utf8)
        var result: [String] = []
        var current = ""
        var index = 0
        // Once no `</w:t>` is left, later runs are not searched for one again (a document of
        // unclosed runs would otherwise cost time quadratic in its length).
        var closersLeft = true
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = bytes[(open + 1)..<close]
            let selfClosing = tag.last == UInt8(ascii: "/")
            if tag.starts(with: "w:t".utf8), tag.count == 3 || tag[tag.startIndex + 3] == UInt8(ascii: " ") {
                let end = closersLeft && !selfClosing ? Self.find(closer, in: bytes, from: close) : nil
                if end == nil { closersLeft = closersLeft && selfClosing }
                if let end {
                    current += decodeEntities(String(decoding: bytes[(close + 1)..<end], as: UTF8.self))
                    index = end + closer.count
                    continue
                }
            } else if tag.starts(with: "w:tab".utf8) || tag.starts(with: "w:br".utf8) {
                current += " "
            } else if tag.elementsEqual("/w:p".utf8) {
                result.append(current)
                current = ""
            }
            index = close + 1
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Where `needle` first occurs in `bytes` at or after `start`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var position = start
        while position + needle.count <= bytes.count {
            if bytes[position] == first, bytes[position..<(position + needle.count)].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
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
