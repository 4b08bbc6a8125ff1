/// Turns Azure resource names and file names into template identifiers: Bicep symbols and
/// parameter names (`NSG-APIM` → `nsgApim`), environment variable names (`GATEWAY_PFX_DATA`).
enum RMNaming {
    /// lowerCamelCase from the letters and digits of `text`; words split at any other character.
    /// An all-capital word is lower-cased (`NSG` → `nsg`); a mixed-case word keeps its humps.
    static func camelCase(_ text: String) -> String {
        let words = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        var result = ""
        for (offset, word) in words.enumerated() {
            let normalized = word == word.uppercased() ? word.lowercased() : word
            if offset == 0 {
                result += normalized.prefix(1).lowercased() + normalized.dropFirst()
            } else {
                result += normalized.prefix(1).uppercased() + normalized.dropFirst()
            }
        }
        if let first = result.first, !first.isLetter { result = "r" + result }
        return result.isEmpty ? "resource" : result
    }

    /// UpperCamelCase, for appending to a prefix: `contoso.net` → `ContosoNet`.
    static func upperCamelCase(_ text: String) -> String {
        let lower = camelCase(text)
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// `gatewayCertPfxPassword` → `GATEWAY_CERT_PFX_PASSWORD`.
    static func environmentVariable(_ identifier: String) -> String {
        var result = ""
        var previous: Character?
        for character in identifier {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { result += "_" }
            result += character.isLetter || character.isNumber ? String(character).uppercased() : "_"
            previous = character
        }
        return result
    }

    /// The file name without folders and extension: `certificates/gateway.pfx` → `gateway`.
    static func fileStem(_ path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
