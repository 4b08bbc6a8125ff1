/// The NSG rules a subnet's role requires (Learn: API Management "virtual network configuration
/// reference", and Application Gateway v2's infrastructure ports). Resolve adds the missing ones;
/// validation reports them for NSGs the user manages by hand.
public enum RequiredSecurityRules {
    /// A rule a subnet needs, before it gets a priority.
    public struct RequiredRule: Hashable, Sendable {
        public var name: String
        public var direction: SecurityRule.Direction
        public var `protocol`: SecurityRule.NetworkProtocol
        public var source: SecurityRule.Endpoint
        public var destination: SecurityRule.Endpoint
        public var ports: [PortRange]
        public var reason: String
        /// Whether its absence breaks the deployment (inbound management traffic) rather than
        /// only degrading it (outbound dependencies the default rules usually allow).
        public var essential: Bool
    }

    /// The rules the subnet's role requires, given the rest of the deployment.
    public static func rules(for subnet: Subnet, in deployment: Deployment) -> [RequiredRule] {
        switch subnet.role {
        case .applicationGateway:
            var rules = [RequiredRule(name: "AllowGatewayManagerInbound", direction: .inbound, protocol: .any, source: .serviceTag(.gatewayManager), destination: .any,
                                      ports: [.range(65200, 65535)], reason: "Application Gateway v2 infrastructure communication", essential: true)]
            let listeners = deployment.applicationGateway?.listeners ?? []
            for (proto, port) in [(GatewayProtocol.https, 443), (.http, 80)] {
                let matching = listeners.filter { $0.protocol == proto }
                guard !matching.isEmpty else { continue }
                let source: SecurityRule.Endpoint = matching.contains { $0.frontend == .public } ? .serviceTag(.internet) : .serviceTag(.virtualNetwork)
                rules.append(RequiredRule(name: "Allow\(proto == .https ? "Https" : "Http")Inbound", direction: .inbound, protocol: .tcp, source: source, destination: .any,
                                          ports: [.port(port)], reason: "clients reach the gateway's \(proto.rawValue.uppercased()) listeners", essential: false))
            }
            return rules
        case .apiManagement:
            guard let apim = deployment.apiManagement, apim.virtualNetwork != .none else { return [] }
            var rules = [
                RequiredRule(name: "AllowApimManagementInbound", direction: .inbound, protocol: .tcp, source: .serviceTag(.apiManagement), destination: .serviceTag(.virtualNetwork),
                             ports: [.port(3443)], reason: "API Management control plane (Azure portal and PowerShell)", essential: true),
                RequiredRule(name: "AllowAzureLoadBalancerInbound", direction: .inbound, protocol: .tcp, source: .serviceTag(.azureLoadBalancer), destination: .serviceTag(.virtualNetwork),
                             ports: [.port(6390)], reason: "Azure infrastructure load balancer health probes", essential: true),
            ]
            if apim.virtualNetwork == .external {
                rules.append(RequiredRule(name: "AllowClientHttpsInbound", direction: .inbound, protocol: .tcp, source: .serviceTag(.internet), destination: .serviceTag(.virtualNetwork),
                                          ports: [.port(443)], reason: "clients reach the external API Management gateway", essential: false))
            }
            rules += [
                RequiredRule(name: "AllowStorageOutbound", direction: .outbound, protocol: .tcp, source: .serviceTag(.virtualNetwork), destination: .serviceTag(.storage),
                             ports: [.port(443)], reason: "API Management dependency on Azure Storage", essential: false),
                RequiredRule(name: "AllowSqlOutbound", direction: .outbound, protocol: .tcp, source: .serviceTag(.virtualNetwork), destination: .serviceTag(.sql),
                             ports: [.port(1433)], reason: "API Management dependency on Azure SQL", essential: false),
                RequiredRule(name: "AllowKeyVaultOutbound", direction: .outbound, protocol: .tcp, source: .serviceTag(.virtualNetwork), destination: .serviceTag(.azureKeyVault),
                             ports: [.port(443)], reason: "API Management reads certificates and named values from Key Vault", essential: false),
                RequiredRule(name: "AllowAzureMonitorOutbound", direction: .outbound, protocol: .tcp, source: .serviceTag(.virtualNetwork), destination: .serviceTag(.azureMonitor),
                             ports: [.port(1886), .port(443)], reason: "API Management diagnostics, metrics and health", essential: false),
            ]
            return rules
        case .privateEndpoints, .other:
            return []
        }
    }

    /// Whether an existing allow rule already lets the required traffic through.
    public static func isCovered(_ required: RequiredRule, by rules: [SecurityRule]) -> Bool {
        required.ports.allSatisfy { port in
            rules.contains { rule in
                rule.access == .allow && rule.direction == required.direction
                    && (rule.protocol == .any || rule.protocol == required.protocol)
                    && rule.source.covers(required.source) && rule.destination.covers(required.destination)
                    && rule.destinationPorts.contains { $0.contains(port) }
            }
        }
    }

}
