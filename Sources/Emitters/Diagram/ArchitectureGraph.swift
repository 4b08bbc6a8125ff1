/// The architecture as a language-neutral graph: nodes, nested clusters and edges. Built once
/// from the model and rendered to both Mermaid and Graphviz, so the two diagrams always agree.
struct ArchitectureGraph {
    var items: [Item]
    var edges: [Edge]

    /// Traffic flows down the page: left to right, the six samples rendered as 4:1 to 8:1 strips
    /// up to 4200 pt wide; top to bottom they stay within about 2:1, except the front-door topology.
    static let flowsDown = true

    /// What a node stands for; each role gets its own colour.
    enum Role: String, CaseIterable {
        case internet, frontend, firewall, listener, route, pool, apiManagement, externalAPI, internalAPI, backend, security, dns
    }

    enum Shape {
        case box, rounded, circle, cylinder, hexagon
    }

    struct Node {
        var id: String
        /// The first line names the resource; the others describe it.
        var lines: [String]
        var shape: Shape
        var role: Role

        var label: String { lines.joined(separator: "\n") }
    }

    struct Edge {
        var from: String
        var to: String
        var label: String?
        /// Dotted edges are references (certificates, DNS, identities), solid ones carry traffic.
        var dotted: Bool = false
    }

    /// A box around related nodes: the virtual network, a subnet with its NSG, the gateway.
    struct Cluster {
        var id: String
        var lines: [String]
        var items: [Item]

        var title: String { lines.joined(separator: "\n") }
    }

    indirect enum Item {
        case node(Node)
        case cluster(Cluster)
    }
}
