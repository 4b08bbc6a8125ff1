/// Names that become file or folder names in the outputs (environments, APIs, operations,
/// products, policy fragments: `policies/apis/<api>/operations/<operation>/policy.xml`,
/// `terraform/environments/<environment>.tfvars`) or are written into pipeline YAML (the
/// deployment's name): no path separators, no `.`/`..`, no control characters or newlines.
extension ValidationContext {
    mutating func checkPathNames() {
        checkPathName(deployment.name, kind: "deployment", at: deployment.location)
        for environment in deployment.environments { checkPathName(environment.name, kind: "environment", at: environment.location) }
        guard let content = deployment.apiManagement?.content else { return }
        for api in content.apis {
            checkPathName(api.name, kind: "API", at: api.location)
            for operation in api.operations { checkPathName(operation.name, kind: "operation", at: operation.location) }
        }
        for product in content.products { checkPathName(product.name, kind: "product", at: product.location) }
        for fragment in content.fragments { checkPathName(fragment.name, kind: "policy fragment", at: fragment.location) }
    }

    mutating func checkPathName(_ name: String, kind: String, at location: SourceLocation) {
        guard let problem = Self.pathNameProblem(name) else { return }
        error("invalid \(kind) name '\(Self.printable(name))': \(problem)", at: location,
              notes: [.init("the name becomes a file or folder name, or a line of pipeline YAML, in the outputs")])
    }

    /// Why `name` cannot be used as one path component (or one line), or nil.
    static func pathNameProblem(_ name: String) -> String? {
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return "it contains a newline or another control character"
        }
        if name.contains("/") || name.contains("\\") { return "it contains a path separator ('/' or '\\')" }
        if name == "." || name == ".." || name.contains("..") { return "it contains '..'" }
        return nil
    }

    /// The name with control characters spelled as escapes, so the message stays on one line.
    static func printable(_ name: String) -> String {
        name.unicodeScalars.map { scalar in
            switch scalar {
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default: scalar.properties.generalCategory == .control ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }
        }.joined()
    }
}
