/// What seed 001's topologies need beyond the walkthrough: a Private Link endpoint for the
/// API Management gateway (zero trust), and, when API Management is public behind the
/// gateway, a global policy that admits only the gateway.
extension ResolveContext {
    static let apiManagementPrivateLinkZone = "privatelink.azure-api.net"
    static let gatewayPublicIPNamedValue = "gateway-public-ip"

    /// `APIManagement(…, privateEndpointSubnet:)`: an endpoint for the `Gateway` sub-resource
    /// and the `privatelink.azure-api.net` zone its zone group writes the record into.
    mutating func deriveAPIManagementPrivateEndpoint() {
        guard let apim = deployment.apiManagement, let subnet = apim.privateEndpointSubnet else { return }
        let zone = Self.apiManagementPrivateLinkZone
        privateEndpoints.append(PrivateEndpoint(name: "pe-\(apim.name)", subnet: subnet, target: .apiManagement(apim.name), groupID: "Gateway",
                                                dnsZone: zone, location: apim.location))
        if !deployment.privateDNSZones.contains(where: { $0.name == zone }) {
            deployment.privateDNSZones.append(PrivateDNSZone(name: zone, linkName: deployment.virtualNetwork.map { "\($0.name)-apim-link" }, location: apim.location))
        }
    }

    /// Whether API Management is reachable from the internet and the gateway publishes it:
    /// then callers could bypass the gateway (and its WAF) unless the service admits only it.
    /// A service with a private endpoint keeps its public endpoint too, unless public network
    /// access is disabled.
    var apiManagementIsPublicBehindGateway: Bool {
        guard let apim = deployment.apiManagement, let gateway = deployment.applicationGateway else { return false }
        return apim.virtualNetwork != .internal && apim.publicNetworkAccess && !gateway.exposures.isEmpty
    }

    /// Prepends the gateway-only restriction to the global inbound policy.
    mutating func restrictAPIManagementToGateway() {
        guard apiManagementIsPublicBehindGateway, var apim = deployment.apiManagement, let gateway = deployment.applicationGateway else { return }
        let at = apim.location
        let statement: PolicyElement
        switch apim.effectiveGatewayOnlyAccess {
        case .none, .automatic:
            return
        case .privateEndpoint:
            guard apim.privateEndpointSubnet != nil else { return }
            let forbidden = PolicyElement("return-response", children: [.element(PolicyElement("set-status", [("code", PolicyValue(403)), ("reason", "Forbidden")]))])
            let when = PolicyElement("when", [("condition", PolicyValue.expression("@(context.Request.PrivateEndpointConnection == null)"))], children: [.element(forbidden)])
            statement = PolicyElement("choose", children: [.element(when)], location: at)
        case .ipFilter:
            guard let publicIP = gateway.frontend.publicIP, apim.privateEndpointSubnet == nil else { return }
            let name = Self.gatewayPublicIPNamedValue
            if !apim.content.namedValues.contains(where: { $0.name == name }) {
                apim.content.namedValues.append(NamedValue(name: name, value: .derived(.publicIPAddress(publicIP)), location: at))
            }
            statement = PolicyElement("ip-filter", [("action", "allow")], children: [.element(PolicyElement("address", text: .namedValue(name)))], location: at)
        case .checkHeader(let header, let namedValue):
            statement = PolicyElement("check-header", [
                ("name", PolicyValue.text([.literal(header)])), ("failed-check-httpcode", PolicyValue(403)),
                ("failed-check-error-message", "Forbidden"), ("ignore-case", PolicyValue(false)),
            ], children: [.element(PolicyElement("value", text: .namedValue(namedValue)))], location: at)
        }
        var policies = apim.content.policies ?? PolicyDocument(sections: [], location: at)
        if let index = policies.sections.firstIndex(where: { $0.kind == .inbound }) {
            policies.sections[index].statements.insert(.element(statement), at: 0)
        } else {
            policies.sections.insert(PolicySection(kind: .inbound, statements: [.element(statement)], location: at), at: 0)
        }
        apim.content.policies = policies
        deployment.apiManagement = apim
        gatewayOnlyRestriction = apim.effectiveGatewayOnlyAccess
    }
}
