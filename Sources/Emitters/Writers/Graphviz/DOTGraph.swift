/// A Graphviz DOT graph: graph, default node and default edge attributes, then statements.
public struct DOTGraph: Hashable, Sendable {
    public var name: String
    /// `digraph` (edges `->`) or `graph` (edges `--`).
    public var directed: Bool
    public var attributes: [DOTAttribute]
    public var nodeDefaults: [DOTAttribute]
    public var edgeDefaults: [DOTAttribute]
    public var statements: [DOTStatement]

    public init(name: String, directed: Bool = true, attributes: [DOTAttribute] = [], nodeDefaults: [DOTAttribute] = [], edgeDefaults: [DOTAttribute] = [], statements: [DOTStatement]) {
        self.name = name
        self.directed = directed
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.statements = statements
    }
}

/// One statement of a graph or subgraph body.
public indirect enum DOTStatement: Hashable, Sendable {
    case node(DOTNode)
    case edge(DOTEdge)
    case subgraph(DOTSubgraph)
    /// `name="value";` applying to the enclosing graph or subgraph.
    case attribute(DOTAttribute)
}

/// `"id" [label="…", shape="box"];`
public struct DOTNode: Hashable, Sendable {
    public var id: String
    public var attributes: [DOTAttribute]

    public init(_ id: String, _ attributes: [DOTAttribute] = []) {
        self.id = id
        self.attributes = attributes
    }
}

/// `"from" -> "to" [label="…"];`
public struct DOTEdge: Hashable, Sendable {
    public var from: String
    public var to: String
    public var attributes: [DOTAttribute]

    public init(_ from: String, _ to: String, _ attributes: [DOTAttribute] = []) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A subgraph; a cluster is drawn as a box around its nodes (Graphviz needs its id to start
/// with `cluster`, which the writer adds).
public struct DOTSubgraph: Hashable, Sendable {
    public var id: String
    public var isCluster: Bool
    public var statements: [DOTStatement]

    public init(_ id: String, isCluster: Bool = true, statements: [DOTStatement]) {
        self.id = id
        self.isCluster = isCluster
        self.statements = statements
    }
}

/// `name="value"`. Values are always written quoted; a line break in a value becomes the
/// label escape `\n`.
public struct DOTAttribute: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
