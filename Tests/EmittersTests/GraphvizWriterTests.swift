import Testing
@testable import Emitters

@Suite struct GraphvizWriterTests {
    let writer = GraphvizWriter()

    @Test func graphWithDefaultsClustersNodesAndEdges() {
        let graph = DOTGraph(
            name: "architecture",
            attributes: [DOTAttribute("rankdir", "LR")],
            nodeDefaults: [DOTAttribute("shape", "box")],
            edgeDefaults: [DOTAttribute("fontsize", "10")],
            statements: [
                .subgraph(DOTSubgraph("subnet1", statements: [
                    .attribute(DOTAttribute("label", "snet-appgw")),
                    .node(DOTNode("listener1", [DOTAttribute("label", "gatewaylistener\nHTTPS :443")])),
                ])),
                .subgraph(DOTSubgraph("plain", isCluster: false, statements: [.node(DOTNode("n"))])),
                .edge(DOTEdge("internet", "listener1", [DOTAttribute("label", "443"), DOTAttribute("style", "dashed")])),
            ])
        #expect(writer.render(graph) == """
            digraph "architecture" {
              rankdir="LR";
              node [shape="box"];
              edge [fontsize="10"];
              subgraph "cluster_subnet1" {
                label="snet-appgw";
                "listener1" [label="gatewaylistener\\nHTTPS :443"];
              }
              subgraph "plain" {
                "n";
              }
              "internet" -> "listener1" [label="443", style="dashed"];
            }

            """)
    }

    @Test func undirectedGraphsUseDoubleDash() {
        let text = writer.render(DOTGraph(name: "g", directed: false, statements: [.edge(DOTEdge("a", "b"))]))
        #expect(text == "graph \"g\" {\n  \"a\" -- \"b\";\n}\n")
    }

    @Test func quotingEscapesBackslashQuoteAndLineBreaks() {
        #expect(writer.quoted(#"say "hi"\now"#) == #""say \"hi\"\\now""#)
        #expect(writer.quoted("a\r\nb") == #""a\nb""#)
        #expect(writer.quoted("ends\\") == #""ends\\""#)
    }

    @Test func attributeNamesThatAreNotIdentifiersAreQuoted() {
        let text = writer.render(DOTGraph(name: "g", statements: [.node(DOTNode("n", [DOTAttribute("my-attr", "v"), DOTAttribute("node", "k")]))]))
        #expect(text.contains(#""n" ["my-attr"="v", "node"="k"];"#))
    }
}
