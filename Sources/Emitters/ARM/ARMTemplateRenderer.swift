import DSL

/// Renders the neutral template as ARM JSON: `resourceId()`/`reference()` for resource
/// references, explicit `dependsOn` for everything a resource uses, and a parameters file that
/// holds no secret (the deployment command supplies them).
struct ARMTemplateRenderer {
    let template: RMTemplate

    static let templateSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"
    static let parametersSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"

    func templateDocument(description: String) -> JSONValue {
        var document = JSONObject()
        document.append("$schema", .string(Self.templateSchema))
        document.append("contentVersion", "1.0.0.0")
        document.append("metadata", ["description": .string(description)])
        var parameters = JSONObject()
        for parameter in template.parameters { parameters.append(parameter.name, self.parameter(parameter)) }
        document.append("parameters", .object(parameters))
        if !template.variables.isEmpty {
            var variables = JSONObject()
            for variable in template.variables { variables.append(variable.name, json(variable.value)) }
            document.append("variables", .object(variables))
        }
        document.append("resources", .array(template.resources.filter { !$0.existing }.map(resource)))
        var outputs = JSONObject()
        for output in template.outputs {
            outputs.append(output.name, ["type": .string(output.type.rawValue), "metadata": ["description": .string(output.description)], "value": json(output.value)])
        }
        document.append("outputs", .object(outputs))
        return .object(document)
    }

    /// Values for the parameters without defaults (and, for an environment, the values it
    /// sets). Secrets are not in it, not even as placeholders to edit: the deployment command
    /// supplies them (`RMTemplate.suppliedOnCommandLine`).
    func parametersDocument(for environment: RMEnvironment? = nil) -> JSONValue {
        var parameters = JSONObject()
        for parameter in template.parameters {
            if case .value(let value)? = environment.map({ $0.source(of: parameter) }) ?? parameter.source {
                parameters.append(parameter.name, ["value": json(value)])
            }
        }
        return ["$schema": .string(Self.parametersSchema), "contentVersion": "1.0.0.0", "parameters": .object(parameters)]
    }

    private func parameter(_ parameter: RMParameter) -> JSONValue {
        var result = JSONObject()
        result.append("type", .string(parameter.type.rawValue))
        if let value = parameter.defaultValue { result.append("defaultValue", json(value)) }
        if !parameter.allowedValues.isEmpty { result.append("allowedValues", .array(parameter.allowedValues.map(json))) }
        var description = parameter.description
        switch parameter.source {
        case .commandLine(let variable)?, .secret(let variable)?:
            description += " Not in the parameters file: pass --parameters \(parameter.name)=\"$\(variable)\"."
        case .value?, nil:
            break
        }
        result.append("metadata", ["description": .string(description)])
        return .object(result)
    }

    private func resource(_ resource: RMResource) -> JSONValue {
        var result = JSONObject()
        result.append("type", .string(resource.symbol.type))
        result.append("apiVersion", .string(resource.symbol.apiVersion))
        result.append("name", fullName(resource.symbol))
        if let scope = resource.scope {
            result.append("scope", .string(ARMExpression.call("format", [.string(scope.type + "/{0}"), expression(scope.name)]).jsonString))
        }
        if let comment = resource.comment { result.append("comments", .string(comment)) }
        for member in object(resource.body).members { result.append(member.key, member.value) }
        let dependencies = resource.allDependencies.filter { dependency in
            template.resources.contains { $0.symbol == dependency && !$0.existing }
        }
        if !dependencies.isEmpty {
            result.append("dependsOn", .array(dependencies.map { .string(expression(resourceID($0)).jsonString) }))
        }
        return .object(result)
    }

    /// `parent/child` names: literal when every segment is, `format('{0}/{1}', ...)` otherwise.
    private func fullName(_ symbol: RMSymbol) -> JSONValue {
        let literals = symbol.nameSegments.compactMap { segment -> String? in
            if case .string(let text) = segment { text } else { nil }
        }
        if literals.count == symbol.nameSegments.count {
            return .string(ARMExpression.literalJSONString(literals.joined(separator: "/")))
        }
        if symbol.nameSegments.count == 1 { return json(symbol.nameSegments[0]) }
        let pattern = symbol.nameSegments.indices.map { "{\($0)}" }.joined(separator: "/")
        return .string(ARMExpression.call("format", [.string(pattern)] + symbol.nameSegments.map(expression)).jsonString)
    }

    /// `resourceId(type, names...)`, or `extensionResourceId(...)` for an extension resource.
    private func resourceID(_ symbol: RMSymbol) -> RMExpression {
        let id = RMExpression.function("resourceId", [.string(symbol.type)] + symbol.nameSegments)
        guard let scopeType = symbol.scopeType else { return id }
        let scope = RMExpression.function("resourceId", [.string(scopeType)] + symbol.scopeNameSegments)
        return .function("extensionResourceId", [scope, .string(symbol.type)] + symbol.nameSegments)
    }

    /// A JSON value: literals stay literal, anything else becomes a `[...]` expression string.
    func json(_ value: RMExpression) -> JSONValue {
        switch value {
        case .string(let text), .textFile(_, let text): .string(ARMExpression.literalJSONString(text))
        case .int(let number): .int(number)
        case .bool(let flag): .bool(flag)
        case .array(let items): .array(items.map(json))
        case .object(let members): .object(object(members))
        default: .string(expression(value).jsonString)
        }
    }

    private func object(_ object: RMObject) -> JSONObject {
        var result = JSONObject()
        for member in object.members {
            switch member.key {
            case .name(let key): result.append(key, json(member.value))
            case .computed(let key): result.append(expression(key).jsonString, json(member.value))
            }
        }
        return result
    }

    /// The ARM expression for a value used inside another expression.
    func expression(_ value: RMExpression) -> ARMExpression {
        switch value {
        case .string(let text), .textFile(_, let text): return .string(text)
        case .int(let number): return .int(number)
        case .bool(let flag): return .bool(flag)
        case .array(let items): return .call("createArray", items.map(expression))
        case .object(let members):
            var arguments: [ARMExpression] = []
            for member in members.members {
                switch member.key {
                case .name(let key): arguments.append(.string(key))
                case .computed(let key): arguments.append(expression(key))
                }
                arguments.append(expression(member.value))
            }
            return .call("createObject", arguments)
        case .null: return .call("null")
        case .conditional(let test, let whenTrue, let whenFalse): return .call("if", [expression(test), expression(whenTrue), expression(whenFalse)])
        case .parameter(let name): return .call("parameters", [.string(name)])
        case .variable(let name): return .call("variables", [.string(name)])
        case .function(let name, let arguments): return .call(name, arguments.map(expression))
        case .member(let base, let name): return expression(base).dot(name)
        case .index(let base, let index): return .index(expression(base), .int(index))
        case .resourceID(let symbol): return expression(resourceID(symbol))
        case .childResourceID(let symbol, let childType, let name):
            return .call("resourceId", [.string(symbol.type + "/" + childType)] + symbol.nameSegments.map(expression) + [.string(name)])
        case .systemIdentityPrincipal(let symbol):
            return ARMExpression.call("reference", [expression(resourceID(symbol)), .string(symbol.apiVersion), .string("full")]).dot("identity").dot("principalId")
        case .runtimeProperty(let symbol, let path):
            var result = ARMExpression.call("reference", [expression(resourceID(symbol)), .string(symbol.apiVersion)])
            for component in path {
                switch component {
                case .name(let name): result = result.dot(name)
                case .index(let index): result = .index(result, .int(index))
                }
            }
            return result
        }
    }
}
