import Testing
@testable import Emitters

@Suite struct MermaidWriterTests {
    let writer = MermaidWriter()

    @Test func flowchartWithShapesSubgraphsEdgesAndClasses() {
        let chart = MermaidFlowchart(
            direction: .leftToRight,
            statements: [
                .node(MermaidNode("internet", label: "Internet", shape: .circle, classes: ["edge"])),
                .subgraph(MermaidSubgraph("subnet1", title: "snet-appgw\n10.0.0.0/24", statements: [
                    .node(MermaidNode("listener1", label: "gatewaylistener\nHTTPS :443", classes: ["gateway"])),
                    .node(MermaidNode("vault", label: "Key Vault", shape: .cylinder)),
                ])),
                .edge(MermaidEdge("internet", "listener1", label: "443")),
                .edge(MermaidEdge("vault", "listener1", style: .dotted)),
                .edge(MermaidEdge("listener1", "vault", label: "x", style: .thick)),
            ],
            classDefinitions: [
                MermaidClassDefinition("gateway", [("fill", "#e8f0fe"), ("stroke", "#1a73e8")]),
                MermaidClassDefinition("edge", [("fill", "#fff,;bad")]),
                MermaidClassDefinition("unused", [("fill", "#000")]),
            ])
        #expect(writer.render(chart) == """
            flowchart LR
                internet(("Internet"))
                subgraph subnet1 ["snet-appgw<br>10.0.0.0/24"]
                    listener1["gatewaylistener<br>HTTPS :443"]
                    vault[("Key Vault")]
                end
                internet -->|"443"| listener1
                vault -.-> listener1
                listener1 ==>|"x"| vault
                classDef gateway fill:#e8f0fe,stroke:#1a73e8
                classDef edge fill:#fffbad
                classDef unused fill:#000
                class listener1 gateway
                class internet edge

            """)
    }

    @Test func everyShapeHasItsBrackets() {
        let shapes: [(MermaidNode.Shape, String)] = [
            (.rectangle, #"n["x"]"#), (.rounded, #"n("x")"#), (.stadium, #"n(["x"])"#), (.subroutine, #"n[["x"]]"#),
            (.cylinder, #"n[("x")]"#), (.circle, #"n(("x"))"#), (.hexagon, #"n{{"x"}}"#),
        ]
        for (shape, expected) in shapes {
            let text = writer.render(MermaidFlowchart(statements: [.node(MermaidNode("n", label: "x", shape: shape))]))
            #expect(text == "flowchart LR\n    \(expected)\n")
        }
    }

    @Test func labelsUseEntityCodes() {
        #expect(writer.quoted(#"a "b" #1 & <c> | `d`"#) == #""a #quot;b#quot; #35;1 #amp; #lt;c#gt; #124; #96;d#96;""#)
        #expect(writer.quoted("one\ntwo\r\nthree") == #""one<br>two<br>three""#)
    }

    @Test func identifiersAreSafeAndDistinct() {
        #expect(writer.identifier("listener1") == "listener1")
        #expect(writer.identifier("pip-apim") == "pip_2Dapim")
        #expect(writer.identifier("a_b") == "a_5Fb")
        #expect(writer.identifier("end") == "_65nd")
        #expect(writer.identifier("End") == "_45nd")
        #expect(writer.identifier("1st") == "_31st")
        #expect(writer.identifier("") == "_")
        let ids = ["a-b", "a_b", "a.b", "a b", "a_2Db", "end", "_65nd"].map(writer.identifier)
        #expect(Set(ids).count == ids.count)
    }
}
