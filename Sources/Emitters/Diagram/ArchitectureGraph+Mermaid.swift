extension ArchitectureGraph {
    /// The graph as a left-to-right Mermaid flowchart, one style class per role.
    var mermaid: MermaidFlowchart {
        func statements(_ items: [Item]) -> [MermaidStatement] {
            items.map { item in
                switch item {
                case .node(let node):
                    .node(MermaidNode(node.id, label: node.label, shape: node.shape.mermaid, classes: [node.role.mermaidClass]))
                case .cluster(let cluster):
                    .subgraph(MermaidSubgraph(cluster.id, title: cluster.title, statements: statements(cluster.items)))
                }
            }
        }
        let edgeStatements = edges.map { edge in
            MermaidStatement.edge(MermaidEdge(edge.from, edge.to, label: edge.label, style: edge.dotted ? .dotted : .solid))
        }
        let classes = Role.allCases.map { role in
            MermaidClassDefinition(role.mermaidClass, [("fill", role.colors.fill), ("stroke", role.colors.stroke), ("color", "#1b1b1b")])
        }
        return MermaidFlowchart(direction: Self.flowsDown ? .topToBottom : .leftToRight, statements: statements(items) + edgeStatements, classDefinitions: classes)
    }
}

extension ArchitectureGraph.Shape {
    var mermaid: MermaidNode.Shape {
        switch self {
        case .box: .rectangle
        case .rounded: .rounded
        case .circle: .circle
        case .cylinder: .cylinder
        case .hexagon: .hexagon
        }
    }
}

extension ArchitectureGraph.Role {
    /// The Mermaid style class, named apart from node ids (`internetStyle`, not `internet`).
    var mermaidClass: String { rawValue + "Style" }

    /// Fill and stroke colours, shared by both renderings.
    var colors: (fill: String, stroke: String) {
        switch self {
        case .internet: ("#f1f3f4", "#5f6368")
        case .frontend: ("#e8f0fe", "#1a73e8")
        case .firewall: ("#fce8e6", "#c5221f")
        case .listener: ("#e8f0fe", "#1a73e8")
        case .route: ("#f3e8fd", "#8430ce")
        case .pool: ("#e6f4ea", "#137333")
        case .apiManagement: ("#fef7e0", "#b06000")
        case .externalAPI: ("#fef7e0", "#e37400")
        case .internalAPI: ("#f1f3f4", "#80868b")
        case .backend: ("#ffffff", "#5f6368")
        case .security: ("#fce8e6", "#a50e0e")
        case .dns: ("#e4f7fb", "#007b83")
        }
    }
}
