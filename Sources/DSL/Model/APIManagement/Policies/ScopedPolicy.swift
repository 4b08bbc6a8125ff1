/// A policy document or fragment with the scope it applies to. `APIManagementContent.scopedPolicies`
/// lists them in one order (global, products, APIs with their operations, fragments) for
/// every format that writes or references policy files.
public struct ScopedPolicy: Hashable, Sendable {
    public var scope: PolicyScope
    public var body: Body

    /// A `<policies>` document, or the statements of a `<fragment>`.
    public enum Body: Hashable, Sendable {
        case document(PolicyDocument)
        case fragment(PolicyFragment)
    }

    public init(scope: PolicyScope, body: Body) {
        self.scope = scope
        self.body = body
    }

    /// The file, relative to the policies folder (APIOps layout).
    public var path: String { scope.apiOpsPath }
}

extension APIManagementContent {
    /// Every declared policy document and fragment, in file order.
    public var scopedPolicies: [ScopedPolicy] {
        var out: [ScopedPolicy] = []
        if let policies { out.append(ScopedPolicy(scope: .global, body: .document(policies))) }
        for product in products {
            if let policies = product.policies { out.append(ScopedPolicy(scope: .product(product.name), body: .document(policies))) }
        }
        for api in apis {
            if let policies = api.policies { out.append(ScopedPolicy(scope: .api(api.name), body: .document(policies))) }
            for operation in api.operations {
                if let policies = operation.policies {
                    out.append(ScopedPolicy(scope: .operation(api: api.name, operation: operation.name), body: .document(policies)))
                }
            }
        }
        for fragment in fragments { out.append(ScopedPolicy(scope: .fragment(fragment.name), body: .fragment(fragment))) }
        return out
    }
}
