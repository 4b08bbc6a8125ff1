import DSL

/// The root module's inputs: where it deploys, the settings that differ between environments,
/// the certificate files it reads and the secrets it needs. Values the manifest states become
/// defaults; secrets never get one.
struct TerraformVariables {
    private(set) var all: [TerraformVariable] = []
    /// Sensitive variable → the secret input it takes in every environment.
    private(set) var secretInputs: [String: String] = [:]

    static let subscriptionID = "subscription_id"
    static let resourceGroupName = "resource_group_name"
    static let location = "location"
    static let publisherEmail = "apim_publisher_email"

    init(_ resolved: ResolvedDeployment, names: TerraformNames, environment: TerraformEnvironmentParameters) {
        let deployment = resolved.deployment
        if deployment.subscription != nil || environment.differs(.subscription) {
            let subscription = deployment.subscription
            all.append(TerraformVariable(
                name: Self.subscriptionID, type: TerraformVariable.string,
                description: "ID of the Azure subscription to deploy into.",
                defaultValue: subscription.map { .string($0) },
                validation: (.call("can", [.call("regex", [.string("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"), TF.variable(Self.subscriptionID)])]),
                             "The subscription ID must be a GUID."),
                example: subscription.map { .string($0) }))
        }
        all.append(TerraformVariable(
            name: Self.resourceGroupName, type: TerraformVariable.string,
            description: "Name of the resource group that holds every resource of the deployment.",
            defaultValue: .string(deployment.resourceGroup),
            validation: (.call("can", [.call("regex", [.string("^[-\\w\\.\\(\\)]{0,89}[-\\w\\(\\)]$"), TF.variable(Self.resourceGroupName)])]),
                         "Resource group names have 1-90 letters, digits, '-', '_', '.', '(' or ')' and do not end with '.'."),
            example: .string(deployment.resourceGroup)))
        all.append(TerraformVariable(
            name: Self.location, type: TerraformVariable.string,
            description: "Azure region, as its programmatic name (westeurope, westus).",
            defaultValue: .string(deployment.region.name),
            validation: (.call("can", [.call("regex", [.string("^[a-z0-9]+$"), TF.variable(Self.location)])]),
                         "Use the region's programmatic name: lowercase letters and digits, such as westeurope."),
            example: .string(deployment.region.name)))
        if let apim = deployment.apiManagement {
            all.append(TerraformVariable(
                name: Self.publisherEmail, type: TerraformVariable.string,
                description: "E-mail address of the API Management publisher; receives system notifications.",
                defaultValue: .string(apim.publisherEmail),
                validation: (.call("can", [.call("regex", [.string("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"), TF.variable(Self.publisherEmail)])]),
                             "The publisher e-mail must be an e-mail address."),
                example: .string(apim.publisherEmail)))
        }
        all += environment.variables
        for file in TerraformNames.certificateFiles(deployment) where environment.certificateFileVariable(file.path) == nil {
            let what = file.kind == "pfx" ? "PFX file (certificate with private key)" : "CER file (trusted root certificate)"
            all.append(TerraformVariable(
                name: names.certificateFile(file.path), type: TerraformVariable.string,
                description: "Path to the \(what) \(file.path), relative to this folder (where terraform runs).",
                defaultValue: .string(resolved.inputPath(file.path)), example: .string(resolved.inputPath(file.path))))
        }
        for api in deployment.apiManagement?.content.apis ?? [] {
            guard let definition = api.definition, TerraformContext.importFormat(definition) != nil else { continue }
            all.append(TerraformVariable(
                name: names.definitionFile(api: api.name), type: TerraformVariable.string,
                description: "Path to the \(definition.format.rawValue) definition the API \(api.name) is imported from (\(definition.path) next to the manifest), relative to this folder.",
                defaultValue: .string(resolved.inputPath(definition.path)), example: .string(resolved.inputPath(definition.path))))
        }
        for secret in resolved.secretInputs where Self.isUsed(secret, in: deployment, environment: environment) {
            secretInputs[SnakeCase.identifier(secret.name)] = secret.name
            all.append(TerraformVariable(
                name: SnakeCase.identifier(secret.name), type: TerraformVariable.string,
                description: secret.description + " Set it with TF_VAR_\(SnakeCase.identifier(secret.name)); never commit it.",
                sensitive: true))
        }
        for vault in deployment.keyVaults where vault.existing {
            all.append(Self.existingVaultResourceGroup(vault.name, names: names, default: deployment.resourceGroup))
        }
        let declared = Set(deployment.keyVaults.map(\.name))
        for vault in TerraformNames.keyVaultNames(deployment) where !declared.contains(vault) {
            all.append(Self.existingVaultResourceGroup(vault, names: names, default: deployment.resourceGroup))
        }
    }

    /// The sensitive variables set from the environment (`TF_VAR_<variable>`) when deploying
    /// `environment` (nil: the declared deployment), each with the secret input it takes there.
    func secrets(in environment: String?, _ parameters: TerraformEnvironmentParameters) -> [(variable: String, input: String)] {
        all.filter(\.sensitive).compactMap { variable in
            if let environment, parameters.isAssigned(variable.name, in: environment) { return nil }
            guard let input = environment.flatMap({ parameters.secretSources[$0]?[variable.name] }) ?? secretInputs[variable.name] else { return nil }
            return (variable.name, input)
        }
    }

    /// A secret input is used unless the one named value that took it is now a variable of
    /// its own (a secret that differs between environments).
    private static func isUsed(_ secret: SecretInput, in deployment: Deployment, environment: TerraformEnvironmentParameters) -> Bool {
        let reference = SecretReference.parameter(secret.name)
        let certificates = deployment.certificateSources.contains {
            if case .pfx(let path, let password) = $0 { password == reference && environment.certificatePasswordVariable(path) == nil } else { false }
        }
        let namedValues = (deployment.apiManagement?.content.namedValues ?? []).contains {
            $0.value == .secret(reference) && environment.namedValueVariable($0.name) == nil
        }
        return certificates || namedValues
    }

    static func existingVaultResourceGroup(_ vault: String, names: TerraformNames, default resourceGroup: String) -> TerraformVariable {
        TerraformVariable(
            name: existingVaultResourceGroupName(names.keyVault(vault)), type: TerraformVariable.string,
            description: "Resource group of the existing Key Vault \(vault).",
            defaultValue: .string(resourceGroup), example: .string(resourceGroup))
    }

    static func existingVaultResourceGroupName(_ key: String) -> String {
        key == TerraformNames.main ? "key_vault_resource_group_name" : "\(key)_key_vault_resource_group_name"
    }

    func has(_ name: String) -> Bool { all.contains { $0.name == name } }
}
