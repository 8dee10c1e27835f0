/// Splits a command line into words: white space separates, `"…"` and `'…'` group, and a
/// backslash escapes the next character inside double quotes and outside quotes.
enum CommandTokenizer {
    static func split(_ line: String) throws(WorkbenchError) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if character == "\\" && quote != "'" {
                escaped = true
                inWord = true
                continue
            }
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
                continue
            }
            if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if let open = quote {
            throw .usage("unterminated quote \(open) in: \(line)", remedy: "Close the quote")
        }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }
}
