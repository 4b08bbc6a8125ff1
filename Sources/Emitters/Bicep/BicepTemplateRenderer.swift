import DSL

/// Renders the neutral template as Bicep: symbolic references (`virtualNetwork.id`,
/// `apiManagement.properties.privateIPAddresses[0]`), `parent:` for children, `scope:` for
/// extension resources, and `dependsOn` only for what no reference already implies.
struct BicepTemplateRenderer {
    let template: RMTemplate

    func mainFile(description: String) -> BicepFile {
        var declarations: [BicepDeclaration] = [.comment(description), .targetScope(.resourceGroup)]
        for parameter in template.parameters { declarations.append(.parameter(self.parameter(parameter))) }
        for variable in template.variables {
            declarations.append(.variable(BicepVariable(variable.name, expression(variable.value), decorators: [.description(variable.description)])))
        }
        for resource in template.resources {
            if let comment = resource.comment { declarations.append(.comment(comment)) }
            declarations.append(.resource(self.resource(resource)))
        }
        for output in template.outputs {
            declarations.append(.output(BicepOutput(output.name, Self.type(output.type), expression(output.value), decorators: [.description(output.description)])))
        }
        return BicepFile(declarations)
    }

    /// `using 'main.bicep'` and a value for every parameter without a default (and, for an
    /// environment, every value it sets); secrets and certificate contents come from
    /// environment variables, never from the file.
    func parametersFile(for environment: RMEnvironment? = nil) -> BicepFile {
        var declarations: [BicepDeclaration] = [.using("main.bicep")]
        for parameter in template.parameters {
            switch environment.map({ $0.source(of: parameter) }) ?? parameter.source {
            case .value(let value)?:
                declarations.append(.parameterValue(parameter.name, expression(value)))
            case .secret(let variable)?, .commandLine(let variable)?:
                declarations.append(.parameterValue(parameter.name, .call("readEnvironmentVariable", [.string(variable)])))
            case nil:
                continue
            }
        }
        return BicepFile(declarations)
    }

    private func parameter(_ parameter: RMParameter) -> BicepParameter {
        var decorators: [BicepDecorator] = [.description(parameter.description)]
        if parameter.type == .secureString { decorators.append(.secure) }
        if !parameter.allowedValues.isEmpty { decorators.append(.allowed(parameter.allowedValues.map(expression))) }
        return BicepParameter(parameter.name, Self.type(parameter.type), default: parameter.defaultValue.map(expression), decorators: decorators)
    }

    static func type(_ type: RMType) -> BicepType {
        switch type {
        case .string, .secureString: .string
        case .int: .int
        case .bool: .bool
        case .array: .array
        case .object: .object
        }
    }

    private func resource(_ resource: RMResource) -> BicepResource {
        var body = BicepObject()
        body.append("name", expression(resource.symbol.name))
        if let scope = resource.scope { body.append("scope", .identifier(scope.symbol)) }
        body.properties += object(resource.body).properties
        let implied = resource.referencedSymbols
        let explicit = resource.dependsOn.filter { !implied.contains($0) && $0 != resource.symbol }
        return BicepResource(resource.symbol.symbol, type: resource.symbol.type, apiVersion: resource.symbol.apiVersion, existing: resource.existing,
                             parent: resource.parent?.symbol, body: body, dependsOn: explicit.map(\.symbol))
    }

    private func object(_ object: RMObject) -> BicepObject {
        var result = BicepObject()
        for member in object.members {
            switch member.key {
            case .name(let key): result.append(key, expression(member.value))
            case .computed(let key): result.properties.append(.init(computedKey: interpolated(expression(key)), expression(member.value)))
            }
        }
        return result
    }

    /// A computed object key is a string: `'${identity.id}'`.
    private func interpolated(_ key: BicepExpression) -> BicepExpression {
        if case .string = key { return key }
        return .interpolated([.expression(key)])
    }

    func expression(_ value: RMExpression) -> BicepExpression {
        switch value {
        case .string(let text): return .string(text)
        case .int(let number): return .int(number)
        case .bool(let flag): return .bool(flag)
        case .array(let items): return .array(items.map(expression))
        case .object(let members): return .object(object(members))
        case .null: return .null
        case .conditional(let test, let whenTrue, let whenFalse): return .ternary(expression(test), expression(whenTrue), expression(whenFalse))
        case .parameter(let name), .variable(let name): return .identifier(name)
        case .textFile(let path, _): return .call("loadTextContent", [.string(path)])
        case .function(let name, let arguments): return .call(name, arguments.map(expression))
        case .member(let base, let name): return expression(base).dot(name)
        case .index(let base, let index): return .index(expression(base), .int(index))
        case .resourceID(let symbol): return BicepExpression.identifier(symbol.symbol).dot("id")
        case .childResourceID(let symbol, let childType, let name):
            return .call("resourceId", [.string(symbol.type + "/" + childType), BicepExpression.identifier(symbol.symbol).dot("name"), .string(name)])
        case .systemIdentityPrincipal(let symbol):
            return BicepExpression.identifier(symbol.symbol).dot("identity").dot("principalId")
        case .runtimeProperty(let symbol, let path):
            var result = BicepExpression.identifier(symbol.symbol).dot("properties")
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
