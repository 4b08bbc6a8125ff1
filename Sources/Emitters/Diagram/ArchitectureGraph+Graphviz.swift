extension ArchitectureGraph {
    /// The graph as a left-to-right Graphviz digraph with clusters; references are dashed.
    var graphviz: DOTGraph {
        func statements(_ items: [Item]) -> [DOTStatement] {
            items.map { item in
                switch item {
                case .node(let node):
                    let (fill, stroke) = node.role.colors
                    var attributes = [DOTAttribute("label", node.label), DOTAttribute("shape", node.shape.graphviz),
                                      DOTAttribute("fillcolor", fill), DOTAttribute("color", stroke)]
                    if node.shape == .rounded { attributes.append(DOTAttribute("style", "rounded,filled")) }
                    return .node(DOTNode(node.id, attributes))
                case .cluster(let cluster):
                    return .subgraph(DOTSubgraph(cluster.id, statements: [
                        .attribute(DOTAttribute("label", cluster.title)),
                        .attribute(DOTAttribute("style", "rounded")),
                    ] + statements(cluster.items)))
                }
            }
        }
        let edgeStatements = edges.map { edge in
            var attributes: [DOTAttribute] = []
            if let label = edge.label { attributes.append(DOTAttribute("label", label)) }
            if edge.dotted { attributes.append(DOTAttribute("style", "dashed")) }
            return DOTStatement.edge(DOTEdge(edge.from, edge.to, attributes))
        }
        return DOTGraph(
            name: "architecture",
            attributes: [DOTAttribute("rankdir", Self.flowsDown ? "TB" : "LR"), DOTAttribute("fontname", "Helvetica"), DOTAttribute("labeljust", "l")],
            nodeDefaults: [DOTAttribute("shape", "box"), DOTAttribute("style", "filled"), DOTAttribute("fontname", "Helvetica"), DOTAttribute("fontsize", "11")],
            edgeDefaults: [DOTAttribute("fontname", "Helvetica"), DOTAttribute("fontsize", "9")],
            statements: statements(items) + edgeStatements)
    }
}

extension ArchitectureGraph.Shape {
    var graphviz: String {
        switch self {
        case .box, .rounded: "box"
        case .circle: "circle"
        case .cylinder: "cylinder"
        case .hexagon: "hexagon"
        }
    }
}
