/// A Mermaid `flowchart`: direction, nodes, edges and subgraphs, and style classes.
public struct MermaidFlowchart: Hashable, Sendable {
    public var direction: Direction
    public var statements: [MermaidStatement]
    public var classDefinitions: [MermaidClassDefinition]

    public init(direction: Direction = .leftToRight, statements: [MermaidStatement], classDefinitions: [MermaidClassDefinition] = []) {
        self.direction = direction
        self.statements = statements
        self.classDefinitions = classDefinitions
    }

    /// Which way the chart flows.
    public enum Direction: String, Hashable, Sendable {
        case leftToRight = "LR"
        case topToBottom = "TB"
        case rightToLeft = "RL"
        case bottomToTop = "BT"
    }
}

/// One statement of a flowchart or subgraph body.
public indirect enum MermaidStatement: Hashable, Sendable {
    case node(MermaidNode)
    case edge(MermaidEdge)
    case subgraph(MermaidSubgraph)
}

/// A node: `id["label"]` in the given shape, with the style classes it belongs to.
public struct MermaidNode: Hashable, Sendable {
    public var id: String
    /// Line breaks in the label become `<br>`.
    public var label: String
    public var shape: Shape
    public var classes: [String]

    public init(_ id: String, label: String, shape: Shape = .rectangle, classes: [String] = []) {
        self.id = id
        self.label = label
        self.shape = shape
        self.classes = classes
    }

    /// Flowchart node shapes and their brackets.
    public enum Shape: Hashable, Sendable, CaseIterable {
        case rectangle, rounded, stadium, subroutine, cylinder, circle, hexagon

        var brackets: (open: String, close: String) {
            switch self {
            case .rectangle: ("[", "]")
            case .rounded: ("(", ")")
            case .stadium: ("([", "])")
            case .subroutine: ("[[", "]]")
            case .cylinder: ("[(", ")]")
            case .circle: ("((", "))")
            case .hexagon: ("{{", "}}")
            }
        }
    }
}

/// `from --> to`, optionally labelled, solid, dotted or thick.
public struct MermaidEdge: Hashable, Sendable {
    public var from: String
    public var to: String
    public var label: String?
    public var style: Style

    public init(_ from: String, _ to: String, label: String? = nil, style: Style = .solid) {
        self.from = from
        self.to = to
        self.label = label
        self.style = style
    }

    /// The line an edge is drawn with.
    public enum Style: String, Hashable, Sendable, CaseIterable {
        case solid = "-->"
        case dotted = "-.->"
        case thick = "==>"
    }
}

/// `subgraph id ["title"]` … `end`.
public struct MermaidSubgraph: Hashable, Sendable {
    public var id: String
    public var title: String
    public var statements: [MermaidStatement]

    public init(_ id: String, title: String, statements: [MermaidStatement]) {
        self.id = id
        self.title = title
        self.statements = statements
    }
}

/// `classDef name fill:#eef,stroke:#336`: a style nodes opt into by class name.
public struct MermaidClassDefinition: Hashable, Sendable {
    public var name: String
    /// CSS-like properties in order; `,`, `;` and line breaks are removed from values.
    public var properties: [(String, String)]

    public init(_ name: String, _ properties: [(String, String)]) {
        self.name = name
        self.properties = properties
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name && lhs.properties.elementsEqual(rhs.properties) { $0 == $1 }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        for (key, value) in properties {
            hasher.combine(key)
            hasher.combine(value)
        }
    }
}
