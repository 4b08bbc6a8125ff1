/// Renders a `JSONValue` exactly like Python's
/// `json.dumps(value, indent=2, ensure_ascii=False)` followed by a newline.
public struct JSONWriter: Hashable, Sendable {
    public init() {}

    /// The whole document, ending with one newline.
    public func render(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    private func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .object(let object):
            guard !object.isEmpty else { return out.append("{}") }
            out.append("{")
            for (offset, member) in object.members.enumerated() {
                out.append(offset == 0 ? "\n" : ",\n")
                pad(indent + 1, &out)
                Self.writeString(member.key, into: &out)
                out.append(": ")
                write(member.value, indent: indent + 1, into: &out)
            }
            out.append("\n")
            pad(indent, &out)
            out.append("}")
        case .array(let elements):
            guard !elements.isEmpty else { return out.append("[]") }
            out.append("[")
            for (offset, element) in elements.enumerated() {
                out.append(offset == 0 ? "\n" : ",\n")
                pad(indent + 1, &out)
                write(element, indent: indent + 1, into: &out)
            }
            out.append("\n")
            pad(indent, &out)
            out.append("]")
        case .string(let string):
            Self.writeString(string, into: &out)
        case .int(let int):
            out.append(String(int))
        case .double(let double):
            out.append(double.isFinite ? Self.format(double) : "null")
        case .bool(let bool):
            out.append(bool ? "true" : "false")
        case .null:
            out.append("null")
        }
    }

    private func pad(_ level: Int, _ out: inout String) {
        out.append(String(repeating: "  ", count: level))
    }

    /// Python's `repr(float)`: shortest round-trip digits, exponent form (`1e+16`, `1e-05`)
    /// only when the decimal point falls outside `-4 < point <= 16`.
    static func format(_ double: Double) -> String {
        // Swift's `description` has the same shortest digits but switches to exponents elsewhere.
        var text = Substring(double.description)
        let sign = text.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(of: "e") {
            exponent = Int(text[text.index(after: e)...])!
            text = text[..<e]
        }
        let integerPart = text.prefix { $0 != "." }
        let fraction = text.dropFirst(integerPart.count + 1)
        var digits = Substring(integerPart + fraction)
        var point = integerPart.count + exponent
        while digits.first == "0" {
            digits = digits.dropFirst()
            point -= 1
        }
        while digits.last == "0" { digits = digits.dropLast() }
        guard !digits.isEmpty else { return sign + "0.0" }
        if point <= -4 || point > 16 {
            let mantissa = digits.count == 1 ? String(digits) : "\(digits.first!).\(digits.dropFirst())"
            let power = point - 1
            let magnitude = abs(power) < 10 ? "0\(abs(power))" : String(abs(power))
            return sign + mantissa + (power < 0 ? "e-" : "e+") + magnitude
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point < digits.count { return sign + digits.prefix(point) + "." + digits.dropFirst(point) }
        return sign + digits + String(repeating: "0", count: point - digits.count) + ".0"
    }

    static func writeString(_ string: String, into out: inout String) {
        out.append("\"")
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out.append(hex.count == 1 ? "\\u000" + hex : "\\u00" + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
