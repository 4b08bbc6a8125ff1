import DSL

/// Parameters, variables and outputs: location, the API Management tier, every secret (PFX
/// passwords and contents, named values) as a secure parameter with no default, trusted
/// roots' contents, imported API definitions.
extension RMTemplateBuilder {
    mutating func addParameters() {
        template.parameters.append(RMParameter("location", .string, description: "Azure region of every regional resource; defaults to the resource group's.",
                                               defaultValue: .resourceGroupLocation, source: .value(.string(resolved.region.name))))
        if let apim = resolved.apiManagement {
            let note = environment.parameter(.apiManagementSKU) == nil ? "" : environment.perEnvironment
            template.parameters.append(RMParameter(RMEnvironmentParameters.apiManagementSkuParameter, .string, description: "API Management tier of \(apim.name)." + note,
                                                   allowedValues: RMAPIVersion.apiManagementTiers(resolved).map { .string($0.rawValue) },
                                                   defaultValue: .string(apim.sku.rawValue)))
        }
        if resolved.bindsHostnamesAfterService {
            template.parameters.append(RMParameter(Self.bindHostnamesParameter, .bool, description: Self.bindHostnamesDescription, defaultValue: .bool(true)))
        }
        template.parameters += environment.parameters
        // A secret only a named value took is unused once that named value is a parameter of
        // its own (it differs between environments): the environments' files feed that one.
        let certificatePasswords = Set(resolved.deployment.certificateSources.compactMap { source -> SecretReference? in
            if case .pfx(_, let password) = source { password } else { nil }
        })
        for input in resolved.secretInputs where certificatePasswords.contains(.parameter(input.name))
            || (resolved.apiManagement?.content.namedValues ?? []).contains(where: { $0.value == .secret(.parameter(input.name)) && environment.parameter(.namedValue($0.name)) == nil }) {
            template.parameters.append(RMParameter(input.name, .secureString, description: input.description,
                                                   source: .secret(environmentVariable: RMNaming.environmentVariable(input.name))))
        }
        let pfxSources = (resolved.apiManagement?.hostnames.map(\.certificate) ?? []) + (resolved.applicationGateway?.certificates.map(\.source) ?? [])
        var files: [(path: String, trustedRoot: Bool)] = []
        for file in resolved.deployment.inputFiles {
            switch file.kind {
            case .pfx(let password):
                files.append((file.path, false))
                addKeyVaultSecretParameter(password, description: "Password of the PFX file \(file.path)")
            case .trustedRoot: files.append((file.path, true))
            case .apiDefinition: break
            }
        }
        for namedValue in resolved.apiManagement?.content.namedValues ?? [] where environment.parameter(.namedValue(namedValue.name)) == nil {
            if case .secret(let reference) = namedValue.value {
                addKeyVaultSecretParameter(reference, description: "Secret value of the API Management named value \(namedValue.name)")
            }
        }
        for file in files where certificateParameters[file.path] == nil {
            var name = RMNaming.camelCase(RMNaming.fileStem(file.path)) + (file.trustedRoot ? "CerData" : "PfxData")
            while template.parameters.contains(where: { $0.name == name }) { name += "2" }
            certificateParameters[file.path] = name
            template.fileContents[name] = RMFileContent(path: file.path, base64: true)
            let variable = RMNaming.environmentVariable(name)
            if file.trustedRoot {
                template.parameters.append(RMParameter(name, .string, description: "Base64 content of \(file.path), the trusted root certificate (public, not secret).",
                                                       source: .commandLine(environmentVariable: variable)))
            } else {
                template.parameters.append(RMParameter(name, .secureString, description: "Base64 content of \(file.path) (PFX with the private key).",
                                                       source: .secret(environmentVariable: variable)))
            }
        }
        for case .pfx(let path, let password) in pfxSources {
            environment.setPFXSources(declaredPath: path, dataParameter: certificateParameters[path]!, passwordParameter: Self.secretParameter(password))
        }
        for api in resolved.apiManagement?.content.apis ?? [] {
            guard let definition = api.definition else { continue }
            let name = Self.definitionParameter(api)
            if definition.format != .graphQL { template.fileContents[name] = RMFileContent(path: definition.path, base64: false) }
            template.parameters.append(RMParameter(name, .string, description: "Text of \(definition.path) (\(definition.format.rawValue)), the definition API \(api.name) is imported from.",
                                                   source: .commandLine(environmentVariable: RMNaming.environmentVariable(name))))
        }
    }

    /// A secure parameter for a secret read from Key Vault at deployment time, once per secret.
    private mutating func addKeyVaultSecretParameter(_ reference: SecretReference, description: String) {
        guard case .keyVaultSecret(let vault, let secret) = reference else { return }
        let name = Self.secretParameter(reference)
        guard !template.parameters.contains(where: { $0.name == name }) else { return }
        template.parameters.append(RMParameter(name, .secureString, description: "\(description), Key Vault secret \(secret) in \(vault).",
                                               source: .secret(environmentVariable: RMNaming.environmentVariable(name))))
    }

    mutating func addVariables() {
        if resolved.roleAssignments.contains(where: { $0.role == .keyVaultSecretsUser }) {
            template.variables.append(RMVariable(RMSymbols.keyVaultSecretsUserVariable,
                                                 .function("subscriptionResourceId", ["Microsoft.Authorization/roleDefinitions", .string(RoleAssignment.Role.keyVaultSecretsUser.definitionID)]),
                                                 description: "Built-in role Key Vault Secrets User: read secrets, and so certificates' private keys."))
        }
        if let gateway = resolved.applicationGateway {
            template.variables.append(RMVariable(RMSymbols.applicationGatewayNameVariable, .string(gateway.name),
                                                 description: "The gateway's name, which its listeners, rules and settings use to refer to its own parts."))
        }
    }

    /// The parameter holding a secret (a PFX password, a named value): the manifest's
    /// parameter, or one named after the Key Vault secret.
    static func secretParameter(_ password: SecretReference) -> String {
        switch password {
        case .parameter(let name): name
        case .keyVaultSecret(_, let secret): RMNaming.camelCase(secret)
        }
    }

    /// The parameter holding a certificate file's base64 content.
    func certificateData(_ path: String) -> RMExpression { .parameter(certificateParameters[path]!) }

    mutating func addOutputs() {
        if let gateway = resolved.applicationGateway, let name = gateway.frontend.publicIP, let ip = symbols.publicIPs[name] {
            template.outputs.append(RMOutput("applicationGatewayPublicIpAddress", .string, description: "Public IP address of the gateway's frontend.",
                                             value: .runtimeProperty(ip, [.name("ipAddress")])))
            if resolved.publicIPs.first(where: { $0.name == name })?.domainNameLabel != nil {
                template.outputs.append(RMOutput("applicationGatewayFqdn", .string, description: "DNS name of the gateway's public IP: the CNAME target of the API host names.",
                                                 value: .runtimeProperty(ip, [.name("dnsSettings"), .name("fqdn")])))
            }
        }
        if let apim = resolved.apiManagement, let symbol = symbols.apiManagement {
            if apim.virtualNetwork != .none {
                template.outputs.append(RMOutput("apiManagementPrivateIpAddress", .string, description: "Private IP address of API Management in the virtual network.",
                                                 value: .runtimeProperty(symbol, [.name("privateIPAddresses"), .index(0)])))
            }
            if !apim.hostnames.isEmpty {
                template.outputs.append(RMOutput("apiManagementHostNames", .array, description: "Custom host names of API Management.",
                                                 value: .array(apim.hostnames.map { environment.hostName($0.hostName) })))
            }
        }
    }
}
