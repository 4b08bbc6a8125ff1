/// A value in a Resource Manager template, neutral between ARM JSON and Bicep: literals,
/// parameters, functions both languages share, and references to declared resources, which
/// ARM writes as `resourceId()`/`reference()` and Bicep as symbolic `.id`/`.properties`.
public indirect enum RMExpression: Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([RMExpression])
    case object(RMObject)
    case parameter(String)
    case variable(String)
    /// A function both languages spell the same: `resourceGroup()`, `guid(...)`, `resourceId(...)`.
    case function(String, [RMExpression])
    /// `base.name`.
    case member(RMExpression, String)
    /// `base[index]`.
    case index(RMExpression, Int)
    /// The resource's ID: `resourceId('type', 'name')` in ARM, `symbol.id` in Bicep.
    case resourceID(RMSymbol)
    /// The ID of a child of a declared resource that has no resource of its own (a subnet):
    /// `resourceId('parent/child', parentName, 'name')`, with `symbol.name` in Bicep.
    case childResourceID(RMSymbol, childType: String, name: String)
    /// A run-time property: `reference(resourceId(...), 'apiVersion').a.b[0]` in ARM,
    /// `symbol.properties.a.b[0]` in Bicep.
    case runtimeProperty(RMSymbol, [RMPathComponent])
    /// The principal of a resource's system-assigned identity:
    /// `reference(resourceId(...), 'apiVersion', 'full').identity.principalId` in ARM,
    /// `symbol.identity.principalId` in Bicep.
    case systemIdentityPrincipal(RMSymbol)
    /// A text file shipped with the template (a policy document): the contents as an inline
    /// string in ARM, `loadTextContent(path)` in Bicep, which reads the file next to main.bicep.
    case textFile(path: String, contents: String)
    /// No value: `null()` in ARM, `null` in Bicep; a property set to it is left out.
    case null
    /// `if(test, then, else)` in ARM, `test ? then : else` in Bicep.
    case conditional(RMExpression, then: RMExpression, else: RMExpression)

    /// `self.name`.
    public func dot(_ name: String) -> RMExpression { .member(self, name) }

    /// A number; Bicep has no fractional literal, so a fraction is `json('12.5')` in both languages.
    public static func number(_ value: Double) -> RMExpression {
        if value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return .function("json", [.string(String(value))])
    }

    /// `resourceGroup().location`.
    public static let resourceGroupLocation = RMExpression.function("resourceGroup", []).dot("location")

    /// The declared resources this expression refers to, in first-use order.
    public var referencedSymbols: [RMSymbol] {
        var symbols: [RMSymbol] = []
        collectSymbols(into: &symbols)
        return symbols
    }

    func collectSymbols(into symbols: inout [RMSymbol]) {
        func add(_ symbol: RMSymbol) { if !symbols.contains(symbol) { symbols.append(symbol) } }
        switch self {
        case .string, .int, .bool, .parameter, .variable, .textFile, .null:
            break
        case .conditional(let test, let whenTrue, let whenFalse):
            [test, whenTrue, whenFalse].forEach { $0.collectSymbols(into: &symbols) }
        case .array(let items):
            items.forEach { $0.collectSymbols(into: &symbols) }
        case .object(let object):
            object.collectSymbols(into: &symbols)
        case .function(_, let arguments):
            arguments.forEach { $0.collectSymbols(into: &symbols) }
        case .member(let base, _), .index(let base, _):
            base.collectSymbols(into: &symbols)
        case .resourceID(let symbol), .childResourceID(let symbol, _, _), .runtimeProperty(let symbol, _), .systemIdentityPrincipal(let symbol):
            add(symbol)
        }
    }
}

/// One step of a run-time property path: `privateIPAddresses`, then `[0]`.
public enum RMPathComponent: Hashable, Sendable {
    case name(String)
    case index(Int)
}

extension RMExpression: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension RMExpression: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension RMExpression: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension RMExpression: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: RMExpression...) { self = .array(elements) }
}

extension RMExpression: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, RMExpression)...) { self = .object(RMObject(elements)) }
}
