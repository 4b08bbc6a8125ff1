/// A cmdlet invocation found in PowerShell text: the cmdlet and the parameter names written
/// after it (at its own nesting level, so a nested `(New-Az… -X)` is an invocation of its own).
/// Reads both the Learn article's text, where code sits between prose, and generated scripts.
struct CmdletInvocation: Hashable, CustomStringConvertible {
    var cmdlet: String
    var parameters: [String]

    var description: String { ([cmdlet] + parameters.map { "-" + $0 }).joined(separator: " ") }

    /// Every invocation of an Az cmdlet (`Verb-Az…`) in `text`, in order.
    static func azInvocations(in text: String) -> [CmdletInvocation] {
        let tokens = Token.scan(text)
        var found: [CmdletInvocation] = []
        for (start, token) in tokens.enumerated() {
            guard case .word(let word) = token, isAzCmdlet(word) else { continue }
            var depth = 0, parameters: [String] = []
            scan: for token in tokens[(start + 1)...] {
                switch token {
                case .open: depth += 1
                case .close:
                    depth -= 1
                    if depth < 0 { break scan }
                case .end where depth == 0: break scan
                case .parameter(let name) where depth == 0: parameters.append(name)
                default: continue
                }
            }
            found.append(CmdletInvocation(cmdlet: word, parameters: parameters))
        }
        return found
    }

    static func isAzCmdlet(_ word: String) -> Bool {
        guard let dash = word.firstIndex(of: "-"), word[..<dash].allSatisfy(\.isLetter), word.first?.isUppercase == true else { return false }
        let noun = word[word.index(after: dash)...]
        return noun.hasPrefix("Az") && noun.count > 2 && noun.allSatisfy { $0.isLetter }
    }

    /// The few token kinds the search needs. Strings and comments are skipped; a string ends at
    /// the end of its line at the latest, because the article's prose has apostrophes.
    enum Token: Equatable {
        case word(String)
        case parameter(String)
        case open, close
        /// A newline (outside any continuation), `|` or `;`.
        case end

        static func scan(_ text: String) -> [Token] {
            let characters = Array(text)
            var tokens: [Token] = []
            var index = 0
            func peek(_ offset: Int) -> Character? { index + offset < characters.count ? characters[index + offset] : nil }
            while index < characters.count {
                let character = characters[index]
                switch character {
                case "`" where peek(1) == "\n":
                    index += 2
                case "\n", "|", ";":
                    tokens.append(.end)
                    index += 1
                case "<" where peek(1) == "#":
                    index += 2
                    while index < characters.count && !(characters[index] == "#" && peek(1) == ">") { index += 1 }
                    index += 2
                case "#":
                    while index < characters.count && characters[index] != "\n" { index += 1 }
                case "'", "\"":
                    index += 1
                    while index < characters.count && characters[index] != character && characters[index] != "\n" { index += 1 }
                    if index < characters.count && characters[index] == character { index += 1 }
                case "(", "{", "[":
                    tokens.append(.open)
                    index += 1
                case ")", "}", "]":
                    tokens.append(.close)
                    index += 1
                case "-" where (peek(1)?.isLetter ?? false) && (index == 0 || characters[index - 1].isWhitespace):
                    var end = index + 1
                    while end < characters.count && (characters[end].isLetter || characters[end].isNumber) { end += 1 }
                    tokens.append(.parameter(String(characters[(index + 1)..<end])))
                    index = end
                case _ where character.isLetter:
                    var end = index
                    while end < characters.count && (characters[end].isLetter || characters[end].isNumber || characters[end] == "-" || characters[end] == "_") { end += 1 }
                    tokens.append(.word(String(characters[index..<end])))
                    index = end
                default:
                    index += 1
                }
            }
            return tokens
        }
    }
}
