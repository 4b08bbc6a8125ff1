/// Renders a `MermaidFlowchart`. The writer owns escaping:
/// - labels and titles are always double-quoted; `"`, `#`, `&`, `<`, `>`, `|` and backticks
///   become Mermaid entity codes (`#quot;`, `#35;`, …) and line breaks become `<br>`;
/// - ids are made safe and stay distinct: ASCII letters and digits are kept, every other byte
///   (also `_`) becomes `_XX` (uppercase hex), and an id that starts with a digit or is a
///   flowchart keyword (`end`, `class`, …) has its first character escaped the same way;
/// - `class` statements listing each class's nodes follow the `classDef`s.
public struct MermaidWriter: Hashable, Sendable {
    public init() {}

    /// The chart, starting with `flowchart <direction>` and ending with one newline.
    public func render(_ chart: MermaidFlowchart) -> String {
        var lines = ["flowchart \(chart.direction.rawValue)"]
        lines += statements(chart.statements, indent: 1)
        var members: [String: [String]] = [:]
        collectClasses(chart.statements, into: &members)
        for definition in chart.classDefinitions {
            let properties = definition.properties.map { key, value in
                sanitizedProperty(key) + ":" + sanitizedProperty(value)
            }
            lines.append("    classDef \(identifier(definition.name)) \(properties.joined(separator: ","))")
        }
        for definition in chart.classDefinitions {
            guard let nodes = members[definition.name], !nodes.isEmpty else { continue }
            lines.append("    class \(nodes.map(identifier).joined(separator: ",")) \(identifier(definition.name))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func statements(_ statements: [MermaidStatement], indent: Int) -> [String] {
        let pad = String(repeating: "    ", count: indent)
        var lines: [String] = []
        for statement in statements {
            switch statement {
            case .node(let node):
                let (open, close) = node.shape.brackets
                lines.append(pad + identifier(node.id) + open + quoted(node.label) + close)
            case .edge(let edge):
                let label = edge.label.map { "|" + quoted($0) + "|" } ?? ""
                lines.append(pad + identifier(edge.from) + " " + edge.style.rawValue + label + " " + identifier(edge.to))
            case .subgraph(let subgraph):
                lines.append(pad + "subgraph " + identifier(subgraph.id) + " [" + quoted(subgraph.title) + "]")
                lines += self.statements(subgraph.statements, indent: indent + 1)
                lines.append(pad + "end")
            }
        }
        return lines
    }

    private func collectClasses(_ statements: [MermaidStatement], into members: inout [String: [String]]) {
        for statement in statements {
            switch statement {
            case .node(let node):
                for name in node.classes { members[name, default: []].append(node.id) }
            case .subgraph(let subgraph):
                collectClasses(subgraph.statements, into: &members)
            case .edge:
                break
            }
        }
    }

    /// A label or title as a quoted Mermaid string.
    func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n": out += "<br>"
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "|": out += "#124;"
            case "`": out += "#96;"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Words a flowchart reads as syntax when they stand alone as an id.
    static let keywords: Set<String> = [
        "end", "graph", "flowchart", "subgraph", "style", "classdef", "class", "click", "linkstyle",
        "direction", "default", "call", "href", "interpolate",
    ]

    /// A safe, injective node or subgraph id.
    func identifier(_ id: String) -> String {
        func hex(_ byte: UInt8) -> String {
            let digits = Array("0123456789ABCDEF")
            return "_" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
        }
        var out = ""
        let needsFirstEscaped = id.first.map { $0.isASCII && $0.isNumber } == true || Self.keywords.contains(id.lowercased())
        for (index, byte) in id.utf8.enumerated() {
            let isAlphanumeric = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isAlphanumeric && !(index == 0 && needsFirstEscaped) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += hex(byte)
            }
        }
        return out.isEmpty ? "_" : out
    }

    private func sanitizedProperty(_ text: String) -> String {
        String(text.filter { $0 != "," && $0 != ";" && !$0.isNewline })
    }
}
