/// Completes API Management content so every format writes the same thing: policy documents
/// get all four sections in order (a section left out inherits with `<base />`; the global
/// backend forwards the request), and operations declare every URL-template parameter.
extension ResolveContext {
    mutating func completeAPIManagementContent() {
        guard var apim = deployment.apiManagement else { return }
        var content = apim.content
        content.policies = content.policies?.completed(at: .global)
        for index in content.products.indices {
            content.products[index].policies = content.products[index].policies?.completed(at: .product)
        }
        for index in content.apis.indices {
            content.apis[index].policies = content.apis[index].policies?.completed(at: .api)
            for operationIndex in content.apis[index].operations.indices {
                var operation = content.apis[index].operations[operationIndex]
                operation.policies = operation.policies?.completed(at: .operation)
                let declared = Set(operation.parameters.filter { $0.kind == .template }.map(\.name))
                let missing = operation.templateParameterNames.filter { !declared.contains($0) }
                operation.parameters.append(contentsOf: missing.map { OperationParameter(name: $0, kind: .template, location: operation.location) })
                content.apis[index].operations[operationIndex] = operation
            }
        }
        apim.content = content
        deployment.apiManagement = apim
    }
}
