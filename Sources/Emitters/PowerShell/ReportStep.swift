import DSL

/// The walkthrough's last steps: backend health, then the public DNS records to create for the
/// published host names; then a summary object.
extension DeployScript {
    var reportStep: ScriptStep {
        var statements: [PSStatement] = []
        var summary: [PSHashEntry] = [
            PSHashEntry("ResourceGroup", .variable("ResourceGroupName")),
        ]
        if deployment.apiManagement != nil {
            summary.append(PSHashEntry("ApiManagement", apiManagementName))
            if resolved.deployment.privateDNSZones.contains(where: { zone in zone.records.contains { $0.target == .apiManagementPrivateIP } && !endpointZoneNames.contains(zone.name) }) {
                summary.append(PSHashEntry("ApiManagementPrivateIP", .variable("apimPrivateIP")))
            }
        }
        if let gateway = deployment.applicationGateway {
            summary.append(PSHashEntry("ApplicationGateway", gatewayName))
            statements += backendHealth
            if let publicIPName = gateway.frontend.publicIP {
                statements += publicRecords(gateway, publicIPName: publicIPName)
                summary.append(PSHashEntry("PublicIPAddress", .member(.variable("frontendPublicIP"), "IpAddress")))
                if deployment.publicIPs.first(where: { $0.name == publicIPName })?.domainNameLabel != nil {
                    summary.append(PSHashEntry("PublicFqdn", .member(.member(.variable("frontendPublicIP"), "DnsSettings"), "Fqdn")))
                }
            }
        }
        statements += [
            .command(PSCommand("Write-Progress", [.named("Activity", .variable("activity")), .switch("Completed")])),
            ScriptIdioms.information([.text("Deployment \(deployment.name) is complete.")]),
            .expression(.cast("pscustomobject", .hashtable(summary))),
        ]
        return ScriptStep(title: deployment.applicationGateway == nil ? "Summary" : "Backend health and DNS records to create", statements: statements)
    }

    private var backendHealth: [PSStatement] {
        let server: PSExpression = .variable("server")
        let address: PSStringPart = .subexpression(.member(server, "Address"))
        let health: PSStringPart = .subexpression(.member(server, "Health"))
        return [
            .assign(.variable("backendHealth"), .command(PSCommand("Get-AzApplicationGatewayBackendHealth", [
                .named("Name", gatewayName), ScriptIdioms.resourceGroup,
            ]))),
            .foreach(variable: "pool", in: .member(.variable("backendHealth"), "BackendAddressPools"), body: [
                .foreach(variable: "settings", in: .member(.variable("pool"), "BackendHttpSettingsCollection"), body: [
                    .foreach(variable: "server", in: .member(.variable("settings"), "Servers"), body: [
                        .if([PSConditional(.binary(.member(server, "Health"), "-eq", .string("Healthy")), [
                            ScriptIdioms.information([.text("Backend "), address, .text(": "), health]),
                        ])], else: [
                            .command(PSCommand("Write-Warning", [.named("Message", .expandable([
                                .text("Backend "), address, .text(" is "), health,
                                .text(": see 'Troubleshoot backend health issues in Application Gateway'."),
                            ]))])),
                        ]),
                    ]),
                ]),
            ]),
        ]
    }

    /// CNAME records from each published host name to the gateway's DNS name (the walkthrough's
    /// last step); A records when the public IP has no DNS label to point a CNAME at.
    private func publicRecords(_ gateway: ApplicationGateway, publicIPName: String) -> [PSStatement] {
        var hosts: [String] = []
        for listener in gateway.listeners where listener.frontend == .public {
            for host in listener.hostNames where !hosts.contains(host) { hosts.append(host) }
        }
        let hasLabel = deployment.publicIPs.first(where: { $0.name == publicIPName })?.domainNameLabel != nil
        var statements: [PSStatement] = [
            .assign(.variable("frontendPublicIP"), .command(PSCommand("Get-AzPublicIpAddress", [
                ScriptIdioms.resourceGroup, .named("Name", .string(publicIPName)),
            ]))),
        ]
        if !hasLabel && !hosts.isEmpty {
            statements.append(ScriptIdioms.comment("\(publicIPName) has no DNS name label, so there is no name to CNAME to: A records instead\n(give the public IP a domainNameLabel to use CNAMEs, which survive an address change)."))
        }
        for host in hosts {
            let name: [PSStringPart] = switch environment.host(host) {
            case .string(let text): [.text(text)]
            case let reader: [.subexpression(reader)]
            }
            let parts: [PSStringPart] = hasLabel
                ? [.text("Create the public DNS record: ")] + name + [.text(" CNAME "), .subexpression(.member(.member(.variable("frontendPublicIP"), "DnsSettings"), "Fqdn"))]
                : [.text("Create the public DNS record: ")] + name + [.text(" A "), .subexpression(.member(.variable("frontendPublicIP"), "IpAddress"))]
            statements.append(ScriptIdioms.information(parts))
        }
        return statements
    }
}
