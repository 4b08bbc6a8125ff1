/// One resource declaration of a template: ARM writes it with `dependsOn` listing every
/// resource it uses; Bicep relies on symbolic references and lists only the rest.
public struct RMResource: Hashable, Sendable {
    public var symbol: RMSymbol
    /// The parent resource (Bicep `parent:`; ARM joins the names with `/`).
    public var parent: RMSymbol?
    /// For extension resources (role assignments, diagnostic settings): the resource extended.
    public var scope: RMSymbol?
    /// Members after `name`/`scope`, in output order: `location`, `sku`, `properties`…
    public var body: RMObject
    /// Resources this one must wait for that its body does not refer to.
    public var dependsOn: [RMSymbol]
    /// An existing resource, only referenced: Bicep `existing`, nothing in ARM.
    public var existing: Bool
    /// Why the resource looks the way it does: ARM `comments`, a Bicep `//` line.
    public var comment: String?

    public init(_ symbol: RMSymbol, parent: RMSymbol? = nil, scope: RMSymbol? = nil, body: RMObject = RMObject(), dependsOn: [RMSymbol] = [], existing: Bool = false, comment: String? = nil) {
        self.symbol = symbol
        self.parent = parent
        self.scope = scope
        self.body = body
        self.dependsOn = dependsOn
        self.existing = existing
        self.comment = comment
    }

    /// Resources the body, parent and scope refer to, in first-use order, without itself.
    public var referencedSymbols: [RMSymbol] {
        var symbols: [RMSymbol] = []
        for related in [parent, scope].compactMap({ $0 }) where !symbols.contains(related) { symbols.append(related) }
        body.collectSymbols(into: &symbols)
        return symbols.filter { $0 != symbol }
    }

    /// Every resource this one waits for, referenced or explicit, once each.
    public var allDependencies: [RMSymbol] {
        var symbols = referencedSymbols
        for dependency in dependsOn where !symbols.contains(dependency) && dependency != symbol { symbols.append(dependency) }
        return symbols
    }
}
