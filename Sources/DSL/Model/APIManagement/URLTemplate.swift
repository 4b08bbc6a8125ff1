/// Operation URL templates as API Management reads them: `/orders/{orderId}/lines?{top}`.
public enum URLTemplate {
    /// The `{name}` parameters in order (unbalanced braces are left out).
    public static func parameterNames(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Why `template` is not a valid URL template, or nil when it is.
    public static func problem(in template: String) -> String? {
        guard template.hasPrefix("/") else { return "it must start with '/'" }
        var inParameter = false
        var current = ""
        var seen = Set<String>()
        for ch in template {
            switch ch {
            case "{":
                if inParameter { return "'{' inside a parameter" }
                inParameter = true
                current = ""
            case "}":
                guard inParameter else { return "'}' without a matching '{'" }
                guard !current.isEmpty else { return "a parameter has no name ('{}')" }
                guard seen.insert(current).inserted else { return "parameter '\(current)' appears twice" }
                inParameter = false
            default:
                if inParameter {
                    guard ch.isASCII, ch.isLetter || ch.isNumber || ch == "_" || ch == "-" || ch == "*" else {
                        return "parameter names hold letters, digits, '_' and '-' ('\(ch)' in '\(current)\(ch)')"
                    }
                    current.append(ch)
                } else if ch == " " || ch == "#" || !ch.isASCII || ch.isNewline {
                    return "'\(ch)' cannot appear in a URL template"
                }
            }
        }
        return inParameter ? "'{' without a matching '}'" : nil
    }
}
