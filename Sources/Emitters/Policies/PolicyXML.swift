import DSL

/// The XML of a policy document or fragment: the one mapping from the model's policy tree to
/// `XMLTag`s, shared by every format that writes or embeds policy XML.
public enum PolicyXML {
    /// The rendered file text (two-space indent, no XML declaration, trailing newline).
    public static func text(of policy: ScopedPolicy) -> String {
        XMLWriter().render(tag(for: policy))
    }

    /// `<policies>` with its sections in order, or `<fragment>` with its statements.
    public static func tag(for policy: ScopedPolicy) -> XMLTag {
        switch policy.body {
        case .document(let document):
            XMLTag("policies", elements: document.sections.map { section in
                XMLTag(section.kind.rawValue, children: section.statements.flatMap(content))
            })
        case .fragment(let fragment):
            XMLTag("fragment", children: fragment.statements.flatMap(content))
        }
    }

    static func tag(for element: PolicyElement) -> XMLTag {
        XMLTag(element.name, element.attributes.map { XMLAttribute($0.name, value($0.value)) }, children: element.children.flatMap(content))
    }

    static func content(_ node: PolicyNode) -> [XMLContent] {
        switch node {
        case .element(let element): [.element(tag(for: element))]
        case .text(let text): [.text(value(text))]
        case .raw(let raw):
            switch raw.parsed {
            case .success(let elements): elements.map { .element(tag(for: $0)) }
            // Validation rejects malformed raw XML before emission; this keeps the emitter total.
            case .failure(let problem): [.comment("raw policy XML is not well-formed: \(problem)")]
            }
        }
    }

    /// Literal text (named-value references written `{{name}}`) is escaped by the writer;
    /// expressions are written verbatim.
    static func value(_ value: PolicyValue) -> XMLValue {
        switch value {
        case .expression(let code): .expression(code)
        case .text: .literal(value.description)
        }
    }
}
