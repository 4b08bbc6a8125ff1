/// Renders a `DOTGraph` as Graphviz DOT text. The writer owns quoting: every id and attribute
/// value is a double-quoted string with `\` and `"` escaped and line breaks written as `\n`
/// (so a label's `\` is literal text, never a Graphviz escape); attribute names that are not
/// plain identifiers are quoted too.
public struct GraphvizWriter: Hashable, Sendable {
    public init() {}

    /// The graph, ending with one newline.
    public func render(_ graph: DOTGraph) -> String {
        var lines = ["\(graph.directed ? "digraph" : "graph") \(quoted(graph.name)) {"]
        lines += graph.attributes.map { "  " + attribute($0) + ";" }
        if !graph.nodeDefaults.isEmpty { lines.append("  node " + attributeList(graph.nodeDefaults) + ";") }
        if !graph.edgeDefaults.isEmpty { lines.append("  edge " + attributeList(graph.edgeDefaults) + ";") }
        lines += statements(graph.statements, indent: 1, edgeOperator: graph.directed ? "->" : "--")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func statements(_ statements: [DOTStatement], indent: Int, edgeOperator: String) -> [String] {
        let pad = String(repeating: "  ", count: indent)
        var lines: [String] = []
        for statement in statements {
            switch statement {
            case .attribute(let a):
                lines.append(pad + attribute(a) + ";")
            case .node(let node):
                lines.append(pad + quoted(node.id) + suffix(node.attributes) + ";")
            case .edge(let edge):
                lines.append(pad + quoted(edge.from) + " \(edgeOperator) " + quoted(edge.to) + suffix(edge.attributes) + ";")
            case .subgraph(let subgraph):
                let id = subgraph.isCluster ? "cluster_" + subgraph.id : subgraph.id
                lines.append(pad + "subgraph " + quoted(id) + " {")
                lines += self.statements(subgraph.statements, indent: indent + 1, edgeOperator: edgeOperator)
                lines.append(pad + "}")
            }
        }
        return lines
    }

    private func suffix(_ attributes: [DOTAttribute]) -> String {
        attributes.isEmpty ? "" : " " + attributeList(attributes)
    }

    private func attributeList(_ attributes: [DOTAttribute]) -> String {
        "[" + attributes.map(attribute).joined(separator: ", ") + "]"
    }

    private func attribute(_ attribute: DOTAttribute) -> String {
        (isIdentifier(attribute.name) ? attribute.name : quoted(attribute.name)) + "=" + quoted(attribute.value)
    }

    /// `"text"` with `\` → `\\`, `"` → `\"`, line feed → `\n`; carriage returns are dropped.
    func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    private func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
            && !Self.keywords.contains(name.lowercased())
    }
}
