import DSL

/// `outputs.tf` and `terraform.tfvars.example`: what the platform team needs after apply
/// (addresses, host names, the public DNS records to create) and how to set the inputs.
extension TerraformContext {
    var outputsFile: HCLFile {
        var items: [HCLBodyItem] = [output("resource_group_name", "Resource group holding the deployment.", resourceGroupName)]
        if let gateway = deployment.applicationGateway, let ipName = gateway.frontend.publicIP,
           let ip = deployment.publicIPs.first(where: { $0.name == ipName }) {
            let key = names.publicIP(ipName)
            items.append(output("application_gateway_public_ip", "Public IP address of the Application Gateway.", TF.ref("azurerm_public_ip", key, "ip_address")))
            if ip.domainNameLabel != nil {
                items.append(output("application_gateway_fqdn", "Azure DNS name of the Application Gateway's public IP.", TF.ref("azurerm_public_ip", key, "fqdn")))
            }
            let hosts = publicHostNames(gateway)
            if !hosts.isEmpty {
                if ip.domainNameLabel != nil {
                    items.append(output("public_cname_records", "CNAME records to create in the public DNS zones: host name → target.",
                                        hostMap(hosts, TF.ref("azurerm_public_ip", key, "fqdn"))))
                } else {
                    items.append(output("public_a_records", "A records to create in the public DNS zones (the public IP has no DNS label to CNAME to): host name → address.",
                                        hostMap(hosts, TF.ref("azurerm_public_ip", key, "ip_address"))))
                }
            }
        }
        if let apim = deployment.apiManagement {
            if apim.virtualNetwork != .none {
                items.append(output("apim_private_ip", "Private IP address of API Management in the virtual network.",
                                    TF.ref(Self.apiManagementResource, TerraformNames.main, "private_ip_addresses[0]")))
            }
            items.append(output("apim_gateway_url", "Default gateway URL of API Management.", TF.ref(Self.apiManagementResource, TerraformNames.main, "gateway_url")))
            if !apim.hostnames.isEmpty {
                items.append(output("apim_hostnames", "Custom host names of the API Management endpoints.",
                                    .object(apim.hostnames.map { HCLObjectItem(Self.hostnameBlock($0.kind).name, environment.hostName($0.hostName)) })))
            }
        }
        for vault in deployment.keyVaults where !vault.existing {
            let key = names.keyVault(vault.name)
            let name = key == TerraformNames.main ? "key_vault_uri" : "\(key)_key_vault_uri"
            items.append(output(name, "URI of the Key Vault \(vault.name); import the TLS certificates here.", TF.ref("azurerm_key_vault", key, "vault_uri")))
        }
        if deployment.logAnalytics != nil {
            items.append(output("log_analytics_workspace_id", "Resource ID of the Log Analytics workspace.", TF.ref("azurerm_log_analytics_workspace", TerraformNames.main, "id")))
        }
        return HCLFile(items)
    }

    /// Host name → the same value for each; `zipmap` when a host name is a variable (object
    /// keys are literals).
    private func hostMap(_ hosts: [String], _ value: HCLExpression) -> HCLExpression {
        guard environment.parameterizes(hosts) else { return .object(hosts.map { HCLObjectItem($0, value) }) }
        return .call("zipmap", [environment.hostNameList(hosts), .list(hosts.map { _ in value })])
    }

    /// Host names of the public listeners, once each, in listener order.
    func publicHostNames(_ gateway: ApplicationGateway) -> [String] {
        var hosts: [String] = []
        for listener in gateway.listeners where listener.frontend == .public {
            for host in listener.hostNames where !hosts.contains(host) { hosts.append(host) }
        }
        return hosts
    }

    private func output(_ name: String, _ description: String, _ value: HCLExpression) -> HCLBodyItem {
        TF.block("output", name, body: [TF.attr("description", .string(description)), TF.attr("value", value)])
    }

    var tfvarsExample: HCLFile {
        var items: [HCLBodyItem] = [.comment("Copy to terraform.tfvars and adjust. Secrets do not belong here: set them as TF_VAR_<name>\nenvironment variables (or pipeline secret variables).")]
        var secrets: [TerraformVariable] = []
        for variable in variables.all {
            if let example = variable.example {
                items.append(TF.attr(HCLIdentifier(variable.name)!, example))
            } else if variable.sensitive {
                secrets.append(variable)
            }
        }
        if !secrets.isEmpty {
            items.append(.blankLine)
            items.append(.comment("Sensitive, set in the environment:\n" + secrets.map { "  export TF_VAR_\($0.name)=…" }.joined(separator: "\n")))
        }
        return HCLFile(items)
    }

    var variablesFile: HCLFile {
        HCLFile(variables.all.map(\.declaration))
    }
}
